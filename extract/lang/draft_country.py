"""The country of a Persian or Arabic draft, and the country a report is about: where a count is
(a country named as where, the subject right before the count, one "this country" points back to,
the world) else the report's. A mixin of assemble._Field beside draft_fields.DraftFields (it reads
the field's text, sentences, drafts and country).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..lexicon import VocabularyFileError, words
from .came_from import came_from
from .kingdom import as_reported
from .mentions import find_labelled
from .normal import fold
from .vocab import Vocabulary, alternation, bounded
from .world_counted import over_countries

_PA = words("persian-arabic.yaml")
_COUNTRY_AFTER = re.compile(rf"(?:{_PA['country_prepositions']})\s*$")
CLAUSE_MARK = re.compile(r"[،,؛;:]")   # a mark between clauses
_RELATIVE = re.compile(rf"[\s\u200c،,]*(?:{_PA['relative_pronouns']})(?![\w\u200c])")
_WORLD_AFTER = 40         # characters after a count within which "در جهان" makes it a world figure
_SUBJECT_WORDS = 6      # words between a country and a count it is the subject of
_RIGHT_AFTER = 45       # characters after a figure's start within which "في <country>" says where it is
_FIGURE_WORDS = 6       # words from a figure's number to that "في" (its hedge and noun: "38 عملية إعدام على الأقل في")
WORLD = "world"         # the country of a world total: a span for the figures after it, never a claim
_FIGURE_BEFORE = re.compile(r"\d[\s\u200c]*\Z")   # a figure right before a country's name makes it the people's nationality
_NATIONALITY_REACH = 40   # characters before a country within which a nationality word makes it who, not where


@lru_cache(maxsize=None)
def _dateline_agencies(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    """(country, pattern) of each state news agency of vocab-LANG.yaml dateline_agencies, named in a
    dateline: after a dash or in brackets, before a colon or a dash, at a line's start or a city's."""
    try:
        table = words(f"vocab-{lang}.yaml").value("dateline_agencies")
    except VocabularyFileError:
        return ()
    return tuple((country, re.compile(rf"^[^\n:،.]{{0,30}}?[-–—(]\s*(?:{alternation(names, lang)})\s*[):\-–—]", re.M))
                 for country, names in table.items())


def report_country(v: Vocabulary, lead: str, body: str = "") -> str:
    """The country a report is about: the first country named in its headline and lead, else the
    language's default (Persian: Iran; Arabic: Saudi Arabia, whose announcements dominate) unless its
    `body` never names it and names others: then the one named most (the first of those named as
    often). A state agency's dateline ("أبوظبي - وام:") names its country where it stands, after the
    headline."""
    text = fold(lead).text
    found = _where(v, text)
    start = text.find("\n") + 1
    for country, pattern in _dateline_agencies(v.lang):
        m = pattern.search(text, start) if start else None
        if m is not None:
            found.append((m.start(), country))
    if found:
        return min(found)[1]
    # "نفذت الجهات المختصة ... حكم الإعدام ... داخل السجن المركزي ... ومصادقة سمو الأمير": a local
    # paper's lead names no country; its body does ("منذ تنفيذ أول حكم إعدام في الكويت")
    named = Counter(label for _, label in _where(v, fold(body).text)) if body else Counter()
    return named.most_common(1)[0][0] if named and v.default_country not in named else v.default_country


def _where(v: Vocabulary, text: str) -> list[tuple[int, str]]:
    """(offset, country) of each country named in `text` as where, not as whose people nor where they
    came from."""
    return [(f.start, f.label) for f in find_labelled(v.countries, text, 0, len(text))
            if not v.nationality.search(text, max(0, f.start - _NATIONALITY_REACH), f.start)   # "تبعه افغانستان": who, not where
            and not came_from(v.lang, text, f.start, f.end)]



@lru_cache(maxsize=None)
def _this_country(lang: str) -> tuple[re.Pattern, re.Pattern | None] | None:
    """"این کشور", "هناك", a country told of before, and the words before it that make "هناك" "there
    is" ("إن هناك 30 حالة"); None for a language whose file lists no such words."""
    vocab = words(f"vocab-{lang}.yaml")
    try:
        pointers = bounded(vocab.value("this_country"), lang)
    except VocabularyFileError:
        return None
    try:
        openers = re.compile(rf"(?<![\w\u200c])(?:{alternation(vocab.value('this_country_not_after'), lang)})[\s\u200c]*\Z")
    except VocabularyFileError:
        openers = None
    return pointers, openers


