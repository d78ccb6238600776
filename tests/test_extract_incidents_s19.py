"""Kinds of English Iran-stream reporting that made wrong, doubled or wrongly dated incident claims
(kind "event", which drive the weekly totals), each pinned with sentences written for this file
(other names, places, figures and dates than any labelled report), with near misses that must keep
their claim."""
from datetime import date

from claim_rows import claim_reader

PUB = date(2024, 5, 9)   # a Thursday

facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=PUB)
events = claim_reader("event", "count", published=PUB)
named = claim_reader("event", "count", "names", published=PUB)


# 1. "All three were sentenced to death in 2016" after three people were told as moved to solitary
#    confinement (two of them then hanged): the sentence of the people of a transfer told before is
#    that transfer's lead-up, background, dated or not. A group of that size told as news is read.

def test_the_sentence_of_a_group_moved_for_execution_is_background():
    for text in ("Three prisoners were moved to solitary confinement in Tabriz on Monday, their families said. "
                 "All three were sentenced to death in 2015 by a Revolutionary Court.",
                 "Three prisoners were moved to solitary confinement in Tabriz on Monday, their families said. "
                 "The three had been sentenced to qisas nine years ago."):
        assert events(text) == [("imminent", 3)], text


def test_a_new_sentence_of_as_many_people_after_a_transfer_stays_news():
    text = ("Three prisoners were moved to solitary confinement in Tabriz on Monday, their families said. "
            "A court in Ardabil sentenced three other men to death on Tuesday.")
    assert ("sentenced", 3) in events(text)


# 2. A person the report has already named as one of a group executed ("The group named them as A, B
#    and C"), told again as hanged with no day of their own, even paragraphs later, is one of that group:
#    the name labels its claim, never a second incident on the day of publication. Someone not named
#    before, in a paragraph of their own, is still read.

def test_a_person_named_as_one_of_a_group_and_told_again_is_no_second_incident():
    text = ("Nine prisoners were hanged in Zabol on Tuesday, a rights group said.\n\n"
            "The group identified them as Karim Dehmardeh, Nasser Gorgij and Yaser Sarani. Their families were "
            "not told in advance.\n\n"
            "A lawyer said Yaser Sarani was hanged although his case was still under review.")
    got = named(text)
    assert len(got) == 1 and got[0][1] == 9 and "Yaser Sarani" in got[0][2]


def test_a_person_not_named_before_in_a_paragraph_of_their_own_is_still_read():
    text = ("Nine prisoners were hanged in Zabol on Tuesday, a rights group said.\n\n"
            "Their families were not told in advance.\n\n"
            "A lawyer said Yaser Sarani was hanged although his case was still under review.")
    assert ("executed", 1, ("Yaser Sarani",)) in named(text)


# 3. "the same day" of an execution points at the day of the executions told before, past the day
#    of a lead-up told in the pluperfect in words that make no trigger ("had been moved from Ward 4 to
#    solitary confinement on Monday"). A day of executions told last is still the one it points at.

def test_the_same_day_points_past_a_lead_up_told_in_the_pluperfect():
    text = ("At least 14 people were executed in Iran on Wednesday 8 May. Eleven of them were hanged together in "
            "Qezelhesar Prison. They had been moved from Ward 4 of the prison to solitary confinement on Monday. "
            "Three other men were executed the same day in Rasht Central Prison.")
    assert ("executed", 3, "2024-05-08", "2024-05-08", "event") in facts(text)


def test_the_same_day_after_another_day_of_executions_is_that_day():
    text = ("Four men were hanged in Qom on Monday. Two more were hanged in Tabriz on Tuesday. "
            "A woman was executed the same day in Arak.")
    assert ("executed", 1, "2024-05-07", "2024-05-07", "event") in facts(text)


# 4. A death sentence issued or upheld with no date of its own is dated by the day it was announced,
#    told after it as a saying ("..., his lawyer said on Tuesday"), never by the report's day; a span
#    inside a clause about the people ("arrested during the protests of last March") is theirs, not the
#    sentence's. A sentence with a date of its own keeps it; an execution is not dated so (it may be
#    older than its news).

