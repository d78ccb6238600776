"""Counts, event triggers and names found in a report, with character offsets.

These are the raw pieces a claim is built from (see assemble.py). Each finder is a
pure function over a text; patterns come from the data files through lexicon.py.
A count is only a candidate here: it becomes a claim when assemble.py links it to
an execution, sentence or transfer, so "5,000 people on death row" stays a mention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .comparisons import compared_figure, range_event, range_figures
from .lexicon import lexicon, qualifier_of
from .numbers import NUMBER, ORDINAL, parse_number, parse_ordinal
from .sentences import scan


@dataclass(frozen=True)
class Count:
    """A number of people (or of executions) as written: "at least nine men", "64 executions"."""

    start: int
    end: int
    value: int
    qualifier: str
    noun: str           # "person", "execution", "name", "ordinal", "total", "ellipsis", "comparison",
                        # "carried_out" ("his death sentence was carried out")
    partitive: bool = False   # "five of them", "146 of those executed": a part of another figure
    names: tuple = ()
    event: str | None = None  # set when the mention itself says what happened ("64 executions")


@dataclass(frozen=True)
class Trigger:
    """A phrase saying what happened to people: "were hanged", "sentenced ... to death"."""

    start: int
    end: int
    event: str          # executed | sentenced | imminent
    voice: str          # passive (people before it) | active (people after it)
    hypothetical: bool  # "could be executed", "to prevent ... from being executed"


# Every hedge of vocab.yaml ("at least", "approximately", "no fewer than"): one list, so a hedge
# that works before one pattern's number works before all of them
_HEDGE = lexicon().hedge
# A trigger right after one of these is not a report that it happened ("could be executed",
# "to stop them from being hanged", "were not executed").
_HYPOTHETICAL = re.compile(
    r"(?:\b(?:not|never|cannot|can't|won't)\s+|\b(?:could|may|might|would|should|will|prevent\w*|stop|halt|avoid|if"
    r"|whether|from|unless|suspend|commute|overturn|demand\w*|urg\w+|risk|fear\w*)\s+(?:[a-z]+\s+)?)$", re.IGNORECASE)
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE = re.compile(r"\b(?:the|of|in|year)\s+$|['’]s\s+$", re.IGNORECASE)
_PARTITIVE = re.compile(r"^\s+of\s+(?:them|whom|those|these)\b", re.IGNORECASE)
_PART_OF_KNOWN = re.compile(rf"^\s+of\s+the\s+(?:\w+\s+)?(?:{NUMBER}|\w+ly\s+{NUMBER})\b", re.IGNORECASE)
_PARTITIVE_BARE = re.compile(
    rf"\b(?<![\w,.-])(?:(?P<hedge>{_HEDGE})\s+)?"
    rf"(?P<num>{NUMBER})\s+of\s+(?P<whom>them|whom|those\s+(?:executed|hanged|put\s+to\s+death|convicted)"
    rf"|these|the\s+(?:recorded\s+|documented\s+|total\s+)?(?:executions|hangings|executed|total))\b", re.IGNORECASE)
# "two in Minab, seven in Gohardasht"; "70 for drug offences, 52 for murder and three on security charges"
_ELLIPSIS = re.compile(rf"(?<=[,:;]\s)(?:and\s+)?(?P<num>{NUMBER})\s+(?=in\s|at\s|inside\s|for\s|on\s)", re.IGNORECASE)
_ELLIPSIS_AND = re.compile(rf"(?<=\sand\s)(?P<num>{NUMBER})\s+(?=in\s[A-Z]|at\s[A-Z]|for\s|on\s(?!\w+day))")
_TOTAL = [
    re.compile(
        rf"\bthe\s+(?:total\s+)?number\s+of\s+(?:(?:[A-Z][\w-]+\s+)?(?:people|prisoners|protesters|executions|hangings|those"
        rf"|women|men|citizens|nationals|juveniles|minors)\s+)?"
        rf"(?P<what>executions|hangings|executed|hanged|put\s+to\s+death|condemned\s+to\s+death|sentenced\s+to\s+death"
        rf"|death\s+sentences)?[^.;:]{{0,220}}?\b(?:has\s+|had\s+|have\s+)?(?:risen\s+|rose\s+|climbed\s+|increased\s+)?"
        rf"(?:reached|to|at|stands\s+at|stood\s+at|was|is)\s+"
        rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})(?![\w-])", re.IGNORECASE),
    re.compile(
        rf"\b(?:raises?|raised|raising|brings?|brought|bringing|takes?|took|taking|pushe?s?|pushed)\s+to\s+"
        rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\s+the\s+"
        rf"(?:total\s+)?number\s+of\s+[^.;]{{0,60}}?(?P<what>executions|hangings|executed|hanged|put\s+to\s+death"
        rf"|condemned\s+to\s+death|sentenced\s+to\s+death)", re.IGNORECASE),
    # "executions doubled to 177 in 2006", "dropped by 85 percent ... to just 27"
    re.compile(
        rf"\b(?P<what>executions|hangings)\b[^.;]{{0,40}}?\b(?:doubled|tripled|rose|rising|risen|fell|falling|dropped"
        rf"|dropping|decreased|increased|jumped|climbed|climbing|reached|totall?ed|soared|surged)\b(?:\s+again)?"
        rf"[^.;]{{0,90}}?\bto\s+(?:just\s+|only\s+)?(?:(?P<hedge>{_HEDGE})\s+)?"
        rf"(?P<num>{NUMBER})(?![\w-])(?!\s*(?:%|percent|per\s+cent))", re.IGNORECASE),
    re.compile(
        rf"(?<=executions)(?:[^.;]{{0,160}}?),?\s+(?:before\s+)?(?:rising|rose|climbing|falling|dropping)\s+(?:again\s+)?to\s+"
        rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})(?![\w-])(?P<what>)",
        re.IGNORECASE),
]
# A part of a breakdown known only by what is not known about it: "the charges against four are
# unknown", "the charges of 12 remain unclear", "the identity of three was not established".
# "...; one was hanged on security charges": a singular subject, as one part of a list
_LISTED_SUBJECT = re.compile(rf"(?<=;\s)(?:and\s+)?(?P<num>{NUMBER})(?=\s+was\s)", re.IGNORECASE)
_UNKNOWN_PART = re.compile(
    rf"\bthe\s+(?:charges?|offen[cs]es?|crimes?|identit(?:y|ies)|nationalit(?:y|ies)|gender)\s+(?:against|of|for)\s+"
    rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\s+(?:others\s+|more\s+)?"
    rf"(?=(?:are|is|were|was|remain|remains|remained)\s+(?:still\s+)?(?:unknown|unclear|not\s+known|undisclosed"
    rf"|unverified|not\s+(?:been\s+)?(?:established|verified|disclosed)))", re.IGNORECASE)
_BARE_SUBJECT = re.compile(
    rf"\b(?<![\w,.-])(?:(?:the\s+)?(?:other|remaining|last)\s+)?(?:(?P<hedge>{_HEDGE})\s+)?"
    rf"(?P<num>{NUMBER})(?:\s+(?:more|others?))?(?=\s+(?:were|have\s+been|had\s+been|are\s+being)\s)", re.IGNORECASE)
_ORDINAL_RE = re.compile(
    rf"\b(?:is|was|became|becomes|as|marks?|marked|making\s+(?:him|her|it|this)|(?<=,)|(?<=—))\s+"
    rf"(?:(?P<hedge>{_HEDGE})\s+)?the\s+(?P<ord>{ORDINAL})\s+"
    rf"(?:(?:[^.;]{{0,110}}?\s+to\s+be\s+|(?:[\w'-]+\s+){{0,4}}?(?:known\s+to\s+have\s+been\s+)?)"
    rf"(?:executed|hanged|put\s+to\s+death)\b"
    # "the second public execution of 2024", "the fifth hanging this year"
    rf"|(?:[\w'-]+\s+){{0,2}}?(?:executions?|hangings?)\b(?!\s+of\s+(?:a|an|the|his|her|[a-z]+\s+[A-Z]))"
    # "the 12th since hangings resumed", "the ninth this year"
    rf"|(?=(?:since|this\s+year|so\s+far)\b))", re.IGNORECASE)
# "His death sentence was carried out", "The qisas sentence was implemented": an execution whose
# people are those of the claim before it (followups.carried_out), or one person for his/her.
_CARRIED_OUT = re.compile(
    r"\b(?:his|her|their|the)\s+(?:(?:death|qisas|execution|capital)\s+)?(?:sentences?|verdicts?)(?:\s+of\s+(?:death|qisas))?"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:carried\s+out|implemented|enforced)\b",
    re.IGNORECASE)
_NAME_WORD = r"(?:[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?)"
_NAME = re.compile(
    rf"(?<![\w.])(?:(?:Seyed|Seyyed|Sayed|Mir|Haji|Mullah)\s+)?{_NAME_WORD}(?:\s+(?:al-|el-|bin\s+|ibn\s+)?"
    rf"{_NAME_WORD}){{1,3}}(?![\w-])")
_NAME_LIST_SEP = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+(?:his|her|their)?\s*(?:\w+\s+)?|\s+and\s+)$")
_OTHERS = re.compile(rf"^\s+(?:and|along\s+with|together\s+with|with)\s+(?P<num>{NUMBER})\s+other", re.IGNORECASE)


def find_triggers(text: str, spans=None) -> list[Trigger]:
    """Every event trigger, in one pass over the text (events.yaml order decides between
    phrasings that start at the same place)."""
    found = []
    for m in scan(lexicon().triggers, text, spans):
        event, voice, _ = m.lastgroup.split("__")
        s = m.start()
        found.append(Trigger(s, m.end(), event, voice, bool(_HYPOTHETICAL.search(text, max(0, s - 40), s))))
    return found


def _count_from_match(m: re.Match, text: str) -> Count | None:
    """The Count for one match of lexicon().count, or None when it is not a count of people
    or executions (a rate, a plural after "one", "one of the two men")."""
    tail = text[m.end():m.end() + 20]
    if lexicon().rate_tail.match(tail) or _PART_OF_KNOWN.match(tail):
        return None
    hedge = m.group("hedge")
    if m.group("num"):
        value = parse_number(m.group("num"))
    else:
        value = 1
    if not value:
        return None
    if m.group("singular") and value != 1:
        return None
    if m.group("plural") and value == 1 and not m.group("num"):
        return None
    event_noun = m.group("event") or m.group("dsent")
    if event_noun and m.group("num") and _YEAR_NUMBER.fullmatch(m.group("num")) and _YEAR_BEFORE.search(
            text, max(0, m.start() - 8), m.start()):
        return None   # "Of the 2015 executions": a year, not a count
    if event_noun:
        if value != 1 and not event_noun.lower().endswith("s"):
            return None
        if not m.group("num"):  # "an execution", "one hanging": too often generic
            return None
    noun = "execution" if event_noun else ("more" if m.group("more") else "person")
    return Count(m.start(), m.end(), value, qualifier_of(hedge), noun,
                 partitive=bool(_PARTITIVE.match(tail)),
                 event=("sentenced" if m.group("dsent") else "executed") if event_noun else None)


def find_counts(text: str, spans=None) -> list[Count]:
    """Counts of people or executions, totals ("the number ... has risen to 17"), ordinals
    ("the tenth protester executed"), partitives ("five of them", "the charges against four are
    unknown") and list ellipses ("two in Minab, seven in Gohardasht")."""
    counts = []
    for m in scan(lexicon().count, text, spans):
        count = _count_from_match(m, text)
        if count:
            counts.append(count)
    for m in scan(_PARTITIVE_BARE, text, spans):
        value = parse_number(m.group("num"))
        if value and (value > 1 or not m.group("whom").lower().startswith("the")):   # "one of the executions" is an instance
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "person",
                                partitive=True))
    for m in scan(_LISTED_SUBJECT, text, spans):
        value = parse_number(m.group("num"))
        if value:
            counts.append(Count(m.start("num"), m.end("num"), value, "exact", "person"))
    for pattern in _TOTAL:
        for m in scan(pattern, text, spans):
            value = parse_number(m.group("num"))
            what = (m.group("what") or "executed").lower()
            event = "sentenced" if ("death" in what and "put" not in what) or "sentence" in what else "executed"
            if value and (m.group("what") is not None or "execution" in m.group(0).lower()):
                counts.append(Count(m.start("num"), m.end("num"), value, qualifier_of(m.group("hedge")), "total",
                                    event=event))
    for m in scan(_UNKNOWN_PART, text, spans):
        value = parse_number(m.group("num"))
        if value:
            counts.append(Count(m.start("num"), m.end("num"), value, qualifier_of(m.group("hedge")), "person",
                                partitive=True))
    for m in scan(_BARE_SUBJECT, text, spans):
        value = parse_number(m.group("num"))
        if value:
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "person"))
    for m in scan(_ORDINAL_RE, text, spans):
        value = parse_ordinal(m.group("ord"))
        if value and value > 1:
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "ordinal", event="executed"))
    for m in scan(compared_figure(), text, spans):
        value = parse_number(m.group("num"))
        noun = (m.group("noun") or "").lower()
        event = "sentenced" if "sentence" in noun else "executed" if noun in ("executions", "hangings") else None
        if value:
            counts.append(Count(m.start("hedge") if m.group("hedge") else m.start("num"), m.end(), value,
                                qualifier_of(m.group("hedge")), "comparison", event=event))
    for m in scan(range_figures(), text, spans):
        event = range_event(text, text.rfind(".", 0, m.start()) + 1, m.start())
        for k in ("1", "2"):
            value = parse_number(m.group("num" + k))
            if value and event:
                start = m.start("hedge" + k) if m.group("hedge" + k) else m.start("num" + k)
                end = m.end("year" + k) if m.group("year" + k) else m.end("num" + k)
                counts.append(Count(start, end, value, qualifier_of(m.group("hedge" + k)), "range", event=event))
    for m in scan(_CARRIED_OUT, text, spans):
        counts.append(Count(m.start(), m.end(), 1, "exact", "carried_out", event="executed"))
    for pattern in (_ELLIPSIS, _ELLIPSIS_AND):
        for m in scan(pattern, text, spans):
            value = parse_number(m.group("num"))
            if value:
                counts.append(Count(m.start("num"), m.end("num"), value, "exact", "ellipsis"))
    counts.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Count] = []
    for c in counts:
        if kept and c.start < kept[-1].end:
            if c.noun == "range" and kept[-1].noun != "range" or c.noun in ("total", "comparison") \
                    and kept[-1].noun not in ("total", "ordinal", "comparison", "range"):
                kept[-1] = c
            continue
        kept.append(c)
    return kept


