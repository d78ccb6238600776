"""One figure for each place of a list, in Persian: "در هر یک از زندان‌های کرمانشاه، ایلام و سلماس
۲ زندانی ... اعدام شده‌اند", "در زندان‌های میاندوآب، شیراز و اصفهان هر کدام یک زندانی" are two
executed in each of three prisons, a row per place (SCHEMA.md: a breakdown of a statistic is a
claim of its own), not one figure of two. A mixin of assemble._Field.

Each row is the count's own draft with the place for its location; under a statistic of the
paragraphs before it (part_of, statistic_for_each) it is a part of that statistic, over its period.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import words
from .drafts import Draft
from .mentions import CountMention, TriggerMention
from .normal import fold_phrase
from .vocab import alternation

_PA = words("persian-arabic.yaml")
_PLURALS = {fold_phrase(k).replace(" ", ""): v for k, v in _PA.value("place_plurals").items()}
_NOUN = re.compile(rf"(?<![\w\u200c])(?:{alternation(_PA.value('place_plurals'), 'fa')})(?![\w\u200c])")
_EACH_OF = re.compile(rf"(?<![\w\u200c])(?:{alternation(_PA.value('each_of_words'), 'fa')})[\s\u200c]*\Z")
_EACH = re.compile(rf"[\s\u200c]+(?:{alternation(_PA.value('each_words'), 'fa')})[\s\u200c]*\Z")
_SPLIT = re.compile(r"[\s\u200c]*(?:[،,]|(?<![\w\u200c])و(?![\w\u200c]))[\s\u200c]*")
_NAME = re.compile(r"[^\W\d_][\w\u200c]*(?:[\s\u200c]+[^\W\d_][\w\u200c]*){0,2}")
_EACH_OF_REACH = 16   # characters before the plural noun within which "هر یک از" stands


class EachPlace:
    """Rows by place for one field; the host offers text, v, folded, original, drafts, draft(), part_of()."""

    def each_place(self, s: int, e: int, counts: list[CountMention], triggers: list[TriggerMention]) -> list[CountMention]:
        """Adds a draft for each place of a list a count is told for, one each; returns the counts so read."""
        used = []
        if self.v.lang != "fa":
            return used
        for c in counts:
            places = self.places_each(s, c) if c.noun in ("person", "execution") else None
            t = next((t for t in triggers if t.start >= c.end and not t.negated and not t.nominal), None)
            if not places or t is None:
                continue
            part = self.part_of(s, e, c, marked=True) or self.statistic_for_each(s, c)
            part = part if part is not None and part.kind == "aggregate" and part.event == t.event else None
            draft = self.draft(s, e, c, t.event, t, [c], part)
            if part is not None:
                draft.kind = "aggregate"
            draft.rules.append("part.each_place")
            for a, b, noun in places:
                x, y = self.folded.span(a, b)
                name = self.original[x:y].strip()
                self.drafts.append(replace(draft, location=f"{noun} {name}" if noun else name, rules=list(draft.rules)))
            used.append(c)
        return used

    def statistic_for_each(self, s: int, c: CountMention) -> Draft | None:
        """The last statistic (an aggregate over more than a day, not a comparison) larger than the
        count, told in the paragraph of `s` or the four before it: rows by place come under
        headings ("تفکیک بر اساس زندان:") that part_of's reach of one paragraph does not pass."""
        earlier = [q for q in self.paragraphs if q <= s]
        since = earlier[-5] if len(earlier) >= 5 else 0
        found = [d for d in self.drafts if d.kind == "aggregate" and d.count > c.value and since <= d.span[0] < s
                 and d.period[0] is not None and d.period[1] is not None and d.period[1] > d.period[0]
                 and "kind.aggregate.comparison" not in d.rules]
        return found[-1] if found else None

    def places_each(self, s: int, c: CountMention) -> list[tuple[int, int, str]] | None:
        """The places (folded offsets, and the noun of their location) of the list the count is
        told for each of: "هر یک از زندان‌های X، Y و Z" right before it, or "زندان‌های X و Y هر کدام"."""
        nouns = list(_NOUN.finditer(self.text, s, c.start))
        if not nouns:
            return None
        n = nouns[-1]
        end = c.start
        tail = _EACH.search(self.text, n.end(), c.start)
        if tail is not None:
            end = tail.start()
        elif not _EACH_OF.search(self.text, max(s, n.start() - _EACH_OF_REACH), n.start()):
            return None
        places, pos = [], n.end()
        for m in list(_SPLIT.finditer(self.text, n.end(), end)) + [None]:
            a, b = pos, m.start() if m is not None else end
            item = self.text[a:b].strip()
            if item:
                if not _NAME.fullmatch(item):
                    return None
                a += len(self.text[a:b]) - len(self.text[a:b].lstrip())
                places.append((a, a + len(item), _PLURALS[fold_phrase(n.group()).replace(" ", "").replace("\u200c", "")]))
            pos = m.end() if m is not None else end
        return places if len(places) >= 2 else None
