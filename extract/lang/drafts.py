"""Claims under construction for the Persian and Arabic rules, the sentences and paragraphs they
are read in, and the folding of restatements into one claim."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..notions import OFFENCES
from ..restatements import restated_qualifier, rounds, same_span
from .normal import fold
from ..lexicon import words

_SENTENCE_END = re.compile(r"[.!?؟؛;]+(?=\s|$)|\n+")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
_LIST_ROW = re.compile(r"[\s\u200c]*(?:[-–—•*▪●]|\d+[.)])[\s\u200c][^:\n]{1,40}:")   # "- النساء: ...", a labelled row of a list


@dataclass
class Draft:
    """A Persian or Arabic claim under construction; the English rules have their own
    (report.Draft), which names its sentence by index and carries the mentions it came from.
    This one keeps the folded offsets of its sentence, which the claim maps back to the text as
    given (see report.Draft for why the two are not one class)."""

    event: str
    count: int
    qualifier: str
    period: tuple
    kind: str
    country: str
    offences: tuple
    location: str | None
    sentence: tuple       # folded offsets of the sentence
    span: tuple           # folded offsets of the count (or trigger)
    rules: list = field(default_factory=list)
    weak: bool = False    # period inherited, not written with the count
    merged_from: list = field(repr=False, default_factory=list)   # the drafts of other sentences folded into it


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: sentence punctuation (Persian and Arabic too) or a line break."""
    out, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[pos:m.start()].strip():
            out.append((pos, m.end()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _PARAGRAPH.finditer(text)]


def overlap(a: tuple, b: tuple) -> float:
    """The share of the shorter of two periods that the other covers (0 when either is open)."""
    if None in a or None in b:
        return 0.0
    days = (min(a[1], b[1]) - max(a[0], b[0])).days + 1
    return max(days, 0) / (min((a[1] - a[0]).days, (b[1] - b[0]).days) + 1)


def _within(a: tuple, b: tuple) -> bool:
    """Whether one of two closed periods lies inside the other."""
    if None in a or None in b:
        return False
    return a[0] <= b[0] and b[1] <= a[1] or b[0] <= a[0] and a[1] <= b[1]


def _same_place(a: str, b: str) -> bool:
    """Whether one place names the other ("زندان زاهدان" in "زندان مرکزی زاهدان"): the words of one
    are all words of the other."""
    x, y = set(a.replace("\u200c", " ").split()), set(b.replace("\u200c", " ").split())
    return x <= y or y <= x


_ANNOUNCED_LAG = 3   # days an announcement may come after the execution it tells


def _announced_before(o: Draft, d: Draft) -> bool:
    """Whether `o` is dated by the day its execution was announced and `d`, told later with a day of
    its own a little before, is the same execution ("أعلنت الوزارة اليوم الثلاثاء تنفيذ ... بحق 21"
    and "نفذت يوم أمس الاثنين ... بحق 21")."""
    return "period.announced" in o.rules and "period.announced" not in d.rules and o.kind == d.kind == "event" \
        and None not in o.period and None not in d.period and 0 < (o.period[0] - d.period[1]).days <= _ANNOUNCED_LAG


_CLITICS = frozenset(words("persian-arabic.yaml").value("place_clitics"))


def _places_in(place: str, text: str, sentence: tuple) -> bool:
    """Whether the sentence `text[sentence]` names all the words of `place` ("بأحد الجناة في المنطقة
    الشرقية" and "بمدينة الدمام بالمنطقة الشرقية": the city it names lies in that region); a clitic
    ("ب", "و") may join a word."""
    told = {w for w in re.split(r"[\s\u200c،,.]+", text[sentence[0]:sentence[1]]) if w}
    told |= {w[1:] for w in told if w[:1] in _CLITICS}
    return bool(text) and all(w in told for w in fold(place).text.replace("\u200c", " ").split())


def _part(d: Draft) -> bool:
    """Whether a draft is a part of a statistic told before it (a breakdown, a row of its table)."""
    return "kind.of_context" in d.rules


def _row(d: Draft, lines: str) -> bool:
    """Whether a draft is a labelled row of a table or a list ("زن: ۵", "- زندانیان کرد: ۱۹ نفر") of `lines`,
    the field's text."""
    return any(r.startswith("table.") for r in d.rules) or bool(lines and _LIST_ROW.match(lines, d.sentence[0]))


def merge(drafts: list[Draft], text: str = "", lines: str = "") -> list[Draft]:
    """One claim per fact: a later draft with the same event, count and period as an earlier one
    restates it (the lead and the body telling one incident); the earlier keeps its evidence and
    takes a place or charges only the later gives. A weak (inherited) period yields to a stated one.
    An undated lead's place, or one of the same day, agrees with the body's when one holds the other
    ("زندان قزلحصار کرج" and "زندان قزلحصار"); with `text` (Arabic: a ministry's announcement and the
    statement it introduces), so does a place of the same day, or one the later draft's sentence
    names beside its own. Two labelled rows of a list ("- النساء: ...") are two facts, whatever their counts;
    so are two parts of a statistic with other charges, or one a row of `lines` (the field's text, Persian)."""
    out: list[Draft] = []
    for d in drafts:
        same = next((o for o in out if o.event == d.event and o.count == d.count and o.sentence != d.sentence
                     # (a part of a statistic, "یک زن در میان آنهاست", is not the case told after it)
                     and ("part.breakdown" in o.rules) == ("part.breakdown" in d.rules)
                     # ("- السجناء السياسيون: أُعدم 8 ..." and "- النساء: أُعدمت 8 ...": two rows, two facts)
                     and not (text and _LIST_ROW.match(text, o.sentence[0]) and _LIST_ROW.match(text, d.sentence[0]))
                     # ("- زندانیان لر: ۵ نفر" and "- زندانیان گیلک: ۵ نفر"; "۳ نفر به تجاوز" and "سه زن نیز ...":
                     # parts of one statistic by other labels or charges, two facts)
                     and not (lines and _part(o) and _part(d) and (o.offences != d.offences or _row(o, lines) or _row(d, lines)))
                     # ("بأحد الجناة في منطقة الرياض" in a statement's preface and "بالجاني ... بمدينة الرياض" in
                     # its text, on one day: one place names the other)
                     and not (o.location and d.location and o.location != d.location and not (
                         (o.weak and not d.weak or text and o.period == d.period) and _same_place(o.location, d.location))
                         and not (text and o.period == d.period and _places_in(o.location, text, d.sentence)))
                     and (o.period == d.period or (o.weak or d.weak) and d.count > 1
                          or o.kind == d.kind == "event" and d.count > 1 and _within(o.period, d.period)
                          or _announced_before(o, d))), None)
        if same is None:
            out.append(d)
            continue
        if same.kind == d.kind == "event" and _within(same.period, d.period) and same.period != d.period:
            # "هذا الأسبوع" in the lead, "يوم الإثنين" in the body: one incident, on the narrower day
            narrow = min(same.period, d.period, key=lambda p: (p[1] - p[0]).days)
            same.period, same.weak = narrow, same.weak and d.weak
        if same.weak and not d.weak or _announced_before(same, d):
            same.period, same.kind, same.weak = d.period, d.kind, False
        same.location = same.location or d.location
        same.offences = tuple(o for o in OFFENCES if o in set(same.offences) | set(d.offences))
        same.rules.append("merge.restatement")
        if restated_qualifier(same.qualifier, d.qualifier) != same.qualifier:
            same.qualifier = d.qualifier
            same.rules.append("qualifier.restated")
        same.merged_from.extend([d, *d.merged_from])   # the sentences a reviewer must see (support.py)
    return out


def rounded_restatements(drafts: list[Draft]) -> list[Draft]:
    """The hedged round figures that restate an exact one told in the report, as in English
    (restatements.rounds, same_span): "أكثر من مئة أجنبي منذ بداية العام" in the lead and "يصل عدد الأجانب
    ... منذ يناير إلى 101" in the body are one figure; the exact one stays, marked merge.rounded."""
    out = []
    for d in drafts:
        # (a round "more than" only: "ما لا يقل عن 972" beside another group's 975 is a figure of its own)
        rounded = d.qualifier == "more_than" and d.count % _ROUND == 0
        twin = None if not rounded or d.kind != "aggregate" or _part(d) or "part.breakdown" in d.rules else next(
            (x for x in drafts if x is not d and x.kind == "aggregate" and not _part(x) and "part.breakdown" not in x.rules
             and x.qualifier == "exact"
             and x.event == d.event and x.country == d.country and rounds(d, x) and same_span(d, x)), None)
        if twin is not None:
            twin.rules.append("merge.rounded")
            out.append(d)
    return out


_ROUND = 10   # a rounded lead's figure is a multiple of this ("أكثر من مئة")
_SUBHEADING_MAX = 90   # characters of a line that heads the paragraph after it ("اعدام یک زندانی در خرم‌آباد")


def subheadings(drafts: list[Draft], text: str) -> list[Draft]:
    """The drafts of a subheading in the body: a short line of its own with no closing stop, dated
    only by the report's day (weak), whose incident the next draft, of the same event and count and
    with a day of its own, tells (the place of one naming the other's). Folded into that one
    (merge.subheading): the heading names the news the paragraph under it dates."""
    out = []
    for i, d in enumerate(drafts):
        a, b = d.sentence
        line = text[a:b].strip()
        if not (d.weak and d.kind == "event" and len(line) <= _SUBHEADING_MAX and text[b - 1:b] == "\n"
                and not re.search(r"[.!?؟؛:]$", line)):
            continue
        nxt = next((x for x in drafts[i + 1:] if x.sentence[0] >= b), None)
        if nxt is not None and nxt.event == d.event and nxt.count == d.count and not nxt.weak and nxt.kind == "event" \
                and (not d.location or not nxt.location or _same_place(d.location, nxt.location)
                     or d.location in nxt.location or nxt.location in d.location):
            nxt.location = nxt.location or d.location
            nxt.rules.append("merge.subheading")
            nxt.merged_from.append(d)
            out.append(d)
    return out


def headline_sums(drafts: list[Draft]) -> list[Draft]:
    """The drafts that only sum the incidents told after them: "حکم اعدام سه زندانی به نام‌های A، B و C
    ... اجرا شد" under the report's day, then A hanged on one day and B and C on another. An
    incident whose period is only inherited (weak) and whose count two or more later dated
    incidents of the same event and country add up to, in order of telling, is their total
    (SCHEMA.md: optional), never one more incident on the report's day; as the English rules do
    (restatements._without_sums)."""
    out = []
    for d in drafts:
        if not (d.weak and d.kind == "event" and d.count > 1 and "part.breakdown" not in d.rules):
            continue
        later = [x.count for x in drafts if x is not d and x.kind == "event" and not x.weak and x.event == d.event
                 and x.country == d.country and x.span[0] > d.span[0] and "part.breakdown" not in x.rules]
        running = 0
        for k, n in enumerate(later):
            running += n
            if running >= d.count:
                if running == d.count and k >= 1:
                    out.append(d)
                break
    return out
