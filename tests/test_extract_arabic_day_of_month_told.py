"""Arabic reports: a day "of the month" (في 22 من الشهر) or "of it" (في الرابع والعشرين منه) is a day
of the month named before it, not of the report's month (period.day_of_month_told); sentences
written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", lang="ar")
rules = claim_reader("count", "rules", lang="ar")


def test_the_month_bare_is_the_month_named_before_in_its_sentence():
    text = "وفي شباط/فبراير الماضي، أُعدم سبعة مدانين بالإرهاب في سجن الحوت في 15 من الشهر."
    assert facts(text, date(2025, 6, 3)) == [("executed", "IQ", 7, "2025-02-15", "2025-02-15", "event")]


def test_a_day_word_of_it_is_the_month_of_the_paragraph_before():
    text = ("رصدت المنظمة خلال شهر تموز/يوليو الماضي إعدام ما لا يقل عن 30 سجيناً في سجن الناصرية المركزي.\n\n"
            "وأضافت أن أكبر دفعة كانت في الثامن عشر منه، حين أُعدم 12 سجيناً في ليلة واحدة.")
    got = facts(text, date(2025, 8, 9))
    assert ("executed", "IQ", 12, "2025-07-18", "2025-07-18", "event") in got
    assert all(row[3] != "2025-08-18" for row in got)


def test_digits_of_it_after_a_month_with_its_year():
    text = "وفي أكتوبر 2023 نُفذ حكم الإعدام في أربعة رجال بسجن برج العرب في 9 منه."
    assert facts(text, date(2024, 2, 1)) == [("executed", "EG", 4, "2023-10-09", "2023-10-09", "event")]


def test_the_rule_is_named():
    text = "وفي شباط/فبراير الماضي، أُعدم سبعة مدانين بالإرهاب في سجن الحوت في 15 من الشهر."
    [(count, ids)] = rules(text, date(2025, 6, 3))
    assert "period.day_of_month_told" in ids


def test_with_no_month_before_the_month_is_the_reports():
    text = "وكانت السلطات قد أعدمت في 4 من الشهر ثلاثة رجال في سجن قزل حصار."
    assert facts(text, date(2025, 6, 20)) == [("executed", "IR", 3, "2025-06-04", "2025-06-04", "event")]


def test_a_day_of_last_month():
    text = "وأعدمت السلطات الإيرانية في السادس والعشرين من الشهر الماضي أربعة سجناء في سجن قزل حصار."
    assert facts(text, date(2025, 6, 3)) == [("executed", "IR", 4, "2025-05-26", "2025-05-26", "event")]


def test_of_it_without_a_month_named_is_no_date():
    # ("منه" with no month before points at nothing: the day of the report's news stays)
    text = "أعدمت السلطات اليوم ثلاثة مدانين في سجن حائل، وكان أحدهم في العشرين منه."
    got = facts(text, date(2025, 6, 3))
    assert ("executed", "SA", 3, "2025-06-03", "2025-06-03", "event") in got
