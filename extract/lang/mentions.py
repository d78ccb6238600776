"""What one Persian or Arabic sentence mentions: triggers, counts, charges, places, countries.

Every finder reads the folded text (normal.py) between two offsets and returns frozen
mentions with folded offsets, in text order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import prefilter
from ..casefold import started
from ..lexicon import VocabularyFileError, words
from .normal import fold_phrase
from .number_values import number_value, qualifier_of
from .vocab import Vocabulary, alternation, listed


_OBJECT = re.compile(r"[\s\u200c]*را(?![\w\u200c])")


@dataclass(frozen=True)
class TriggerMention:
    """A phrase saying what happened: `tense` and `number` come from its verb ("اعدام شدند":
    past, pl), None for a noun or a verb form that does not say."""

    event: str
    start: int
    end: int
    phrase: str          # the vocabulary entry, as the rule id shows it
    tense: str | None
    number: str | None   # "sg", "pl" or None
    nominal: bool = False

    @property
    def negated(self) -> bool:
        return self.tense == "negated"

    @property
    def to_come(self) -> bool:
        """Whether its verb tells of what is still to come, in the present or the future ("حکم او به
        زودی اجرا می شود", "ستُعدم"): no execution carried out."""
        return self.tense in ("present", "future")


@dataclass(frozen=True)
class CountMention:
    value: int
    qualifier: str
    noun: str            # person | execution | case | partitive | row (a figure alone in a labelled row)
    start: int
    end: int
    num_start: int
    of_whole: bool = False   # "40 من أصل 47 متهماً": the part told against its whole (the whole no count)


@dataclass(frozen=True)
class Found:
    """A vocabulary entry found: its label (offence, ISO code, "prison", "place") and offsets."""

    label: str
    start: int
    end: int
    text: str


def _no_overlap(items: list, key=lambda x: (x.start, -(x.end - x.start))) -> list:
    out = []
    for item in sorted(items, key=key):
        if out and item.start < out[-1].end:
            continue
        out.append(item)
    return out


@lru_cache(maxsize=None)
def _exception(lang: str) -> re.Pattern | None:
    """"سوى"/"إلا" a few words after a negated verb (its subject between: "لم تنفذ السلطات سوى"); None
    for a language whose file lists no exception words (vocab-LANG.yaml exception_words)."""
    words_ = listed(lang, "exception_words")
    return re.compile(rf"(?:[\s\u200c]+[^\s\u200c،,.؛:\d]+){{0,3}}?[\s\u200c]+(?:{alternation(words_, lang)})[\s\u200c]+") \
        if words_ else None


def _only_count(v: Vocabulary, text: str, pos: int, e: int) -> bool:
    """Whether "only" and a count follow a negated verb ending at `pos`: the count is what was done."""
    pattern = _exception(v.lang)
    m = pattern.match(text, pos, e) if pattern is not None else None
    return m is not None and any(c.start == m.end() for c in find_counts(v, text, m.end(), e))


def _death_first(lang: str, text: str, pos: int) -> bool:
    """Whether the trigger at `pos` names death before the other penalties in it ("به اعدام و چهار سال
    حبس محکوم شده است": sentenced to death and to prison; vocab-LANG.yaml death_first)."""
    first = listed(lang, "death_first")
    return bool(first) and re.compile(rf"(?:{alternation(first, lang)})(?![\w\u200c])").match(text, pos) is not None


def find_triggers(v: Vocabulary, text: str, s: int, e: int) -> list[TriggerMention]:
    """Triggers in text[s:e]; of two overlapping the longer stays ("خطر اعدام" over "اعدام")."""
    found, stretch = [], text[s:e]
    for t in v.triggers:
        if not may_match(t.literals, stretch):
            continue   # no match can lie in text[s:e] (Trigger.literals)
        for m in t.pattern.finditer(text, s, e):
            tense = number = None
            if "aux" in t.pattern.groupindex and m.group("aux"):
                tense, number = v.verb_forms.get(re.sub(r"[\s\u200c]+", "", m.group("aux")), (None, None))
                number = None if number == "any" else number
            if v.lang == "fa" and _OBJECT.match(text, m.end()):
                continue   # "زندانیان اعدام شده را": a participle before the object marker, not a verb
            if t.event != "imminent" and v.other_penalties.search(text, m.start(), m.end()) \
                    and not _death_first(v.lang, text, m.start()):
                # "حکم ده سال حبس او اجرا شد": another penalty carried out (not "به اعدام و ۴ سال حبس محکوم");
                # an imminent trigger names the execution to come at its end, and a prison inside its gap is
                # where the people are moved from ("نقلت إدارة السجن ... وسط مخاوف من تنفيذ")
                continue
            if "aux" not in t.pattern.groupindex and v.nominal_blockers.search(text, max(s, m.start() - 25), m.start()):
                continue   # a verbal noun ("في خطوة تسبق عادة تنفيذ أحكام الإعدام"): what precedes an execution
            never = _never_before(v.lang)
            if never is not None and never.search(text, max(s, m.start() - _NEVER_REACH), m.start()):
                tense = "negated"   # "لم يسبق للسعودية أن أعدمت مئة أجنبي في سنة": never done before
            elif tense == "negated" and _only_count(v, text, m.end(), e):
                tense = None   # "لم يُعدم سوى شخص واحد": only that many, done
            found.append(TriggerMention(t.event, m.start(), m.end(), t.phrase, tense, number))
    for event, pattern in v.nominal:
        for m in pattern.finditer(text, s, e):
            if v.nominal_blockers.search(text, max(s, m.start() - 25), m.start()):
                continue   # "نگرانی از اعدام سه زندانی": a fear, not an execution
            found.append(TriggerMention(event, m.start(), m.end(), fold_phrase(m.group()), None, None, nominal=True))
    # a negated phrase that spans a whole trigger of its own is that trigger's aftermath ("حکم اعدام برای دو
    # نفر صادر شده، اما ... هنوز اجرا نشده است": sentenced, not executed)
    found = [t for t in found if not (t.negated and any(k is not t and t.start <= k.start and k.end < t.end
                                                        and k.tense not in (None, "negated") for k in found))]
    # the longest wins; at one length a verb phrase wins over a bare noun
    found.sort(key=lambda t: (-(t.end - t.start), t.nominal))
    kept: list[TriggerMention] = []
    for t in found:
        if all(t.end <= k.start or t.start >= k.end for k in kept):
            kept.append(t)
    return sorted(kept, key=lambda t: t.start)


_BARE_CONTEXT = 400   # characters before a bare "عملية" count within which an execution word must stand
_DECIMAL_TAIL = re.compile(r"\d[.٫]$")   # the digits after a decimal point ("129.5", "۲٫۵")
_PART_JOIN = 60   # characters from one bare part to the next joined to it by "و"


@lru_cache(maxsize=None)
def _fractions(lang: str) -> frozenset:
    """The words of vocab-LANG.yaml fraction_homographs ("عشر": a tenth, or ten), folded."""
    return frozenset(map(fold_phrase, listed(lang, "fraction_homographs") or ()))


@lru_cache(maxsize=None)
def _never_before(lang: str) -> re.Pattern | None:
    """"لم يسبق للسعودية أن" right before a verb: what had never been done (vocab-LANG.yaml never_before);
    None for a language whose file lists no such words."""
    phrases = listed(lang, "never_before")
    if phrases is None:
        return None
    return re.compile(rf"(?<![\w\u200c])(?:{alternation(phrases, lang)})(?:[\s\u200c]+[^\s\u200c،,.]+){{0,3}}"
                      rf"[\s\u200c]+ان[\s\u200c]*\Z")


_NEVER_REACH = 50   # characters before a trigger within which "لم يسبق ... أن" stands


_ARTICLE_NEXT = re.compile(r"[\s\u200c]+ال")


def find_counts(v: Vocabulary, text: str, s: int, e: int) -> list[CountMention]:
    """Counts in text[s:e]: "دست کم ده زندانی", "۸۳ اعدام", "ما لا يقل عن ٣٧ مواطنا"."""
    out = []
    for m in v.count.finditer(text, s, e):
        value = number_value(v, m.group("num"))
        if value is None or value < 1 or _DECIMAL_TAIL.search(text, max(0, m.start("num") - 2), m.start("num")):
            continue   # "بمتوسط 129.5 إعداماً": the tail of a decimal number is no count
        if m.group("num") in _fractions(v.lang) and _ARTICLE_NEXT.match(text, m.end("num")):
            continue   # "نحو عُشر الإعدامات": a tenth of the executions, no ten
        qualifier = qualifier_of(v, m.group("hedge"))
        if qualifier == "exact" and (m.groupdict().get("late") or v.qualifier_after is not None
                                     and v.qualifier_after.match(text, m.end(), e)):
            qualifier = "at_least"   # "سبعة مدانين آخرين على الأقل", "15 على الأقل ممن أعدموا"
        if qualifier == "exact" and v.exceeded is not None and v.exceeded.match(text, m.end(), e) \
                and v.exceeded_before.search(text, max(s, m.start() - 6), m.start()):
            qualifier = "more_than"  # "از ۱۱۰ نفر گذشته است": past 110
        if m.groupdict().get("bare") and (v.bare_context is None or not v.bare_context.search(text, max(0, s - _BARE_CONTEXT), e)):
            continue   # "3 عمليات" with no execution told near: operations of another kind
        noun = next(k for k in ("execution", "case", "person", "partitive") if k in m.groupdict() and m.group(k))
        if m.groupdict().get("these") and noun != "execution":
            continue   # "N of these" counts executions told before ("10 من هذه الإعدامات"), not people
        out.append(CountMention(value, qualifier, noun, m.start(), m.end(), m.start("num"), bool(m.groupdict().get("whole"))))
    if v.noun_number is not None:
        for m in v.noun_number.finditer(text, s, e):
            out.append(CountMention(number_value(v, m.group("num")) or 2, "exact", "person", m.start(), m.end(), m.start("num")))
    last = None
    for m in v.bare_part.finditer(text, s, e) if v.bare_part is not None else ():
        # "منهم 122 بتهم ...": after a breakdown word; "و80 بتهم ...": joined to such a part just before
        # ("3 منهن في قضايا مخدرات و5 بتهمة القتل": joined to a part counted otherwise just before)
        # ("نُفذ 28 إعداماً حداً، و27 تعزيراً": joined to a count of executions before it, a sibling part)
        ends = [x.end for x in out if x.noun in ("partitive", "execution") and x.end <= m.start()] \
            + ([last] if last is not None else [])
        if m.group("mark") or ends and m.start() - max(ends) < _PART_JOIN:
            value = number_value(v, m.group("num"))
            if value:
                qualifier = qualifier_of(v, m.group("hedge"))
                if qualifier == "exact" and v.qualifier_after is not None and v.qualifier_after.match(text, m.end(), e):
                    qualifier = "at_least"   # "من بينهم خمسة على الأقل كانوا قاصرين"
                out.append(CountMention(value, qualifier, "partitive", m.start("num"), m.end(), m.start("num")))
                last = m.end()
    for m in v.number_after.finditer(text, s, e) if v.number_after is not None else ():
        # "ضعف الإعدامات الـ32 التي سجلتها المنظمة طوال عام 2019": the noun first, its number after it
        out.append(CountMention(int(m.group("num")), "exact", "execution", m.start(), m.end(), m.start("num")))
    for m in v.row_figure.finditer(text, s, e) if v.row_figure is not None else ():
        # "- الأجانب: 129": the row's label says who; the figure alone (noun "row") is read as a part
        # of the statistic above (parts.Parting.part_of)
        if not m.group("bullet") and not _beside_row(v, text, m):
            continue   # "باكستان: 25" with no bullet is a row only in a table of two lines or more
        value = number_value(v, m.group("num"))
        if value:
            start = m.start("hedge") if m.group("hedge") else m.start("num")
            out.append(CountMention(value, qualifier_of(v, m.group("hedge")), "row", start, m.end("num"), m.start("num")))
    if v.dual_nouns is not None:
        for m in v.dual_nouns.finditer(text, s, e):
            if v.listing is not None and v.listing.search(text, max(s, m.start() - 5), m.start()):
                continue   # "سبعة، هم سعوديان وخمسة يمنيين": the make-up of the group just counted
            after = v.qualifier_after is not None and v.qualifier_after.match(text, m.end(), e)
            out.append(CountMention(2, "at_least" if after else "exact", "person", m.start(), m.end(), m.start()))   # "شخصين على الأقل"
    return _no_overlap(out)


def _beside_row(v: Vocabulary, text: str, m: re.Match) -> bool:
    """Whether the line above or below the labelled figure `m` is a labelled figure too."""
    above = text.rfind("\n", 0, max(m.start() - 1, 0))
    line_above = (above + 1, m.start() - 1) if m.start() > 0 else None
    below = text.find("\n", m.end("num"))
    after = text.find("\n", below + 1) if below >= 0 else -1
    line_below = (below + 1, len(text) if after < 0 else after) if below >= 0 else None
    return any(line is not None and v.row_figure.fullmatch(text, *line) for line in (line_above, line_below))


def find_labelled(pairs, text: str, s: int, e: int) -> list[Found]:
    """(label, pattern) pairs -> every match in text[s:e], longest first where they overlap."""
    stretch = text[s:e]
    found = [Found(label, m.start(), m.end(), m.group()) for label, pattern in pairs if may_match(required_literals(pattern), stretch)
             for m in pattern.finditer(text, s, e)]
    return _no_overlap(found)


@lru_cache(maxsize=None)
def required_literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    """prefilter.required of a vocabulary pattern, read once: the countries and offences are sought
    over every count's stretch, and most stretches hold none of their words."""
    return prefilter.required(pattern)


@lru_cache(maxsize=None)
def _start_pattern(pattern: re.Pattern) -> re.Pattern | None:
    """prefilter.starts of a vocabulary pattern, made once."""
    return prefilter.starts(pattern)


def finditer(pattern: re.Pattern, text: str):
    """pattern.finditer(text) over a whole report, tried only where its start pattern matches
    (prefilter.starts; casefold.started): the months' patterns open with optional parts that
    re would otherwise try at every character."""
    starts = _start_pattern(pattern)
    return pattern.finditer(text) if starts is None else started(pattern, starts, text, 0, len(text))


def may_match(literals: tuple[str, ...] | None, stretch: str) -> bool:
    """False when `stretch` holds none of the `literals` one of which every match of a pattern
    holds (prefilter.required; None: no such literals), so it holds no match."""
    return literals is None or any(literal in stretch for literal in literals)


def find_places(v: Vocabulary, text: str, s: int, e: int) -> list[Found]:
    """Prisons ("زندان قزلحصار کرج", "سجن الناصرية المركزي": the prison word and up to three words
    that are not stop words) and the towns and provinces of the gazetteer, as written."""
    out = []
    for m in v.prison.finditer(text, s, e):
        end, taken = m.end(), 0
        for w in re.finditer(r"\s+([^\s،,.؛:«»()]+)([،,.؛:«»()]?)", text[m.end():e]):
            if w.start() != end - m.end() or w.group(1) in v.place_stops or taken == 3:
                break
            end, taken = m.end() + w.end(1), taken + 1
            if w.group(2):
                break
        if taken:
            out.append(Found("prison", m.start(), end, text[m.start():end]))
    for m in v.places.finditer(text, s, e):
        out.append(Found("place", m.start(), m.end(), m.group()))
    return _no_overlap(out)


def places_named(v: Vocabulary, text: str, s: int, e: int) -> int:
    """How many different prisons and towns text[s:e] names ("در زندان‌های سنندج، سقز، همدان و
    دزفول": four), so a count over several days at several of them is known for a statistic."""
    return len({f.text for f in find_places(v, text, s, e)})


@lru_cache(maxsize=None)
def _exceeds(lang: str) -> re.Pattern | None:
    """A verb of going past a number, right before it ("تجاوز ألف شخص"); None for a language whose
    file lists none."""
    try:
        return re.compile(rf"(?<![\w\u200c])(?:{alternation(words(f'vocab-{lang}.yaml').value('total_exceeds'), lang)})[\s\u200c]*\Z")
    except VocabularyFileError:
        return None


def find_totals(v: Vocabulary, text: str, s: int, e: int) -> list[tuple[str, CountMention]]:
    """Stated totals in text[s:e], each (event, count): "شمار اعدام ها ... به ۱۰۵۱ رسیده است"; one
    gone past its number ("تجاوز ألف شخص") is more than it."""
    out = []
    exceeds = _exceeds(v.lang)
    year_word = re.compile(rf"(?:{alternation(v.calendar['year_word'], v.lang)})[\s\u200c]*\Z")
    for event, pattern in v.totals:
        for m in pattern.finditer(text, s, e):
            value = number_value(v, m.group("num"))
            qualifier = qualifier_of(v, m.group("hedge"))
            if qualifier == "exact" and v.qualifier_after is not None and v.qualifier_after.match(text, m.end("num"), m.end()):
                qualifier = "at_least"   # "ارتفع إلى ثمانية على الأقل عدد من ...": the hedge after the figure
            if m.group("hedge") == "" or not m.group("hedge") and exceeds is not None \
                    and exceeds.search(text, max(s, m.start("num") - 12), m.start("num")):
                qualifier = "more_than"   # "شمار اعدام ها ... از ۱۱۰ نفر گذشت": past the number
            start, end, num = (m.start("num") if not m.group("hedge") else m.start("hedge")), m.end("num"), m.start("num")
            if not m.group("hedge") and value and 1300 <= value <= 2100 and year_word.search(text, max(s, start - 20), start):
                # "وبلغ عدد ... خلال العام الهجري 1446 نحو 330 حكماً": the year, then the figure
                after = v.count.match(text, end + len(text[end:e]) - len(text[end:e].lstrip()))
                if after is None:
                    continue
                value, qualifier = number_value(v, after.group("num")), qualifier_of(v, after.group("hedge"))
                start, end, num = after.start(), after.end("num"), after.start("num")
            if value:
                out.append((event, CountMention(value, qualifier, "total", start, end, num)))
                out += [(event, c) for c in _second_totals(v, text, end, e)]
    return out


def _second_totals(v: Vocabulary, text: str, end: int, e: int) -> list[CountMention]:
    """Persian: the same total over another span, joined by "و" right after the first figure ("شمار
    اعدام‌شدگان ... از آغاز درگیری‌ها به شش نفر و از ابتدای سال ۲۰۲۵ به ۹ نفر رسیده است")."""
    if v.lang != "fa":
        return []
    to = alternation(listed(v.lang, "total_to") or ["(?!x)x"], v.lang)
    joint = re.compile(rf"(?:[\s\u200c]+[^\s\u200c،,.؛:]+){{0,2}}?[\s\u200c]+و[\s\u200c]+(?:[^\s\u200c،,.؛:]+[\s\u200c]+){{0,8}}?"
                       rf"(?:{to})[\s\u200c]+")
    m = joint.match(text, end, e)
    after = v.count.match(text, m.end(), e) if m is not None else None
    if after is None or not number_value(v, after.group("num")):
        return []
    return [CountMention(number_value(v, after.group("num")), qualifier_of(v, after.group("hedge")), "total",
                         after.start(), after.end("num"), after.start("num"))]


def find_ordinals(v: Vocabulary, text: str, s: int, e: int) -> list[CountMention]:
    """Ordinals before a relative clause in text[s:e] ("ششمین معترضی است که", "سی و یکمین زنی که"),
    each a count of noun "ordinal": the people the clause's verb has befallen so far; and numbered
    executions ("الإعدام الـ١٠٠"), of noun "ordinal_execution"."""
    out = []
    for m in v.ordinal_execution.finditer(text, s, e) if v.ordinal_execution is not None else ():
        # "الإعدام الـ١٠٠": the count names executions itself
        out.append(CountMention(int(m.group("num")), "exact", "ordinal_execution", m.start(), m.end(), m.start("num")))
    found = [(m, "ordinal") for m in (v.ordinal.finditer(text, s, e) if v.ordinal is not None else ())]
    # "یازدهمین مورد اجرای حکم قصاص": the ordinal names executions itself
    found += [(m, "ordinal_execution") for m in (v.ordinal_noun.finditer(text, s, e) if v.ordinal_noun is not None else ())
              if not any(o.start() == m.start() for o, _ in found)]
    for m, noun in found:
        last = re.sub(r"[\s\u200c-]+", "", m.group("last"))
        digits = re.match(r"\d+", last)
        value = int(digits.group()) if digits else v.ordinal_words.get(last)
        if value is None:
            continue
        value += (number_value(v, m.group("head")) or 0) if m.group("head").strip() else 0
        out.append(CountMention(value, "exact", noun, m.start(), m.end(), m.start()))
    return out
