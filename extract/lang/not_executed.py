"""Counts beside a trigger that tell of no one executed in one country (Persian and Arabic).

Each function reads one count (or the denial of a sentence) in the folded text of its sentence and
returns the id of the rejection it calls for, or None. They sit apart from assemble.py so a kind of
wording found in real reports is one small function with its example, not a condition more there.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import VocabularyFileError, words
from .mentions import CountMention, TriggerMention, find_triggers
from .vocab import Vocabulary, alternation, listed, start

_PA = words("persian-arabic.yaml")
_CLITIC = r"(?:(?<![\w\u200c])|(?<=(?<![\w\u200c])[وفبل]))"
_APPEAL = re.compile(rf"{_CLITIC}(?:{_PA['appeal_words']})(?![\w\u200c])")
_COMBINED = re.compile(rf"{_CLITIC}(?:{_PA['combined_words']})(?![\w\u200c])")
_AWAITED_GAP = 3     # characters between "ينتظرون" and the trigger it takes as its object
_PART_REACH = 25     # characters between a breakdown word ("بينهم") and its count
_COMBINED_REACH = 20  # characters between "مجتمعة" and the count it qualifies
_POSSIBLE_REACH = 60  # characters after a count within which "قد يُعدمون" is its own verb
_DIED_REACH = 40     # characters after a count within which a verb of dying is its verb


def awaited(v: Vocabulary, text: str, s: int, e: int, c: CountMention, t: TriggerMention | None) -> str | None:
    """"27 مصرياً آخرين ما زالوا ينتظرون تنفيذ أحكام الإعدام": the trigger is the object of a verb of
    waiting after the count, so the people wait for it (death row, no claim). Not "۱۲ زندانی که در
    انتظار اجرای حکم بودند، اعدام شدند", whose verb of execution stands apart from the waiting."""
    if t is None or t.start < c.end or c.noun not in ("person", "partitive"):
        return None
    wait = v.at_risk.search(text, c.end, min(e, t.start + 1))
    if wait is not None and 0 <= t.start - wait.end() <= _AWAITED_GAP:
        return "reject.death_row"
    return None


def part_at_risk(v: Vocabulary, text: str, s: int, c: CountMention) -> str | None:
    """"عشرات السجناء يواجهون خطر الإعدام الوشيك، بينهم ما لا يقل عن 70 سجيناً": a part ("بينهم") of
    people told as at risk earlier in the sentence is at risk too, an at-risk count (SCHEMA.md: not a
    claim) though the trigger of the facing is an imminent one."""
    if c.noun not in ("person", "partitive"):
        return None
    marks = list(v.breakdown.finditer(text, max(s, c.start - _PART_REACH), c.start))
    if marks and v.at_risk.search(text, s, marks[-1].start()) is not None:
        return "reject.at_risk"
    return None


def combined(text: str, s: int, c: CountMention) -> str | None:
    """"إيران والعراق والسعودية، التي نفذت مجتمعة 1380 عملية إعدام": a figure of several countries
    together belongs to none of them, as a figure of many countries does in English."""
    if _COMBINED.search(text, max(s, c.start - _COMBINED_REACH), c.start):
        return "reject.world_figure"
    return None


@lru_cache(maxsize=None)
def _resumed(lang: str) -> re.Pattern | None:
    """"قبل أن يعود", "ثم استأنف": the executions resumed after a halt; None for a language whose file
    lists no such words."""
    try:
        return re.compile(rf"{_CLITIC}(?:{alternation(words(f'vocab-{lang}.yaml').value('resumed_after_halt'), lang)})(?![\w\u200c])")
    except VocabularyFileError:
        return None


