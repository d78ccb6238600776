"""World and wire reports (session 19): a part told "of this year's executions", a country's own row
in a list of countries, "the sentences were carried out" after the execution it tells again, a day
scheduled for another person named later in the sentence, the nth execution of the year, a figure since
a year that ends with the most recent, a date after a bare charge, executions pointed back at, a
governor's record, and the month a next sentence tells an undated execution in. Every report here is
invented."""
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


# --- an ordinal of the year ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("Ohio put Mark Reed to death this morning in Lucasville. His was the 14th execution of the year "
                 "in the United States.", id="his_was_the_nth_of_the_year"),
    pytest.param("Ohio put Mark Reed to death this morning in Lucasville. It was the 14th execution of this year "
                 "in the United States.", id="it_was_the_nth_of_this_year"),
])
def test_the_nth_execution_of_the_year_counts_from_january(text):
    assert ("executed", "US", 14, "2021-01-01", "2021-06-10", "aggregate") in facts(text)


def test_the_nth_execution_of_a_kind_is_no_count():
    # near miss: "of a woman" says which kind of execution, not the span counted
    got = facts("Ohio put Mary Reed to death this morning in Lucasville. It was the second execution of a woman "
                "in the state.")
    assert [g[2] for g in got] == [1]


# --- a figure since a date that ends with the last one told -----------------------------------------

@pytest.mark.parametrize("text, start, end", [
    pytest.param("Only four prisoners had been executed by electric chair in the state since 1980, all of them "
                 "in Tennessee, most recently in 2019.", "1980-01-01", "2019-12-31", id="most_recently_in"),
    pytest.param("The government had executed only four people since the death penalty was restored in 1980, "
                 "the most recent in 2019.", "1980-01-01", "2019-12-31", id="the_most_recent_in"),
])
def test_a_figure_since_a_year_ends_with_the_most_recent(text, start, end):
    got = facts(text)
    assert [(g[2], g[3], g[4]) for g in got] == [(4, start, end)]


def test_a_figure_since_a_year_with_no_last_one_runs_to_the_report():
    # near miss: nothing says when the last of them was, so the figure runs to the report's day
    got = facts("The government has executed only four people since the death penalty was restored in 1980.")
    assert [(g[2], g[3], g[4]) for g in got] == [(4, "1980-01-01", "2021-06-10")]


# --- a date after a charge with no article ------------------------------------------------------------

@pytest.mark.parametrize("text, period", [
    pytest.param("Jordan hanged eleven men on Wednesday. Before that, Jordan hanged four men for murder in "
                 "March 2017.", ("2017-03-01", "2017-03-31"), id="for_murder_in_a_month"),
    pytest.param("Jordan hanged eleven men on Wednesday. Jordan had hanged two men for terrorism in 2019.",
                 ("2019-01-01", "2019-12-31"), id="for_terrorism_in_a_year"),
])
def test_a_date_after_a_bare_charge_is_the_hanging(text, period):
    got = facts(text)
    assert [(g[3], g[4]) for g in got if g[2] != 11] == [period]


def test_a_date_after_a_charge_with_an_article_is_the_deed():
    # near miss: "a murder in March 2017" is one deed, dated; the hanging is the news of the day
    got = facts("Jordan on Wednesday hanged a man for a murder in March 2017.")
    assert [(g[3], g[4]) for g in got] == [("2021-06-09", "2021-06-09")]


# --- executions pointed back at -------------------------------------------------------------------------

def test_these_two_executions_are_those_told_before():
    text = ("Viasna has learned that two prisoners, Pavel Sidorov and Ivan Kuzmin, have been executed. They "
            "were sentenced to death in May 2019. With these two executions, at least three people are known "
            "to have been put to death in Belarus this year.")
    got = facts(text)
    assert sorted(g[2] for g in got) == [2, 3]
    assert not [g for g in got if g[2] == 2 and g[3] == "2019-05-01"]


# --- a governor's record: "presided over", "in his N years in office" -----------------------------------

