"""Persian reports: the items of a list under a line that says whom it splits ("از میان این ۹ زندانی
...:") are parts of that figure, over its span, even when an item has a verb of execution of its own
("- یک زندانی به اتهام سرقت مسلحانه اعدام شد؛"), as long as it gives no date of its own (one in a relative
clause, "که در اواخر ماه فوریه ... گریخته بود،", is not its own). Not incidents of the report's day.
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("count", "offences", "period_start", "period_end", "kind", lang="fa")

MONTH = ("2023-03-01", "2023-03-31", "aggregate")


def test_items_with_a_verb_of_their_own_are_parts_of_the_month():
    text = ("بر پایه آمار این نهاد، در ماه مارس ۲۰۲۳ دست‌کم ۹ زندانی بلوچ در زندان‌های ایران اعدام شده‌اند.\n\n"
            "از میان این ۹ زندانی که هویت آنها احراز شده است:\n"
            "- یک زندانی به اتهام سرقت مسلحانه اعدام شد؛\n"
            "- یک زندانی سیاسی به نام عمر براهویی که در اواخر ماه فوریه از زندان گریخته و دوباره بازداشت شده بود، "
            "در زندان زاهدان به دار آویخته شد.")
    rows = facts(text, date(2023, 4, 3))
    assert (9, (), *MONTH) in rows
    assert (1, ("armed_robbery",), *MONTH) in rows
    assert [r for r in rows if r[0] == 1 and r[2:] != MONTH] == []
    assert len([r for r in rows if r[0] == 1]) == 2
