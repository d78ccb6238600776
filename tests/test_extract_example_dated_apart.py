""""Two men were hanged in Qom on 3 May. The women executed included A, who was hanged in Tabriz on
11 May": a name told with a day of its own, not the incident's, after an incident of a monthly
report is another example, a claim of its own, not one of that incident's people."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "kind", "names", published=date(2025, 6, 3),
                     where={"kind": "event"})


def test_name_with_another_day_is_not_the_incidents():
    rows = facts("At least 96 prisoners were executed in May. Two of the four security-related executions took "
                 "place in Qom Central Prison on 3 May, where two men accused of spying were hanged. The women "
                 "executed included Nasrin Karimi, 41, who was hanged in Tabriz Central Prison on 11 May for "
                 "the murder of her husband.")
    assert (1, "2025-05-11", "2025-05-11", "event", ("Nasrin Karimi",)) in rows
    assert not any("Nasrin Karimi" in names and start == "2025-05-03" for _, start, _, _, names in rows)


def test_name_on_the_incidents_day_stays_its_person():
    rows = facts("Two men were hanged in Qom Central Prison on 3 May. Among them was Hamid Azizi, who was "
                 "hanged on 3 May after six years on death row.")
    assert (2, "2025-05-03", "2025-05-03", "event", ("Hamid Azizi",)) in rows
