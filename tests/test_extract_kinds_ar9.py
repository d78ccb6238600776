"""Ways Arabic reports are written that the rules misread, found in the errors of the spent set
heldout_ar9 (Saudi, Jordanian, Kuwaiti and Iraqi announcements, wire copy on Iran and Egypt, rights
groups' yearly figures) and checked on the other spent Arabic sets. Each case is a short report
written here, with other names, numbers, places and dates, in several wordings of the kind, and the
claims corpus/SCHEMA.md says it gives.

Kinds: a singular verb before a counted subject; a time told back to a date before it; a running
total in the active voice; a sentence carried out in people, a court's recommendation;
times told within a sentence against its other dates; a halt the executions resumed after."""
import pytest

from language_cases import Want, case, check, params

PUB = "2025-04-16"        # a Wednesday


def ar(id, text, *want, optional=(), published=PUB):
    return case(id, published, text, *want, optional=optional, lang="ar")


def ex(country, count, start, end=None, kind=None, qualifier=None):
    return Want("executed", country, count, start, end or start, kind, qualifier)


# 1. Arabic puts the verb first and makes it agree with the subject after it in gender only:
#    "أُعدم ٤٠ مسلحاً" and "وأُعدم نحو نصفهم" are many people under a singular verb. A number, a
#    fraction or a quantity opening the subject (a hedge may stand before it) is no one person.
COUNTED_SUBJECT = [
    ar("ar9-singular-verb-number", "وتعد هذه أكبر عملية إعدام جماعية في المملكة منذ عام 1997، حين أُعدم 25 مسلحاً "
       "أدينوا بمهاجمة مركز أمني.", ex("SA", 25, "1997-01-01", "1997-12-31")),
    ar("ar9-singular-verb-fraction", "أعدمت السلطات العراقية 120 شخصاً خلال عام 2024. وأُعدم نحو نصفهم بتهم تتصل "
       "بالإرهاب.", ex("IQ", 120, "2024-01-01", "2024-12-31", "aggregate")),
    ar("ar9-singular-verb-quarter", "نفذت السلطات السعودية 200 حكم إعدام خلال عام 2024، وأُعدم ربعهم تقريباً في قضايا "
       "مخدرات.", ex("SA", 200, "2024-01-01", "2024-12-31", "aggregate")),
    ar("ar9-singular-verb-most", "أعدمت إيران 900 شخص في عام 2024، وأُعدم معظمهم في قضايا مخدرات.",
       ex("IR", 900, "2024-01-01", "2024-12-31", "aggregate")),
    ar("ar9-definite-superlative-since", "ويُعد تنفيذ الحكم في هذا العدد دفعة واحدة الأكبر من نوعه منذ عام 1997، حين أُعدم "
       "25 مسلحاً ممن شاركوا في الهجوم.", ex("SA", 25, "1997-01-01", "1997-12-31")),
    # (a named person under the singular verb, a date after the name, is still one)
    ar("ar9-singular-verb-name-then-date", "أُعدم سالم الحربي في 3 مارس بعد إدانته بقتل ابن عمه.",
       ex("SA", 1, "2025-03-03")),
]