def denial(v: Vocabulary, text: str, s: int, e: int) -> re.Match | None:
    """The denial of a sentence ("نفت", "وقف تنفيذ"), unless it is what an appeal asked for: "أعدمت
    السلطات ... أربعة سجناء ... رغم النداءات التي أطلقتها منظمات حقوقية لوقف تنفيذ الأحكام" tells an
    execution carried out despite calls to halt it; nor a halt the executions resumed after ("أوقف
    تنفيذ العقوبة بين عامي 2006 و2014، قبل أن يعود إليها ... بإعدام أحد عشر مداناً")."""
    resumed = _resumed(v.lang)
    for m in v.denials.finditer(text, s, e):
        if _APPEAL.search(text, s, m.start()) is None and (resumed is None or resumed.search(text, m.end(), e) is None):
            return m
    return None


@lru_cache(maxsize=None)
def _died(lang: str) -> re.Pattern | None:
    phrases = listed(lang, "died_words")
    return re.compile(rf"(?<![\w\u200c])(?:{alternation(phrases, lang)})(?![\w\u200c])") if phrases else None


def died(v: Vocabulary, text: str, s: int, e: int, c: CountMention, t: TriggerMention | None) -> str | None:
    """"... اعدام شده‌اند و در جریان سرکوب اعتراضات نیز دست‌کم ۴۵۸ نفر، از جمله ۶۳ کودک، کشته شده‌اند":
    a count whose own verb, after it and before any trigger that follows it, is one of dying (killed
    in the protests, a murder's victims) counts the dead, no one executed."""
    pattern = _died(v.lang)
    if pattern is None or c.noun not in ("person", "partitive"):
        return None
    m = pattern.search(text, c.end, min(e, c.end + _DIED_REACH))
    if m is not None and (t is None or t.end <= c.start or t.start > m.start()):
        return "reject.other_action"
    return None


@lru_cache(maxsize=None)
def _among_before(lang: str) -> re.Pattern | None:
    phrases = listed(lang, "among_executed")
    return re.compile(rf"{_CLITIC}(?:{alternation(phrases, lang)})[\s\u200c]*\Z") if phrases else None


def singled_out(v: Vocabulary, text: str, s: int, t: TriggerMention, draft, drafts) -> str | None:
    """"نفذت إدارة السجن حكم الإعدام بحق ستة مدانين ... ومن بين من نُفذ فيهم الحكم مدان بخطف طفلة":
    one person, unnamed, singled out of those whose execution the report told before, on their day (no
    day of his own), is one of them, no second incident (SCHEMA.md: a split inside one incident); so
    are the few named out of them ("ومن بين من أُعدموا A وB": two of the seven)."""
    if v.lang == "fa" and "period.stated" in draft.rules and draft.location is None \
            and v.breakdown.search(text, s, t.start) is not None \
            and any(d.event == draft.event and d.kind == "event" and d.count > draft.count and d.period == draft.period
                    for d in drafts):
        # "A و B از جمله اعدام شدگان روز یکشنبه اند و C روز سه شنبه اعدام شد": the sentence names members
        # of the groups told before, each on the day of one of them, no place of their own
        return "reject.split_of_incident"
    among = _among_before(v.lang)
    if among is None or "period.inherited" not in draft.rules \
            or among.search(text, max(s, t.start - 16), t.start) is None:
        return None
    if any(d.event == draft.event and d.kind == "event" and d.count > draft.count and d.period == draft.period for d in drafts):
        return "reject.split_of_incident"
    return None


_PENALTY_REACH = 40   # characters before "لـN" within which a prison term or lashes is the penalty it gets
_TO_THEM = re.compile(r"(?<![\w\u200c])ل[\s\u200c]*\Z")   # "لـ53 آخرين": "to" joined to the figure


