"""How Persian reports say how many people were executed, sentenced or about to be, and where:
an inventory of digits (Persian, Arabic-Indic, Latin), number words, hedges, groups and named
people, breakdowns, the verbs of the three events, the background and denials that are no
claim, the counts of something else (arrests, prison terms, protest deaths, death row), and
the country of Iranian, Afghan and foreign executions, each a short invented report in the
manner of Persian rights groups and outlets, with the claims corpus/SCHEMA.md says it gives.
Written from the language of such reports, not from any labelled set's sentences.
Dates and spans: test_extract_language_fa.py."""
from datetime import date, timedelta

import jdatetime
import pytest

from language_cases import Want, case, check, params

PUB = "2024-10-09"          # a Wednesday; 18 Mehr 1403
TUE = "2024-10-08"
MON = "2024-10-07"
NEW_YEAR = jdatetime.date(1403, 1, 1).togregorian().isoformat()   # 1 Farvardin 1403


def fa(id, text, *want, optional=(), published=PUB):
    return case(id, published, text, *want, optional=optional, lang="fa")


def ex(country, count, start=PUB, end=None, kind=None, qualifier=None):
    return Want("executed", country, count, start, end or start, kind, qualifier)


def sen(country, count, start=PUB, end=None, kind=None, qualifier=None):
    return Want("sentenced", country, count, start, end or start, kind, qualifier)


def imm(country, count, start=PUB, end=None, kind=None):
    return Want("imminent", country, count, start, end or start, kind)


def year_ex(count, qualifier=None, country="IR"):
    return ex(country, count, NEW_YEAR, PUB, "aggregate", qualifier)


# 1. Digits and number words.
DIGITS = [
    fa("persian-digits", "۱۲ زندانی بامداد امروز در زندان قزلحصار کرج اعدام شدند.", ex("IR", 12, kind="event")),
    fa("arabic-indic-digits", "١٢ زندانی بامداد امروز در زندان قزلحصار کرج اعدام شدند.", ex("IR", 12, kind="event")),
    fa("latin-digits", "12 زندانی بامداد امروز در زندان قزلحصار کرج اعدام شدند.", ex("IR", 12, kind="event")),
    fa("persian-thousands-separator", "از ابتدای سال جاری ۱٬۰۰۰ نفر در ایران اعدام شده‌اند.", year_ex(1000)),
    fa("latin-comma-in-persian-digits", "از ابتدای سال جاری ۱,۰۵۰ نفر در ایران اعدام شده‌اند.", year_ex(1050)),
    fa("plain-four-digits", "از ابتدای سال جاری ۱۰۵۰ نفر در ایران اعدام شده‌اند.", year_ex(1050)),
    fa("digits-with-nafar", "سازمان حقوق بشر ایران: ۷ نفر روز سه‌شنبه در زندان مرکزی شیراز اعدام شدند.",
       ex("IR", 7, TUE, kind="event")),
    fa("digits-with-tan", "روز سه‌شنبه ۴ تن در زندان مرکزی زاهدان به دار آویخته شدند.", ex("IR", 4, TUE, kind="event")),
] + [
    fa(f"number-word-{value}", f"{word} زندانی روز سه‌شنبه در زندان مرکزی اصفهان اعدام شدند.",
       ex("IR", value, TUE, kind="event"))
    for word, value in [("دو", 2), ("سه", 3), ("چهار", 4), ("پنج", 5), ("شش", 6), ("هفت", 7), ("هشت", 8), ("نه", 9),
                        ("ده", 10), ("یازده", 11), ("دوازده", 12), ("پانزده", 15), ("هفده", 17), ("بیست", 20),
                        ("بیست و پنج", 25), ("سی و یک", 31)]
] + [
    fa("one-prisoner", "یک زندانی روز سه‌شنبه در زندان مرکزی اصفهان اعدام شد.", ex("IR", 1, TUE, kind="event")),
    fa("number-word-in-a-total", "از ابتدای سال جاری چهارصد و پنجاه نفر در ایران اعدام شده‌اند.", year_ex(450)),
]

