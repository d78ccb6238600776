"""Where it happened: the prison and/or city as the report writes it, and the country.

Locations are kept as written (SCHEMA.md), so the finder returns text, not a
gazetteer entry; the country comes from countries.yaml, defaulting to the one
the report is mostly about.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .lexicon import group_label, lexicon, words
from .numbers import NUMBER
from .sentences import scan

_W = words("places.yaml")
_CAP = r"[A-Z][\w'’-]*"
_PRISON_WORD = _W.any_initial("prison_words")
_THE = re.compile(r"^the\s+")
_PRISON = re.compile(
    rf"\b(?<![\w-])(?:the\s+)?(?:(?:{_W.any_initial('prison_of_modifiers')})\s+)?(?:{_PRISON_WORD})\s+of\s+"
    # "the central prison of the western city of Kermanshah"
    rf"(?:the\s+(?:(?:{_W['regions']})\s+)?(?:{words('linking.yaml')['settlement_words']})\s+of\s+)?{_CAP}(?:\s+{_CAP})?"
    rf"|\b(?<![\w-])(?:{_CAP}(?:\s+{_CAP}){{0,2}}(?:'s|’s)?\s+(?:(?:{_W.any_initial('prison_modifiers')})\s+)?(?:{_PRISON_WORD})\b"
    rf"(?:\s+\((?:[A-Z][\w\s-]{{2,25}})\))?)"
)
_SETTLEMENT = words('linking.yaml')['settlement_words']
_CITY = re.compile(
    rf"\b(?:{_W['town_prepositions']})\s+(?:the\s+)?"
    # "in the Shi'ite holy city of Mashhad": up to three words describing the town before "city of"
    rf"(?:(?:[\w'’-]+\s+){{0,3}}?(?:{_SETTLEMENT})\s+of\s+|(?:(?:{_W['regions']})\s+)?(?:(?:{_SETTLEMENT})\s+of\s+)?)"
    rf"(?P<place>(?>{_CAP}(?:[ -]{_CAP}){{0,2}}))(?!\s+(?:{_W['country_nouns_after']})\b)")
_NOT_PLACE = frozenset(_W.value("not_places"))
_NOT_PRISON_START = frozenset(_W.value("not_prison_starts"))


@dataclass(frozen=True)
class Place:
    """A location phrase with offsets; `prison` tells a prison from a town."""

    start: int
    end: int
    text: str
    prison: bool


def find_places(text: str, spans=None) -> list[Place]:
    """Prisons ("Ghezel Hesar Prison", "the Central Prison of Karaj") and towns after
    "in"/"at" ("in the north-eastern city of Mashhad"), as written."""
    places = []
    for m in scan(_PRISON, text, spans):
        phrase = _THE.sub("", m.group(0))
        first = phrase.split()[0]
        if first.lower() in _NOT_PRISON_START and len(phrase.split()) > 2:
            # "In Qezelhesar Prison in Karaj, ...": a sentence's capitalised "In" before the name
            phrase = phrase.split(None, 1)[1]
            first = phrase.split()[0]
        if first in _NOT_PLACE or first.lower() in _NOT_PRISON_START:
            continue
        places.append(Place(m.end() - len(phrase), m.end(), phrase, True))
    taken = [(p.start, p.end) for p in places]
    for m in scan(_CITY, text, spans):
        s, e = m.start("place"), m.end("place")
        name = m.group("place")
        if name.split()[0] in _NOT_PLACE or any(s < b and a < e for a, b in taken):
            continue
        if lexicon().country_name.fullmatch(name):
            continue   # "in Nigeria", "in the United States": where a claim's country comes from, no town
        if re.match(rf"\s+(?:{_PRISON_WORD})", text[e:e + 8]):
            continue
        places.append(Place(s, e, name, False))
    return sorted(places, key=lambda p: p.start)


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    iso: str


# "CHINA — Zhang Bo and ... were executed": a roundup's item led by a country in capitals and a dash
_CAPITALS_LEAD = re.compile(r"^(?P<name>[A-Z][A-Z'’. -]{2,40}?)\s*[—–-]\s", re.MULTILINE)
# "LAHORE: A man was hanged ...", "MINSK, Oct 4 -", "TEHRAN (AFP) -": a wire dateline's city in capitals
# before a colon, comma or bracket at the start of a line names the country as the city's own word does
_CAPITALS_DATELINE = re.compile(r"^(?P<name>[A-Z][A-Z'’.]+(?: [A-Z][A-Z'’.]+){0,2})(?=\s*[:,(])", re.MULTILINE)
# "Saudi Arabia. An AFP tally puts ...", "Iraq:" alone on its line: a briefing's paragraph headed by a
# country's name and a full stop or colon is about that country (a country only: the name must be
# the whole heading)
_PARAGRAPH_HEADING = re.compile(r"^[ \t]*(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})[.:](?=\s|$)", re.MULTILINE)


def heading_alone(text: str, start: int, end: int) -> bool:
    """Whether the paragraph `text[start:end]` is only a heading of the kind above ("Iraq:"), a
    country's name or not (the caller looks for the country in it)."""
    m = _PARAGRAPH_HEADING.match(text, start, end)
    return m is not None and not text[m.end():end].strip()