def test_an_upheld_sentence_takes_the_day_it_was_announced():
    assert facts("The Supreme Court has upheld the death sentence of Arman Bahrami, his lawyer said on Tuesday.") \
        == [("sentenced", 1, "2024-05-07", "2024-05-07", "event")]


def test_a_span_in_a_clause_about_the_people_is_not_the_sentence_s():
    text = ("The Supreme Court has confirmed the death sentences of three young men arrested during the unrest of "
            "last March, the judiciary announced on Monday.")
    assert facts(text) == [("sentenced", 3, "2024-05-06", "2024-05-06", "event")]


def test_a_sentence_with_its_own_date_keeps_it():
    assert facts("Two men were sentenced to death in 2021, the rights group said on Monday.") \
        == [("sentenced", 2, "2021-01-01", "2021-12-31", "aggregate")]


def test_a_hedged_tally_of_sentences_told_with_a_day_of_saying_makes_no_incident():
    assert events("Revolutionary courts have sentenced at least 25 protesters to death, Amnesty said on Monday.") == []


def test_a_later_day_of_the_verdict_moves_the_day_it_was_announced():
    text = ("A court in Tabriz has sentenced teacher Saman Rezaei to death, his lawyer said on Tuesday. The lawyer "
            "said Rezaei had been sentenced to death on Saturday.")
    assert [row[2:4] for row in facts(text)] == [("2024-05-04", "2024-05-04")]


def test_an_execution_is_not_dated_by_the_day_it_was_told():
    got = facts("Two men were hanged in Semnan Prison, a rights group said on Monday.")
    assert [row[2] for row in got] == ["2024-05-09"]


# 5. In a review of a closed month, one person told as "among those executed" in a paragraph of its
#    own is one of the month's people, executed some time in it: never an incident on the day of
#    publication, even when the review names the day it was released ("said in a report released on
#    Monday"). A person told with a day of their own keeps it.

REVIEW = ("At least 90 people were executed in Iran in April, a rights group said in a report released on Monday.\n\n"
          "Among those hanged were 12 Afghan nationals and seven Kurds, according to the report.\n\n")


def test_one_person_among_those_executed_in_a_monthly_review_is_of_the_month():
    got = facts(REVIEW + "One woman was among those executed: Leila Moradi, convicted of killing her husband "
                "after years of abuse, her family said.")
    assert ("executed", 1, "2024-04-01", "2024-04-30", "aggregate") in got
    assert not [row for row in got if row[2] == "2024-05-09"]


def test_a_person_with_a_day_of_their_own_in_a_monthly_review_keeps_it():
    got = facts(REVIEW + "One woman, Leila Moradi, was hanged in Qom on 17 April, her family said.")
    assert ("executed", 1, "2024-04-17", "2024-04-17", "event") in got


# 6. One count told on two days joined by "and" ("on 28 April and 6 May") is dated over both, from the
#    first to the second, never on the first alone (which would double the incidents told on each day
#    after it). A list that gives each day its own count ("four on Saturday and two on Tuesday") keeps
#    one day each.

def test_a_count_told_on_two_days_spans_them():
    text = ("Nine prisoners were executed in Vakilabad Prison on 28 April and 6 May, a rights group said. Five men "
            "were hanged on 28 April. Four more were executed on 6 May.")
    got = facts(text)
    assert ("executed", 9, "2024-04-28", "2024-05-06") in [row[:4] for row in got]
    assert ("executed", 9, "2024-04-28", "2024-04-28") not in [row[:4] for row in got]
    assert ("executed", 5, "2024-04-28", "2024-04-28", "event") in got


def test_a_day_list_with_a_count_for_each_day_keeps_one_day_each():
    got = facts("Five women were hanged in Arak on 28 April and two on 6 May.")
    assert [row[:4] for row in got] == [("executed", 2, "2024-05-06", "2024-05-06"),
                                        ("executed", 5, "2024-04-28", "2024-04-28")]


