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
