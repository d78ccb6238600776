"""Which trigger governs a Persian or Arabic count, and what a trigger's verb tells: the nearest
trigger of the sentence (a headline noun only right before its count), not one inside a relative
clause; a future verb after a word of schedule is an imminent execution; an active verb's object
that is one person. A mixin of assemble._Field (it reads the field's text, v and lead).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .mentions import CountMention, TriggerMention, find_places, find_triggers
from .normal import fold, fold_phrase
from ..lexicon import VocabularyFileError, words
from ..matches import last_match

_W = words("persian-arabic.yaml")
VAGUE_QUANTITIES = frozenset(_W.value("vague_quantities"))
_PLURAL_ENDINGS = tuple(_W.value("plural_endings"))
_NOMINAL_GAP = 30       # characters between a headline noun ("اعدام") and the count it governs
_NEXT_CLAUSE = 100     # characters a verb after the count's clause counts as farther (Arabic)
_OBJECT_WORDS = 5       # words after an Arabic trigger within which its one person is named
ARTICLE_CLITICS = tuple(_W.value("article_clitics"))   # the Arabic article and the clitics before it
_CLAUSE_END = re.compile(r"[،,.؛;:!?؟\n]")
_GAPPED_VERB = re.compile(r"[\s\u200c]+و[\s\u200c]+(?=\S)")   # a bare verb noun right before "و" and the next clause
_CLAUSE_CLOSED = re.compile(r"[\s\u200c]*(?:[،,]|و(?![\w\u200c]))")   # after a verb: the next clause begins
_OBJECT_MARKER = re.compile(rf"(?<![\w\u200c])(?:{_W['object_markers']})(?![\w\u200c])")   # "را", a word of its own
_RELATIVE_KE = re.compile(r"(?<!\S)که(?!\S)")   # the Persian relative "که", between spaces
_RELATIVE_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{_W['relative_pronouns']})[\s\u200c]+\Z")   # "الذي" right before a verb


@lru_cache(maxsize=None)
def _counted_subject(lang: str) -> tuple[frozenset, frozenset, tuple] | None:
    """The quantity words, the hedges and the pronoun endings of a counted subject (vocab-ar.yaml);
    None for a language whose file lists none."""
    try:
        w = words(f"vocab-{lang}.yaml")
        return (frozenset(map(fold_phrase, w.value("counted_subject_words"))),
                frozenset(map(fold_phrase, w.value("counted_subject_hedges"))),
                tuple(map(fold_phrase, w.value("counted_subject_endings"))))
    except VocabularyFileError:
        return None


class Governing:
    """Trigger choice for one field; the host sets text, v and lead."""

    def counted_subject(self, t: TriggerMention) -> bool:
        """Arabic: whether the subject after a verb is counted, so that the verb's singular says
        nothing of one person. Arabic makes a verb before its subject agree in gender only: "أُعدم
        ٦٣ مسلحاً", "وأُعدم نحو ثلثهم" are many people. Only the subject's first word counts (a hedge
        may stand before it): in "أُعدم سالم في 3 مارس" the number after the name is a day."""
        found = _counted_subject(self.v.lang)
        if found is None:
            return False
        quantities, hedges, endings = found
        clause = _CLAUSE_END.search(self.text, t.end)
        for token in re.findall(r"[\w\u200c]+", self.text[t.end:clause.start() if clause else len(self.text)]):
            if token in hedges:
                continue
            bare = {token, *(token[:-len(x)] for x in endings if token.endswith(x) and len(token) > len(x) + 1)}
            return token.isdigit() or token in self.v.numbers or bool(bare & quantities)
        return False

    def told_execution(self) -> bool:
        """Whether the report tells an execution anywhere, the headline too ("... اعدام شد"), though
        no trigger of this field was read: a sentence in the pluperfect is then its lead-up."""
        head = fold(self.lead).text
        return any(t.event == "executed" and not t.negated and t.tense in ("past", "perfect")
                   for t in find_triggers(self.v, head, 0, len(head)))

    def singular_object(self, s: int, t: TriggerMention) -> bool:
        """Persian, an active verb ("... را به اعدام محکوم کرد"): its object before "را" is one person
        when it is "او"/"وی" or a phrase with neither a plural ending nor "و" joining names. Arabic:
        see singular_after."""
        if self.v.lang == "ar":
            return self.singular_after(t)
        if self.v.lang != "fa" or "{کردن}" not in t.phrase:
            return False
        # the object marker may sit inside the trigger ("حکم اعدام X، ...، را تایید کرد")
        m = last_match(_OBJECT_MARKER, self.text[s:t.end])
        if m is None:
            return False
        # (a town of the gazetteer is no plural, whatever its ending: "دادگاه انقلاب تهران X را ...")
        places = [(p.start, p.end) for p in find_places(self.v, self.text, s, s + m.start())]
        tokens = [w.group() for w in re.finditer(r"[\w\u200c]+", self.text[s:s + m.start()])
                  if not any(a <= s + w.start() < b for a, b in places)][-4:]
        if not tokens:
            return False
        if tokens[-1] in ("او", "وی"):
            return True
        # (a town after "اهل" is where one person comes from, whatever its ending: "اهل بوکان", "اهل تهران")
        return not any(w == "و" or w.endswith(_PLURAL_ENDINGS) and not (i and self.v.nationality.search(tokens[i - 1] + " "))
                       or w in self.v.numbers or w in VAGUE_QUANTITIES
                       for i, w in enumerate(tokens) if i >= len(tokens) - 3)

    def singular_after(self, t: TriggerMention) -> bool:
        """Arabic puts the verb first: a trigger ending in the pronoun of one ("تمهيداً لإعدامه"), or
        whose first person noun in the few words after it, before the clause ends, is singular (its
        object, or a passive's subject: "أعدمت السلطات الإيرانية الثلاثاء امرأة", "شُنق مدان",
        "رمياً بالرصاص بحق مدان", "السجين الكردي X") is about one person. Not a trigger that counts
        executions carried out ("نفذت السلطات حملة ... بحق ناشط")."""
        v = self.v
        if t.phrase in v.cases_only:
            return False
        if self.text[t.start:t.end].endswith(v.singular_ends):
            return True
        clause = _CLAUSE_END.search(self.text, t.end)
        end = clause.start() if clause else len(self.text)
        tokens = re.findall(r"[\w\u200c]+", self.text[t.end:end])[:_OBJECT_WORDS]
        if t.phrase in v.subject_first:
            # "أن الشاب السعودي X على وشك الإعدام": the subject, back to the clause's start
            a = max([m.end() for m in _CLAUSE_END.finditer(self.text, 0, t.start)] or [0])
            tokens = []
            for token in reversed(re.findall(r"[\w\u200c]+", self.text[a:t.start])[-_OBJECT_WORDS:]):
                if token in v.subject_openers:
                    break
                tokens.append(token)
        for token in tokens:
            if token in v.singular_skip:
                continue
            forms = {token, *(token[len(p):] for p in ARTICLE_CLITICS if token.startswith(p))}
            forms |= {f[:-1] for f in forms if f.endswith("ا")}   # accusative: "سجيناً", "مداناً"
            if forms & v.singular_words:
                return True
            if forms & v.plural_people or token.isdigit() or token in v.numbers or token in VAGUE_QUANTITIES:
                return False
        return False

    def trigger_for(self, c: CountMention, triggers: list[TriggerMention]) -> TriggerMention | None:
        """The trigger a count belongs to: the nearest in its sentence, a headline noun only right
        before the count ("اعدام سه زندانی"). Persian puts the verb last, Arabic first; distance
        decides, ties go to the verb after the count."""
        best, best_gap = None, None
        main = [t for t in triggers if t.start >= c.end and not self.in_relative_clause(c.end, t.start)]
        if self.v.lang == "fa" and main and len(main) < len([t for t in triggers if t.start >= c.end]):
            triggers = [t for t in triggers if t.start < c.end] + main
        if self.v.lang == "ar":
            triggers = [t for t in triggers if not self.said_of_another(c, t)]
        for t in triggers:
            if t.nominal and self.v.lang == "fa" and _GAPPED_VERB.match(self.text, t.end) \
                    and any(o.start >= t.end for o in triggers if not o.nominal):
                # "۲۴۰ نفر در ایران اعدام و ۹۵ نفر دیگر به اعدام محکوم شدند": the first clause's verb, its
                # auxiliary left to the last verb; it governs the count before it, not the one after "و"
                if t.start < c.end:
                    continue
                gap = t.start - c.end
            elif t.nominal:
                # (not over another penalty: "صدور حکم ۷۴ ضربه شلاق برای یک شهروند", "تنفيذ حكم السجن بحق")
                if not (0 <= c.start - t.end <= _NOMINAL_GAP and "،" not in self.text[t.end:c.start]) \
                        or self.v.other_penalties.search(self.text, t.start, c.start):
                    continue
                gap = c.start - t.end
            elif t.start >= c.end:
                gap = t.start - c.end
                if self.v.lang == "ar" and "،" in self.text[c.end:t.start]:
                    # Arabic puts the verb first: "نفذت ... حكم الإعدام بحق مدانين اثنين، ثم نُفذ ... الحكم بحق
                    # 4 آخرين": a verb after a comma opens the next clause; one before the count is nearer
                    gap += _NEXT_CLAUSE
            elif t.end <= c.start:
                gap = c.start - t.end + 1
                if self.v.lang == "fa" and _CLAUSE_CLOSED.match(self.text, t.end):
                    # Persian puts the verb last: "۹ زندانی به اعدام محکوم شدند و حکم ۱۵ زندانی دیگر ... در
                    # آستانه اجرا قرار گرفت": a verb followed by "و" or a comma closed its clause; the
                    # count's own verb comes after it
                    gap += _NEXT_CLAUSE
            else:
                gap = 0
            if best_gap is None or gap < best_gap:
                best, best_gap = t, gap
        return best

    def said_of_another(self, c: CountMention, t: TriggerMention) -> bool:
        """Arabic: whether trigger `t`, after count `c`, is the verb of a relative clause on a noun told
        after the count's clause closed ("خمس نساء، ... إضافة إلى الصحفي X الذي أُعدم في يونيو": the
        journalist's verb, and his month, not the women's)."""
        if t.start < c.end or t.nominal:
            return False
        rel = _RELATIVE_BEFORE.search(self.text, max(c.end, t.start - 12), t.start)
        return rel is not None and _CLAUSE_END.search(self.text, c.end, rel.start()) is not None

    def scheduled(self, s: int, t: TriggerMention) -> str | None:
        """"imminent" for an execution told in the future after a word of schedule or risk
        ("ممکن است روز دوشنبه اعدام شود"), or in the future tense with a day after the report's (Persian);
        None otherwise."""
        # (the word may sit inside a long trigger: "حکم اعدام X قرار است فردا اجرا شود")
        # (Persian tells the near future in the present: "حکم او به زودی اجرا می شود")
        if t.event == "executed" and t.to_come and self.v.schedule.search(self.text, s, t.end):
            return "imminent"
        if self.v.lang == "fa" and t.event == "executed" and t.tense == "future" and self.published \
                and any(d.is_day and d.period_start > self.published for d in self.dates_in(s, t.end)):
            return "imminent"   # "حکم او بامداد چهارشنبه ۳۰ اردیبهشت اجرا خواهد شد": a day ahead, in the future tense
        return None

    def in_relative_clause(self, start: int, end: int) -> bool:
        """Whether `end` lies inside a relative clause opened after `start` ("سه زندانی که پیش تر
        به اعدام محکوم شده بودند، ... اعدام شدند": the clause's verb is not the count's)."""
        m = last_match(_RELATIVE_KE, self.text[start:end])
        return m is not None and "،" not in self.text[start + m.end():end]
