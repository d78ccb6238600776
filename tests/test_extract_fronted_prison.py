"""A prison named at the head of its sentence ("In Vakilabad Prison in Mashhad, three men were
hanged") is where the sentence's people were: after a day's total over several prisons, each
prison's group is an incident of that day, not an undated group."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "location", published=date(2024, 2, 9),
                     where={"event": "executed"})


def test_groups_of_a_days_total_by_fronted_prison():
    text = ("At least seven prisoners were hanged in two prisons on Wednesday, 7 February.\n\n"
            "In Vakilabad Prison in Mashhad, four men convicted of drug trafficking were executed.\n\n"
            "In Adelabad Prison in Shiraz, three others, all convicted of murder, were hanged the same morning.")
    rows = facts(text)
    assert ("executed", 4, "2024-02-07", "Vakilabad Prison") in rows
    assert ("executed", 3, "2024-02-07", "Adelabad Prison") in rows
