"""World and wire reports (session 15): a country's default, rows named for countries that are no
prose word, figures told of a country "there", left-out countries, vague and threshold figures,
plans, and names joined across an office once held. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

PUB = date(2021, 6, 10)
facts = claim_reader("event", "country", "count", "period_start", "period_end", published=PUB)
named = claim_reader("event", "country", "count", "names", published=PUB)

Y20 = ("2020-01-01", "2020-12-31")


# --- a report about another country never defaults to Iran ---------------------------------------

def test_a_bangladeshi_jail_names_the_country_without_the_countrys_name():
    text = ("Two men convicted of killing a schoolteacher in 2015 were hanged at Khulna District Jail on "
            "Tuesday night.\n\nThe jail superintendent said their bodies were handed to relatives.")
    got = facts(text)
    assert got and all(g[1] == "BD" for g in got)


def test_a_war_crimes_tribunal_names_bangladesh():
    text = ("The International Crimes Tribunal on Wednesday sentenced Abul Kashem, a militia commander in "
            "1971, to death for killings committed during the war.\n\nDefence lawyers said they would appeal.")
    got = facts(text)
    assert got and all(g[1] == "BD" for g in got)


def test_a_saudi_region_names_the_kingdom():
    text = ("A Yemeni national convicted of smuggling hashish was executed in Jazan on Monday, the "
            "interior ministry said.")
    got = facts(text)
    assert got and all(g[1] == "SA" for g in got)


def test_a_country_left_out_of_a_figure_is_not_the_reports_country():
    text = ("Executions for drug crimes dropped around the world last year, excluding China and Vietnam, a "
            "monitoring group said on Thursday.\n\nThe group confirmed 112 such executions in 2020.")
    got = facts(text)
    assert not [g for g in got if g[1] in ("CN", "VN")]


# --- rows named for countries ------------------------------------------------------------------

def test_rows_labelled_with_a_name_that_is_no_prose_word_take_that_country():
    text = ("Executions rose in 2020, the group said in its yearly survey released today.\n\n"
            "Countries that resumed executions in 2020:\n"
            "Oman – 4\nChad – 7\nIndia – 2\n")
    got = facts(text)
    assert ("executed", "OM", 4, *Y20) in got
    assert ("executed", "TD", 7, *Y20) in got
    assert ("executed", "IN", 2, *Y20) in got


def test_a_first_name_that_is_a_country_in_prose_makes_no_country():
    text = "Chad Miller was executed by lethal injection in Huntsville, Texas, on Tuesday."
    got = facts(text)
    assert got and all(g[1] == "US" for g in got)


# --- a figure told "there" is of the country the sentence before named ------------------------------

def test_executions_there_are_the_country_named_in_the_sentence_before():
    text = ("Drug executions fell around the world in 2020, a global overview published today said.\n\n"
            "Much of the fall came from Malaysia, where a moratorium held all year. Hangings there "
            "dropped from 31 in 2019 to 2 in 2020.")
    got = facts(text)
    assert ("executed", "MY", 31, "2019-01-01", "2019-12-31") in got
    assert ("executed", "MY", 2, *Y20) in got


def test_there_without_a_country_in_the_sentence_before_makes_no_country_of_it():
    text = ("Drug executions fell around the world in 2020, a global overview published today said.\n\n"
            "The report was written in London. Executions there dropped from 31 in 2019 to 2 in 2020.")
    assert not [g for g in facts(text) if g[1] == "MY"]


# --- a part of the world's figure is no country's ----------------------------------------------

def test_a_part_larger_than_the_country_figure_before_it_is_the_worlds():
    text = ("At least 700 people were executed worldwide in 2020, a global review published today said.\n\n"
            "- Egypt executed 107 people.\n- Japan hanged 3 people.\n\n"
            "At least 20 of those executed were women and 150 were foreign nationals.")
    got = facts(text)
    assert ("executed", "EG", 107, *Y20) in got
    assert not [g for g in got if g[2] in (20, 150)]


def test_a_part_smaller_than_the_country_figure_before_it_stays_that_countrys():
    text = ("At least 700 people were executed worldwide in 2020, a global review published today said.\n\n"
            "Egypt executed 107 people in 2020. At least 20 of those executed were women.")
    got = facts(text)
    assert ("executed", "EG", 20, *Y20) in got


# --- vague, threshold and planned figures ----------------------------------------------------------

def test_more_than_one_is_a_vague_quantity():
    for text in ("Only nine counties imposed more than one death sentence in 2020.",
                 "Witnesses said more than one prisoner was hanged at the jail on Monday.",
                 "More than one execution was carried out in the province last week."):
        assert facts(text) == [], text


def test_more_than_two_is_still_a_figure():
    got = facts("More than two prisoners were hanged at the jail in Karaj on Monday.")
    assert [g[2] for g in got] == [2]


def test_the_only_state_to_have_done_more_is_a_threshold():
    text = ("The only other state to have put to death more than 20 people in one year is Texas, which "
            "executed 40 in 2000.")
    got = facts(text)
    assert ("executed", "US", 40, "2000-01-01", "2000-12-31") in got
    assert not [g for g in got if g[2] == 20]


def test_a_country_believed_to_have_executed_is_no_threshold():
    got = facts("Iran is believed to have executed more than 240 people in 2020, the group said.")
    assert [g[2] for g in got] == [240]


def test_a_plan_to_execute_is_never_an_execution():
    for text in ("The state had planned to put seven men to death over ten days in April 2017.",
                 "Officials intended to hang four prisoners in Rajaei Shahr before the holiday.",
                 "The governor had been planning to execute three men this month."):
        assert not [g for g in facts(text) if g[0] == "executed"], text


# --- names joined across an office once held ----------------------------------------------------

def test_a_name_after_and_a_former_office_is_one_more_person():
    text = ("A Dhaka court on Monday sentenced ousted premier Farid Hossain and former interior minister "
            "Rashid Alam to death in absentia.")
    got = named(text)
    assert ("sentenced", "BD", 2, ("Farid Hossain", "Rashid Alam")) in got


def test_a_former_office_holder_who_speaks_is_no_one_sentenced():
    text = ("A Dhaka court on Monday sentenced Farid Hossain to death, and former law minister Karim Uddin "
            "said the verdict was political.")
    got = named(text)
    assert [g[2] for g in got] == [1]


# --- a spaced dash after a year is no range of years -------------------------------------------

def test_a_year_before_a_spaced_dash_keeps_its_own_year():
    text = ("Iraqi courts sentenced 14 foreigners to death for IS membership in 2020 - 12 Germans and two "
            "Belgians - but none of them has been hanged.")
    got = facts(text)
    assert ("sentenced", "IQ", 14, *Y20) in got


def test_a_range_of_years_written_tight_is_still_a_range():
    got = facts("Iraq hanged 250 people in 2019-20, the ministry said.")
    assert ("executed", "IQ", 250, "2019-01-01", "2020-12-31") in got


# --- a part of executions told by its earlier sentence ----------------------------------------

def test_a_part_of_executions_told_by_the_sentence_before_them_is_executions():
    for tail in ("At least 12 of those executed had been sentenced to death by military courts.",
                 "At least 12 of them had been sentenced in mass trials."):
        got = facts("Egypt executed at least 107 people in 2020, a rights group said. " + tail)
        assert ("executed", "EG", 12, *Y20) in got, tail
        assert not [g for g in got if g[0] == "sentenced"], tail


def test_a_part_sentenced_in_the_simple_past_is_still_a_sentence():
    got = facts("Egypt executed at least 107 people in 2020. Courts also sentenced 40 people to death in 2020, "
                "12 of them in absentia.")
    assert not [g for g in got if g[0] == "executed" and g[2] == 12]


# --- a ranking told by its verb, and a figure each of several labels --------------------------------

def test_a_ranking_head_told_by_its_verb_is_a_part_of_the_statistic():
    text = ("The United States carried out 25 executions in 2020, the centre's year-end report said. Texas "
            "led with nine, followed by Alabama with six and Missouri with four.")
    got = facts(text)
    for n in (25, 9, 6, 4):
        assert ("executed", "US", n, *Y20) in got, n


def test_a_lead_with_no_statistic_before_it_makes_no_figure():
    text = "Our side won the cup in 2020. The captain led with six, followed by the keeper with four."
    assert facts(text) == []


def test_a_number_first_line_each_from_several_countries_is_one_part_per_country():
    text = ("Saudi Arabia executed 90 foreigners in 2020, according to the group's tally.\n\n"
            "Those put to death in 2020 included:\n"
            "- 30 Pakistanis\n- 4 each from Sudan, Jordan and Egypt\n- 2 each from Chad and the Philippines\n")
    got = [g for g in facts(text) if g[2] in (4, 2)]
    assert got.count(("executed", "SA", 4, *Y20)) == 3
    assert got.count(("executed", "SA", 2, *Y20)) == 2


# --- a nationality is no name ----------------------------------------------------------------------

def test_a_nationality_before_a_noun_is_no_name():
    text = ("Saudi Arabia beheaded a Sri Lankan maid on Wednesday. Amina Perera was executed in Dawadmi, "
            "the ministry said.")
    got = named(text)
    assert not [g for g in got if "Sri Lankan" in g[3]]


def test_a_nationality_before_a_name_is_stripped_from_it():
    got = named("Singaporean Abdul Rahim Osman, 61, was hanged at Changi Prison on Friday.")
    assert ("executed", "SG", 1, ("Abdul Rahim Osman",)) in got


# --- a person's own people after a description of that person -------------------------------------

def test_a_named_leader_described_then_his_followers_is_one_group():
    for text in ("Japan on Friday hanged Kenji Mori, leader of the sect that bombed a Tokyo station in 1994, and "
                 "four of his disciples, the ministry said.",
                 "The state executed Omar Bakri, head of the cell, and two of his accomplices on Friday."):
        got = facts(text)
        assert [g[2] for g in got] == [5 if "four" in text else 3], text


def test_other_people_after_a_described_name_stay_apart():
    got = facts("Japan on Friday hanged Kenji Mori, leader of the sect, and four other men.")
    assert sorted(g[2] for g in got) == [1, 4]


# --- a country's part of the world's figure ---------------------------------------------------------

def test_a_country_accounting_for_part_of_the_worlds_figure_is_that_countrys():
    for text in ("The group counted 1,100 executions worldwide in 2020, its global review said. Iran "
                 "accounted for 600 of them.",
                 "The group counted 1,100 executions worldwide in 2020, its global review said. Of these, "
                 "600 were in Iran.",
                 "The group counted 1,100 executions for drug offences worldwide in 2020, 600 of them in Iran."):
        got = facts(text)
        assert ("executed", "IR", 600, *Y20) in got, text
        assert not [g for g in got if g[2] == 1100], text


def test_a_part_of_the_worlds_figure_naming_no_country_is_no_claim():
    text = ("The group counted 1,100 executions worldwide in 2020, its global review said. Of these, 30 were "
            "women, and 12 of them were juveniles.")
    assert facts(text) == []


def test_several_countries_sharing_the_worlds_figure_are_no_one_countrys():
    text = ("The group counted 1,100 executions worldwide in 2020. Iran, Iraq and Saudi Arabia were together "
            "responsible for 900 of them.")
    assert facts(text) == []


def test_every_country_left_out_of_a_figure_is_none_of_its():
    text = ("Executions for drug offences, excluding China, North Korea and Vietnam, fell around the world in "
            "2020, the overview said. It recorded 1,200 such executions over the decade from 2011 to 2020, "
            "950 of them in Iran.")
    got = facts(text)
    assert ("executed", "IR", 950, "2011-01-01", "2020-12-31") in got
    assert not [g for g in got if g[1] in ("CN", "KP", "VN")]


# --- running totals and figures compared at the same point of last year -----------------------------

def test_the_number_carried_out_in_the_kingdom_so_far_is_a_running_total():
    pub = date(2020, 10, 9)
    for text in ("Saudi Arabia executed two men on Thursday. The two executions brought the number carried out in "
                 "the kingdom so far in 2020 to 120, according to an AFP tally.",
                 "Iran hanged three men on Thursday, bringing the number executed in Iran this year to 250."):
        got = facts(text, pub)
        assert [g for g in got if g[2] in (120, 250) and g[3] == "2020-01-01"], text


def test_a_figure_by_this_point_last_year_runs_to_the_same_day_last_year():
    pub = date(2020, 7, 15)
    for phrase in ("By this point last year", "By the same time last year", "At this stage last year"):
        got = facts(f"Saudi Arabia has executed 40 people so far this year. {phrase} it had put 90 people to "
                    "death.", pub)
        assert ("executed", "SA", 90, "2019-01-01", "2019-07-15") in got, phrase


def test_last_year_alone_is_still_the_whole_year():
    got = facts("Saudi Arabia executed 90 people last year.", date(2020, 7, 15))
    assert ("executed", "SA", 90, "2019-01-01", "2019-12-31") in got


# --- the person a head singles out, named after a copula or a description -----------------------

def test_the_last_person_executed_named_after_the_copula_is_an_execution():
    for text in ("The last woman executed in Malaysia was cook Lim Ah Kow in 2003, a rights group said.",
                 "The last woman to be executed in Malaysia was Lim Ah Kow, a cook hanged in 2003 for murder.",
                 "The last woman executed in Malaysia was 41-year-old cook Lim Ah Kow in 2003."):
        got = named(text, date(2020, 5, 5))
        assert ("executed", "MY", 1, ("Lim Ah Kow",)) in got, text


def test_a_month_inside_a_three_word_name_is_part_of_it():
    got = named("Tan May Ling was hanged at Changi Prison on Friday.", date(2020, 5, 9))
    assert ("executed", "SG", 1, ("Tan May Ling",)) in got


def test_a_person_not_singled_out_by_the_copula_is_no_execution():
    got = facts("The woman executed in Malaysia was not Lim Ah Kow, her lawyer said.", date(2020, 5, 5))
    assert got == []


# --- one person described, then "and N others" ----------------------------------------------------

def test_a_described_person_and_n_others_is_n_plus_one():
    for text, n in (("A Cairo court sentenced the movement's supreme guide and 40 other people to death on "
                     "Monday.", 41),
                    ("The court sentenced the cell's founder and nine others to death on Monday.", 10)):
        got = facts(text, date(2020, 6, 9))
        assert [g[2] for g in got] == [n], text


def test_a_counted_person_and_n_others_is_counted_once():
    got = facts("Iraq hanged a former minister and two others on Monday in Baghdad.", date(2020, 6, 9))
    assert [g[2] for g in got] == [3]


def test_a_named_person_and_n_others_is_counted_once():
    got = facts("Ali Karimi and two other prisoners were hanged in Qom on Monday.", date(2020, 6, 9))
    assert [g[2] for g in got] == [3]


def test_a_state_left_out_of_a_figure_still_names_its_country():
    got = facts("Outside Florida, 20 people were executed in eight other states in 2020.", date(2021, 1, 5))
    assert ("executed", "US", 20, *Y20) in got
