"""Persian statistics: two digits after "همین سال" / "همان سال" (this same year) are that year's count
when the report never wrote them as a year ("در سال ۲۰۲۱ ... در همین سال ۸۷ حکم اعدام صادر شد": 87
sentences in 2021, not one sentence in 1387) (lang/calendars.py, year_told_before); a part "among the
executed" after it still splits the executions, not those sentences (lang/executed_parts.py,
part.of_the_executed). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")

TEXT = ("به گزارش این نهاد، در سال ۲۰۲۱ دست‌کم ۳۱۴ نفر در زندان‌های ایران اعدام شدند. در همین سال ۸۷ حکم "
        "اعدام تازه از سوی دادگاه‌ها صادر شد. بر پایه همین آمار، ۱۴ زن در میان اعدام‌شدگان سال ۲۰۲۱ بودند.")


def test_two_digits_after_this_same_year_are_its_count():
    rows = facts(TEXT, date(2022, 3, 2))
    assert ("sentenced", 87, "2021-01-01", "2021-12-31", "aggregate") in rows
    assert not [r for r in rows if r[0] == "sentenced" and r[4] == "event"]


def test_a_part_of_the_executed_splits_the_executions_not_the_sentences():
    rows = facts(TEXT, date(2022, 3, 2))
    assert ("executed", 14, "2021-01-01", "2021-12-31", "aggregate") in rows
    assert not [r for r in rows if r[0] == "sentenced" and r[1] == 14]


def test_a_year_written_before_is_still_the_year():
    rows = facts("او در سال ۱۳۹۳ بازداشت شد و در همان سال ۹۳ به اعدام محکوم شد. حکم او روز دوشنبه "
                 "در زندان اراک اجرا شد.", date(2016, 5, 4))
    assert ("executed", 1, "2016-05-02", "2016-05-02", "event") in rows
    assert not [r for r in rows if r[1] == 93]