_SPEAKER_AFTER = re.compile(
    r"^(?:,[^,.]{0,70},)?\s+(?:said|says|told|added|announced|stated|wrote|reported|warned|claimed|urged|noted|called"
    r"|described|argued|insisted|tweeted|explained|condemned|criticised|criticized)\b")
_ROLE_BEFORE = re.compile(
    r"(?:\b(?:prosecutor|judge|director|chief|spokes\w+|minister|official|head|chairman|president|lawyer|MP|lawmaker"
    r"|leader|secretary|founder|researcher|cousin|rapporteur|envoy|ambassador|governor|commander|Judge|Ayatollah"
    r"|Foreign\s+Secretary|the\s+murder\s+of|killing|killed|death\s+of|in|at|on|near|from|outside|inside|to)|-based)\s*,?\s*$")
_NOT_FIRST = frozenset("as in at on of the a an and but for by with from to when while after before since if his her "
                       "their its this that these those new".split())


def _is_victim_name(text: str, m: re.Match, stopwords: frozenset) -> bool:
    """A capitalised sequence that can be a person put to death: no organisation or place
    word, not a speaker ("X said"), not an official ("the prosecutor, X")."""
    words = m.group(0).split()
    if words[0].lower() in _NOT_FIRST or any(w.strip("'’").lower() in stopwords for w in words):
        return False
    if any(w.lower().endswith("-based") for w in words):
        return False
    if text[m.end():m.end() + 2] in ("'s", "’s") or text[m.end():m.end() + 1] in ("'", "’"):
        return False
    return not (_SPEAKER_AFTER.match(text[m.end():m.end() + 110]) or _ROLE_BEFORE.search(text, max(0, m.start() - 40), m.start()))