def test_a_governor_presided_over_a_figure_in_his_years_in_office():
    text = ("Oklahoma put 9 prisoners to death in 2021. Governor John Bell, who signs every warrant in the "
            "state, has now presided over 20 executions in his five years in office.")
    got = claim_reader("count", "qualifier", "period_start", "period_end", published=PUB)(text)
    assert (20, "exact", "2016-06-10", "2021-06-10") in got


def test_over_a_figure_is_still_more_than():
    # near miss: "over" before a number with no verb of presiding is a hedge
    got = claim_reader("count", "qualifier", published=PUB)("Oklahoma has carried out over 20 executions since 2015.")
    assert got == [(20, "more_than")]


# --- the month a next sentence tells an undated execution in ---------------------------------------------

@pytest.mark.parametrize("text, start", [
    pytest.param("Viasna has learned that two prisoners, Pavel Sidorov and Ivan Kuzmin, have been executed. "
                 "According to their relatives, both men were shot in June.", "2021-06-01", id="shot_in_june"),
    pytest.param("Belarus has executed a man convicted of murder, Viasna says. His mother said she had been told "
                 "he was shot earlier this month.", "2021-06-01", id="earlier_this_month"),
])
def test_an_undated_execution_takes_the_month_told_after(text, start):
    got = facts(text)
    assert [(g[3], g[4]) for g in got] == [(start, "2021-06-10")]


def test_a_month_of_executions_in_general_dates_no_undated_one():
    # near miss: a sentence about executions in general, no verb of the people's death, dates nothing
    got = facts("Iran has executed a man in Karaj, a rights group reported. Executions rose sharply in May.")
    assert [(g[3], g[4]) for g in got] == [("2021-06-10", "2021-06-10")]


# --- the person a deed was done to -----------------------------------------------------------------------

def test_someone_thrown_from_a_roof_is_no_one_executed():
    got = facts("In May, authorities in Cairo hanged Karim Adel, a protester convicted of throwing a boy from a "
                "balcony during clashes in 2013.")
    assert got == [("executed", "EG", 1, "2021-05-01", "2021-05-31", "event")]


# --- a day in the people's clause when a day before dates the count ---------------------------------------

def test_a_day_in_a_clause_about_the_deed_is_not_the_executions():
    got = facts("On Monday, a firing squad executed Hassan Nur, a soldier who shot dead a judge in Mogadishu "
                "on April 2, 2018.")
    assert [(g[3], g[4]) for g in got] == [("2021-06-07", "2021-06-07")]


def test_a_day_after_the_count_with_none_before_is_still_its():
    # near miss: no day before the count, so the day after it is the execution's
    got = facts("A firing squad executed Hassan Nur, a soldier convicted of murder, in Mogadishu on Monday.")
    assert [(g[3], g[4]) for g in got] == [("2021-06-07", "2021-06-07")]


# --- a paragraph about one country ---------------------------------------------------------------------

def test_a_paragraph_opening_on_a_country_keeps_it():
    text = ("Iran alone hanged at least 300 people in 2020, the group said.\n\n"
            "China, the report said, kept its figures secret. A court in Hunan sentenced Li Wei and his "
            "brother Li Jun to death in 2020.")
    got = facts(text)
    assert {g[1] for g in got if g[0] == "sentenced"} == {"CN"}


# --- a name with its suffix, its age, and who was hanged ------------------------------------------------

def test_a_name_ending_in_jr_is_one_sentence():
    got = facts("Ohio executed Mark Reed on Wednesday. It came after Georgia put Willie Pye Jr. to death on "
                "June 1.")
    assert ("executed", "US", 1, "2021-06-01", "2021-06-01", "event") in got


def test_a_name_with_an_age_then_who_was_hanged():
    got = facts("Singapore hanged a woman on Thursday. Her execution followed that of Tan Wei Ming, 49, who was "
                "hanged on Tuesday.")
    assert ("executed", "SG", 1, "2021-06-08", "2021-06-08", "event") in got


