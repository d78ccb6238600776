"""World and wire reports (session 19): a part told "of this year's executions", a country's own row
in a list of countries, "the sentences were carried out" after the execution it tells again, and a
day scheduled for another person named later in the sentence. Every report here is invented."""
from datetime import date

import pytest

from claim_rows import claim_reader

PUB = date(2021, 6, 10)   # a Thursday
facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=PUB)


# --- a part told of the executions of a time in the possessive -----------------------------------

@pytest.mark.parametrize("text, count, start, end", [
    pytest.param("Egypt has executed 61 people so far this year, a monitor said. The group has kept records "
                 "since 1998.\n\nOf this year's executions, 30 were for murder, while 12 people were put to "
                 "death on terrorism charges.", 30, "2021-01-01", "2021-06-10", id="of_this_years_executions"),
    pytest.param("Kuwait executed 9 people in 2020, a rights group said. It has counted hangings since 2005. "
                 "Of last year's hangings, 4 were of men convicted of drug trafficking, while 3 men were put to death "
                 "for murder.", 4, "2020-01-01", "2020-12-31",
                 id="of_last_years_hangings"),
])
def test_a_part_of_a_times_executions_takes_that_time(text, count, start, end):
    got = facts(text)
    assert [(g[0], g[3], g[4], g[5]) for g in got if g[2] == count] == [("executed", start, end, "aggregate")]


def test_a_time_in_the_possessive_before_executions_dates_no_later_count():
    # "after last year's executions": no part of a figure, so the group is the news of the day
    got = facts("After last year's executions, twelve men were hanged in Kuwait City on Tuesday.")
    assert [g[3] for g in got if g[2] == 12] == ["2021-06-08"]


# --- a country of a list of countries ------------------------------------------------------------

def test_a_row_naming_sri_lanka_is_its_own():
    text = ("Courts in at least ten countries handed down new death sentences for drug offences in 2020. "
            "Among the countries with the highest known numbers:\n\n"
            "Indonesia: 101\nMalaysia: at least 40\nSri Lanka: at least 15\n")
    got = facts(text)
    assert ("sentenced", "LK", 15, "2020-01-01", "2020-12-31", "aggregate") in got
    assert [g[1] for g in got if g[2] == 15] == ["LK"]


# --- "the sentences were carried out" after the execution it refers back to ----------------------

@pytest.mark.parametrize("text", [
    pytest.param("Four men convicted of armed robbery were executed by firing squad in Mogadishu on Tuesday. "
                 "They had attacked a bus station last year. The sentences were carried out in front of "
                 "relatives of the victims.", id="no_date_of_its_own"),
    pytest.param("Four men convicted of armed robbery were executed by firing squad in Mogadishu on Tuesday. "
                 "The sentences were carried out at a police academy.", id="a_place_only"),
])
def test_sentences_carried_out_after_the_execution_are_that_execution(text):
    # (skip.carried_out_restated: the second sentence makes no claim of its own)
    assert facts(text) == [("executed", "SO", 4, "2021-06-08", "2021-06-08", "event")]


def test_a_sentence_carried_out_after_a_death_sentence_is_the_execution():
    # near miss: a death sentence told before is no execution, so the carrying out is the news
    got = facts("A military court sentenced Ali Warsame to death in March. His sentence was carried out "
                "in Mogadishu on Tuesday.")
    assert ("executed", "SO", 1, "2021-06-08", "2021-06-08", "event") in got


# --- a day scheduled for another person named after the phrase -----------------------------------

def test_a_day_set_for_the_next_person_is_not_the_first_ones():
    text = ("Oklahoma plans to execute John Carter by lethal injection on Thursday for a 1999 killing, and "
            "Texas has scheduled the execution of Paul Reyes for June 24 over a 2008 murder.")
    got = facts(text)
    assert ("imminent", "US", 1, "2021-06-10", "2021-06-10", "event") in got
    assert ("imminent", "US", 1, "2021-06-24", "2021-06-24", "event") in got


@pytest.mark.parametrize("text", [
    pytest.param("Oklahoma plans to execute John Carter for a 1999 killing. The execution is scheduled for June 24.",
                 id="the_year_of_the_deed_after_the_plan"),
    pytest.param("Oklahoma plans to execute John Carter. The execution is scheduled for June 24.", id="no_deed"),
])
def test_a_day_scheduled_in_the_next_sentence_is_the_persons(text):
    # near miss of the above: the phrase that sets the day names no one else, so it is the person's;
    # the year of the crime he is to die for is no day of his
    assert facts(text) == [("imminent", "US", 1, "2021-06-24", "2021-06-24", "event")]