def find_countries(text: str, spans=None) -> list[CountryMention]:
    """The words that make a claim's country (countries.yaml `report`), with offsets; and a country
    written in capitals before a dash at the start of a line ("JAPAN — On 25 January, ..."), the
    country of a roundup's item (the vocabulary is written in its usual case); a wire dateline's
    city in capitals ("RAWALPINDI: ..."); a country's name heading a paragraph ("Saudi Arabia. An
    AFP tally ...", "Iraq:" on its own line); and a country's adjective before a body of its state
    ("Nigerian courts")."""
    found = [CountryMention(m.start(), m.end(), group_label(m)) for m in scan(lexicon().countries, text, spans)]
    # "Nigerian courts imposed 659": a state body's adjective, where no report word was found
    bodies = [CountryMention(m.start(), m.end(), group_label(m)) for m in scan(lexicon().national_bodies, text, spans)]
    if bodies:
        found = sorted(found + [b for b in bodies if not any(c.start < b.end and b.start < c.end for c in found)],
                       key=lambda c: c.start)
    leads = []
    heads = [*(_CAPITALS_LEAD.finditer(text) if "—" in text or "–" in text or " - " in text else ()),
             *_CAPITALS_DATELINE.finditer(text), *_PARAGRAPH_HEADING.finditer(text)]
    for m in heads:
        name = m.group("name").strip()
        name = name if m.re is _PARAGRAPH_HEADING else name.title()
        whole = lexicon().countries.fullmatch(name)
        if whole is not None and not any(c.start < m.end("name") and m.start() < c.end for c in found):
            leads.append(CountryMention(m.start("name"), m.start("name") + len(name), group_label(whole)))
    return sorted(found + leads, key=lambda c: c.start) if leads else found


# "near the border with Afghanistan" (before the country); "near the Pakistan border", "the
# Iran-Iraq border" (after it, through the other country of a hyphened pair), "near the Iraqi Kurdistan
# border" (through a region's name)
_BORDER_BEFORE = re.compile(rf"\b(?:{_W['border_words']})\s+(?:with|of)\s+(?:the\s+)?$", re.IGNORECASE)
_BORDER_AFTER = re.compile(rf"(?:\s*[-–/]\s*[A-Z][\w'’-]*|\s+[A-Z][\w'’-]*)?\s+(?:{_W.any_initial('border_words')})\b")
_A_BEFORE = re.compile(r"\b(?:an?)\s+$", re.IGNORECASE)
# "21 from ", "three each from Sudan, India and ": a country of a list of people's origins (a number before)
_ORIGIN_BEFORE = re.compile(
    rf"\b(?:{NUMBER})\s+(?:{_W['origin_after_number']})\s+(?:the\s+)?"
    rf"(?:(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$", re.IGNORECASE)
# ... and the countries listed after the first ("excluding China, North Korea and Vietnam")
_LEFT_OUT_BEFORE = re.compile(rf"\b(?:{_W['left_out_before']})\s+(?:the\s+)?"
                              rf"(?:(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?)*$",
                              re.IGNORECASE)
_VERB_AFTER = re.compile(rf"\s+(?!and\b|or\b)(?:[a-z]+(?:ed|s)|{_W['left_out_clause_verbs']})\b")
_BELONGS_TO = re.compile(rf"\b(?:{_W['belonging_nouns']})\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?$", re.IGNORECASE)
_BASED = re.compile(rf"-(?:{_W['based_suffixes']})\b", re.IGNORECASE)
_INSTITUTION_AFTER = re.compile(rf"\s+(?:{_W['institution_nouns']})\b", re.IGNORECASE)
_ATTACK_AFTER = re.compile(rf"\s+(?:(?!(?:{_W['attack_nouns']})\b)[a-z][\w-]*\s+)?(?:{_W['attack_nouns']})\b")