class DraftCountry:
    """Where a draft's count is; the host sets v, text, sentences, drafts and country."""

    def world_alone(self, f) -> bool:
        """Whether the found world mention names the world without a preposition ("المسجلة عالمياً")."""
        return self.v.world_alone.fullmatch(self.text, f.start, f.end) is not None

    def country_right_after(self, s: int, pos: int) -> str | None:
        """Arabic: the country after "في" right behind the figure at `pos` (its noun and hedge between, no
        comma): in "ما لا يقل عن 314 إعداماً في إيران، و65 إعداماً في السعودية" each figure is where its own
        "في" says, not the country named before it in the list."""
        if self.v.lang != "ar":
            return None
        end = next((b for a, b in self.sentences if a == s), pos + _RIGHT_AFTER)
        for f in find_labelled(self.v.countries, self.text, pos, min(end, pos + _RIGHT_AFTER)):
            gap = self.text[pos:f.start]
            if _COUNTRY_AFTER.search(gap) and not CLAUSE_MARK.search(gap) and len(gap.split()) <= _FIGURE_WORDS \
                    and not self.v.nationality.search(self.text, max(s, f.start - _NATIONALITY_REACH), f.start):
                return f.label
            return None
        return None

    def country_in(self, s: int, pos: int) -> tuple[str, bool]:
        """A country named as where ("در عراق", "في العراق") in the sentence, the subject right before
        the count ("الولايات المتحدة التي نفذت 24 حكماً", "طالبان دو مرد را"), the world ("در جهان": a
        figure of no one country, kept only as the span later figures belong to), else the report's."""
        # (not a country's name right after a figure: "و66 سورياً و50 أردنياً" counts Syrians, the
        # accusative adjective folded to the country's name)
        before = [f for f in self.countries_named(s, pos, world=True)
                  if not self.v.nationality.search(self.text, max(s, f.start - _NATIONALITY_REACH), f.start)
                  and not _FIGURE_BEFORE.search(self.text, max(s, f.start - 8), f.start)]
        told = self.country_told_back(s, pos, before[-1].end if before else s)
        if told is not None:
            return told, True
        where = self.country_right_after(s, pos)
        if where is not None:
            return where, True
        if before:
            f, gap = before[-1], self.text[before[-1].end:pos]
            if f.label == WORLD and (_COUNTRY_AFTER.search(self.text[max(s, f.start - 4):f.start]) or self.world_alone(f)):
                return WORLD, True
            if f.label != WORLD and (_RELATIVE.match(gap) or len(gap.split()) <= _SUBJECT_WORDS and not CLAUSE_MARK.search(gap)):
                return f.label, True
        end = next((b for a, b in self.sentences if a == s), pos + 200)   # (not the next sentence's "وفي السعودية")
        # "دست کم ۱۱۵۳ نفر در سراسر جهان اعدام شدند": the world right after the count, before any
        # country and in the same clause, is whose figure it is
        near = self.countries_named(pos, min(end, pos + _WORLD_AFTER), world=True)
        if over_countries(self.v, self.text, pos, min(end, pos + _WORLD_AFTER)):
            return WORLD, True   # "1518 عملية إعدام في 15 دولة": the figure of that many countries
        if near and near[0].label == WORLD and (_COUNTRY_AFTER.search(self.text[max(s, near[0].start - 12):near[0].start])
                                                or self.world_alone(near[0])) \
                and not CLAUSE_MARK.search(self.text, pos, near[0].start):
            return WORLD, True
        for f in self.countries_named(s, min(end, pos + 200)):
            if f.label == self.country and f.start >= pos and self.v.lang == "ar" \
                    and _COUNTRY_AFTER.search(self.text[max(s, f.start - 4):f.start]):
                return f.label, True   # "34 عملية إعدام في الصومال، و25 في الولايات المتحدة": where, the first after it
            if f.label == self.country:
                continue
            if _COUNTRY_AFTER.search(self.text[max(s, f.start - 4):f.start]):
                return f.label, True
            # the subject opening the sentence ("عربستان سعودی شمار اعدام ها را ... رساند"; Arabic after
            # its verb: "ورفعت السعودية عدد ...") is whose figures these are
            if f.start < pos and len(self.text[s:f.start].split()) <= (1 if self.v.lang == "ar" else 0) \
                    and not self.v.nationality.search(self.text, max(s, f.start - _NATIONALITY_REACH), f.start):
                return f.label, True
        return self.country, False

    def countries_named(self, s: int, e: int, world: bool = False) -> list:
        """The countries named in text[s:e] (and the world, with `world`), "المملكة" alone the report's
        own kingdom (kingdom.py)."""
        pairs = self.v.countries + ((WORLD, self.v.world),) if world else self.v.countries
        return as_reported(find_labelled(pairs, self.text, s, e), self.v.lang, self.country)

    def country_told_back(self, s: int, pos: int, after: int) -> str | None:
        """The country "this country" ("این کشور", "هناك") points back to, told after `after` (the last
        country named in the sentence, else its start) and before a count: the last one named before
        it ("عربستان سعودی با ۱۸۴ اعدام ...؛ این کشور در سال ۲۰۱۸، ۱۴۹ نفر را اعدام کرده بود": Saudi
        Arabia's figure, not the report's country's; "أما السعودية ...، بينما نفذ العراق 63 ...، أي أربعة
        أضعاف ما سجلته المنظمة هناك في 2023، حين أحصت 16": Iraq's, the country named last)."""
        pointer = _this_country(self.v.lang)
        found = pointer[0].search(self.text, after, pos) if pointer is not None else None
        if found is None or pointer[1] is not None and pointer[1].search(self.text, max(0, found.start() - 6), found.start()):
            return None
        named = [f for f in find_labelled(self.v.countries, self.text, 0, found.start())
                 if not self.v.nationality.search(self.text, max(0, f.start - _NATIONALITY_REACH), f.start)]
        return named[-1].label if named else None