def other_penalty(v: Vocabulary, text: str, s: int, c: CountMention) -> str | None:
    """"قضت بإعدام عشرة متهمين ... والسجن المشدد 15 عاماً لـ53 آخرين، و10 سنوات لـ34": a figure joined
    to "لـ" (to) after a prison term or other penalty in its clause is of those given that penalty, a
    prison term (SCHEMA.md: not a claim), whatever the death sentence told before it in the sentence."""
    if not _TO_THEM.search(text, max(s, c.num_start - 3), c.num_start):
        return None
    penalty = list(v.other_penalties.finditer(text, max(s, c.start - _PENALTY_REACH), c.start))
    if penalty and not re.search(r"[.؛]", text[penalty[-1].end():c.start]) \
            and not find_triggers(v, text, penalty[-1].end(), c.start):   # (not "... والإعدام لـ5")
        return "reject.other_action"
    return None


_COMMUTE_REACH = 12   # characters before a count within which a verb of commuting is its own


@lru_cache(maxsize=None)
def _commute(lang: str) -> re.Pattern | None:
    """A verb of commuting right before a count; None for a language whose file lists none."""
    phrases = listed(lang, "commute_words")
    return re.compile(rf"{start(lang)}(?:{alternation(phrases, lang)})[\s\u200c]+\Z") if phrases else None


def commuted(v: Vocabulary, text: str, s: int, c: CountMention, t: TriggerMention | None) -> str | None:
    """"قبل أن تؤيد محكمة النقض أحكام الإعدام بحق التسعة وتخفف ستة أحكام أخرى إلى السجن المؤبد": a verb of
    commuting right before a count, after its trigger, spares those counted (sentences or people), no
    death sentence (vocab-LANG.yaml commute_words)."""
    commute = _commute(v.lang)
    m = commute.search(text, max(s, c.start - _COMMUTE_REACH), c.start) if commute is not None else None
    if m is not None and (t is None or t.end <= m.start() or t.start >= c.end):
        return "reject.other_action"
    return None


@lru_cache(maxsize=None)
def _papers_before(lang: str) -> re.Pattern | None:
    phrases = listed(lang, "referred_papers")
    return re.compile(rf"{_CLITIC}(?:{alternation(phrases, lang)})[\s\u200c]*\Z") if phrases else None


_PAPERS_REACH = 12   # characters before a count's number within which "أوراق" stands


def referred(v: Vocabulary, text: str, s: int, c: CountMention) -> str | None:
    """"إحالة أوراق 20 متهماً إلى المفتي", "أحالت المحكمة أوراق خمسة متهمين إلى مفتي الجمهورية": the
    papers of those an Egyptian court refers to the Mufti, a step the law sets before a death sentence,
    not the sentence (nor an execution, when a list of executions tells it)."""
    pattern = _papers_before(v.lang)
    if pattern is not None and pattern.search(text, max(s, c.num_start - _PAPERS_REACH), c.num_start):
        return "reject.referred"
    return None


@lru_cache(maxsize=None)
def _case_defendants(lang: str) -> re.Pattern | None:
    phrases = listed(lang, "case_defendants")
    return re.compile(rf"{_CLITIC}(?:{alternation(phrases, lang)})(?![\w\u200c])") if phrases else None


def case_defendants(v: Vocabulary, text: str, s: int, c: CountMention) -> str | None:
    """"بينما صدرت أحكام بالسجن على آخرين في القضية التي شملت 31 متهماً بينهم خمس نساء": the defendants
    of a whole case and the parts told of them in its clause (no mark between), not a verdict's count."""
    pattern = _case_defendants(v.lang)
    if pattern is None:
        return None
    found = [m for m in pattern.finditer(text, s, c.start) if not re.search(r"[،,؛;.:]", text[m.end():c.start])]
    return "reject.case_defendants" if found else None


@lru_cache(maxsize=None)
def _occasion_after(lang: str) -> re.Pattern | None:
    phrases = listed(lang, "occasion_adjectives")
    return re.compile(rf"[\s\u200c]*(?:{alternation(phrases, lang)})(?![\w\u200c])") if phrases else None