# 7. People listed with a day each after the first one's verb ("A was hanged on 2 May, B on 4 May and
#    C on 7 May") leave that verb out: each is an incident on their own day. A person after the day
#    with a verb of their own that is no execution ("and B was released on 4 May") is none.

def test_people_listed_with_their_days_after_one_verb_are_each_an_incident():
    got = named("Kaveh Ahmadi was hanged on 2 May, Sina Ghaderi on 4 May and Behnam Rostami Far on 7 May.")
    assert sorted(got) == [("executed", 1, ("Behnam Rostami Far",)), ("executed", 1, ("Kaveh Ahmadi",)),
                           ("executed", 1, ("Sina Ghaderi",))]
    days = [row[2] for row in facts("Kaveh Ahmadi was hanged on 2 May, Sina Ghaderi on 4 May and Behnam Rostami "
                                    "Far on 7 May.")]
    assert sorted(days) == ["2024-05-02", "2024-05-04", "2024-05-07"]


def test_a_person_after_the_day_with_a_verb_of_their_own_is_no_execution():
    assert named("Kaveh Ahmadi was hanged in Qom on 2 May, and Sina Ghaderi was released on 4 May.") == [
        ("executed", 1, ("Kaveh Ahmadi",))]


# 8. A figure whose people a colon then lists, each with a day of their own ("Two men were hanged: A,
#    hanged in Qom on 3 April, and B, hanged in Arak on 19 April") counts executions on different
#    days: each person is an incident on their day, and the figure is no incident on the first day
#    (it spans the month the report is about). People listed on one day stay one incident.

def test_people_listed_with_days_of_their_own_are_each_an_incident():
    text = ("At least 70 people were executed in Iran in April, the group said.\n\n"
            "Two men were executed on political charges: Navid Sharifi, 29, hanged in Qom on 3 April, and Arash "
            "Bagheri, 33, hanged in Arak Central Prison on 19 April.")
    got = facts(text)
    assert ("executed", 1, "2024-04-03", "2024-04-03", "event") in got
    assert ("executed", 1, "2024-04-19", "2024-04-19", "event") in got
    assert ("executed", 2, "2024-04-01", "2024-04-30", "aggregate") in got
    assert not [row for row in got if row[1] == 2 and row[4] == "event"]


def test_people_listed_after_a_colon_on_one_day_stay_one_incident():
    got = named("Two men were hanged in Qom on 3 May: Navid Sharifi, 29, and Arash Bagheri, 33.")
    assert got == [("executed", 2, ("Navid Sharifi", "Arash Bagheri"))]


# 9. A transfer "to a solitary cell" is the transfer for execution "to solitary confinement" is.

def test_a_transfer_to_a_solitary_cell_is_an_imminent_execution():
    assert facts("Hamid Sohrabi was transferred to a solitary cell in Rasht Prison on Tuesday ahead of his "
                 "execution, his family said.") == [("imminent", 1, "2024-05-07", "2024-05-07", "event")]


# 10. "X, who ran a newspaper and was hanged on 12 March": the second verb of a relative clause about
#     the person is their own execution, with its day. A verb of their own after the clause still wins.

def test_the_second_verb_of_a_relative_clause_about_a_person_is_their_execution():
    text = "Among those put to death was blogger Saman Farhadi, who ran a satirical channel and was hanged on 12 March."
    assert facts(text) == [("executed", 1, "2024-03-12", "2024-03-12", "event")]


def test_a_verb_of_their_own_after_the_relative_clause_wins():
    text = "Saman Farhadi, who shot a guard and was sentenced to death in 2016, was hanged in Qom on Tuesday."
    assert ("executed", 1, "2024-05-07", "2024-05-07", "event") in facts(text)


