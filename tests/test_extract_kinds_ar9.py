"""Ways Arabic reports are written that the rules misread, found in the errors of the spent set
heldout_ar9 (Saudi, Jordanian, Kuwaiti and Iraqi announcements, wire copy on Iran and Egypt, rights
groups' yearly figures) and checked on the other spent Arabic sets. Each case is a short report
written here, with other names, numbers, places and dates, in several wordings of the kind, and the
claims corpus/SCHEMA.md says it gives.

Kinds: a singular verb before a counted subject; a time told back to a date before it."""
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
#    report's day. Without them the count takes the day or year of the clause before.
TOLD_BACK = [
    ar("ar9-that-year-after-day", "وكانت السلطات قد أعدمت 12 شخصاً في يوم واحد في 9 مارس 2021، في حين بلغ عدد أحكام "
       "الإعدام المنفذة في ذلك العام 67 حكماً.", ex("SA", 12, "2021-03-09"),
       ex("SA", 67, "2021-01-01", "2021-12-31", "aggregate")),
    ar("ar9-same-year", "وفي يوليو 2019 أعدمت السلطات الإيرانية شاباً في سجن تبريز، ونفذت في العام نفسه 280 عملية "
       "إعدام على الأقل.", ex("IR", 1, "2019-07-01", "2019-07-31"),
       ex("IR", 280, "2019-01-01", "2019-12-31", "aggregate", "at_least")),
    ar("ar9-since-then-year", "وأعادت الكويت العمل بعقوبة الإعدام في عام 2013، ومنذ ذلك الحين أُعدم 25 شخصاً على الأقل.",
       ex("KW", 25, "2013-01-01", PUB, "aggregate", "at_least")),
    ar("ar9-since-then-day", "واستؤنفت الإعدامات في سجن الحوت في 4 يناير 2024، ومنذ ذلك التاريخ نفذت السلطات العراقية "
       "الحكم بحق أكثر من 90 مداناً.", ex("IQ", 90, "2024-01-04", PUB, "aggregate", "more_than")),
]

CASES = COUNTED_SUBJECT + TOLD_BACK

# Kinds the rules do not read yet
GAPS = {}


@pytest.mark.parametrize("c", params(CASES, GAPS))
def test_an_arabic_report_of_these_kinds_gives_its_claims(c):
    check(c)
