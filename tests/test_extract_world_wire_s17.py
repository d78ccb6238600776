"""World and wire reports (session 17): a country set beside another in a ranking, countries left out
of a world figure in a list that goes on, victims counted by their own verb after the execution,
executions dated after the report, "that month", a hedged gap before the news, the people of a
leader, and ordinals of times. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader
from extract.pipeline import Extractor

PUB = date(2021, 6, 10)
facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=PUB)
ruled = claim_reader("event", "country", "count", "period_start", "period_end", "rules", published=PUB)


def rejected_by(text, published=PUB):
    return {r.rule for r in Extractor().explain(text, published)[1]}


# --- the country of a ranking: the subject, not the countries it is set behind -------------------

def test_a_country_ranked_behind_others_keeps_its_own_figure():
    text = ("A monitoring group's yearly review counted 640 executions in 2020, most of them in Iran.\n\n"
            "Egypt, in second place behind Iran, put 107 people to death during 2020.")
    got = facts(text)
    assert ("executed", "EG", 107, "2020-01-01", "2020-12-31", "aggregate") in got
    assert not [g for g in got if g[2] == 107 and g[1] != "EG"]


def test_a_country_ahead_of_another_is_not_the_figures():
    text = ("In its review of 2020, the group said Iraq, just ahead of Egypt, hanged 45 people during 2020.")
    got = facts(text)
    assert [g[1] for g in got if g[2] == 45] == ["IQ"]


# --- a world figure whose list of left-out countries goes on --------------------------------------

def test_countries_added_to_a_left_out_list_do_not_make_the_figure_theirs():
    text = ("Executions around the world rose last year, a rights group said on Thursday.\n\n"
            "It recorded 702 executions in 2020, a figure that does not include those it believes were "
            "carried out in China, as well as unknown numbers in Vietnam and North Korea.")
    got = facts(text)
    assert not [g for g in got if g[2] == 702]
    assert "reject.world_figure" in rejected_by(text)


# --- the victims of the deed, counted by a verb of their own --------------------------------------

def test_victims_with_their_own_verb_after_the_execution_are_no_claim():
    text = ("A court in Hefei on Tuesday executed Wang Lei, 40, who was convicted of arson over a fire at a "
            "market in which eleven people died and 23 were injured.")
    got = facts(text, date(2021, 6, 10))
    assert [g[2] for g in got] == [1]
    assert "reject.other_action.own_verb" in rejected_by(text)


def test_a_second_group_with_a_trigger_of_its_own_still_counts():
    text = "Authorities on Tuesday hanged a man in Sanaa, and three others were hanged in Taiz."
    got = facts(text)
    assert sorted(g[2] for g in got) == [1, 3]


# --- an execution dated after the report is one to come -------------------------------------------

def test_warrants_for_a_hanging_on_a_later_day_are_imminent():
    text = ("LAHORE (AFP) - Prison officials said on Thursday that death warrants had been issued for three "
            "convicted militants to be hanged on June 16.")
    got = ruled(text)
    assert [g[:5] for g in got] == [("imminent", "PK", 3, "2021-06-16", "2021-06-16")]
    assert "event.future_day" in got[0][5]


def test_an_execution_on_an_earlier_day_stays_an_execution():
    text = "LAHORE (AFP) - Two convicted militants were hanged on June 8, prison officials said."
    got = facts(text)
    assert [g[0] for g in got] == ["executed"]


# --- "that month": the month of the date told before ----------------------------------------------

def test_hanged_that_month_takes_the_month_named_before():
    text = ("Bangladesh has hanged four opposition figures since March 2018. Rahim Uddin, the party's deputy "
            "leader, was hanged that month at Dhaka Central Jail.")
    got = facts(text)
    assert ("executed", "BD", 1, "2018-03-01", "2018-03-31", "event") in got
    assert not [g for g in got if g[3] == "2021-06-10" and g[2] == 1]


# --- a hedged gap before the news gives no day ----------------------------------------------------

def test_a_group_hanged_less_than_a_month_before_is_no_incident_of_a_day():
    text = ("TOKYO (AP) -- Japan on Thursday hanged two members of a banned cult, less than a month after "
            "five other members were hanged, the Justice Ministry said.")
    got = facts(text)
    assert [g[2] for g in got] == [2]
    assert "reject.earlier_execution.hedged_gap" in rejected_by(text)


def test_an_exact_gap_still_dates_the_clause():
    text = ("TOKYO (AP) -- Japan on Thursday hanged two members of a banned cult, three days after "
            "five other members were hanged, the Justice Ministry said.")
    got = facts(text)
    assert sorted(g[2] for g in got) == [2, 5]


# --- the people of a leader, executed with him -----------------------------------------------------

def test_a_leader_hanged_together_with_his_disciples_counts_them_all():
    text = "Kenji Mori, the founder of the sect, was hanged on June 2 together with four senior disciples."
    got = ruled(text)
    assert [g[2:5] for g in got] == [(5, "2021-06-02", "2021-06-02")]
    assert "count.along_with" in got[0][5]


# --- an ordinal of times counts occasions ---------------------------------------------------------

def test_the_third_time_an_execution_was_halted_is_no_figure():
    text = "It was the third time since 2015 that Ray Booker's execution has been halted by a court."
    assert not facts(text)


# --- a sentence of earlier history: an execution with no date of its own is no news -----------------

def test_an_undated_execution_told_as_earlier_history_is_no_incident_of_the_news_day():
    text = ("KUWAIT CITY (AP) -- Kuwait on Wednesday hanged five prisoners convicted of murder.\n\n"
            "Before that, the country hanged two men convicted of drug trafficking in 2015.\n\n"
            "Rights groups had urged the emirate on Tuesday to halt the executions.")
    got = facts(text)
    assert [g[2] for g in got] == [5]
    assert "reject.long_before.history" in rejected_by(text)