# 11. A one-day incident across places, then its parts paragraph by paragraph ("Nine prisoners were
#     hanged in three cities on Monday.\n\nFive of them ... in Qom.\n\nIn Arak, a man was hanged in
#     public"): an undated person in a later paragraph is one of the group, executed on its day, not
#     on the day of publication. A paragraph that names another day in between keeps its own.

GROUP = ("Nine prisoners were hanged in three Iranian cities on Monday, 6 May.\n\n"
         "Five of them were executed together in Qom.\n\n")


def test_an_undated_part_two_paragraphs_after_the_group_takes_its_day():
    got = facts(GROUP + "In Arak, an unidentified man was hanged in a public square.")
    assert ("executed", 1, "2024-05-06", "2024-05-06", "event") in got
    assert not [row for row in got if row[2] == "2024-05-09"]


def test_a_day_told_in_between_is_no_day_of_the_group():
    got = facts(GROUP + "Two others were moved to solitary confinement on Tuesday.\n\n"
                "In Arak, an unidentified man was hanged in a public square.")
    assert ("executed", 1, "2024-05-06", "2024-05-06", "event") not in got


# 12. "Prisoners on death row for drug offences were hanged": death row told of the people before the
#     verb that hanged them is where they were taken from, an incident; a death-row population told
#     with a verb of its own ("remain on death row", "who are on death row") is still no claim.

def test_people_on_death_row_who_were_hanged_are_an_incident():
    assert facts("Eleven prisoners on death row for drug offences were hanged in Qezelhesar Prison on Monday.") \
        == [("executed", 11, "2024-05-06", "2024-05-06", "event")]


def test_a_death_row_population_is_still_no_claim():
    assert events("Some 300 prisoners remain on death row in Qezelhesar Prison, a rights group said on Monday.") == []
    assert events("Eleven prisoners who are on death row could be hanged at any time.") == []


def test_a_count_told_over_two_parts_of_months_spans_them():
    got = facts("At least three prisoners were executed in secret in Dastgerd Prison in late March and early April, "
                "the outlet said.")
    assert [row[:4] for row in got] == [("executed", 3, "2024-03-21", "2024-04-10")]


def test_a_count_told_in_two_years_is_not_joined_over_them():
    got = facts("Iran executed 834 people in 2022 and 2023, the group said.")
    assert ("executed", 834, "2022-01-01", "2023-12-31") not in [row[:4] for row in got]


# 13. "Three women were hanged on Wednesday ... The third woman, X, was also sentenced to qisas": one of
#     a group executed before, picked out by its place in it, whose sentence the report then tells: the
#     lead-up of her execution, background. A person not picked out of the group is still news.

def test_the_sentence_of_one_picked_out_of_a_group_executed_is_background():
    text = ("Three women were hanged in three prisons on Wednesday, 8 May.\n\n"
            "Mina Jafari was hanged in Qom. The third woman, Parisa Noori, was also sentenced to qisas for "
            "killing her husband.")
    assert "sentenced" not in [row[0] for row in events(text)]


def test_a_sentence_of_someone_else_after_a_group_executed_is_news():
    text = ("Three women were hanged in three prisons on Wednesday, 8 May.\n\n"
            "In a separate case, a court in Qom sentenced Parisa Noori to death on Tuesday.")
    assert ("sentenced", 1) in events(text)


def test_a_person_after_a_group_s_day_and_after_of_leaves_the_verb_out_too():
    got = facts("Two men were hanged in Tabriz on 2 May, and Sina Ghaderi on 4 May.")
    assert ("executed", 1, "2024-05-04", "2024-05-04", "event") in got
    got = facts("April saw the hanging of two Kurdish men, Kaveh Ahmadi and Sina Ghaderi, in Urmia on 11 April, and "
                "of veteran activist Behnam Rostami on 23 April.", date(2024, 5, 2))
    assert ("executed", 1, "2024-04-23", "2024-04-23", "event") in got


def test_someone_else_after_the_day_with_a_verb_of_their_own_makes_no_execution():
    got = events("Two men were hanged in Tabriz on 2 May, and the family of Sina Ghaderi on 4 May was told to wait.")
    assert got == [("executed", 2)]