def test_a_name_with_an_age_then_who_was_arrested_is_no_one_hanged():
    # near miss: the clause after the age tells another deed
    got = facts("Singapore hanged a woman on Thursday. Her lawyer, Tan Wei Ming, 49, who was arrested on "
                "Tuesday, said she was innocent.")
    assert [(g[2], g[3]) for g in got] == [(1, "2021-06-10")]


# --- a day still set, told to the prisoner, or set for the next execution --------------------------------

@pytest.mark.parametrize("text, day", [
    pytest.param("Another prisoner, Ali Hamid, 40, had been told his execution is set for June 17.", "2021-06-17",
                 id="told_his_execution_is_set_for"),
    pytest.param("Another Texas prisoner, John Carter, remains scheduled for execution on June 24.", "2021-06-24",
                 id="remains_scheduled_for_execution"),
    pytest.param("The state has scheduled its next execution, of John Carter, for June 24.", "2021-06-24",
                 id="scheduled_its_next_execution_of"),
])
def test_a_day_set_for_one_person(text, day):
    assert [(g[0], g[2], g[3]) for g in facts(text)] == [("imminent", 1, day)]


# --- a country left out, then the subject ------------------------------------------------------------------

def test_the_subject_after_a_country_left_out_is_the_figures():
    text = ("Iran accounted for most of the executions recorded. Outside Iran, Egypt hanged 7 people for drug "
            "trafficking during 2020, and Saudi Arabia executed 3 people for drug offences.")
    got = facts(text)
    assert ("executed", "EG", 7, "2020-01-01", "2020-12-31", "aggregate") in got


def test_countries_left_out_in_a_list_stay_left_out():
    # near miss: a list of countries after "excluding" names none as the figure's
    got = facts("Executions in Asia rose in 2020. Excluding China, Vietnam and North Korea, Japan hanged 3 people "
                "in 2020.")
    assert [g[1] for g in got if g[2] == 3] == ["JP"]


# --- a change told later end first, with an adverb ----------------------------------------------------

def test_a_figure_that_rose_slightly_to_n_from_m():
    text = ("Executions in the United States fell in 2020. New death sentences rose slightly, to 18 from 15 in "
            "2019, but stayed below 20.")
    got = facts(text)
    assert ("sentenced", "US", 18, "2020-01-01", "2020-12-31", "aggregate") in got or \
        ("sentenced", "US", 18, "2021-01-01", "2021-06-10", "aggregate") in got
    assert ("sentenced", "US", 15, "2019-01-01", "2019-12-31", "aggregate") in got


# --- the one execution of a span, told with its date --------------------------------------------------

def test_the_only_one_since_then_takes_its_own_date():
    text = ("Jordan had halted executions in 2006. Only one person has been executed since then, a soldier "
            "hanged in March 2014 after a court martial.")
    assert [(g[2], g[3], g[4]) for g in facts(text)] == [(1, "2014-03-01", "2014-03-31")]


def test_only_two_since_then_keep_the_span():
    # near miss: two people, of whom one is dated, are still a figure over the span
    text = ("Jordan had halted executions in 2006. Only two people have been executed since then, one of them a "
            "soldier hanged in March 2014.")
    assert [(g[2], g[3]) for g in facts(text) if g[2] == 2] == [(2, "2006-01-01")]


# --- the second in a wider place -------------------------------------------------------------------------

def test_the_first_in_a_state_and_the_second_in_the_country():
    text = ("Ohio on Tuesday executed Mark Reed. His was the first execution in Ohio this year and the second in "
            "the United States, after Georgia put Willie Pye Jr. to death on May 3.")
    got = facts(text)
    assert ("executed", "US", 2, "2021-01-01", "2021-06-08", "aggregate") in got
    assert ("executed", "US", 1, "2021-05-03", "2021-05-03", "event") in got


# --- the first of a group dated, not the group --------------------------------------------------------------

def test_beginning_with_one_in_a_month_dates_not_the_group():
    text = ("Executions in the United States rose in 2020, a year-end report said. Georgia put four men to death "
            "by lethal injection, beginning with Carl Jones in January; the other 13 executions were in Texas.")
    got = facts(text)
    assert [(g[3], g[4]) for g in got if g[2] in (4, 13)] == [("2020-01-01", "2020-12-31")] * 2


