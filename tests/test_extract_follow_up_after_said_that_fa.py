"""Persian reports: the sentence after a death sentence told with no date may go on about the same
people behind a source's words ("این نهاد می‌گوید که این دو نفر زمستان سال گذشته محکوم شدند"): its date
is their sentence's (dating.follow_up_date; said_that vocabulary), not the report's day.
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", lang="fa")


def test_the_date_told_behind_a_verb_of_saying_dates_the_sentence():
    text = ("به گفته این سازمان، دو شهروند بلوچ دیگر نیز با همین اتهام حکم اعدام گرفته‌اند: جلیل ریگی و ناصر شه‌بخش. "
            "این نهاد می‌گوید که این دو نفر زمستان سال گذشته محکوم شدند، اما خبر آن تازه منتشر شده است.")
    assert facts(text, date(2024, 6, 5)) == [("sentenced", 2, "2023-12-22", "2024-03-19")]