# 2. Vague quantities: no count, so no claim.
VAGUE = [
    fa(f"vague-{word.replace(' ', '-')}", f"{word} زندانی روز سه‌شنبه در زندان قزلحصار اعدام شدند.")
    for word in ["صدها", "ده‌ها", "شماری از", "چند", "تعدادی"]
]

# 3. Hedges, per SCHEMA.md's qualifier field.
HEDGES = [
    fa(f"hedge-{phrase.replace(' ', '-')}", f"از ابتدای سال جاری {phrase} ۴۵۰ نفر در ایران اعدام شده‌اند.",
       year_ex(450, qualifier))
    for phrase, qualifier in [("دست‌کم", "at_least"), ("دستکم", "at_least"), ("حداقل", "at_least"),
                              ("بیش از", "more_than"), ("افزون بر", "more_than"), ("نزدیک به", None),
                              ("حدود", "about"), ("در حدود", "about"), ("کمتر از", "at_most")]
] + [
    fa("hedge-exact-total", "از ابتدای سال جاری در مجموع ۴۵۰ نفر در ایران اعدام شده‌اند.", year_ex(450)),
    fa("hedge-on-an-incident", "دست‌کم ۶ زندانی روز سه‌شنبه در زندان قزلحصار اعدام شدند.",
       ex("IR", 6, TUE, kind="event", qualifier="at_least")),
]

# 4. Groups and named people.
PEOPLE = [
    fa("a-woman", "یک زن روز سه‌شنبه به اتهام قتل همسرش در زندان مرکزی قزوین اعدام شد.", ex("IR", 1, TUE, kind="event")),
    fa("two-brothers", "دو برادر روز سه‌شنبه در زندان مرکزی زاهدان اعدام شدند.", ex("IR", 2, TUE, kind="event")),
    fa("three-baluch-prisoners", "به گزارش حال‌وش، سه زندانی بلوچ روز سه‌شنبه در زندان بیرجند اعدام شدند.",
       ex("IR", 3, TUE, kind="event")),
    fa("these-two-prisoners",
       "دو زندانی اهل بوکان سال گذشته به اتهام قتل بازداشت شدند. این دو زندانی روز سه‌شنبه در زندان مرکزی "
       "ارومیه اعدام شدند.",
       ex("IR", 2, TUE, kind="event")),
    fa("one-named-man", "محمد قاسمی، زندانی ۴۱ ساله، روز سه‌شنبه در زندان مرکزی کرج اعدام شد.",
       ex("IR", 1, TUE, kind="event")),
    fa("two-named-men", "علی رضایی و حسن کریمی روز سه‌شنبه در زندان عادل‌آباد شیراز اعدام شدند.",
       ex("IR", 2, TUE, kind="event")),
    fa("three-named-men",
       "به گزارش هه‌نگاو، احمد محمدی، کاوه رحمانی و سامان عزیزی روز سه‌شنبه در زندان مرکزی سنندج اعدام شدند.",
       ex("IR", 3, TUE, kind="event")),
    fa("along-with-others", "محمد قاسمی روز سه‌شنبه همراه با دو زندانی دیگر در زندان مرکزی کرج اعدام شد.",
       ex("IR", 3, TUE, kind="event")),
    fa("along-with-others-written-first", "روز سه‌شنبه یک زندانی کرد به همراه سه زندانی دیگر در زندان مرکزی ارومیه "
       "به دار آویخته شد.", ex("IR", 4, TUE, kind="event")),
    fa("along-with-named-others", "سامان محمدی روز سه‌شنبه همراه با کاوه رحمانی و آرش نوری در زندان مرکزی "
       "ارومیه اعدام شد.", ex("IR", 3, TUE, kind="event")),
    fa("named-execution-sentence-carried-out",
       "حکم اعدام مهدی نوری، زندانی اهل اراک، بامداد امروز در زندان مرکزی اراک اجرا شد.",
       ex("IR", 1, kind="event")),
    fa("women-among-an-incident",
       "۱۲ زندانی از جمله ۳ زن روز سه‌شنبه در زندان قزلحصار اعدام شدند.",
       ex("IR", 12, TUE, kind="event"), optional=(ex("IR", 3, TUE),)),
    # a member of the group at the group's own place is no second incident (as in English)
    fa("one-of-the-group-at-the-same-prison",
       "بامداد امروز حکم اعدام سه زندانی، از جمله یک زن، در زندان مرکزی قزوین اجرا شد.",
       ex("IR", 3, kind="event")),
    fa("afghans-among-an-incident",
       "روز سه‌شنبه ۸ زندانی در زندان قزلحصار اعدام شدند. دو تن از آنان شهروند افغانستانی بودند.",
       ex("IR", 8, TUE, kind="event"), optional=(ex("IR", 2, TUE),)),
]

