"""Arabic reports: a figure given as "amounting to N" (والبالغ ٣٢، البالغة 40) after the number of
executions of a year is that year's total (a totals phrase closed by the participle of "بلغ");
sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")


def test_amounting_to_after_the_number_of_a_years_executions():
    text = ("وقالت المنظمة إن السلطات المصرية أعدمت 61 شخصاً في الأشهر الستة الأولى من العام، وهو أكثر من عدد الإعدامات "
            "التي سجلتها في عام 2021 كله والبالغ 44.")
    got = facts(text, date(2022, 7, 20))
    assert ("executed", "EG", 44, "2021-01-01", "2021-12-31") in got


def test_the_feminine_participle():
    text = "وتجاوزت الأرقام هذا العام حصيلة الإعدامات في عام 2022 البالغة 196 حالة."
    assert ("executed", "SA", 196, "2022-01-01", "2022-12-31") in facts(text, date(2023, 9, 1))
