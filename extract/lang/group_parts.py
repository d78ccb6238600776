"""Whether a Persian or Arabic count is some of a group or statistic told before it, not a figure of its
own: a part under one verb with the part before it ("ده نفر از اعدام‌شدگان ... و هفت نفر ..."), parts
each at a prison of their own, a breakdown that goes on ("نیز"), people identified out of a group
("هویت سه تن از این زندانیان"), a member of a list ("ستة مدانين، هم ..."), a part's charge before a
victims' word. A mixin of assemble._Field beside count_drafts.CountDrafts.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import words
from .drafts import Draft
from .mentions import CountMention, TriggerMention, find_places, find_triggers
from .vocab import alternation, listed

_PA = words('persian-arabic.yaml')

_HEAD_REACH = 24   # characters before a victims' word within which a charge head makes it a charge ("في قضايا قتل")
PARTITIVE = re.compile(rf"(?<![\w\u200c])(?:{_PA['partitive_words']})(?![\w\u200c])")
_IDENTITY_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{_PA['identity_nouns']})[\s\u200c]*\Z")
_IDENTITY_AS = re.compile(rf"(?<![\w\u200c])(?:{alternation(_PA.value('identity_as'), 'fa')})(?![\w\u200c])")
_IDENTITY_AS_REACH = 30  # characters after "هویت N تن از آنان" within which "به عنوان" makes them a part
_LISTING_REACH = 40     # characters between a group's count and a count in the list after its "، هم"


@lru_cache(maxsize=None)
def clause_join(lang: str) -> re.Pattern:
    """A comma, or a word that joins two clauses in `lang` (vocab-LANG.yaml clause_joiners: Persian "و")."""
    joiners = listed(lang, "clause_joiners")
    return re.compile(rf"،|(?<![\w\u200c])(?:{alternation(joiners, lang)})(?![\w\u200c])" if joiners else "،")


class GroupParts:
    """Readings of a count as some of what was told before; the host is assemble._Field."""

    def parts_by_prison(self, e: int, c: CountMention, counts: list[CountMention]) -> bool:
        """Whether the parts counted in one sentence each name a prison of their own, and not the same one:
        "سه نفر از آنان ... در زندان قزلحصار و چهار نفر دیگر ... در زندان رجایی‌شهر به دار آویخته شدند" tells
        an incident at each prison (the group told before, at several, is their sum)."""
        if self.v.lang != "fa":
            return False
        prisons = [self.clause_prison(e, o, counts) for o in counts]
        mine = self.clause_prison(e, c, counts)
        return mine is not None and len(set(p for p in prisons if p is not None)) >= 2 and None not in prisons

    def clause_prison(self, e: int, c: CountMention, counts: list[CountMention]) -> str | None:
        """The prison named after count `c`, before the next count of its sentence (ending at `e`)."""
        end = min([o.start for o in counts if o.start > c.end] + [e])
        found = [f for f in find_places(self.v, self.text, c.end, end) if f.label == "prison"]
        return self.text[found[0].start:found[0].end] if found else None

    def conjunct_of_part(self, s: int, c: CountMention, t: TriggerMention | None) -> bool:
        """Whether count `c` is joined by "و" to a part of a statistic told just before it in its
        sentence, both under the one verb after them ("ده نفر از اعدام‌شدگان به اتهام ... و هفت نفر به
        اتهام ... اعدام شدند"): the second is a part too (part.conjunct), not an incident of the day; so
        in a row with no verb at all ("- ۱۳ نفر بلوچ و ۹ نفر کرد بودند؛" under "در میان اعدام‌شدگان:")."""
        if self.v.lang != "fa" or t is not None and (t.start < c.end or t.nominal):
            return False
        prev = next((d for d in reversed(self.drafts) if d.sentence[0] <= s < d.sentence[1] and d.span[1] <= c.start
                     and "part.breakdown" in d.rules and d.kind == "aggregate"), None)
        if t is None and find_triggers(self.v, self.text, s, c.start):
            return False
        return prev is not None and (t is None or prev.event == t.event) \
            and clause_join(self.v.lang).search(self.text, prev.span[1], c.start) is not None \
            and not [x for x in find_triggers(self.v, self.text, prev.span[1], c.start) if not x.nominal]

    def charge_of_part_before(self, c: CountMention, word: int) -> bool:
        """Whether the victims' or other action's word at `word`, before a bare part "و40 في قضايا إرهاب",
        is the charge of the part before it ("منها 98 في قضايا مخدرات و72 في قضايا قتل و40 ..."): a
        charge head ends right before it, so the part is no count of victims."""
        pattern = self.v.charge_head_end
        return c.noun == "partitive" and pattern is not None \
            and pattern.search(self.text, max(0, word - _HEAD_REACH), word) is not None

    def breakdown_went_on(self, s: int, e: int) -> Draft | None:
        """The part of a statistic the sentence before text[s:e], in its paragraph, told, when this
        sentence says "also" ("نیز") and has no date of its own: it goes on with the breakdown."""
        if self.v.lang != "fa" or not self.v.also.search(self.text, s, e) or self.dates_in(s, e):
            return None
        before = next((x for x in reversed(self.sentences) if x[1] <= s), None)
        if before is None or self.paragraph_of(before[0]) != self.paragraph_of(s):
            return None
        return next((d for d in reversed(self.drafts) if d.sentence == before and d.kind == "aggregate"
                     and "part.breakdown" in d.rules), None)

    def identified(self, s: int, c: CountMention) -> bool:
        """Whether the count is of people whose identity is told, some of a group ("هویت سه تن از
        این زندانیان احراز شده است"): those named out of a figure told before, not a figure."""
        after = self.v.executed_nouns.search(self.text, c.end, c.end + 30)
        some = PARTITIVE.search(self.text, c.end, c.end + 12)
        return c.noun in ("person", "partitive") and bool(some or after) \
            and _IDENTITY_BEFORE.search(self.text, max(s, c.start - 12), c.start) is not None \
            and not _IDENTITY_AS.search(self.text, c.end, c.end + _IDENTITY_AS_REACH)   # "به عنوان شهروند کرد": a part

    def listed_member(self, c: CountMention, counts: list[CountMention]) -> bool:
        """Whether the count stands in the list of who a group counted just before it were ("ستة
        مدانين، هم سعوديان وأربعة يمنيين"): a split of that group, no figure of its own."""
        if self.v.listing is None:
            return False
        group = [o for o in counts if o.end <= c.start and c.start - o.end <= _LISTING_REACH]
        return bool(group) and self.v.listing.search(self.text, group[-1].end, c.start) is not None
