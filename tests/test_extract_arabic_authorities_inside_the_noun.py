"""Arabic reports: the verbal noun of carrying out with its subject between it and its object ("إن تنفيذ
السلطات العراقية حكم الإعدام أمس بحق خمسة مدانين يمثل ...") tells those counted executed on the day
written; a plea against it ("وقف تنفيذ السلطات ...") does not. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")


def test_the_authorities_between_the_noun_and_the_sentence():
    text = ("وقالت المنظمة إن تنفيذ السلطات العراقية حكم الإعدام أمس بحق خمسة مدانين في سجن الناصرية يمثل "
            "انتكاسة خطيرة.")
    assert facts(text, date(2023, 9, 14)) == [("executed", 5, "2023-09-13", "2023-09-13")]


def test_a_call_to_halt_it_is_no_execution():
    text = "وطالبت المنظمة بوقف تنفيذ السلطات العراقية حكم الإعدام بحق خمسة مدانين في سجن الناصرية."
    assert [row for row in facts(text, date(2023, 9, 14)) if row[0] == "executed"] == []
