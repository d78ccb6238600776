"""The fields of a Persian or Arabic draft once its count and event are known: the period (the
date written with the count, else its statistic's span, its paragraph's day or the report's day),
the kind (an incident or a statistic), the place, the country (draft_country.py, with the country a
report is about) and the offences. A mixin of assemble._Field (it reads the field's text, dates, drafts and
sentences, and offers the date choice of dating.Dating and the statistics of comparisons.Comparing).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import VocabularyFileError, words
from ..notions import INCIDENT_MAX_DAYS, OFFENCES, is_day
from .calendar_spans import starts_a_year
from .calendars import calendars
from .clause_country import country_before_semicolon
from .draft_country import WORLD
from .drafts import Draft, overlap
from .year_before import year_before_statistic
from .mentions import CountMention, TriggerMention, find_labelled, find_places, places_named
from .vocab import alternation, bounded

_PA = words("persian-arabic.yaml")
_THIS_SPAN = re.compile(rf"(?<![\w\u200c])(?:{alternation(_PA.value('this_same_span'), 'fa')})(?![\w\u200c])")
_ORIGIN_REACH = 14     # characters before a place within which "اهل" makes it where people come from
_WEEK_MIN_DAYS = 5       # end - start of a span told as a week, at least ("هفته گذشته" 6, "پنج روز گذشته" 5)
_TALLY_MIN = 5           # people at one place over a week, at least, for the count to be a tally
_SEVERAL_PLACES = 3      # prisons or towns a count over some days is spread over, at least, to be a tally


@lru_cache(maxsize=None)
def _several_prisons(lang: str) -> re.Pattern | None:
    """"زندان‌های ...", prisons in the plural; None for a language whose file lists no such words."""
    try:
        return bounded(words(f"vocab-{lang}.yaml").value("several_prisons"), lang)
    except VocabularyFileError:
        return None


class DraftFields:
    """Period, kind, place, country and offences of a draft; the host sets v, text, folded,
    original, published, sentences, drafts and offers dates_in(), own_date(), statistic(),
    inherited() and the rest of the date choice, and country_in() (draft_country.DraftCountry)."""

    def span_just_told(self, c: CountMention) -> Draft | None:
        """The figure "the same period" ("در همین مدت") points back to: the last statistic over more
        than an incident's days told before the count, not one compared with ("از ابتدای سال ۱۴۰۴ تا
        پایان شهریورماه ۱۰۳ ... در همین مدت ۹ زندانی ..." is the year's span, not the month's told
        earlier; a figure over 18 days is a span too, and so is a week's: "در هفته گذشته ... ۳۶ زندانی ... در همین
        بازه ... دو زندانی"). None when no such figure was told."""
        told = [d for d in self.drafts if d.kind == "aggregate" and d.period[0] and d.period[1] and d.span[0] < c.start
                and (d.period[1] - d.period[0]).days >= _WEEK_MIN_DAYS and "kind.aggregate.comparison" not in d.rules]
        here = [d for d in told if d.span[0] >= self.paragraph_of(c.start)]
        # (in its own paragraph, the one just told; across paragraphs, the report's statistic, not the older
        # figures a paragraph of comparisons gave before it)
        return here[-1] if here else self.statistic(c.start) or (told[-1] if told else None)

    def of_statistic(self, s: int, c: CountMention, counts, t: TriggerMention | None) -> bool:
        """Whether count `c` of sentence `s`, undated, is a part of the statistic told before it: a
        group (more than one person, or one of several counts under one plural verb), with no day in
        its paragraph, under a statistic of a month or more (statistic(s))."""
        return (c.value > 1 or any(o.value > 1 for o in counts if o is not c)
                or t is not None and t.number == "pl" and len(counts) > 1) and c.noun != "singular" \
            and not self.day_in_paragraph(s) and self.statistic(s) is not None

    def draft(self, s, e, c: CountMention, event: str, t: TriggerMention | None, counts, part: Draft | None = None) -> Draft:
        """The draft of count `c` of `event` in sentence text[s:e], told by trigger `t` (None: by
        the count's noun or `part`, the statistic it is a part of), with the rule ids that chose
        each field."""
        noun = {"execution": "execution", "case": "execution", "total": "total", "row": "row_figure", "each": "each_of"}.get(c.noun, "person")
        rules = [f"trigger.{event}:{t.phrase}" if t is not None else f"event.{event}",
                 "count.part_of_whole" if c.of_whole else f"count.{noun}", f"qualifier.{c.qualifier}"]
        own = self.own_date(s, e, c, counts, t)
        if event == "sentenced" and own is not None and self.published and own.period_start > self.published:
            own = None   # "وحددت جلسة 2 يونيو المقبل للنطق بالحكم": a session to come, not the day of a sentence told
        if own is not None and part is not None and own.end <= c.start and self.of_these(c):
            own = None   # "مقارنة بالعام الماضي، مشيراً إلى أن 10 من هذه الإعدامات": these are of the figure's span
        weak = False
        # (a year, not a span from one day to another: "در فاصله ۱۷ مهر ۱۳۹۹ تا ۱۷ مهر ۱۴۰۰ ... ۲۶۶ نفر" is
        # the count's own span, no year to move "the same period" to)
        own_year = own.period_start.year if own is not None and (own.period_end - own.period_start).days > 300 \
            and starts_a_year(own.period_start) else None
        own_relative = own is not None and own.relative
        if own_year is not None and self.same_period_of(s, e, c) and self.statistic() is not None:
            own = None   # the year is the comparison's, the span is the statistic's
        current = self.statistic(s) if own is not None and own.relative else None
        month = self.report_month(s, own) if own is not None and own.relative else None
        if month is not None:
            period = month   # "در این ماه ۹ زن": the month the report counts, not the one it came out in
            rules.append("period.report_month")
        elif current is not None and part is not None and overlap(current.period, (own.period_start, own.period_end)) > 0:
            # "در میان اعدام شدگان ماه گذشته": the month of the report's current figure (its own calendar)
            period = current.period
            rules += ["part.breakdown", "period.context"]
        elif own is not None and own.since and event == "imminent" and c.value == 1 and self.from_a_day(own):
            # "X ... از سه‌شنبه ۴ آذر برای اجرای حکم به سلول انفرادی منتقل شده است": one person moved that
            # day and held since, an incident of that day, no span of transfers
            period = (own.period_start, own.period_start)
            rules.append("period.since_day_of_one")
        elif event == "executed" and year_before_statistic(self, s, c) is not None:
            period = year_before_statistic(self, s, c)   # "على العام السابق الذي سجلت فيه 853 إعداماً"
            rules.append("period.previous_year")
        elif own is not None:
            period = (own.period_start, own.period_end)
            rules.append("period.since_anchor" if own.since else "period.stated")
            if own.rule:
                rules.append(own.rule)
            if self.announced_day(own, t):
                rules.append("period.announced")   # a day the body gives the execution itself wins (drafts.merge)
        elif part is None and self.v.so_far.search(self.text, s, e) and self.named_before(s) is not None:
            # "قوه قضاییه تاکنون دست‌کم ۱۱ نفر را ... به اعدام محکوم کرده است" after "اعتراضاتی که ... پس از
            # مرگ مهسا امینی آغاز شد": so far since the event the report named
            period = (self.named_before(s).period_start, self.published)
            rules.append("period.so_far_named")
        elif part is None and self.announced_span(s, e) is not None:
            period = self.announced_span(s, e)   # "در این بازه دست کم ۸۸ زندانی ..."
            rules.append("period.statistic_span")
        elif part is not None:
            period = part.period
            rules += ["part.breakdown", "period.context"]
            if id(part) in self.week_wholes:
                rules.append("part.of_week")   # (parts.Parting.part_of: a weekly figure split)
            if c.start in self.executed_parts:
                rules.append("part.of_the_executed")   # (executed_parts.py)
            if c.start in self.restated_counts or "part.restated_figure" in part.rules:
                rules.append("part.restated_figure")   # (restated_figures.py)
        elif own is None and own_year is None and part is None and _THIS_SPAN.search(self.text, s, e) \
                and self.span_just_told(c) is not None:
            # "در همین مدت حکم اعدام دست‌کم ۸ نفر صادر شده است": the span of the statistic just told
            period = self.span_just_told(c).period
            rules.append("period.same_period")
        elif event != "executed" and self.follow_up_date(e) is not None:
            # "سه زندانی ... حکم اعدام گرفته اند. این سه نفر پاییز سال گذشته محکوم شدند"
            d = self.follow_up_date(e)
            period = (d.period_start, d.period_end)
            rules.append("period.stated")
        elif event != "executed" and (t is None or t.tense != "pluperfect") and self.of_statistic(s, c, counts, t):
            # "۳۳ فعال سیاسی و معترض به اعدام محکوم شدند" among the findings of an annual or a monthly
            # report: a part of the span the report counts, as an execution figure there is (below); not
            # the pluperfect of a lead-up
            period = self.statistic(s).period
            rules.append("period.statistic_context")
        elif event != "executed" and self.any_execution:
            period = (None, None)   # the lead-up to an execution the report tells: dated only by its own date
        elif event != "executed":
            period, weak = self.inherited(s), True   # the news itself: told the day the report names
            rules.append("period.inherited")
        elif self.v.so_far.search(self.text, s, e) and self.statistic() is not None:
            period = (self.statistic().period[0], self.published)
            rules.append("period.so_far")
        elif self.same_period_of(s, e, c) and self.statistic() is not None and own_year is not None:
            # "در همین مدت در سال ۲۰۲۴، ۱۹۵ نفر": the span of the statistic just told, moved to the year named
            # ("ماه مشابه سال گذشته": last year told relative to the report is the year before the statistic's)
            year = self.statistic().period[1].year - 1 if own_relative else own_year
            period = tuple(p.replace(year=p.year + year - self.statistic().period[1].year) for p in self.statistic().period)
            rules.append("period.same_period")
        elif self.of_statistic(s, c, counts, t):
            # "دست کم ۲۵۶ نفر ... اعدام شده اند" under an annual figure: a part of that statistic; so are
            # "یک زندانی به اتهام ... و یک زندانی دیگر به اتهام ... اعدام شده‌اند", ones under one plural verb
            period = self.statistic(s).period
            rules.append("period.statistic_context")
        elif c.noun == "singular" and event == "executed" and self.v.lang == "fa" and self.statistic(s) is not None \
                and not any(d.is_day and not self.dateline(d) for d in self.dates):
            # "رامین سعادت ... به اتهام قتل عمد اعدام شد" in a half-year report that gives no day at all:
            # one person of the statistic, named, over its span; no incident of the report's day
            period = self.statistic(s).period
            rules += ["period.statistic_context", "part.named_of_statistic"]
        elif event == "executed" and c.noun != "singular" and not self.day_in_paragraph(s) \
                and self.annual_span() is not None:
            # "إذ أعدمت ما لا يقل عن 507 أشخاص" in an annual report on 2017: that year's figure, not an
            # incident of the day the report came out (report_span.py)
            period = self.annual_span()
            rules.append("period.annual_report")
        else:
            period, weak = self.inherited(s), True
            rules += self.inherited_rules(s)
        place = self.place(s, e, c)
        if self.v.lang == "ar" and c.noun == "total" and own is not None and own.is_day and not own.since \
                and period == (own.period_start, own.period_end):
            # "أعلنت في 26 سبتمبر أن عدد من أعدمتهم السلطات تجاوز ألف شخص": a total told on a day runs
            # from the start of that day's year to it, no one day's figure
            period = (own.period_start.replace(month=1, day=1), own.period_end)
            rules.append("period.ends_on_day_told")
        if c.noun == "total":
            kind = "aggregate"
            rules.append("kind.aggregate.total")
        elif part is not None and own is None:
            kind = part.kind
            rules.append("kind.of_context")
        elif "part.named_of_statistic" in rules:
            kind = "aggregate"
            rules.append("kind.of_context")
        elif c.value == 1 and c.noun not in ("execution", "total") and period[0] is not None and not is_day(*period) \
                and (c.noun == "singular" or (period[1] - period[0]).days <= INCIDENT_MAX_DAYS) \
                and not (own is not None and own.since):
            # "یک زندانی هفته گذشته اعدام شد": one person within a week is one incident; "برادر او در
            # مرداد ماه اعدام شده بود", a singular verb and no number, is one person over any span
            kind = "event"
            rules.append("kind.event.one_person")
        elif period[0] is not None and ((period[1] - period[0]).days > INCIDENT_MAX_DAYS
                                        or own is not None and own.since and "period.since_day_of_one" not in rules):
            # (a figure "since the start of the year" is a statistic even a few days into it)
            kind = "aggregate"
            rules.append("kind.aggregate.span")
        elif period[0] is not None and not is_day(*period) and c.value > 1 \
                and (places_named(self.v, self.text, s, e) >= _SEVERAL_PLACES or self.in_prisons(s, e)):
            # "از ۱۷ تا ۲۲ آذر دست‌کم ۲۷ زندانی در زندان‌های کرج، اهواز، قم ... اعدام شده‌اند": several
            # days at several prisons are no one incident but a tally of them (so is "در زندان‌های
            # مختلف کشور", prisons in the plural, however few it names)
            kind = "aggregate"
            rules.append("kind.aggregate.places")
        elif not (place or weak or period[0] is None or is_day(*period) or c.noun == "singular"
                  or self.v.same_place.search(self.text, s, e) or self.v.prison.search(self.text, s, e)):
            # "۲۹ زندانی هفته گذشته اعدام شدند", "أعدمت إيران 24 شخصاً الأسبوع الماضي": a count over
            # some days at no place, not even "the same prison", is a statistic, as in English
            # (kinds.event_on_day, kinds.aggregate_span)
            kind = "aggregate"
            rules.append("kind.aggregate.span")
        elif self.v.lang == "fa" and "period.same_period" in rules and period[0] is not None and not is_day(*period):
            # "در همین بازه ... برای دو زندانی ... در دادگاه ارومیه": a count over the span of a weekly figure,
            # no day of its own, is of that statistic, wherever it was
            kind = "aggregate"
            rules.append("kind.aggregate.span")
        elif self.week_tally(c, period, own):
            # "هفته گذشته دست‌کم ۱۹ زندانی در زندان قزلحصار اعدام شدند": a prison's count over a week, no
            # day named, is its tally for the week (Persian rights groups' weekly figures), not one incident
            kind = "aggregate"
            rules.append("kind.aggregate.week_tally")
        else:
            kind = "event"
            rules.append("kind.event.place" if place else "kind.event.day" if own is not None and own.is_day
                         else "kind.event.inherited")
        if event != "imminent" and period[0] is not None and self.published and period[0] <= self.published < period[1]:
            period = (period[0], self.published)   # "در سال ۲۰۲۵" told in July ends in July
            rules.append("period.ends_by_publication")
        if event == "executed" and self.published and period[0] is not None and period[0] > self.published:
            # "بصدد تنفيذ حكم الإعدام غداً": an execution dated after the report is one scheduled
            event = "imminent"
            rules.append("event.dated_ahead")
        if c.noun in ("row", "each") and part is not None:
            # "- باكستان: 21" under "توزع الأجانب الذين أعدموا على الجنسيات الآتية": the label names
            # who they were, the statistic where they were put to death
            country = part.country
            rules.append("country.of_statistic")
        else:
            country, stated = self.country_in(s, c.start)
            if not stated and own is not None and self.world_year_told_back(s, own):
                # "شمار اعدام‌ها در جهان ... بالاترین رقم از سال ۲۰۱۵ است. در آن سال ۱۶۳۴ نفر ...": the world's
                country, stated = WORLD, True
            carried = None if stated else country_before_semicolon(self.v.lang, self.text, s, self.drafts, WORLD)
            if carried is not None:
                country = carried
                rules.append("country.clause_before")
            else:
                rules.append("country.stated" if stated else "country.report")
        clause = self.clause_offences(e, c, counts)
        offences = clause if clause is not None else self.offences(s, e)
        if kind == "event":
            nxt = next((x for x in self.sentences if x[0] >= e), None)
            if nxt is not None and self.v.follow_on.match(self.text, nxt[0]):
                # "او پیش تر به اتهام قتل ... محکوم شده بود": the charge of the person just told of
                offences = tuple(o for o in OFFENCES if o in set(offences) | set(self.offences(*nxt)))
        return Draft(event, c.value, c.qualifier, period, kind, country, offences,
                     place if kind == "event" or "kind.aggregate.week_tally" in rules else None, (s, e), (c.start, c.end), rules, weak)

    def from_a_day(self, own) -> bool:
        """Whether the span `own` runs from a day ("از سه‌شنبه ۴ آذر"), not from a month or a year."""
        return any(d.is_day for d in calendars(self.v.lang).find(self.text[own.start:own.end], self.published))

    def week_tally(self, c: CountMention, period: tuple, own) -> bool:
        """Whether a Persian count over a span of its own of about a week ("هفته گذشته", "طی هفت روز
        گذشته"), with no day, is a tally when it counts _TALLY_MIN people or more ("دست کم دو زندانی دیگر"
        over the week stays an incident, however hedged)."""
        return self.v.lang == "fa" and own is not None and not own.since and period[0] is not None \
            and _WEEK_MIN_DAYS <= (period[1] - period[0]).days <= INCIDENT_MAX_DAYS and c.noun in ("person", "partitive") \
            and c.value >= _TALLY_MIN

    def world_year_told_back(self, s: int, own) -> bool:
        """Whether the date of a Persian count in sentence `s` is a year told back ("در آن سال") right
        after a sentence of the same paragraph whose figure is the world's: that year's figure is the
        world's too, not the report's country's."""
        if self.v.lang != "fa" or not calendars(self.v.lang).that_year.fullmatch(self.text, own.start, own.end):
            return False
        before = next((x for x in reversed(self.sentences) if x[1] <= s), None)
        return before is not None and self.paragraph_of(before[0]) == self.paragraph_of(s) \
            and any(d.sentence == before and d.country == WORLD for d in self.drafts)

    def in_prisons(self, s: int, e: int) -> bool:
        """Whether text[s:e] says "prisons" in the plural ("در زندان‌های مختلف کشور")."""
        pattern = _several_prisons(self.v.lang)
        return pattern is not None and pattern.search(self.text, s, e) is not None

    def place(self, s: int, e: int, c: CountMention, own: bool = False, where: bool = False) -> str | None:
        """The prison or town nearest the count in its sentence (`own`: only one right after it,
        "اثنان منهم في تبوك"; `where`: not one people come from, "دو نفر از آنان اهل اقلیم کردستان
        عراق بودند", which tells who they are, not where they were put to death)."""
        found = find_places(self.v, self.text, s, e)
        if own:
            found = [f for f in found if 0 <= f.start - c.end <= 12]
        if where:
            found = [f for f in found if not self.v.nationality.search(self.text, max(s, f.start - _ORIGIN_REACH), f.start)]
        if not found:
            return None
        prisons = [f for f in found if f.label == "prison"] or found
        near = min(prisons, key=lambda f: abs(f.start - c.end))
        a, b = self.folded.span(near.start, near.end)
        return self.original[a:b]

    def clause_offences(self, e: int, c: CountMention, counts) -> tuple | None:
        """Persian, several counts in a sentence each followed by its charge: the charges named after
        count `c` and before the next ("۶۸ نفر به جرایم مرتبط با مواد مخدر، ۴۷ نفر به قتل عمد و ۳ نفر به
        تجاوز": each part its own; none for one whose charge no word of the lexicon names). None when the
        sentence is not so split (one count, or no count's own clause names a charge): the sentence's then."""
        if self.v.lang != "fa" or not any(o is not c for o in counts):
            return None

        def own(x: CountMention) -> tuple:
            return self.offences(x.end, min([o.start for o in counts if o.start > x.end] + [e]))

        return own(c) if any(own(o) for o in counts) else None

    def offences(self, s: int, e: int) -> tuple:
        found = {f.label for f in find_labelled(self.v.offences, self.text, s, e)}
        return tuple(o for o in OFFENCES if o in found)