# 2. A time told back to a date before it: "في ذلك العام" (in that year) is the last year written
#    before it; "ومنذ ذلك الحين" (and since then) runs from the last date written before it to the
#    report's day; "في العام الذي سبقه" is the year before the last one written. Without them
#    the count takes the day or year of the clause before.
TOLD_BACK = [
    ar("ar9-that-year-after-day", "وكانت السلطات قد أعدمت 12 شخصاً في يوم واحد في 9 مارس 2021، في حين بلغ عدد أحكام "
       "الإعدام المنفذة في ذلك العام 67 حكماً.", ex("SA", 12, "2021-03-09"),
       ex("SA", 67, "2021-01-01", "2021-12-31", "aggregate")),
    ar("ar9-same-year", "وفي يوليو 2019 أعدمت السلطات الإيرانية شاباً في سجن تبريز، ونفذت في العام نفسه 280 عملية "
       "إعدام على الأقل.", ex("IR", 1, "2019-07-01", "2019-07-31"),
       ex("IR", 280, "2019-01-01", "2019-12-31", "aggregate", "at_least")),
    ar("ar9-year-before-that", "نفذت السلطات السعودية نحو 300 حكم بالإعدام خلال عام 2023، متجاوزة الرقم المسجل في العام "
       "الذي سبقه حين نُفذ 196 حكماً.", ex("SA", 300, "2023-01-01", "2023-12-31", "aggregate", "about"),
       ex("SA", 196, "2022-01-01", "2022-12-31", "aggregate")),
    ar("ar9-since-then-year", "وأعادت الكويت العمل بعقوبة الإعدام في عام 2013، ومنذ ذلك الحين أُعدم 25 شخصاً على الأقل.",
       ex("KW", 25, "2013-01-01", PUB, "aggregate", "at_least")),
    ar("ar9-since-then-day", "واستؤنفت الإعدامات في سجن الحوت في 4 يناير 2024، ومنذ ذلك التاريخ نفذت السلطات العراقية "
       "الحكم بحق أكثر من 90 مداناً.", ex("IQ", 90, "2024-01-04", PUB, "aggregate", "more_than")),
]

# 3. A running total of those whom they executed, in the active voice ("عدد من أعدمتهم السلطات",
#    "عدد ... الذين أعدمتهم"), is a total as the passive one is ("عدد من أُعدموا"); one that went past
#    its number ("تجاوز ألف شخص") is more than it; "خلال العام" alone is the year written before.
ACTIVE_TOTAL = [
    ar("ar9-total-active-since", "وبإعدامه يرتفع إلى تسعة عدد من أعدمتهم السلطات الإيرانية بتهم تتصل بالاحتجاجات منذ "
       "2 مارس.", ex("IR", 9, "2025-03-02", PUB, "aggregate")),
    ar("ar9-total-active-relative", "نفذت السلطات السعودية 240 حكماً بالإعدام خلال عام 2024. وبذلك يرتفع إلى 14 عدد "
       "المعتقلين السياسيين الذين أعدمتهم السلطات خلال العام.",
       ex("SA", 240, "2024-01-01", "2024-12-31", "aggregate"), ex("SA", 14, "2024-01-01", "2024-12-31", "aggregate")),
    ar("ar9-total-exceeded", "وقالت المنظمة إن عدد من أعدمتهم السلطات العراقية منذ مطلع العام تجاوز 50 شخصاً.",
       ex("IQ", 50, "2025-01-01", PUB, "aggregate", "more_than")),
]

# 4. "نُفذ الحكم في/بحق" and a count: the sentence carried out in those people, who were executed
#    ("نفذ الحكم" alone counts sentences carried out). An Egyptian court that "recommends" death
#    ("أوصت المحكمة بإعدام") has referred the papers to the Mufti: a first death sentence, no
#    execution. "بين يناير 2014 وفبراير 2018" is a span from the first month to the second, each in
#    its own year.
SENTENCE_CARRIED_OUT_IN = [
    ar("ar9-carried-out-in-people", "وكانت آخر إعدامات في الكويت في 12 مارس 2019، عندما نُفذ الحكم في أربعة رجال مدانين "
       "بالقتل.", ex("KW", 4, "2019-03-12"), published="2021-05-05"),
    ar("ar9-carried-out-on-people", "وأعلنت الوزارة أمس الثلاثاء أنه تم تنفيذ الحكم بحق ستة مدانين في سجن الناصرية.",
       ex("IQ", 6, "2025-04-15")),
    ar("ar9-recommended-then-carried-out", "وبحسب منظمة حقوقية، أوصت المحاكم المصرية بين مارس 2015 وأغسطس 2019 بإعدام "
       "ما لا يقل عن 1200 شخص، نُفذ الحكم في 70 منهم.",
       Want("sentenced", "EG", 1200, "2015-03-01", "2019-08-31", "aggregate", "at_least"),
       ex("EG", 70, "2015-03-01", "2019-08-31", "aggregate")),
    ar("ar9-court-recommends", "أوصت محكمة جنايات الجيزة، اليوم الأربعاء، بإعدام ثلاثة متهمين بقتل تاجر مصوغات.",
       Want("sentenced", "EG", 3, PUB, PUB)),
    # (a stay of the sentence in people is no execution)
    ar("ar9-stay-carried-out-in", "وأمرت المحكمة بوقف تنفيذ الحكم في ثلاثة متهمين لحين الفصل في الطعن."),
]