# 5. A statistic and its breakdowns; shares are no claim.
BREAKDOWNS = [
    fa("women-among-a-total",
       "از ابتدای سال جاری دست‌کم ۴۵۰ نفر در ایران اعدام شده‌اند که ۱۵ نفر از آنان زن بوده‌اند.",
       year_ex(450, "at_least"), year_ex(15)),
    fa("including-women-in-a-total",
       "از ابتدای سال جاری ۴۵۰ نفر از جمله ۱۵ زن در ایران اعدام شده‌اند.",
       year_ex(450), year_ex(15)),
    fa("by-charge",
       "از ابتدای سال جاری ۴۵۰ نفر در ایران اعدام شده‌اند. از این تعداد ۲۳۰ نفر به اتهامات مرتبط با مواد مخدر "
       "و ۱۶۰ نفر به اتهام قتل اعدام شدند.",
       year_ex(450), year_ex(230), year_ex(160)),
    fa("by-province",
       "هرانا: از ابتدای سال جاری ۴۵۰ نفر در ایران اعدام شده‌اند؛ ۶۰ نفر در استان سیستان و بلوچستان و ۷۵ نفر "
       "در استان البرز.",
       year_ex(450), year_ex(60), year_ex(75)),
    fa("a-share-is-no-claim",
       "از ابتدای سال جاری ۴۵۰ نفر در ایران اعدام شده‌اند. ۴۰ درصد اعدام‌شدگان زندانیان بلوچ بودند.",
       year_ex(450)),
    fa("a-rate-is-no-claim",
       "از ابتدای سال جاری ۴۵۰ نفر در ایران اعدام شده‌اند؛ یعنی به طور میانگین هر روز دو نفر.",
       year_ex(450)),
]

