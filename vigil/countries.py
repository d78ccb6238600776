"""Countries by ISO code, with the names and adjectives reports use (extract/data/countries.yaml,
the table the extractor reads a claim's country from too).

Two uses: turning what a person typed (`--country Iran`, `country_filter: IR`) into a code,
and the relevance filter for worldwide sources, which keeps a report that names the
country. A code is never searched for in text ("IR" would match nothing useful and "ir"
is inside "Ireland"), and names match as whole words only, so "Iran" does not match
"Iraq" and "Sudan" inside "South Sudan" counts for South Sudan alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

from alerts.transliteration import is_arabic_script, unify_letters

# Single-letter Arabic proclitics written joined to the next word: "and", "so", "with/in", "to".
_PROCLITIC = "(?:[وفبل])?"


class UnknownCountry(ValueError):
    """What was given is neither a known ISO code nor one country's name; the message says
    which codes are known, or which countries an ambiguous name could mean."""


@dataclass(frozen=True)
class Country:
    code: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.names[0]


@cache
def countries() -> dict[str, Country]:
    """Every known country by ISO 3166 alpha-2 code, in code order."""
    raw = yaml.safe_load(files("extract").joinpath("data/countries.yaml").read_text(encoding="utf-8"))
    return {code: Country(code, tuple(entry["names"]), tuple(entry.get("adjectives", ())))
            for code, entry in sorted(raw.items())}


def known_codes() -> str:
    return ", ".join(countries())


def resolve(value: str) -> str:
    """The ISO code for a code (any case) or a country's name ("Iran" -> "IR").

    Raises UnknownCountry for anything else, naming the candidates when the value is a word
    of several countries' names ("Korea": KP or KR) and the known codes otherwise.
    """
    text = unify_letters(" ".join(str(value).split()))
    if text.upper() in countries():
        return text.upper()
    folded = text.casefold()
    for country in countries().values():
        if folded in (unify_letters(n).casefold() for n in country.names):
            return country.code
    word = re.compile(r"(?<!\w)" + re.escape(folded) + r"(?!\w)")
    candidates = [c for c in countries().values()
                  if text and any(word.search(unify_letters(n).casefold()) for n in c.names)]
    if len(candidates) > 1:
        which = " or ".join(f"{c.code} ({c.name})" for c in candidates)
        raise UnknownCountry(f"{value!r} is ambiguous: it could mean {which}; give the ISO code")
    if candidates:
        return candidates[0].code
    raise UnknownCountry(f"unknown country {value!r} (known ISO codes: {known_codes()})")


@cache
def _mention_pattern() -> re.Pattern:
    """Every name and adjective of every country, longest first, each as written and in
    capitals (Persian/Arabic: letters unified, an Arabic proclitic allowed); the group name is
    the code. One scan so that a longer name wins its span."""
    terms = []
    for country in countries().values():
        for term in country.names + country.adjectives:
            for form in {unify_letters(term), term.upper()}:
                terms.append((form, country.code))
    terms.sort(key=lambda t: -len(t[0]))
    alternatives = "|".join(
        f"(?P<{code}_{i}>{_PROCLITIC if is_arabic_script(form) else ''}{re.escape(form)})"
        for i, (form, code) in enumerate(terms))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def mentioned(text: str) -> set[str]:
    """The codes of the countries `text` names."""
    return {match.lastgroup.split("_", 1)[0] for match in _mention_pattern().finditer(unify_letters(text))}


def mentions(text: str, code: str) -> bool:
    """Whether `text` names the country `code` (whole words; names of other countries that
    contain its name do not count)."""
    return code in mentioned(text)