# 5. Times told within a sentence against its other dates: a month with no year after "في عام
#    2013" is of 2013, and narrows the year; "بعد شهرين" is two months after the month before it;
#    "خلال الأيام القليلة الماضية" is the past week.
DATES_IN_SENTENCE = [
    ar("ar9-month-of-sentence-year", "وفي عام 2016 نُفذ الحكم في الكويت في خمسة مدانين بالقتل في يوليو، ثم في أردنيين اثنين بعد "
       "ثلاثة أشهر.", ex("KW", 5, "2016-07-01", "2016-07-31"), ex("KW", 2, "2016-10-01", "2016-10-31"),
       published="2022-11-16"),
    ar("ar9-months-after-dual", "أعدمت السلطات الكويتية ثلاثة رجال في مارس 2018، ثم أعدمت امرأتين بعد شهرين.",
       ex("KW", 3, "2018-03-01", "2018-03-31"), ex("KW", 2, "2018-05-01", "2018-05-31")),
    ar("ar9-past-few-days", "أعلنت وزارة العدل العراقية، اليوم الأربعاء، أنها نفذت خلال الأيام القليلة الماضية أحكام "
       "الإعدام بحق ثمانية مدانين في سجن الناصرية المركزي.", ex("IQ", 8, "2025-04-09", PUB)),
    # (since a year, a month later in the sentence is no part of it)
    ar("ar9-since-year-then-month", "ونفذت السلطات منذ عام 2020 أكثر من 400 حكم بالإعدام، بينها 12 في مارس الماضي.",
       ex("SA", 400, "2020-01-01", PUB, "aggregate", "more_than"),
       optional=(ex("SA", 12, "2025-03-01", "2025-03-31"),)),
]

# 6. A halt told before the executions resumed ("أوقفت تنفيذ العقوبة ... قبل أن تعود إليها بإعدام
#    ...") is over: the executions after it are news. A halt alone still denies.
HALT_THEN_RESUMED = [
    ar("ar9-halt-before-return", "وكانت البحرين قد أوقفت تنفيذ العقوبة بين عامي 2010 و2016، قبل أن تعود إليها في يناير "
       "2017 بإعدام ثلاثة مدانين بقتل رجال أمن.", ex("BH", 3, "2017-01-01", "2017-01-31")),
    ar("ar9-halt-then-resumed", "وأوقفت السلطات تنفيذ أحكام الإعدام عام 2020، ثم استأنفت في مايو 2022 بإعدام ستة مدانين "
       "بتهريب المخدرات.", ex("SA", 6, "2022-05-01", "2022-05-31")),
    ar("ar9-halt-alone", "وأوقفت المحكمة العليا تنفيذ حكم الإعدام بحق ثلاثة مدانين لحين إعادة النظر في القضية."),
]

CASES = COUNTED_SUBJECT + TOLD_BACK + ACTIVE_TOTAL + SENTENCE_CARRIED_OUT_IN + DATES_IN_SENTENCE + HALT_THEN_RESUMED

# Kinds the rules do not read yet
GAPS = {}


@pytest.mark.parametrize("c", params(CASES, GAPS))
def test_an_arabic_report_of_these_kinds_gives_its_claims(c):
    check(c)
