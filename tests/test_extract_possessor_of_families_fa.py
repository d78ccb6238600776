"""Persian: a count right after a noun it is the possessor of ("به خانواده‌های سه زندانی اجازه ملاقات داده
نشد", "وکلای این دو زندانی", "خانواده‌های هر پنج نفر") counts people told before, the families' or lawyers'
people, and is no subject of the verb of its clause (vocab-fa.yaml possessor_heads, reject.possessor).
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "kind", lang="fa")
DAY = date(2023, 2, 14)
EXECUTED = "بامداد امروز سه‌شنبه ۲۵ بهمن ۱۴۰۱ حکم اعدام سه زندانی در زندان مرکزی اصفهان اجرا شد. "


def test_the_families_of_the_executed_are_no_second_incident():
    text = EXECUTED + "حکم بدون اطلاع قبلی اجرا شد و به خانواده‌های سه زندانی اجازه آخرین ملاقات داده نشد."
    assert facts(text, DAY) == [("executed", 3, "2023-02-14", "event")]


def test_the_families_of_all_of_a_group_are_no_sentence():
    text = ("روز دوشنبه ۲۴ بهمن ۱۴۰۱ پنج زندانی برای اجرای حکم اعدام به سلول انفرادی زندان قزلحصار منتقل شدند و "
            "خانواده‌های هر پنج نفر برای ملاقات آخر به زندان فراخوانده شدند.")
    assert facts(text, DAY) == [("imminent", 5, "2023-02-13", "event")]


def test_the_lawyers_of_the_two_are_no_execution_to_come():
    text = ("دو زندانی سیاسی در زندان اوین در خطر اجرای حکم اعدام قرار دارند. وکلای این دو زندانی گفته‌اند "
            "حکم آنان ممکن است به زودی اجرا شود.")
    assert not [r for r in facts(text, DAY) if r[1] == 2]
