"""Rows of a Persian table or of a list in brackets under a figure of a week or longer, each a part of
that figure over its period (SCHEMA.md: each breakdown a claim): places with a bracketed number
("خوزستان (۲۹)، اصفهان (۲۳)"), prisons with theirs ("زندان قزلحصار کرج (۱۱ مورد)") and lines of a
table ("زندان اوین: ۶"). A mixin of assemble._Field beside parts.Parting.
"""
from __future__ import annotations

import re

from .drafts import Draft
from .mentions import find_places, find_triggers
from .parts import WEEK_DAYS

# "زندان قزلحصار کرج — ۱۲", "زندان اوین: ۶": a line of a table, a place and a bare figure
_LABEL_ROW = re.compile(r"[\s\u200c\-•*]*(?P<label>[^\s:—–\d()،,؛.][^:—–\d()،,؛.]{1,60}?)[\s\u200c]*[—–:][\s\u200c]*"
                        r"(?P<num>\d{1,4})[\s\u200c.]*")
_INLINE_ROW = re.compile(r"(?P<label>[^\s()،,؛:\d]+(?:[ \u200c][^\s()،,؛:\d]+){0,2})\s*\((?P<num>\d{1,4})\)")
_BRACKET_OPEN = re.compile(r"\([\s\u200c]*\Z")   # a count opening a bracket: "(۱۱ مورد)"