def find_names(text: str, stopwords: frozenset, spans=None) -> list[Count]:
    """Named people as counts of one each, joined when listed together ("A, B and C");
    "A and two other prisoners" counts three. A surname used alone after the full name
    ("Mazarzehi and two other inmates") is a name too."""
    names = [m for m in scan(_NAME, text, spans) if _is_victim_name(text, m, stopwords)]
    surnames = {m.group(0).split()[-1] for m in names if len(m.group(0).split()) > 1}
    if surnames:
        taken = [(m.start(), m.end()) for m in scan(_NAME, text, spans)]
        pattern = re.compile(r"(?<![\w.’'-])(?:" + "|".join(map(re.escape, sorted(surnames))) + r")(?![\w’'-])")
        for m in scan(pattern, text, spans):
            if not any(a <= m.start() < b for a, b in taken) and _is_victim_name(text, m, stopwords | {"x"}):
                names.append(m)
        names.sort(key=lambda m: m.start())
    groups: list[list[re.Match]] = []
    for m in names:
        if groups and _NAME_LIST_SEP.match(text[groups[-1][-1].end():m.start()]):
            groups[-1].append(m)
        else:
            groups.append([m])
    result = []
    for group in groups:
        start, end = group[0].start(), group[-1].end()
        value = len(group)
        others = _OTHERS.match(text[end:end + 40])
        if others and parse_number(others.group("num")):
            value += parse_number(others.group("num"))
            end += others.end()
        result.append(Count(start, end, value, "exact", "name",
                            names=tuple(g.group(0) for g in group)))
    return result
