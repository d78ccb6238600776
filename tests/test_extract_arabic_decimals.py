"""Arabic reports: the digits after a decimal point are no count, on sentences written for these
tests ("بمتوسط 129.5 إعداماً في السنة" is an average, not five executions)."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")


def test_the_tail_of_an_average_is_no_count():
    text = ("وأعدمت السلطات 344 شخصاً بين عامي 2021 و2023، أي بمعدل 114.7 إعداماً في السنة، "
            "بحسب المنظمة.")
    assert facts(text, date(2024, 2, 1)) == [("executed", 344, "2021-01-01", "2023-12-31")]


def test_an_arabic_decimal_separator_too():
    text = "نفذت السلطات 57 حكماً بالإعدام خلال عام 2022، بمتوسط 4٫8 إعدامات في الشهر."
    assert facts(text, date(2023, 1, 20)) == [("executed", 57, "2022-01-01", "2022-12-31")]
