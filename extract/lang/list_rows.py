"""Rows of a labelled list under its header (Arabic reports): "... توزعوا كالآتي:", "على النحو
الآتي:", "وفق ما يلي:", then one line each, opened by a bullet. A row with no verb of its own tells
what its header tells: the figure of a header that counts ("إعدام 49 شخصاً ...، توزعوا كالآتي:")
is split by the rows, each a part over its span (SCHEMA.md: a breakdown is a claim); a header that
only names the event ("وتيرة إصدار أحكام الإعدام ... وفق ما يلي:") gives its event to rows dated by
their own label ("- يوليو/تموز: 13 حكماً"), a series of that event, no part of anything.
A mixin of assemble._Field (it reads the field's text, sentences, dates and drafts).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .mentions import CountMention, find_triggers
from .not_executed import referred
from .vocab import alternation, listed

_BULLET = re.compile(r"[\s\u200c]*[-–—•*▪●][\s\u200c]")
_HEADER_END = re.compile(r":[\s\u200c]*\Z")


@lru_cache(maxsize=None)
def _link_labels(lang: str) -> re.Pattern | None:
    """A header that only labels links ("اقرأ أيضاً:"), with its colon; None for a language whose file
    lists none (vocab-LANG.yaml link_labels)."""
    labels = listed(lang, "link_labels")
    return re.compile(rf"[\s\u200c]*(?:{alternation(labels, lang)})[\s\u200c]*:[\s\u200c]*") if labels else None


class ListRows:
    """List rows for one field; the host is assemble._Field."""

    def _line_start(self, pos: int) -> int:
        return self.text.rfind("\n", 0, pos) + 1

    def _row_line(self, line: int) -> bool:
        """Whether the line starting at `line` is a row: opened by a bullet, or a label and its figure
        alone ("باكستان: 25", "نيسان/أبريل: 11")."""
        if _BULLET.match(self.text, line):
            return True
        end = self.text.find("\n", line)
        row = self.v.row_figure
        return row is not None and row.fullmatch(self.text, line, len(self.text) if end < 0 else end) is not None

    def list_header(self, s: int) -> tuple[int, int] | None:
        """The header of the list whose row holds sentence s: the sentence ending in a colon on the
        line right above the run of rows s stands in; None when s is on no such row. Rows with no
        bullet make a list only two or more together (one "label: N" line may be a dateline)."""
        line = self._line_start(s)
        if not self._row_line(line):
            return None
        rows = 1
        while line > 0:
            above = self._line_start(line - 1)
            if not self._row_line(above):
                break
            line, rows = above, rows + 1
        after = self.text.find("\n", s)
        rows += after >= 0 and self._row_line(after + 1)
        if rows < 2 and not _BULLET.match(self.text, line):
            return None
        header = next((x for x in reversed(self.sentences) if x[1] <= line and self.text[x[0]:x[1]].strip()), None)
        if header is None or not _HEADER_END.search(self.text[header[0]:header[1]].rstrip()):
            return None
        return header

    def linked_row(self, s: int) -> bool:
        """Whether sentence s is a row of a list of links to other reports ("اقرأ أيضاً:" then "- منظمة:
        11 ناشطاً يقضون أحكاماً بالسجن"): another report's headline, none of this report's facts."""
        header = self.list_header(s)
        labels = _link_labels(self.v.lang)
        return header is not None and labels is not None \
            and labels.fullmatch(self.text, header[0], header[1]) is not None

    def list_rows(self, s: int, e: int, counts: list[CountMention]) -> bool:
        """Drafts of the counts of row text[s:e] (no verb of its own) from its list's header; False
        when the sentence is no row, or its header tells neither a figure nor an event a row dated
        by its label takes (the other readings of parts.py go on then)."""
        header = self.list_header(s)
        if header is None or not counts:
            return False
        whole = next((d for d in reversed(self.drafts) if d.sentence == header and d.kind == "aggregate"
                      and "kind.aggregate.comparison" not in d.rules), None)
        own = [d for d in self.dates_in(s, e) if not d.is_day]
        if whole is None and not own and self.v.breakdown.search(self.text, *header) \
                and not any(d.sentence == header for d in self.drafts):
            # "توزّع من أُعدموا على النحو الآتي:" after the figure, with no figure of its own: the rows split
            # the figure told before it
            whole = self.figure_before(header[0], 0)
        if whole is None:
            events = [t.event for t in find_triggers(self.v, self.text, *header) if not t.negated]
            if not events or not own:
                return False
            event, part = events[0], None
        else:
            event, part = whole.event, whole
        for c in counts:
            refused = referred(self.v, self.text, s, c)
            if refused or part is not None and c.value >= part.count:
                self.reject((s, e), c.start, c.end, refused or "reject.no_event")
                continue
            draft = self.draft(s, e, c, event, None, counts, part)
            draft.rules.append("part.list_row" if part is not None else "event.list_header")
            self.drafts.append(draft)
        return True
