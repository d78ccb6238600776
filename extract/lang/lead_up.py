"""A death sentence told as the lead-up to the execution, transfer or upheld sentence a Persian or
Arabic report tells: background (SCHEMA.md: optional), never news of its own (`reject.background`).

Ways of telling it besides the pluperfect (assemble.py):

1. in a relative clause on the subject of another verb (no date before the clause ends): "X، زندانی‌ای که به قصاص محکوم شده است،
   روز سه‌شنبه برای اجرای حکم به انفرادی منتقل شد" (the main verb, after the clause, is the news);
2. in a report of an execution, in a sentence with no date, of the person told of before (a
   transfer for execution too: "او ... برای اجرای حکم به زاهدان منتقل شد") ("او در دادگاه کیفری به قصاص محکوم
   شد", "دادگاه او را به اعدام محکوم کرد") or long before the news ("حدود چهار سال پیش ... به
   قصاص محکوم شد"): how the execution came about;
3. of a person named in guillemets as executed or transferred for execution before, who opens the
   sentence or a quote in it, whatever its date ("«فضل‌احمد در سال ۹۸ ... به اعدام محکوم شد»" after
   "X به نام «فضل‌احمد غفران» برای اجرای حکم به سلول انفرادی منتقل شده است");
4. in a report of an execution, a death sentence owned by no one ("حکم اعدام در سال ۱۳۹۶ تکرار و سرانجام
   تأیید شد": no name, pronoun nor people noun after "حکم اعدام"), whatever its date: the executed's.
"""
from __future__ import annotations

import re

from ..lexicon import words
from .calendars import calendars
from .mentions import TriggerMention, find_triggers

_PA = words("persian-arabic.yaml")
_OBJECT = re.compile(rf"[\s\u200c]*(?:{_PA['object_markers']})(?![\w\u200c])")
_LEADING = re.compile(r"[\s\u200c«\"]*")
_CLAUSE_OPEN = re.compile(r"[،:«][\s\u200c«\"]*\Z")
_UNOWNED = re.compile(rf"(?:{_PA['sentence_nouns']})[\s\u200c]+(?:{_PA['sentence_kinds']})[\s\u200c]+"
                      rf"(?:{_PA['sentence_unowned_after']})(?![\w\u200c])")
_GUILLEMETS = re.compile(r"«([^«»\n]{2,40})»")
_QUOTE_OPEN = re.compile(r"[:«][\s\u200c«\"]*")   # a quote opening in a sentence: "... گفت: «"
_WORD = re.compile(r"[^\s\u200c،,.:؛«»()\d]+(?:\u200c[^\s\u200c،,.:؛«»()\d]+)*")