# 6. The verbs of the three events.
EVENTS = [
    fa("executed-singular", "یک زندانی بامداد امروز در زندان مرکزی تبریز اعدام شد.", ex("IR", 1, kind="event")),
    fa("hanged", "دو زندانی بامداد امروز در زندان مرکزی تبریز به دار آویخته شدند.", ex("IR", 2, kind="event")),
    fa("death-sentence-carried-out", "حکم اعدام سه زندانی بامداد امروز در زندان مرکزی تبریز اجرا شد.",
       ex("IR", 3, kind="event")),
    fa("qisas-carried-out", "حکم قصاص یک زندانی بامداد امروز در زندان دیزل‌آباد کرمانشاه به اجرا درآمد.",
       ex("IR", 1, kind="event")),
    fa("shot-by-firing-squad", "یک سرباز بامداد امروز در پادگانی در اهواز تیرباران شد.", ex("IR", 1, kind="event")),
    fa("executed-active-voice", "مقامات قضایی بامداد امروز چهار زندانی را در زندان مرکزی مشهد اعدام کردند.",
       ex("IR", 4, kind="event")),
    fa("sentence-carried-out-active",
       "ماموران حکم اعدام دو زندانی را بامداد امروز در زندان مرکزی همدان اجرا کردند.", ex("IR", 2, kind="event")),
    fa("sentenced-to-death", "دادگاه انقلاب ارومیه روز دوشنبه یک فعال کرد را به اعدام محکوم کرد.",
       sen("IR", 1, MON)),
    fa("sentenced-passive", "یک زندانی سیاسی روز دوشنبه از سوی دادگاه انقلاب تهران به اعدام محکوم شد.",
       sen("IR", 1, MON)),
    fa("death-sentence-issued", "حکم اعدام دو معترض روز دوشنبه از سوی شعبه ۱۵ دادگاه انقلاب تهران صادر شد.",
       sen("IR", 2, MON)),
    fa("qisas-sentence", "یک مرد ۲۸ ساله روز دوشنبه در دادگاه کیفری استان فارس به قصاص نفس محکوم شد.",
       sen("IR", 1, MON)),
    fa("sentence-upheld-by-supreme-court",
       "حکم اعدام یک زندانی سیاسی روز دوشنبه در شعبه ۹ دیوان عالی کشور تایید شد.", sen("IR", 1, MON)),
    fa("moved-to-solitary", "به گزارش کانون حقوق بشر کردستان، دو زندانی روز دوشنبه برای اجرای حکم اعدام به "
       "سلول انفرادی زندان قزلحصار منتقل شدند.", imm("IR", 2, MON)),
    fa("imminent-execution", "حمید ریگی، زندانی بلوچ در زندان زاهدان، در خطر قریب‌الوقوع اعدام قرار دارد.",
       imm("IR", 1, None, None)),
    # a counted group "at imminent risk" is people at risk (no claim), as in English
    fa("imminent-risk-of-a-group", "سه زندانی بلوچ در زندان زاهدان در خطر قریب‌الوقوع اعدام قرار دارند."),
    fa("to-be-executed-tomorrow", "قرار است یک زندانی بامداد فردا در زندان مرکزی قزوین اعدام شود.",
       imm("IR", 1, "2024-10-10")),
    fa("their-sentence-due-tomorrow",
       "امروز چهارشنبه سه زندانی در زندان مرکزی ارومیه برای اجرای حکم به سلول انفرادی منتقل شدند.\n\n"
       "به خانواده‌های این زندانیان برای ملاقات آخر اطلاع داده شده و بیم آن می‌رود که حکم آنان بامداد فردا اجرا شود.",
       imm("IR", 3, PUB, kind="event")),
    fa("at-risk-is-no-claim", "رضا محمدی، زندانی سیاسی، در خطر اعدام قرار دارد."),
    fa("background-sentence-optional",
       "سامان رحیمی بامداد امروز در زندان مرکزی ارومیه اعدام شد. او پیش‌تر به اعدام محکوم شده بود.",
       ex("IR", 1, kind="event"), optional=(sen("IR", 1, None, None),)),
]

# 7. What is no claim: denials, overturned sentences, other counts.
NOT_CLAIMS = [
    fa("denied", "قوه قضاییه خبر اعدام دو زندانی در زندان قزلحصار را تکذیب کرد."),
    fa("denied-passive", "خبر اعدام یک زندانی سیاسی در زندان اوین از سوی دادستانی تکذیب شد."),
    fa("overturned", "حکم اعدام یک معترض روز دوشنبه در دیوان عالی کشور نقض شد."),
    fa("halted", "اجرای حکم اعدام یک زندانی در زندان مرکزی شیراز متوقف شد."),
    fa("arrests", "نیروهای امنیتی روز دوشنبه ۲۵ نفر را در زاهدان بازداشت کردند."),
    fa("prison-term", "یک فعال مدنی روز دوشنبه به ۱۰ سال زندان محکوم شد."),
    fa("protest-deaths", "در جریان اعتراضات روز دوشنبه سه معترض در زاهدان کشته شدند."),
    fa("death-row", "بیش از ۷۰ زن در زندان قرچک در انتظار اجرای حکم اعدام هستند."),
    fa("death-row-condemned", "دست‌کم ۵۰ زندانی محکوم به اعدام در زندان قزلحصار نگهداری می‌شوند."),
    fa("call-to-stop", "سازمان عفو بین‌الملل خواستار توقف اعدام سه زندانی بلوچ شد."),
]

