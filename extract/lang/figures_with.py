"""A statistic's parts told as "X با N" (X with N), Persian: "زندان‌های استان البرز با ۲۲ مورد بیشترین
شمار اعدام را داشتند و پس از آن استان کرمان با ۱۰ و استان فارس با ۸ مورد", "مصر با ۲۴ و ایالات متحده
با ۱۸ اعدام در رده‌های بعدی قرار گرفتند"; and "در X N" before one noun they share, "در ویتنام دست‌کم
۸۵، در عراق دست‌کم ۵۲ و در مصر دست‌کم ۴۳ اعدام ثبت کرده است". After an executed figure of a week or
more larger than it (table_rows.TableRows.figure_before), with no day in the paragraph, each place or country so named with its figure is a part of it, over its period, at that place or of
that country (SCHEMA.md: a breakdown is a required claim; figures about other countries are claims
with that country). Rules part.figure_with, location.place_with, country.with_figure."""
from __future__ import annotations

import re

from ..lexicon import words as file_words
from .drafts import Draft
from .mentions import find_labelled
from .number_values import qualifier_of
from .vocab import alternation, listed

# "با ۲۲ مورد", "با دست‌کم ۱۰": the figure after "with" (the hedge kept), before what ends it
_NUM = r"(?P<hedge>{hedges})?[\s\u200c]*(?P<num>\d{{1,5}})(?![\d/.])"
_WORDS_BEFORE = 4   # words between a place or a country and its "با" ("زندان‌های استان البرز با")


def _patterns(v):
    hedges = alternation([p for ps in file_words(f"vocab-{v.lang}.yaml").value("qualifiers").values() for p in ps], v.lang)
    with_ = alternation(listed(v.lang, "figure_with") or ["(?!x)x"], v.lang)
    num = _NUM.format(hedges=hedges)
    return (re.compile(rf"(?<![\w\u200c])(?:{with_})[\s\u200c]+{num}"),
            re.compile(rf"(?<![\w\u200c])در[\s\u200c]+(?P<where>[^\s\u200c\d،,.؛:]+(?:[\s\u200c]+[^\s\u200c\d،,.؛:]+)?)[\s\u200c]+{num}"
                       rf"(?=[\s\u200c]*(?:[،,]|و(?![\w\u200c])))"))


def figures_with(field, s: int, e: int) -> list[Draft]:
    """The drafts of the "X با N" / "در X N" parts in sentence text[s:e] of `field` (an assemble._Field),
    one per place or country named right before its figure; none in another language, without an
    executed figure larger than it told before (field.figure_before), or with a day in the paragraph."""
    v, text = field.v, field.text
    if v.lang != "fa" or field.day_in_paragraph(s):
        return []
    with_, in_list = _patterns(v)
    out: list[Draft] = []
    for m in with_.finditer(text, s, e):
        lo = max(s, m.start() - 60)
        before = text[lo:m.start()]
        words = list(re.finditer(r"[^\s\u200c،,.؛:]+", before))[-_WORDS_BEFORE:]
        lo = lo + words[0].start() if words else m.start()
        out += _part(field, s, e, m, lo, m.start())
    for m in in_list.finditer(text, s, e):
        out += _part(field, s, e, m, m.start("where"), m.end("where"), countries_only=True)
    return out


def _part(field, s: int, e: int, m: re.Match, lo: int, hi: int, countries_only: bool = False) -> list[Draft]:
    v, text = field.v, field.text
    value = int(m.group("num"))
    stat = field.figure_before(s, value)   # (the latest executed figure larger than this one, no part of another)
    if stat is None:
        return []
    country = [f for f in find_labelled(v.countries, text, lo, hi)]
    qualifier = qualifier_of(v, m.group("hedge"))
    rules = ["event.executed", "count.figure_with", f"qualifier.{qualifier}", "period.context",
             "part.breakdown", "part.figure_with", "kind.of_context"]
    if country:
        return [Draft(stat.event, value, qualifier, stat.period, "aggregate", country[-1].label, (),
                      None, (s, e), (m.start("num"), m.end("num")), rules + ["country.with_figure"])]
    if countries_only:
        return []
    places = [f for f in find_labelled(((None, v.places),), text, lo, hi)]
    if not places:
        return []
    p = places[-1]
    start = p.start
    opener = re.search(rf"(?:{alternation(listed(v.lang, 'place_units') or ['(?!x)x'], v.lang)})[\s\u200c]+\Z", text[lo:p.start])
    if opener is not None:
        start = lo + opener.start()   # "استان البرز": the province's word is part of the place as written
    a, b = field.folded.span(start, p.end)
    return [Draft(stat.event, value, qualifier, stat.period,
                  "aggregate", stat.country, (), field.original[a:b].strip(), (s, e), (m.start("num"), m.end("num")),
                  rules + ["location.place_with", "country.report"])]