def attack_by(text: str, m: CountryMention) -> bool:
    """Whether a country word names who carried out an attack ("the Taliban attack on a Peshawar
    school", "a Taliban suicide bombing"): the attacker, not where executions or sentences happened."""
    return bool(_ATTACK_AFTER.match(text, m.end))


def nationality(text: str, m: CountryMention) -> bool:
    """Whether a country word tells who, not where: "five Pakistani nationals", "an Egyptian",
    "Iranian-born" (a person noun or "-born" after it, or "a"/"an" before it), "a citizen of the
    Kurdistan Region of Iraq" (a noun of belonging before it); never before a noun of the state's
    own bodies ("a Singapore court", places.yaml institution_nouns)."""
    if _INSTITUTION_AFTER.match(text, m.end):
        return False   # "a Singapore court", "an Iranian court": the state's own body acts where it is
    return bool(lexicon().nationality_after.match(text, m.end) or _A_BEFORE.search(text, max(0, m.start - 4), m.start)
                or belongs_to(text, m) or _ORIGIN_BEFORE.search(text, max(0, m.start - 80), m.start))


def borders_on(text: str, m: CountryMention) -> bool:
    """Whether a country is named as a border ("arrested near the border with Afghanistan", "shot
    near the Pakistan border", "on the Iran-Iraq border"): a neighbour of where things happened,
    which makes neither a report's country nor a claim's."""
    return bool(_BORDER_BEFORE.search(text, max(0, m.start - 30), m.start) or _BORDER_AFTER.match(text, m.end))


_WENT_TO = re.compile(rf"\b(?:{_W['went_to_before']})\s+(?:the\s+)?$", re.IGNORECASE)


def went_to(text: str, m: CountryMention) -> bool:
    """Whether a country is named as where a person went or lived in exile ("was lured to Iraq",
    "had fled to Turkey"): a step of the person's story, which makes neither a report's country
    nor a claim's."""
    return bool(_WENT_TO.search(text, max(0, m.start - 30), m.start))


def left_out(text: str, m: CountryMention) -> bool:
    """Whether a country is named right after a word that leaves it out of a figure ("the leading
    executioner outside China with at least 253", "excluding China and Vietnam"): not where it was counted."""
    left = _LEFT_OUT_BEFORE.search(text, max(0, m.start - 80), m.start)
    if left is None:
        return False
    # "Outside Iran, Singapore hanged 5 people": a name after the comma that a verb follows is the
    # subject of the clause the left-out phrase opens, no further item of its list
    return not ("," in text[left.start():m.start] and _VERB_AFTER.match(text, m.end))


def belongs_to(text: str, m: CountryMention) -> bool:
    """Whether a country is named as the one a person belongs to ("a citizen of Pakistan") or a group
    is based in ("the U.S.-based group"): never where anything happened, even in a report that names
    no other country."""
    return bool(_BELONGS_TO.search(text, max(0, m.start - 60), m.start) or _BASED.match(text, m.end))


def main_country(mentions: list[CountryMention], lead_end: int, default: str = "IR", text: str = "") -> str:
    """The country a report is about: the most mentioned in its lead, else `default` unless
    another country is named at least twice in the report and `default` never is. A nationality
    ("An Egyptian man was executed in the Saudi city of Tabuk") counts only when no country is
    named as a place (`text` is the report the offsets of `mentions` point into). A country named
    as a border ("arrested near the border with Afghanistan"), as an attacker ("the Taliban attack on a
    school") or by its own name left out of a figure
    ("excluding China and Vietnam"; "Outside Texas, 30 were executed" is still about the US) never counts."""
    if text:
        mentions = [m for m in mentions if not (borders_on(text, m) or went_to(text, m) or attack_by(text, m)
                                                or left_out(text, m)
                                                and lexicon().country_name.fullmatch(text, m.start, m.end))]
    where = [m for m in mentions if not nationality(text, m)] if text else mentions
    mentions = where or [m for m in mentions if not (text and belongs_to(text, m))]
    lead = Counter(m.iso for m in mentions if m.start < lead_end)
    if lead:
        return lead.most_common(1)[0][0]
    overall = Counter(m.iso for m in mentions)
    if overall and default not in overall and overall.most_common(1)[0][1] >= 2:
        return overall.most_common(1)[0][0]
    return default
