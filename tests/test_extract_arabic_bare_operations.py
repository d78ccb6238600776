"""Arabic reports: after executions are named, outlets count them by the bare noun "عملية" (an
operation): "ما لا يقل عن 40 عملية، أي ...", "بلغ 19 عملية على الأقل". Read so only where its clause
ends or a hedge follows, and a word of executions stands near; "بزيادة قدرها 11 عملية" is the
difference of two figures, and operations with no execution near are no claim. Sentences written
for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", lang="ar")


def test_a_country_row_counted_in_operations():
    text = ("وسجلت المنظمة 900 عملية إعدام في المنطقة خلال عام 2022:\n"
            "- مصر: ما لا يقل عن 24 عملية، أي أقل من العام السابق.")
    got = facts(text, date(2023, 5, 16))
    assert ("executed", "EG", 24, "at_least", "2022-01-01", "2022-12-31") in got


def test_a_year_compared_in_operations_with_the_hedge_after():
    text = "ونفذت الكويت خمس عمليات إعدام في 2022، بعد 19 عملية على الأقل في عام 2017."
    got = facts(text, date(2023, 5, 16))
    assert ("executed", "KW", 19, "at_least", "2017-01-01", "2017-12-31") in got


def test_a_rise_in_operations_is_no_figure():
    text = "وأعدمت السلطات 120 شخصاً في 2022، بزيادة قدرها 11 عملية عن العام السابق."
    got = facts(text, date(2023, 5, 16))
    assert not any(c[2] == 11 for c in got)


def test_operations_of_another_kind_are_no_claim():
    text = "وقالت القوات إنها نفذت 12 عملية، استهدفت مواقع للمسلحين في المحافظة."
    assert facts(text, date(2023, 5, 16)) == []