class TableRows:
    """Table rows for one field; the host sets text, v, drafts, sentences, folded, original and
    offers statistic(), offences()."""

    def inline_rows(self, s: int, e: int, counts) -> None:
        """"خوزستان (۲۹)، اصفهان (۲۳) و کرمان (۱۶)" after a statistic: each place of the gazetteer
        with a bracketed number is a part of that statistic, over its period."""
        context = self.statistic(s)
        if context is None or context.event != "executed":
            return
        for m in _INLINE_ROW.finditer(self.text, s, e):
            words = m.group("label").split()
            # the label's last one to three words: "و کرمان (۱۶)" is Kerman
            label = next((" ".join(words[-k:]) for k in (3, 2, 1) if k <= len(words)
                          and self.v.places.fullmatch(" ".join(words[-k:]))), None)
            if label is None or any(c.start <= m.start("num") < c.end for c in counts):
                continue
            value = int(m.group("num"))
            if value >= context.count:
                continue
            a, b = self.folded.span(m.end("label") - len(label), m.end("label"))
            draft = Draft(context.event, value, "exact", context.period, "aggregate", context.country, (),
                          self.original[a:b].strip(), (s, e), (m.start(), m.end()),
                          [f"event.{context.event}", "table.inline_row", "qualifier.exact", "period.context",
                           "location.table_label", "kind.of_context", "country.report"])
            self.drafts.append(draft)

    def prison_rows(self, s: int, e: int, counts) -> list[Draft]:
        """"بیشترین اعدام‌ها در زندان قزلحصار کرج (۱۱ مورد) و زندان دستگرد اصفهان (۵ مورد)": a prison with
        its figure in brackets, a count of cases or people, in a sentence with no verb of execution of
        its own, after a figure of a week or longer: a part of that figure at that prison (table.prison_row)."""
        if self.v.lang != "fa" or [t for t in find_triggers(self.v, self.text, s, e) if not t.nominal]:
            return []
        out: list[Draft] = []
        prisons = [f for f in find_places(self.v, self.text, s, e) if f.label == "prison"]
        for c in counts:
            if c.noun not in ("person", "case", "execution") or c.qualifier != "exact" \
                    or not _BRACKET_OPEN.search(self.text, s, c.start) or not self.text.startswith(")", c.end):
                continue
            at = next((f for f in prisons if 0 <= _BRACKET_OPEN.search(self.text, s, c.start).start() - f.end <= 1), None)
            whole = self.figure_before(s, c.value)
            if at is None or whole is None:
                continue
            a, b = self.folded.span(at.start, at.end)
            out.append(Draft(whole.event, c.value, "exact", whole.period, "aggregate", whole.country, (),
                             self.original[a:b].strip(), (s, e), (c.start, c.end),
                             ["event.executed", "table.prison_row", "qualifier.exact", "period.context",
                              "location.table_label", "kind.of_context", "country.report"]))
        return out

    def figure_before(self, s: int, value: int) -> Draft | None:
        """The latest executed figure of a week or longer told before `s` and larger than `value`, not
        one compared with nor a row of a table."""
        return max((d for d in self.drafts if d.kind == "aggregate" and d.event == "executed" and d.period[0] and d.period[1]
                    and (d.period[1] - d.period[0]).days >= WEEK_DAYS and d.span[0] < s and d.count > value
                    and "kind.aggregate.comparison" not in d.rules and "table.label_row" not in d.rules
                    and "part.breakdown" not in d.rules),
                   key=lambda d: (d.period[1], -d.span[0]), default=None)

    def label_rows(self, s: int, e: int, counts) -> None:
        """"زندان قزلحصار کرج — ۱۲" on a line of its own, one of a table of two lines or more under a
        figure of a week or longer ("تفکیک اعدام‌های این هفته بر اساس زندان:"): each line whose label
        names a prison or a place of the gazetteer is a part of that figure, over its period, at that place
        (SCHEMA.md: each breakdown a claim). The latest such figure told before, not one compared with."""
        m = _LABEL_ROW.fullmatch(self.text, s, e)
        if m is None or any(c.start <= m.start("num") < c.end for c in counts) or not self._table_line(s, e):
            return
        label = m.group("label").strip()
        where = bool(self.v.prison.search(label) or self.v.places.fullmatch(label))
        if not where and not self._table_headed_as_parts(s):
            return
        value = int(m.group("num"))
        whole = max((d for d in self.drafts if d.kind == "aggregate" and d.event == "executed" and d.period[0] and d.period[1]
                     and (d.period[1] - d.period[0]).days >= WEEK_DAYS and d.span[0] < s and d.count > value
                     and "kind.aggregate.comparison" not in d.rules and "table.label_row" not in d.rules),
                    key=lambda d: (d.period[1], -d.span[0]), default=None)
        if whole is None:
            return
        a, b = self.folded.span(m.start("label"), m.start("label") + len(label))
        # ("مواد مخدر: ۸۴۲" under "تفکیک بر اساس اتهام:": the label names the charge)
        offences = () if where else self.offences(m.start("label"), m.end("label"))
        self.drafts.append(Draft(whole.event, value, "exact", whole.period, "aggregate", whole.country, offences,
                                 self.original[a:b].strip() if where else None, (s, e), (m.start("num"), m.end("num")),
                                 ["event.executed", "table.label_row", "qualifier.exact", "period.context",
                                  "location.table_label" if where else "part.table_header", "kind.of_context",
                                  "country.report"]))

    def _table_headed_as_parts(self, s: int) -> bool:
        """Whether the run of label rows holding the line at `s` opens under a line that says its rows
        are parts of the figure before ("از این تعداد:" over "بلوچ: ۲۲", "زن: ۵"): then a label of people,
        not only a place, makes a row a part."""
        i = next((k for k, x in enumerate(self.sentences) if x[0] == s), None)
        while i is not None and i > 0 and _LABEL_ROW.fullmatch(self.text, *self.sentences[i - 1]):
            i -= 1
        if not i:
            return False
        a, b = self.sentences[i - 1]
        return self.text[a:b].rstrip().endswith(":") and self.v.breakdown.search(self.text, a, b) is not None

    def _table_line(self, s: int, e: int) -> bool:
        """Whether the line text[s:e] stands in a run of two or more such lines (a table, not a dateline)."""
        i = next((k for k, x in enumerate(self.sentences) if x == (s, e)), None)
        if i is None:
            return False
        near = [self.sentences[k] for k in (i - 1, i + 1) if 0 <= k < len(self.sentences)]
        return any(_LABEL_ROW.fullmatch(self.text, a, b) for a, b in near)
