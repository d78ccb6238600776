"""A group told with its day but at no site, then its people named one by one each at the prison where
they died: the names label the group's incident, they are no incidents of their own (SCHEMA.md: one
claim per fact). A group told as spread over several prisons keeps its people apart, as before."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=date(2025, 3, 14))  # a Friday
named = claim_reader("count", "names", published=date(2025, 3, 14), where={"kind": "event"})


def test_people_named_at_their_prisons_after_a_group_with_no_site_are_the_group():
    text = ("TOKYO - Japan executed three men on Thursday, the Justice Ministry said, all of them convicted of murder.\n\n"
            "Hideo Tanabe, 58, was hanged at the Fukuoka Detention House. Masaru Oki, 47, and Ryota Sekine, 62, "
            "were executed at the Osaka Detention House.")
    assert facts(text) == [("executed", "JP", 3, "2025-03-13", "2025-03-13", "event")]
    assert named(text) == [(3, ("Hideo Tanabe", "Masaru Oki", "Ryota Sekine"))]


def test_a_running_total_told_with_the_group_does_not_hide_it():
    text = ("The four remaining members of the gang were hanged on Thursday, bringing to nine the number of its "
            "members executed in Japan this month.\n\n"
            "Koji Hamada, 44, was executed at the Sendai Detention House, and Taro Endo, 39, was hanged in Hiroshima.")
    assert [f for f in facts(text) if f[5] == "event"] == [("executed", "JP", 4, "2025-03-13", "2025-03-13", "event")]


def test_a_group_spread_over_several_prisons_keeps_its_people_apart():
    text = ("Iran hanged two women on Thursday in two different prisons.\n\n"
            "Maryam Sadeghi was hanged in Qazvin Central Prison. Leila Parsa was executed in Yazd Central Prison.")
    assert facts(text) == [("executed", "IR", 1, "2025-03-13", "2025-03-13", "event"),
                           ("executed", "IR", 1, "2025-03-13", "2025-03-13", "event"),
                           ("executed", "IR", 2, "2025-03-13", "2025-03-13", "event")]


def test_more_people_named_than_the_group_holds_are_not_folded_into_it():
    text = ("Japan executed two men on Thursday.\n\n"
            "Hideo Tanabe was hanged in Fukuoka. Masaru Oki and Ryota Sekine were executed in Osaka.")
    assert ("executed", "JP", 2, "2025-03-13", "2025-03-13", "event") in facts(text)
    assert len(facts(text)) > 1
