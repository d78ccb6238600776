"""Arabic: "وكان N منهم قد أدينوا بتهمة X" after a statistic of executions is a breakdown of it by charge
(SCHEMA.md: required, with the statistic's period), though no verb of execution is in its sentence; with
no charge to say which part, a bare "N منهم" stays no claim. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="ar")
DAY = date(2025, 4, 2)


def test_some_of_them_convicted_of_a_charge():
    text = ("أفادت منظمة حقوقية بأن ما لا يقل عن 120 سجيناً أُعدموا في إيران خلال شهر مارس 2025، بينهم 9 سجناء "
            "سياسيين. وكان 4 منهم قد أدينوا بتهمة التجسس لصالح دولة أجنبية.")
    assert ("executed", 4, "2025-03-01", "2025-03-31", "aggregate") in facts(text, DAY)


def test_some_of_them_with_no_charge_is_no_claim():
    text = ("أفادت منظمة حقوقية بأن ما لا يقل عن 120 سجيناً أُعدموا في إيران خلال شهر مارس 2025. وكان 4 منهم "
            "من المعتقلين في العام الماضي.")
    assert [row[1] for row in facts(text, DAY)] == [120]


def test_a_third_part_after_a_charge_of_killing():
    # "قتل" closing the second part is its charge, not the victims of the third
    text = ("ذكر تقرير حقوقي أن السلطات نفذت 180 حكماً بالإعدام خلال عام 2024، منها 75 في قضايا تهريب "
            "و51 في قضايا قتل و22 في قضايا إرهاب.")
    rows = facts(text, date(2025, 2, 10))
    assert ("executed", 22, "2024-01-01", "2024-12-31", "aggregate") in rows
    assert sorted(row[1] for row in rows) == [22, 51, 75, 180]


def test_victims_counted_after_a_charge_stay_no_part():
    text = "أُعدم مدان بتهمة قتل 4 أشخاص في مدينة جدة يوم الأحد."
    assert [row for row in facts(text, date(2025, 2, 10)) if row[1] == 4] == []
