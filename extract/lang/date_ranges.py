"""Spans between two dates, or from a date to the report's day, in Persian and Arabic reports:
"از ۷ اکتبر", "منذ بداية العام", "از ۱۷ تا ۲۲ آذر", "بين ٢١ يونيو ٢٠١٧ و٩ أكتوبر ٢٠٢٤", "منذ
تولي ... في 21 يونيو 2017 وحتى 9 أكتوبر 2024". Joins the date mentions the finders of
calendars.py found; offsets are in the folded text (normal.py).
"""
from __future__ import annotations

import re
from datetime import date

from ..lexicon import words
from .calendar_spans import year_start_of_month, years_back
from .date_mentions import DateMention
from .vocab import Vocabulary, alternation, listed, start

_W = words("persian-arabic.yaml")
_DAY_TO = _W["day_span_joiners"]
_DAY_SPAN = re.compile(rf"^[\s\u200c]*(?:{_DAY_TO}|-|–)[\s\u200c]*$")
# ("بين مطلع يناير ونهاية يونيو 2023": the edges of the months stand beside their ends; the span runs whole months)
_BETWEEN = re.compile(rf"(?:{_W['between_words']})[\s\u200c]*(?:(?:{_W['between_day_words']}|{_W['month_edges']})[\s\u200c]*)?$")
_BETWEEN_AND = re.compile(rf"^[\s\u200c]*و[\s\u200c]*(?:(?:{_W['month_edges']})[\s\u200c]*)?$")
_DAY_SPAN_WRITTEN = re.compile(rf"[\d\w][\s\u200c]*(?:{_DAY_TO})[\s\u200c]+[\d\w]")
_LIST_JOINT = re.compile(r"[\s\u200c]*(?:،|و)[\s\u200c]*")   # between two days of a list
_GLOSS = re.compile(r"^[\s\u200c]*\([^()]*\)")   # a bracket right after a date: the same date, in other words
_FIRST_TIME = re.compile(rf"(?<![\w\u200c])(?:{_W['first_time']})(?:[\s\u200c]+[^\s\u200c،,.؛]+){{0,9}}?[\s\u200c]*$")
# (the words between a superlative and its date hold no figure: "أكثر من 100 شخص منذ ..." is a hedge,
# and so is "على الأقل منذ يوليو 2013")
# ("الأكبر من نوعه منذ عام 1980": with the article, "من" after a superlative is no hedge)
_SUPERLATIVE = re.compile(rf"(?<![\w\u200c])(?<!علی[\s\u200c])(?:ال(?:{_W['superlatives']})|(?:{_W['superlatives']})(?![\w\u200c])(?![\s\u200c]+من(?![\w\u200c])))(?![\w\u200c])"
                          rf"(?:[\s\u200c]+[^\s\u200c،,.؛\d]+){{0,7}}?[\s\u200c]*$")
# "منذ تولي الأمير محمد بن سلمان ولاية العهد في 21 يونيو 2017": since an event a few words on, on a day
# (a span only when "حتى" closes it after the day, see DateRanges.joined)
_SINCE_EVENT = re.compile(r"(?<![\w\u200c])[وف]?منذ(?:[\s\u200c]+[^\s\u200c،,.؛]+){1,8}?[\s\u200c]+فی[\s\u200c]*$")
_ONSET = re.compile(rf"(?<![\w\u200c])[وف]?(?:{_W['onset_openers']})[\s\u200c]+(?:{_W['onset_words']})(?:[\s\u200c]+[^\s\u200c،,.؛]+){{0,6}}?"
                    rf"[\s\u200c]+(?:{_W['onset_links']})[\s\u200c]*$")
# "منذ إعادة العمل بعقوبة الإعدام في عام ٢٠٠٤": since an event of that year, a few words on
_SINCE_EVENT_YEAR = re.compile(
    r"(?<![\w\u200c])منذ(?:[\s\u200c]+[^\s\u200c،,.]+){1,5}?[\s\u200c]+(?:فی[\s\u200c]*)?(?:(?:ال)?(?:عام|سنه)[\s\u200c]*)?$")


def _is_month(d: DateMention) -> bool:
    """Whether `d` names one month, whole (not a day, a span since a day, nor a year)."""
    return not d.is_day and not d.since and 27 <= (d.period_end - d.period_start).days <= 31


_NEW_CLAUSE = re.compile(r"[،,؛][\s\u200c]*و")   # a comma and "و": the next clause, with its own subject

