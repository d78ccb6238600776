"""The people of one incident told again in the sentences after it: named one by one with no site of
their own, told as "among those hanged", as "the other three" beside a part, or as "the two women" a
split told before. Each is the incident again (its names label it), never a second incident
(SCHEMA.md: a split inside one incident is optional). People named at a site of their own after a
group told over several prisons are incidents of their own."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", published=date(2024, 9, 12))   # a Thursday
named = claim_reader("count", "names", published=date(2024, 9, 12))


def test_people_named_in_the_next_paragraph_at_no_other_site_label_the_group():
    text = ("Four prisoners were executed in Qezelhesar Prison on Tuesday.\n\n"
            "Karim Nouri was hanged for drug trafficking. Jafar Amini, 52, was executed for murder.")
    assert named(text) == [(4, ("Karim Nouri", "Jafar Amini"))]
    text = ("Three inmates were hanged in Vakilabad Prison in Mashhad on Wednesday.\n\n"
            "Hadi Rostami was executed in Vakilabad Prison after eight years on death row.")
    assert facts(text) == [("executed", 3, "2024-09-11", "2024-09-11")]


def test_people_named_at_sites_of_their_own_stay_incidents():
    text = ("Iran hanged three women on Tuesday in different prisons.\n\n"
            "Mina Sadri was hanged in Qazvin Central Prison. Parvin Hakimi was executed in Yazd Central Prison.")
    assert sorted(facts(text)) == [("executed", 1, "2024-09-10", "2024-09-10"), ("executed", 1, "2024-09-10", "2024-09-10"),
                                   ("executed", 3, "2024-09-10", "2024-09-10")]


def test_people_among_those_hanged_are_part_of_the_incident():
    for second in (
        "Three Afghan nationals were among those hanged, two of them for rape.",
        "Saber Hosseini, who was among those executed, had been held for six years.",
    ):
        text = ("Fourteen prisoners were hanged in Ghezel Hesar Prison on Tuesday, Hengaw reported. The men had been "
                f"moved to solitary confinement in groups over the week before. {second}")
        assert facts(text) == [("executed", 14, "2024-09-10", "2024-09-10")], second


def test_the_rest_beside_a_part_is_the_incident_again():
    for second in (
        "Three of them were convicted of drug offences, while the other four were hanged for murder.",
        "Two of them were hanged for drug trafficking and the remaining five for killing a guard.",
    ):
        text = f"Seven men were executed in Adelabad Prison in Shiraz on Wednesday. {second}"
        assert facts(text) == [("executed", 7, "2024-09-11", "2024-09-11")], second


def test_a_split_told_again_is_no_incident():
    text = ("Five prisoners were executed in Isfahan on Wednesday, including three Afghan nationals. "
            "The three Afghans were hanged for drug smuggling.")
    assert facts(text) == [("executed", 5, "2024-09-11", "2024-09-11")]


def test_a_later_group_larger_than_the_part_still_counts():
    text = ("Two men were executed in Arak on Monday. Three prisoners were hanged in Qom on Wednesday.")
    assert facts(text) == [("executed", 2, "2024-09-09", "2024-09-09"), ("executed", 3, "2024-09-11", "2024-09-11")]


def test_a_person_named_soon_after_a_group_in_its_paragraph_is_one_of_it():
    for text, n in (
        ("Six prisoners were executed in Dastgerd Prison on Tuesday. One of them was identified as Behnam Safari, 31. "
         "Safari was hanged for drug trafficking.", 6),
        ("Five men were hanged in Qezelhesar Prison in Karaj on Tuesday. Sources said Omid Kaveh was hanged for murder.", 5),
    ):
        assert facts(text) == [("executed", n, "2024-09-10", "2024-09-10")], text


def test_a_person_named_at_another_site_after_an_unplaced_group_stays_apart():
    text = ("Two men were hanged on Tuesday, the group said. Omid Kaveh was executed in Yazd Central Prison.")
    assert len(facts(text)) == 2
