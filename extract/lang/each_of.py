"""One figure for each group or each year of a list, in Arabic: "ثلاثة من كل من السودان والهند
وأفغانستان", "وشخص واحد من كل من سريلانكا ونيجيريا", "- السودان والهند: اثنان من كل منهما" are three
(one, two) executed of each nationality named, a claim per group (SCHEMA.md: a breakdown of a
statistic is a required claim), not one figure; "لم يتجاوز عدد المعدومين 34 في كل من عامي 2022
و2023" (or "... 34 في كل من هذين العامين", "34 أجنبياً في كل عام" after the years) is 34 in each
year, a statistic per year. A mixin of assemble._Field.

Each group's row is the count's draft as a part of the statistic told above (part_of), over its
period and in its country; with no such statistic the figure is no claim (it splits nothing told).
Each year's figure is a statistic of that year, the years written after the figure or, for "these
two years", before it in its sentence.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .drafts import Draft
from .mentions import CountMention, TriggerMention
from .number_values import number_value
from .vocab import alternation, listed, start

# the groups of a list: split at a comma or a joined "و" ("السودان والهند وأفغانستان")
_SPLIT = re.compile(r"[\s\u200c]*(?:[،,]|(?<![\w\u200c])و(?=\w))[\s\u200c]*")
_GROUP = re.compile(r"[^\W\d_]+(?:[\s\u200c]+[^\W\d_]+){0,2}")   # a group's name: one to three words
_CLAUSE = re.compile(r"[،,؛;:]")   # a mark that ends a clause
_LIST_END = re.compile(r"[،,.؛:\n]|[\s\u200c]+و(?=[\s\u200c]*(?:\d|[^\W\d_]+[\s\u200c]+من[\s\u200c]+كل))")


_YEARS_END = re.compile(r"[،,.؛:\n]")   # the years of "في كل من عامي 2022 و2023" end with their clause
_YEAR_DAYS = 364   # days of a date mention that names a whole year


@lru_cache(maxsize=None)
def _each(lang: str, number: str, what: str) -> re.Pattern | None:
    """A figure told for each of a list, `what` naming the vocabulary lists ("each_of": groups, "each_year":
    years): groups num, before (the list came before: "من كل منها", "في كل من هذين العامين"), after (the
    list follows: "من كل من", "في كل من"); None for a language whose file lists neither."""
    after, before = listed(lang, f"{what}_after"), listed(lang, f"{what}_before")
    people = listed(lang, "person_nouns")
    if not after or not before or not people:
        return None
    noun = rf"(?:ال)?(?:{alternation(people, lang)})"
    return re.compile(rf"{start(lang)}(?:{noun}[\s\u200c]+)?(?P<num>{number})(?![\w\u200c])(?:[\s\u200c]+{noun}(?![\w\u200c]))?"
                      rf"[\s\u200c]+(?:(?P<before>{alternation(before, lang)})|(?P<after>{alternation(after, lang)}))(?![\w\u200c])")


class EachOf:
    """Rows by group for one field; the host offers text, v, drafts, draft(), part_of()."""

    def each_of(self, s: int, e: int, counts: list[CountMention]) -> list[CountMention]:
        """Adds a draft for each group of a list a figure is told for, one each; returns the counts
        so read (to be read no further)."""
        pattern = _each(self.v.lang, self.v.number, "each_of")
        used: list[CountMention] = []
        for m in pattern.finditer(self.text, s, e) if pattern is not None else ():
            value = number_value(self.v, m.group("num"))
            groups = self.groups_after(m.end(), e) if m.group("after") else self.groups_before(s, m.start())
            if not value or len(groups) < 2:
                continue
            c = CountMention(value, "exact", "each", m.start(), m.end(), m.start("num"))
            part = self.part_of(s, e, c, marked=True)
            if part is None or part.kind != "aggregate":
                continue
            draft = self.draft(s, e, c, part.event, None, [c], part)
            self.drafts.extend(replace(draft, rules=list(draft.rules)) for _ in groups)
            used.extend(x for x in counts if x.start < m.end() and m.start() < x.end)
        return used

    def each_year(self, s: int, e: int, counts: list[CountMention], triggers: list[TriggerMention]) -> list[CountMention]:
        """Adds a statistic for each year a figure of executions is told for; returns the counts so
        read. The sentence must tell executions (a verb of execution, or "المعدومين")."""
        pattern = _each(self.v.lang, self.v.number, "each_year")
        used: list[CountMention] = []
        for m in pattern.finditer(self.text, s, e) if pattern is not None else ():
            value = number_value(self.v, m.group("num"))
            t = next((t for t in triggers if t.event == "executed" and not t.negated), None)
            if not value or t is None and not self.v.executed_nouns.search(self.text, s, e):
                continue
            if m.group("after"):
                end = _YEARS_END.search(self.text, m.end(), e)
                years = self.years_in(m.end(), end.start() if end is not None else e)
            else:
                # the years of the count's own clause ("..., أي نحو ثلاثة أضعاف ما سُجل في كل من عامي 2023 و2022
                # حين أُعدم 34 أجنبياً في كل منهما": not the 2024 of the clause before the comma); when it names
                # fewer than two, those of the nearest clauses before it that do ("في عامي 2022 و2023، أُعدم 34 في
                # كل منهما"; "... في 2024، ... في كل من عامي 2023 و2022، حين أعدمت 34 أجنبياً في كل عام")
                years = []
                for a in reversed([s] + [x.end() for x in _CLAUSE.finditer(self.text, s, m.start())]):
                    years = self.years_in(a, m.start())
                    if len(years) >= 2:
                        break
            if len(years) < 2:
                continue
            country, stated = self.country_in(s, m.start())
            for first, last in years:
                rules = [f"trigger.executed:{t.phrase}" if t is not None else "event.executed", "count.each_of",
                         "qualifier.exact", "period.each_year", "kind.aggregate.span",
                         "country.stated" if stated else "country.report"]
                self.drafts.append(Draft("executed", value, "exact", (first, last), "aggregate", country, (), None,
                                         (s, e), (m.start(), m.end()), rules))
            used.extend(x for x in counts if x.start < m.end() and m.start() < x.end)
        return used

    def years_in(self, a: int, b: int) -> list[tuple]:
        """The whole years named in text[a:b], in order, each once."""
        out = []
        for d in self.dates_in(a, b):
            span = (d.period_start, d.period_end)
            if (d.period_end - d.period_start).days >= _YEAR_DAYS and span not in out:
                out.append(span)
        return out

    def groups_after(self, a: int, e: int) -> list[str]:
        """The groups of the list from `a` to the end of its clause ("سريلانكا وإريتريا والفلبين،")."""
        end = _LIST_END.search(self.text, a, e)
        return self._groups(a, end.start() if end is not None else e)

    def groups_before(self, s: int, b: int) -> list[str]:
        """The groups of the list of a row's label ("- السودان والهند: ثلاثة من كل منهما"): from the
        sentence's start (or its last colon's label) to the colon before the figure."""
        colon = self.text.rfind(":", s, b)
        if colon < 0 or self.text[colon + 1:b].strip():
            return []
        head = re.match(r"[\s\u200c]*(?:[-–—•*▪●][\s\u200c]+)?", self.text[s:colon])
        return self._groups(s + head.end(), colon)

    def _groups(self, a: int, b: int) -> list[str]:
        items = [x.strip() for x in _SPLIT.split(self.text[a:b])]
        if not items or not all(_GROUP.fullmatch(x) for x in items):
            return []
        return items