class DateRanges:
    """The words of one language that open, join and close a span of dates."""

    def __init__(self, v: Vocabulary):
        cal, b = v.calendar, start(v.lang)
        year_start = alternation(cal["year_start"], v.lang)
        # "از ابتدای سال ۲۰۲۴", "از ابتدای ماه مه": the start of a year or of a month opens the span
        unit_word = alternation(cal["year_word"] + cal["month_word"], v.lang)
        since = alternation(v.since_words, v.lang)
        ranges = alternation(v.range_from, v.lang)
        to = alternation(v.range_to_words, v.lang)
        self.since_before = re.compile(rf"{b}(?:{since})[\s\u200c]*(?:(?:{year_start})[\s\u200c]*)?(?:ال)?(?:(?:{unit_word})[\s\u200c]*)?$")
        # "۶۸ درصد بیشتر از سال ۲۰۲۴": after a comparative, Persian "از" is "than", no start of a span
        than = listed(v.lang, "comparatives")
        self.than_before = re.compile(rf"{b}(?:{alternation(than, v.lang)})[\s\u200c]+(?:{since})[\s\u200c]*"
                                      rf"(?:(?:{unit_word})[\s\u200c]*)?$") if than else None
        self.range_before = re.compile(rf"{b}(?:{ranges}|{since})[\s\u200c]*(?:(?:{year_start})[\s\u200c]*)?(?:ال)?(?:(?:{unit_word})[\s\u200c]*)?$")
        # "در فروردین تا پایان آذر ۱۴۰۰": "to the end of" closes a span even with no "از" to open it
        self.to_end = re.compile(rf"[\s\u200c]*(?:{to})[\s\u200c]*(?:{_W['span_end_words']})(?![\w\u200c])")
        self._closing = re.compile(rf"(?<![\w\u200c])(?:و[\s\u200c]*)?(?:{to})[\s\u200c]*$")
        self._closing_edge = re.compile(rf"(?<![\w\u200c])(?:و[\s\u200c]*)?(?:{to})[\s\u200c]*(?:{_W['span_end_words']})[\s\u200c]*$")
        # "تنها تا پایان ماه اوت ۲۰۲۵ دست کم ۸۴۱ نفر": to the end of a month, with no start told
        self._to_month_end = re.compile(rf"(?<![\w\u200c])(?:و[\s\u200c]*)?(?:{to})[\s\u200c]*(?:{_W['month_end_words']})"
                                        rf"[\s\u200c]*(?:(?:{alternation(cal['month_word'], v.lang)})[\s\u200c]*)?$")
        # ("وحتى 9 أكتوبر": Arabic joins "و" to the word that closes the span)
        # "پس از ماه اکتبر ثبت می‌شود که با دست‌کم ۱۶۶ اعدام ...": a month with its own count in a relative
        # clause after it (Persian may put the verb of the main clause between) is that count's span, no
        # start of one running on
        own = listed(v.lang, "told_with_its_count")
        self.with_its_count = re.compile(rf"(?:[\s\u200c]+[^\s\u200c.،,؛\d]+){{0,4}}?[\s\u200c]*[،,]?[\s\u200c]*"
                                         rf"(?:{alternation(own, v.lang)})[\s\u200c][^.،,؛\n]{{0,20}}?\d") if own else None
        # ("تا پایان ماه مه": the word "month" may follow "the end of")
        month_word = alternation(cal["month_word"], v.lang)
        self.range_between = re.compile(rf"^[\s\u200c]*(?:(?:و[\s\u200c]*)?(?:{to})[\s\u200c]*(?:(?:{_W['span_end_words']})[\s\u200c]*)?"
                                        rf"(?:(?:{month_word})[\s\u200c]*)?|-[\s\u200c]*|/[\s\u200c]*)$")
        # "از ۷ مرداد ۱۴۰۳ که مسعود پزشکیان کار خود را ... آغاز کرد تا پایان فروردین ۱۴۰۴": a relative clause on
        # the first end, with no figure of its own, stands between the ends
        relative = listed(v.lang, "relative_openers")
        self.relative_between = re.compile(rf"^[\s\u200c]*(?:{alternation(relative, v.lang)})[\s\u200c][^.،,؛\d\n]{{0,90}}?"
                                           rf"(?=[\s\u200c](?:و[\s\u200c]*)?(?:{to})[\s\u200c])") if relative else None

    def closing(self, text: str, pos: int) -> bool:
        """Whether the date at `pos` closes a span: "تا امروز", "وحتى اليوم"."""
        return self._closing.search(text, max(0, pos - 12), pos) is not None

    def joined(self, text: str, found: list[DateMention], published: date) -> list[DateMention]:
        """"از ۷ اکتبر" / "منذ بداية العام": the span runs from that date to the report's day, or
        to the date after "تا"/"حتى" ("از ابتدای سال جاری تا پایان فروردین")."""
        out, skip = [], set()
        for i, d in enumerate(found):
            if i in skip:
                continue
            before = text[max(0, d.start - 30):d.start]
            than = self.than_before is not None and self.than_before.search(before) is not None
            if than and not d.since:
                out.append(d)   # (period.stated: the year compared with, "که در آن ۹۷۵ نفر" its own figure)
                continue
            since_event = _SINCE_EVENT.search(text[max(0, d.start - 90):d.start])
            last_time = self._last_time(text, d.start, found)
            if since_event and not last_time:
                # "أول عملية إعدام جماعي منذ إعدام 12 مداناً ... في 3 فبراير 2020": "the first since" before the event
                last_time = self._last_time(text, max(0, d.start - 90) + since_event.start() + len("ومنذ"), found)
            # "عدد من أعدموا منذ تولي ولي العهد منصبه في 21 يونيو 2017": since an event of that day, up to the
            # report's day when no end is told; "أول إعدام جماعي منذ إعدام 21 شخصاً في 16 نوفمبر 2020" stays that
            # day, and so does an event that holds a figure ("انتقادات منذ إعدام 37 رجلاً في 23 أبريل": the
            # figure is that event's)
            since = d.since or self.since_before.search(before) or _ONSET.search(text, max(0, d.start - 80), d.start) \
                or not d.is_day and _SINCE_EVENT_YEAR.search(text[max(0, d.start - 60):d.start]) \
                or since_event and d.is_day and not last_time and not re.search(r"\d", since_event.group(0))
            if since and not d.since and self.with_its_count is not None and self.with_its_count.match(text, d.end):
                out.append(d)
                continue
            if since and not d.since and last_time:
                out.append(DateMention(d.start, d.end, d.period_start, d.period_end, d.is_day, d.text, resumed=True))
                continue   # "للمرة الأولى منذ عام 2013", "أعلى رقم منذ 2015": when it last happened, not since when
            chain = self._listed_days(text, found, i) if d.is_day and _BETWEEN.search(before) else []
            if chain:
                # "روزهای پنجشنبه، شنبه و یکشنبه": the days listed after the plural "days", first to last
                last = found[chain[-1]]
                skip.update(chain)
                out.append(DateMention(d.start, last.end, d.period_start, last.period_end, False, text[d.start:last.end],
                                       rule="period.between_days"))
                continue
            nxt = found[i + 1] if i + 1 < len(found) else None
            # "منذ تولي ولي العهد منصبه في 21 يونيو 2017 وحتى 9 أكتوبر 2024": since an event of that day,
            # up to the date after "حتى" (a day with no end after it stays that event's day)
            opens = since or self.range_before.search(before) or since_event and nxt is not None
            # "از ۱۸ مهر ۱۴۰۱ (۱۰ اکتبر ۲۰۲۲) تا ۱۶ مهر ۱۴۰۲": the first end's gloss in brackets stands
            # between the ends (its dates were dropped before: glosses_dropped)
            between = _GLOSS.sub("", text[d.end:nxt.start], count=1) if nxt else ""
            if opens and self.relative_between is not None:
                between = self.relative_between.sub("", between, count=1)
            both_days = d.is_day and nxt is not None and nxt.is_day and _DAY_SPAN.match(between)
            # "برای ژانویه تا مارس ۲۰۲۰", "فروردین تا خرداد": two months joined by "تا" are a span with no "از"
            both_months = nxt is not None and _is_month(d) and _is_month(nxt) and _DAY_SPAN.match(between)
            # "بين ٢١ يونيو ٢٠١٧ و٩ أكتوبر ٢٠٢٤", "بین ... و ...": "between" closes its span with "and"
            between_and = nxt is not None and _BETWEEN.search(before) \
                and _BETWEEN_AND.match(between)
            to_end = nxt is not None and self.to_end.match(text, d.end)
            if (opens or both_days or both_months or to_end or between_and) and nxt and len(between) < 40 and (self.range_between.match(between) or between_and):
                skip.add(i + 1)
                first = d.period_start
                if first > nxt.period_end and not re.search(r"\d{4}", d.text):
                    # "اول ژانویه تا ۳۰ ژوئن ۲۰۲۴": the first end's year is the one written after the second
                    first = years_back(first, nxt.period_end)
                end = nxt.period_end if nxt.period_end >= first else d.period_end
                # ("بين يومي الأحد والثلاثاء": two days of a week joined by "between", period.between_days)
                out.append(DateMention(d.start, nxt.end, first, end, False, text[d.start:nxt.end],
                                       rule="period.between_days" if between_and and d.is_day and nxt.is_day else None))
                continue
            if not since and self._tally_to_month_end(text, found, i):
                # "تا پایان ماه اوت ۲۰۲۵ دست کم ۸۴۱ نفر ... اعدام شده اند": a tally from the start of that
                # month's year to its end, no figure of the month alone
                out.append(DateMention(d.start, d.end, year_start_of_month(d.period_start), d.period_end, False, d.text,
                                       rule="period.to_end_of_month"))
                continue
            if not since or d.period_start > published or _DAY_SPAN_WRITTEN.search(d.text):
                # ("از ۱ تا ۱۵ آبان": a span of days with both ends written, not a start)
                out.append(d)
                continue
            closed = self._closed_before(text, found[:i], d)
            if closed is not None:
                out = [x for x in out if x is not closed]   # the end is the span's, no date of its own
            out.append(DateMention(d.start, d.end, d.period_start, closed.period_end if closed else published,
                                   False, d.text, since=True, named=d.named))
        return out

    def _tally_to_month_end(self, text: str, found: list[DateMention], i: int) -> bool:
        """Whether found[i] is a month after "to the end of" ("تا پایان ماه اوت ۲۰۲۵"), no span opened
        before it, and no other date after it in its clause (a start told there: _closed_before)."""
        d = found[i]
        if d.is_day or d.since or not 27 <= (d.period_end - d.period_start).days <= 31 \
                or not self._to_month_end.search(text, max(0, d.start - 30), d.start):
            return False
        nxt = found[i + 1] if i + 1 < len(found) else None
        return nxt is None or re.search(r"[.!?؟\n]", text[d.end:nxt.start]) is not None \
            or _NEW_CLAUSE.search(text, d.end, nxt.start) is not None

    @staticmethod
    def _last_time(text: str, pos: int, found: list[DateMention]) -> bool:
        """Whether the words before `pos` say "the first time since" or "the highest since": the date then
        tells when it last happened, no start of a span. The words of a date found before are blanked
        first: "اول" that is its day ("روز سه شنبه اول مهر اعلام کرد که از ابتدای سال ...", the first of
        Mehr) is no "first"."""
        lo = max(0, pos - 80)
        window = list(text[lo:pos])
        for d in found:
            a, b = max(lo, d.start), min(pos, d.end)
            if a < b:
                window[a - lo:b - lo] = " " * (b - a)
        words = "".join(window)
        return bool(_FIRST_TIME.search(words) or _SUPERLATIVE.search(words))

    @staticmethod
    def _listed_days(text: str, found: list[DateMention], i: int) -> list[int]:
        """The indices of three days or more listed from found[i] on, joined by commas and a last "و"
        ("پنجشنبه، شنبه و یکشنبه"), in order; [] for fewer (two days joined by "و" are read as "between")."""
        chain = []
        for j in range(i + 1, len(found)):
            prev = found[chain[-1]] if chain else found[i]
            if not found[j].is_day or not _LIST_JOINT.fullmatch(text, prev.end, found[j].start) \
                    or found[j].period_start < prev.period_start:
                break
            chain.append(j)
        return chain if len(chain) >= 2 else []

    def _closed_before(self, text: str, before: list[DateMention], d: DateMention) -> DateMention | None:
        """The end told before a span's start in its sentence ("رصدت حتى نهاية أغسطس الماضي تنفيذ 841
        حكماً منذ بداية العام": to the end of August), else None."""
        for b in reversed(before):
            if re.search(r"[.!?؟\n]", text[b.end:d.start]) or _NEW_CLAUSE.search(text, b.end, d.start):
                return None   # ("حتى نهاية أغسطس، وتقول منظمات إن العدد تجاوز ألفاً منذ مطلع 2025": another clause's end)
            whole = text[max(0, b.start - 20):b.start]
            if self._closing.search(whole) or self._closing_edge.search(whole):
                return b if d.period_start <= b.period_end else None
        return None
