"""Persian: people named without a number before one plural verb, counted one each and grouped by
the place written after them.

"سه شنبه ۲۶ فروردین X در اراک، Y، Z و W در قم و V در قزوین به دار آویخته شدند" is one execution in
Arak, three in Qom and one in Qazvin; "پیش تر X و Y در آذرماه اعدام شده بودند" two people. Nothing
here recognises a name: a list is read only when every item between commas and "و" is two to four
words none of which is a function word, a people noun, a number or a word of `not_names`
(vocab-fa.yaml), and a description between commas after a name ("X، زندانی ۲۹ ساله بلوچ،") is
skipped. Anything else and the sentence gives no claim from this rule. A mixin of assemble._Field.
"""
from __future__ import annotations

import re

from .mentions import CountMention, TriggerMention, find_places

_ITEM_SPLIT = re.compile(r"[\s\u200c]*،[\s\u200c]*|[\s\u200c]+و[\s\u200c]+")
_LEADING_AND = re.compile(r"^(?:[\s\u200c،]|و(?=[\s\u200c]))+")
_IN = re.compile(r"(?<![\w\u200c])در[\s\u200c]*$")


class Naming:
    """Named groups for one field; the host offers text, v, sentences, dates_in(), draft(), drafts,
    folded and original."""

    def named_groups(self, s: int, e: int, t: TriggerMention) -> bool:
        """Drafts for the names before plural trigger `t`, one per place; whether any was made."""
        v, text = self.v, self.text
        if v.lang != "fa" or t.event != "executed" or t.number != "pl" or t.tense not in ("past", "perfect", "pluperfect"):
            return False
        lo, hi = s, t.start
        for d in self.dates_in(s, t.start):
            if not text[d.end:t.start].strip(" \u200c،") or _IN.search(text[max(s, d.start - 4):d.start]) \
                    and not text[d.end:t.start].strip():
                hi = min(hi, d.start - (4 if _IN.search(text[max(s, d.start - 4):d.start]) else 0))   # "... در آذرماه اعدام شده بودند"
            else:
                lo = max(lo, d.end)   # "سه شنبه ۲۶ فروردین X ...": the names come after the day
        lo = self.after_lead_words(lo, hi)
        places = [p for p in find_places(v, text, lo, hi) if _IN.search(text[max(lo, p.start - 4):p.start])]
        groups, pos = [], lo
        for p in places:
            groups.append((pos, p.start - 3, p))
            pos = p.end
        if text[pos:hi].strip(" \u200c،"):
            if places:
                return False   # words after the last place: not a plain list
            groups.append((lo, hi, None))
        made = []
        for a, b, place in groups:
            n = self.names_in(a, b)
            if not n:
                return False
            made.append((a, b, n))
        for a, b, n in made:
            c = CountMention(n, "exact", "person", a, b, a)
            draft = self.draft(s, e, c, t.event, t, [])
            draft.rules[1] = "count.name"
            if draft.kind == "aggregate" and "kind.aggregate.span" in draft.rules:
                # named people are one incident, dated as loosely as the report dates it
                draft.kind = "event"
                draft.rules[draft.rules.index("kind.aggregate.span")] = "kind.event.named"
                draft.location = self.place(s, e, c)
            self.drafts.append(draft)
        return bool(made)

    def after_lead_words(self, lo: int, hi: int) -> int:
        """Past the adverbs and joiners that open the list ("نیز"، "پیش تر"، "و")."""
        while True:
            m = self.v.name_lead.match(self.text, lo, hi)
            if m is None or m.end() == lo:
                return lo
            lo = m.end()

    def names_in(self, a: int, b: int) -> int:
        """How many names text[a:b] lists, 0 when an item is no name (module doc)."""
        listed = _LEADING_AND.sub("", self.text[a:b]).strip(" \u200c،")   # "... در همدان و X در زنجان"
        items = [i for i in _ITEM_SPLIT.split(listed) if i.strip()]
        count = 0
        for i, item in enumerate(items):
            words = item.replace("\u200c", " ").split()
            if re.search(r"\d", item) or words and words[0] in self.v.name_descriptors:
                if i == 0:
                    return 0
                continue   # "X، زندانی ۲۹ ساله بلوچ،": who X is
            if not 2 <= len(words) <= 4 or any(w in self.v.not_names or w in self.v.numbers for w in words):
                return 0
            count += 1
        return count