def occasions(v: Vocabulary, text: str, c: CountMention) -> str | None:
    """"نفذت إدارة السجن أربع عمليات إعدام جماعية خلال الشهر": executions called "mass" right after
    their count are occasions, each of many people; the figure counts no one (the people of the
    largest, "حين أُعدم 21 سجيناً", are counted where they are told)."""
    pattern = _occasion_after(v.lang)
    if pattern is not None and c.noun == "execution" and pattern.match(text, c.end):
        return "reject.occasions"
    return None


@lru_cache(maxsize=None)
def _vague_before(lang: str) -> re.Pattern | None:
    phrases = listed(lang, "vague_before_number")
    return re.compile(rf"(?<![\w\u200c])(?:{alternation(phrases, lang)})[\s\u200c]+\Z") if phrases else None


def vague(v: Vocabulary, text: str, s: int, c: CountMention) -> str | None:
    """"هنوز چند صد مورد اعدام دیگر در دست بررسی است": "a few" before the number makes a vague
    quantity ("a few hundred"), no figure (SCHEMA.md)."""
    pattern = _vague_before(v.lang)
    if pattern is not None and pattern.search(text, max(s, c.num_start - 12), c.num_start):
        return "reject.vague"
    return None


@lru_cache(maxsize=None)
def _left_out(lang: str) -> re.Pattern | None:
    phrases = listed(lang, "left_out_words")
    return re.compile(rf"(?<![\w\u200c])(?:{alternation(phrases, lang)})(?![\w\u200c])") if phrases else None


def left_out(v: Vocabulary, text: str, c: CountMention, e: int) -> str | None:
    """"حدود ۴۰ اعدام دیگر به دلیل کمبود اطلاعات در آمار این گزارش گنجانده نشده است": executions the
    report says it left out of its figures, no figure of its own (`reject.left_out`)."""
    pattern = _left_out(v.lang)
    if pattern is not None and pattern.search(text, c.end, e):
        return "reject.left_out"
    return None


@lru_cache(maxsize=None)
def _execution_words(lang: str) -> re.Pattern | None:
    phrases = listed(lang, "execution_words")
    return re.compile(rf"(?<![\w\u200c])(?:{alternation(phrases, lang)})(?![\w\u200c])") if phrases else None


def transfer_alone(v: Vocabulary, text: str, paragraph: tuple[int, int], head: str, t: TriggerMention) -> str | None:
    """"وضعیت زندان‌ها: ... ۵۱ زندانی به سلول انفرادی منتقل شدند": an imminent trigger that names no
    execution itself (a transfer to solitary) with no word of execution in its paragraph, nor in the
    headline `head`, tells of prison conditions, no execution at hand."""
    pattern = _execution_words(v.lang)
    if pattern is None or t.event != "imminent" or pattern.search(text, t.start, t.end):
        return None
    a, b = paragraph
    if pattern.search(text, a, t.start) or pattern.search(text, t.end, b) or pattern.search(head):
        return None
    return "reject.no_event"


@lru_cache(maxsize=None)
def _possible(lang: str) -> re.Pattern | None:
    phrases = listed(lang, "possible_execution")
    return re.compile(rf"(?<![\w\u200c])(?:{alternation(phrases, lang)})(?![\w\u200c])") if phrases else None


def possible(v: Vocabulary, text: str, e: int, c: CountMention, t: TriggerMention | None) -> str | None:
    """"150 سجيناً على الأقل في سجن الناصرية قد يُعدمون": people who may be put to death, the count's own
    verb right after it in its clause (before the trigger, when one follows): at risk, no claim."""
    pattern = _possible(v.lang)
    if pattern is None or c.noun not in ("person", "partitive"):
        return None
    end = min(e, c.end + _POSSIBLE_REACH, t.start if t is not None and t.start >= c.end else e)
    found = pattern.search(text, c.end, end)
    if found is not None and not re.search(r"[،,؛;:]", text[c.end:found.start()]):
        return "reject.at_risk"
    return None