# --- death row in a clause about the person -----------------------------------------------------------

def test_years_on_death_row_in_a_clause_about_the_person():
    got = facts("Omar Khan, who had spent 19 years on death row, was hanged at Adiala jail on Tuesday.")
    assert [(g[0], g[2], g[3]) for g in got] == [("executed", 1, "2021-06-08")]


def test_prisoners_on_death_row_are_still_no_claim():
    # near miss: a population on death row, whatever clause is set off before it
    assert facts("Some 4,000 prisoners, who have exhausted their appeals, remain on death row in Pakistan.") == []


# --- a firing squad with its article, a convicted killer ------------------------------------------------

@pytest.mark.parametrize("text, count, day", [
    pytest.param("Two members of an armed group were shot by a firing squad in Mogadishu on Monday.", 2, "2021-06-07",
                 id="shot_by_a_firing_squad"),
    pytest.param("Alabama put a convicted killer to death with nitrogen gas on Tuesday.", 1, "2021-06-08",
                 id="a_convicted_killer"),
])
def test_an_execution_told_in_wire_words(text, count, day):
    assert [(g[0], g[2], g[3]) for g in facts(text)] == [("executed", count, day)]


def test_a_killer_shot_by_police_is_no_execution():
    # near miss: "shot" alone, not by a firing squad
    assert facts("A convicted killer was shot by police in Mogadishu on Monday.") == []


# --- a person set off after a possessive and a role ------------------------------------------------------

def test_his_co_defendant_named_and_executed():
    got = facts("Reed was sentenced to death in 1999. His co-defendant, Paul Carter, was executed by lethal "
                "injection in 2012.")
    assert ("executed", "US", 1, "2012-01-01", "2012-12-31", "event") in got or \
        [g for g in got if g[2] == 1 and g[3] == "2012-01-01"]


def test_his_brother_named_and_arrested_is_no_claim():
    # near miss: the verb after the name is no execution
    assert facts("Reed was hanged on Monday. His brother, Paul Carter, was arrested on Tuesday.") == []


# --- a part of a group in the dock, ring leaders, a day told without "that" --------------------------------

def test_thirty_of_89_defendants_sentenced_are_thirty():
    got = facts("In one of the largest drug trials, a court in Hai Phong sentenced 25 of 70 defendants to death in "
                "March 2016.")
    assert [(g[0], g[2], g[3]) for g in got] == [("sentenced", 25, "2016-03-01")]


def test_ring_leaders_sentenced_are_people():
    got = facts("A court in Hanoi on Monday sentenced six ring leaders to death for trading heroin.")
    assert [(g[0], g[2], g[3]) for g in got] == [("sentenced", 6, "2021-06-07")]


def test_told_he_would_be_hanged_without_that():
    got = facts("Activists said another man, Rahim Osman, 41, had been told he would be hanged on June 17.")
    assert [(g[0], g[2], g[3]) for g in got] == [("imminent", 1, "2021-06-17")]


def test_told_he_would_be_freed_is_no_claim():
    # near miss: told a day of something other than an execution
    assert facts("Activists said another man, Rahim Osman, 41, had been told he would be freed on June 17.") == []


# --- the last one known to have been executed -------------------------------------------------------------

def test_the_last_woman_known_to_have_been_executed_was_x():
    got = facts("Malaysia hanged a woman on Thursday. The last woman known to have been executed in Malaysia was "
                "Siti Aminah, a cleaner hanged for heroin trafficking in 2009.")
    assert ("executed", "MY", 1, "2009-01-01", "2009-12-31", "event") in got or \
        [g for g in got if g[3] == "2009-01-01"]


def test_leaders_of_a_party_hanged_over_years():
    got = facts("The court was set up in 2009. Four leaders of the opposition party were hanged between 2012 and "
                "2015 after being convicted by it.")
    assert [(g[2], g[3], g[4]) for g in got] == [(4, "2012-01-01", "2015-12-31")]
