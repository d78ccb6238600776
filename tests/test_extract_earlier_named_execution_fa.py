"""Persian reports of one execution recall an earlier one by name and day: "X نخستین معترضی بود که
... اعدام شد؛ او ۱۷ آذر ۱۴۰۱ به دار آویخته شد", "... Y بود که حکم او ۱۷ آذر ۱۴۰۱ اجرا شد". A pronoun
("او", "حکم او") with a day of its own that dates no incident told before is that other person's
execution, an incident of its day (SCHEMA.md: a historical figure is a claim), not the report's
execution told again (assemble._Field.day_of_its_own, reject.told_again otherwise).
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")
DAY = date(2024, 3, 5)
TODAY = "سحرگاه امروز سه‌شنبه ۱۵ اسفند ۱۴۰۲ یک معترض در زندان مرکزی کرج اعدام شد.\n\n"


def test_the_first_protester_recalled_with_his_day_is_an_incident():
    text = TODAY + "بهرام نوری نخستین معترضی بود که در این پرونده‌ها اعدام شد؛ او ۲۰ دی ۱۴۰۱ به دار آویخته شد."
    rows = facts(text, DAY)
    assert ("executed", 1, "2024-03-05", "2024-03-05", "event") in rows
    assert ("executed", 1, "2023-01-10", "2023-01-10", "event") in rows


def test_his_sentence_carried_out_on_a_day_of_its_own():
    text = TODAY + "نخستین معترضی که در این اعتراضات اعدام شد، بهرام نوری بود که حکم او ۲۰ دی ۱۴۰۱ اجرا شد."
    assert ("executed", 1, "2023-01-10", "2023-01-10", "event") in facts(text, DAY)


def test_the_same_execution_told_again_with_its_day_is_no_second():
    text = TODAY + "حکم او سحرگاه ۱۵ اسفند ۱۴۰۲ در زندان مرکزی کرج اجرا شد."
    assert facts(text, DAY) == [("executed", 1, "2024-03-05", "2024-03-05", "event")]
