""""Among them was A, hanged in Vakilabad Prison on 9 March", "including 26 in a single day in
June": inside a month's or a year's figure, a part its sentence dates to a day of its own is one
incident (kind.event.dated_part), not a breakdown of the statistic; told again in its sentence by
its own verb, it is still one incident. A part dated as its figure is stays a part."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=date(2025, 4, 2))


def test_named_example_with_its_own_day_is_an_incident():
    rows = facts("The monitor recorded at least 74 executions in March. Among them was Davood Rahimi, 33, "
                 "who was hanged in Vakilabad Prison in Mashhad on 9 March for a murder committed in 2019.")
    assert ("executed", 74, "2025-03-01", "2025-03-31", "aggregate") in rows
    assert ("executed", 1, "2025-03-09", "2025-03-09", "event") in rows
    assert ("executed", 1, "2025-03-09", "2025-03-09", "aggregate") not in rows


def test_one_day_of_a_month_inside_a_year_figure_is_an_incident():
    rows = facts("The kingdom put 212 people to death in 2024, including 26 in a single day in June.")
    assert ("executed", 212, "2024-01-01", "2024-12-31", "aggregate") in rows
    assert ("executed", 26, "2024-06-01", "2024-06-30", "event") in rows


def test_dated_part_told_again_by_its_verb_is_one_incident():
    rows = facts("At least 58 prisoners were executed in March. Four of the six drug-related executions took "
                 "place in Qezel Hesar Prison on 12 March, where four men from Karaj were hanged at dawn.")
    assert rows.count(("executed", 4, "2025-03-12", "2025-03-12", "event")) == 1
    assert ("executed", 4, "2025-03-12", "2025-03-12", "aggregate") not in rows


def test_part_without_a_day_of_its_own_stays_a_part():
    rows = facts("At least 58 prisoners were executed in March. Of them, six were women and 11 were "
                 "hanged on drug charges.")
    assert ("executed", 6, "2025-03-01", "2025-03-31", "aggregate") in rows
    assert ("executed", 11, "2025-03-01", "2025-03-31", "aggregate") in rows
