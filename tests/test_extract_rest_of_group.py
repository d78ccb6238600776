"""Kind: one group told twice. A wire report counts a leader "along with N of his followers", then
tells the rest of the group again ("The N others ... were executed at ..."): one incident of N + 1,
carrying the names and place of the second telling, never a second incident of N."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "kind", published=date(2031, 3, 14))
names = claim_reader("count", "names", published=date(2031, 3, 14))


def test_a_leader_executed_along_with_his_followers_is_one_group():
    got = facts("Belarus on Friday executed Ivan Sidorenko, the head of a smuggling ring, along with "
                "three of his associates, officials said.")
    assert got == [("executed", "BY", 4, "2031-03-14", "event")]


def test_the_others_told_again_add_their_names_to_the_group():
    text = ("Japan on Thursday hanged Kenji Morimoto, leader of a sect behind a 2009 bombing, together with "
            "two of his former lieutenants. Morimoto, 58, was hanged in Tokyo. The two others, Daisuke Arai "
            "and Hiroshi Kubo, were executed at the Osaka Detention House.")
    assert facts(text) == [("executed", "JP", 3, "2031-03-13", "event")]
    assert names(text) == [(3, ("Kenji Morimoto", "Daisuke Arai", "Hiroshi Kubo"))]


def test_the_remaining_ones_without_names_are_the_same_group():
    got = facts("Authorities in Singapore hanged Lim Wei Jie and four of his accomplices on Wednesday. "
                "The remaining four were hanged at Changi Prison an hour later.")
    assert got == [("executed", "SG", 5, "2031-03-12", "event")]


def test_others_that_do_not_fit_the_group_stay_a_claim():
    # four others after a group of three (two still to name) are not its rest
    got = facts("Japan on Thursday hanged Kenji Morimoto together with two of his followers. "
                "The four others were hanged in Osaka on Friday.")
    assert ("executed", "JP", 3, "2031-03-13", "event") in got
    assert len(got) == 2


def test_a_leader_with_a_long_description_is_still_the_subject_of_the_verb():
    # a description set off by commas, with a relative clause of its own, between the name and "was hanged"
    text = ("TOKYO — Kenji Morimoto, the founder of the apocalyptic sect that planted a bomb at a crowded Nagoya "
            "railway station in 2009, was hanged Thursday along with two of his former lieutenants, officials said.")
    assert facts(text) == [("executed", "JP", 3, "2031-03-13", "event")]
    assert names(text) == [(3, ("Kenji Morimoto",))]