class LeadUp:
    """Mixed into the assembly state of a field (assemble._Field)."""

    def lead_up(self, s: int, e: int, t: TriggerMention, triggers: list[TriggerMention]) -> bool:
        """Whether the death sentence `t` (one person, no number) of the sentence text[s:e] is the
        lead-up to other news rather than news (see the module's docstring)."""
        if t.event == "imminent":
            return self.transfer_told_before(s, e, t)
        if t.event != "sentenced":
            return False
        if self.v.lang == "fa" and self.in_relative_clause(s, t.start) and not self.dates_in(s, t.end) and any(
                o.start > t.end and o.event != "sentenced" and not o.negated and not o.nominal
                and "،" in self.text[t.end:o.start] for o in triggers):
            return True   # (1) "که ... محکوم شده است، [the date of the main verb] ... منتقل شد"
        if self.named_before_as_news(s, t):
            return True   # (3) "«فضل‌احمد در سال ۹۸ ... به اعدام محکوم شد»" after his transfer for execution
        if self.v.lang == "fa" and self.any_execution and _UNOWNED.match(self.text, t.start):
            return True   # (4) "حکم اعدام در سال ۱۳۹۶ تکرار و سرانجام تأیید شد": no one's but the executed's
        if self.dates_in(s, e) or not (self.any_execution or self.told_execution()):
            return False
        if calendars(self.v.lang).back.long_ago(self.text, s, e):
            return True   # (2) "حدود چهار سال پیش"
        for m in self.v.pronouns.finditer(self.text, s, t.start):
            # (2) the subject opening the sentence ("او در دادگاه ...") or the object ("او را")
            if m.start() == _LEADING.match(self.text, s).end() or _OBJECT.match(self.text, m.end()):
                return True
        return False

    def named_before_as_news(self, s: int, t: TriggerMention) -> bool:
        """Whether the Persian death sentence `t` (one person) has for subject, opening its sentence or a
        quote in it, the first name of someone named in guillemets in the sentence of an execution or a
        transfer for execution told before (way 3 of the module's docstring, whatever its date)."""
        if self.v.lang != "fa" or self.v.also.search(self.text, s, t.start):
            return False
        told = [d for d in self.drafts if d.event in ("executed", "imminent") and d.kind == "event" and d.span[1] <= s]
        firsts = {n.split()[0] for d in told for n in _GUILLEMETS.findall(self.text, *d.sentence) if n.split()}
        subjects = [_LEADING.match(self.text, s).end()] + [m.end() for m in _QUOTE_OPEN.finditer(self.text, s, t.start)]
        for at in subjects:
            word = _WORD.match(self.text, at)
            if word and word.group() in firsts and word.group() not in self.v.not_names:
                return True
        return False

    def verdict_told_before(self, s: int, t: TriggerMention) -> bool:
        """Whether the Persian death sentence `t` (one person, the pluperfect) follows a death sentence
        of a person told as news in the field before sentence `s`: "دیوان عالی کشور حکم اعدام X را تأیید
        کرده است ... آقای X در سال ۱۴۰۱ ... به اعدام محکوم شده بود" is how the upheld sentence came about."""
        # (not another person's, told with "نیز": "پیش از این، در مرداد امسال، X نیز ... به اعدام محکوم شده بود")
        if self.v.lang != "fa" or t.event != "sentenced" or self.v.also.search(self.text, s, t.start):
            return False
        return any(d.event == "sentenced" and d.kind == "event" and d.span[1] <= s for d in self.drafts)

    def transfer_told_before(self, s: int, e: int, t: TriggerMention) -> bool:
        """Whether the transfer for execution `t` (one person, no number) is that of the person whose
        execution the report tells, told after it with no date of its own and a pronoun for subject:
        "او تا چند روز پیش در زندان سراوان بود و سپس برای اجرای حکم به زاهدان منتقل شد" (way 2 of the
        module's docstring: how the execution came about, never a transfer to come); or with a day no later
        than the execution's, in a sentence opening on that person ("این زندانی دو روز پیش ... منتقل شد")."""
        executed = [d for d in self.drafts if d.event == "executed" and d.kind == "event" and d.span[1] <= s]
        if self.v.lang != "fa" or not executed:
            return False
        if self.dates_in(s, e):
            # "این زندانی دو روز پیش برای اجرای حکم به سلول انفرادی منتقل شد": the sentence opens on the
            # person told of, and its day is no later than the execution's
            days = [d for d in self.dates_in(s, e) if not self.dateline(d)]
            last = executed[-1].period[0]
            return bool(self.v.follow_on.match(self.text, _LEADING.match(self.text, s).end())) and last is not None \
                and all(d.period_end <= last for d in days)
        # (the subject opens the sentence or a clause after a comma: "به گفته یک منبع، او ...")
        return any(m.start() == _LEADING.match(self.text, s).end() or _CLAUSE_OPEN.search(self.text, s, m.start())
                   for m in self.v.pronouns.finditer(self.text, s, t.start))

    def lead_up_day(self, d) -> bool:
        """Whether day `d` is told in a sentence whose news is all lead-up in the pluperfect ("این دو زندانی
        روز دوشنبه ۲۳ تیر ... به سلول انفرادی منتقل شده بودند"): the day of the transfer or sentence,
        which an undated execution told after it does not take (dating.inherited)."""
        s, e = next(((a, b) for a, b in self.sentences if a <= d.start < b), (d.start, d.end))
        triggers = [t for t in find_triggers(self.v, self.text, s, e) if not t.negated]
        return bool(triggers) and all(t.event != "executed" and t.tense == "pluperfect" for t in triggers)