# 14. "the death sentence handed to X": "to" after a verb of giving names the person the sentence went
#     to, not a place ("transferred to Evin Prison" still names one).

def test_a_person_a_sentence_was_handed_to_is_named():
    assert named("The Supreme Court has upheld the death sentence handed to Roya Karimi, her lawyer said on Monday.") \
        == [("sentenced", 1, ("Roya Karimi",))]


# 15. A report led by a tally of a few days ("At least 31 prisoners were executed in Iran in the past
#     week"), with no day named anywhere: an execution of fewer people told with no day of its own is
#     one of the tally's people, in its window, never on the day of publication. A report that names
#     the day of that execution keeps it.

TALLY = ("At least 31 prisoners were executed in Iran in the past week, according to figures compiled from "
         "rights groups.\n\nMost of them had been convicted of drug offences.\n\n")


def test_an_undated_execution_in_a_weekly_tally_is_of_its_week():
    got = facts(TALLY + "A woman identified as Shirin Alavi, 38, was hanged in Qom prison for killing her husband.")
    assert ("executed", 1, "2024-05-02", "2024-05-08", "event") in got
    assert not [row for row in got if row[2] == "2024-05-09"]


def test_an_execution_told_with_its_day_in_a_weekly_tally_keeps_it():
    got = facts(TALLY + "A woman identified as Shirin Alavi, 38, was hanged in Qom prison on Monday.")
    assert ("executed", 1, "2024-05-06", "2024-05-06", "event") in got


# 16. "The seven defendants were sentenced to death ... Four of them, A, B, C and D, were hanged over the
#     past six months": a part of a group that made no figure (its sentence is background), told with an
#     execution verb and a date of its own, is those people's execution, never a part of another claim
#     (here an imminent one told before, whose event it would take). Without a date of its own it is no
#     claim.

CASE = ("Two Baluch prisoners, Javad Narouei and Hamid Rigi, are at imminent risk of execution.\n\n"
        "The nine defendants in the case were sentenced to death after an unfair trial. ")


def test_a_part_of_a_group_that_made_no_figure_with_its_own_verb_and_date_is_an_execution():
    got = facts(CASE + "Five of them, Omid Sarani, Reza Gorgij, Ali Baluchi, Nasser Dehvari and Hadi Mirshekar, "
                "were hanged over the past three months.")
    assert ("executed", 5, "2024-02-09", "2024-05-09", "event") in got
    assert "imminent" not in [row[0] for row in got if row[1] == 5]


def test_such_a_part_without_a_date_makes_no_claim():
    got = facts(CASE + "Five of them were hanged.")
    assert [row for row in got if row[1] == 5] == []


def test_people_listed_with_the_days_of_their_arrests_stay_one_incident():
    got = facts("Two men were executed in Qom on Monday: Ali Karimi, arrested on 3 May 2019, and Reza Amini, "
                "arrested on 5 June 2020.")
    assert got == [("executed", 2, "2024-05-06", "2024-05-06", "event")]


# 17. "A was sentenced to death in Tabriz in March, and teacher B was sentenced in Ardabil in April": a
#     person joined by "and" whose own verb leaves out "to death" is sentenced to death too, on their own
#     date. A prison term told so ("and his brother was sentenced to ten years") is none.

def test_a_person_whose_sentence_leaves_out_to_death_after_a_death_sentence_is_sentenced():
    text = ("Leila Hosseini, a teacher, was sentenced to death in Tabriz in March, and student activist Mina "
            "Sadeghi was sentenced in Ardabil in April.")
    assert ("sentenced", 1, "2024-04-01", "2024-04-30", "event") in facts(text)


def test_a_prison_term_after_a_death_sentence_is_no_death_sentence():
    text = ("Leila Hosseini was sentenced to death in March, and her sister Mina Hosseini was sentenced to ten years "
            "in prison.")
    assert events(text) == [("sentenced", 1)]