# 8. Where: Iranian prisons and cities, Afghanistan, foreigners executed in Iran, other countries, the world.
PLACES = [
    fa("iranian-prison", "یک زندانی بامداد امروز در زندان دیزل‌آباد کرمانشاه اعدام شد.", ex("IR", 1, kind="event")),
    fa("iranian-city", "یک مرد بامداد امروز در ملا عام در شهر نیشابور به دار آویخته شد.", ex("IR", 1, kind="event")),
    fa("no-place-is-iran", "یک زندانی بامداد امروز اعدام شد.", ex("IR", 1, kind="event")),
    fa("afghans-executed-in-iran", "۳ شهروند افغانستانی بامداد امروز در زندان قزلحصار اعدام شدند.",
       ex("IR", 3, kind="event")),
    fa("afghan-nationals-word", "دو تبعه افغانستان روز سه‌شنبه در زندان مرکزی کرمان اعدام شدند.",
       ex("IR", 2, TUE, kind="event")),
    fa("iraqi-national-in-iran", "یک شهروند عراقی روز سه‌شنبه در زندان سپیدار اهواز اعدام شد.",
       ex("IR", 1, TUE, kind="event")),
    fa("taliban-public-qisas", "طالبان روز سه‌شنبه یک مرد را در ورزشگاه شهر غزنی در ملا عام قصاص کردند.",
       ex("AF", 1, TUE, kind="event")),
    fa("afghan-month-name", "حکم قصاص یک مرد روز ۲۵ حمل ۱۴۰۳ در ورزشگاه ولایت جوزجان در افغانستان اجرا شد.",
       ex("AF", 1, jdatetime.date(1403, 1, 25).togregorian().isoformat(), kind="event")),
    fa("afghan-month-without-year", "طالبان دو مرد را روز ۱۵ میزان در ورزشگاه شهر قلعه نو در ملا عام تیرباران کردند.",
       ex("AF", 2, jdatetime.date(1403, 7, 15).togregorian().isoformat(), kind="event")),
    fa("afghans-from-a-province-executed-in-iran",
       "دو شهروند افغانستانی از ولایت هرات روز سه‌شنبه در زندان قزلحصار اعدام شدند.", ex("IR", 2, TUE, kind="event")),
    fa("afghan-province-without-a-country-word", "یک مرد روز سه‌شنبه در ورزشگاه ولایت غزنی در ملأ عام قصاص شد.",
       ex("AF", 1, TUE, kind="event")),
    fa("saudi-arabia", "به گزارش رادیو فردا، عربستان سعودی روز سه‌شنبه هفت نفر را به اتهام قاچاق مواد مخدر اعدام کرد.",
       ex("SA", 7, TUE, kind="event")),
    fa("iraq", "عراق روز سه‌شنبه ۱۱ نفر را در زندان ناصریه اعدام کرد.", ex("IQ", 11, TUE, kind="event")),
    fa("world-total-is-no-claim",
       "عفو بین‌الملل اعلام کرد در سال ۲۰۲۳ دست‌کم ۱۱۵۳ نفر در سراسر جهان اعدام شدند."),
    fa("world-total-and-iran",
       "عفو بین‌الملل اعلام کرد در سال ۲۰۲۳ دست‌کم ۱۱۵۳ نفر در سراسر جهان اعدام شدند. ایران با ۸۵۳ اعدام "
       "بیشترین سهم را داشت.",
       ex("IR", 853, "2023-01-01", "2023-12-31", "aggregate")),
    fa("saudi-total-in-a-persian-report",
       "بی‌بی‌سی فارسی: عربستان سعودی از ابتدای سال ۲۰۲۴ میلادی تاکنون بیش از ۲۰۰ نفر را اعدام کرده است.",
       ex("SA", 200, "2024-01-01", PUB, "aggregate", "more_than")),
]

CASES = DIGITS + VAGUE + HEDGES + PEOPLE + BREAKDOWNS + EVENTS + NOT_CLAIMS + PLACES

GAPS = {
    # (naming Afghan provinces as the country also took "از ولایت هرات", an Afghan's origin, for where)
    "afghan-province-without-a-country-word": "an Afghan province or town with no country word is read as Iran",
}


@pytest.mark.parametrize("c", params(CASES, GAPS))
def test_persian_counts_events_places(c):
    check(c)
