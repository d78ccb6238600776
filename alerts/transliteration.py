"""Names across scripts: one form for Persian/Arabic letter variants, and a consonant-skeleton
key under which a name in Persian or Arabic script and its romanisations compare equal
("Mohammad", "Muhammad", محمد -> "mhmd"). The letter tables are data: the variants are the
extractor's own (extract/data/persian-arabic.yaml, so a name folds here as the extractor folds
it), the rest alerts/data/letters.yaml.

Why not a romanisation library: anyascii and unidecode write Persian letters as Arabic is
romanised (ض as "d" where Persian says "z", غلامرضا as "ghlmrd" against "Gholamreza"), and
neither says how to compare the result with a name romanised by ear. A skeleton over both
sides gives one comparison. What it cannot tell apart: names differing only in vowels
("Hassan" and "Hossein" are both "hsn"; "Ahmad" and "Ahmadi" both "hmd"), so a name is only
ever one fact beside the day, the place and the count.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from extract.lang.normal import LETTER_VARIANTS

__all__ = ["fold_letters", "unify_letters", "skeleton", "name_keys", "is_arabic_script"]

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670]")  # harakat, shadda, sukun, superscript alef


@dataclass(frozen=True)
class _Tables:
    variants: dict[str, str]
    ignored: frozenset[str]
    script: dict[str, str]
    latin_pairs: dict[str, str]
    latin: dict[str, str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    raw = yaml.safe_load(resources.files("alerts").joinpath("data/letters.yaml").read_text(encoding="utf-8"))
    return _Tables(LETTER_VARIANTS, frozenset(raw["ignored"]), raw["script"], raw["latin_pairs"], raw["latin"])


def unify_letters(text: str) -> str:
    """`text` with the Persian/Arabic letter variants made one (ي -> ی, ك -> ک, ة -> ه, the
    alef and hamza forms -> ا) and Arabic diacritics removed; nothing else changes (case,
    ZWNJ, Latin accents), so word boundaries and capitals are kept."""
    variants = _tables().variants
    return "".join(variants.get(ch, ch) for ch in _ARABIC_MARKS.sub("", text))


def fold_letters(text: str) -> str:
    """`text` with the Persian/Arabic letter variants made one (ي -> ی, ك -> ک, ة -> ه, the
    alef and hamza forms -> ا), diacritics and accents removed (NFKD, combining marks
    dropped), ZWNJ and tatweel removed, and lower case. Other characters are kept."""
    tables = _tables()
    decomposed = unicodedata.normalize("NFKD", text)
    out = []
    for ch in decomposed:
        if unicodedata.combining(ch) or ch in tables.ignored:
            continue
        out.append(tables.variants.get(ch, ch))
    return "".join(out).lower()


def is_arabic_script(text: str) -> bool:
    """Whether `text` has any letter of the Arabic script (Persian, Arabic, Urdu...)."""
    return bool(_ARABIC_SCRIPT.search(text))


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """One word's consonant skeleton: each letter to its consonant class (letters.yaml),
    vowels and weak letters dropped, a doubled class once, a final h dropped. A word of
    neither table's letters (another script) is returned folded, so it is compared as
    written rather than lost."""
    tables = _tables()
    text = fold_letters(word)
    classes: list[str] = []
    known = False
    i = 0
    while i < len(text):
        pair = text[i:i + 2]
        if pair in tables.latin_pairs:
            classes.append(tables.latin_pairs[pair])
            known, i = True, i + 2
            continue
        ch = text[i]
        if ch in tables.script:
            classes.append(tables.script[ch])
            known = True
        elif ch in tables.latin:
            classes.append(tables.latin[ch])
            known = True
        elif ch.isalpha() and (is_arabic_script(ch) or ch.isascii()):
            known = True  # a vowel or weak letter: dropped
        elif ch.isalpha():
            return text  # another script: no skeleton, the word as written
        i += 1
    if not known:
        return ""
    collapsed = "".join(c for k, c in enumerate(classes) if k == 0 or c != classes[k - 1])
    return collapsed[:-1] if len(collapsed) > 1 and collapsed.endswith("h") else collapsed


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\W_]+", fold_letters(name)) if w]


@lru_cache(maxsize=65536)
def name_keys(name: str) -> frozenset[tuple[str, ...]]:
    """The keys under which two spellings of one person's name meet: the skeletons of its
    words in sorted order ("Ahmadi, Mohammad" = "Mohammad Ahmadi"), and all its words'
    skeletons run together in written order as one, since one script writes as one word what
    another splits ("Gholam Reza" = غلامرضا). Empty for a name with no letters."""
    skeletons = [s for s in (skeleton(w) for w in _words(name)) if s]
    if not skeletons:
        return frozenset()
    return frozenset({tuple(sorted(skeletons)), ("".join(skeletons),)})
