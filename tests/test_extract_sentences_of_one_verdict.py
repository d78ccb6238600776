"""Kind: the people sentenced to death in one verdict (one court, one day) are one incident claim
with their names, grouped as the people of one execution are: a list set off by commas between
"sentenced" and "to death", groups joined by "and" after the verb, groups named in apposition; a
restatement of the verdict merges with it, and another verdict stays apart.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", "names", published=date(2025, 4, 18))   # a Friday


def test_a_list_of_names_set_off_between_the_verb_and_to_death():
    assert facts("The Revolutionary Court of Sanandaj sentenced Pouya Azizi, Hamed Lotfi and Kaveh Moradi "
                 "to death on Tuesday.") == [
        ("sentenced", 3, "2025-04-15", "2025-04-15", "event", ("Pouya Azizi", "Hamed Lotfi", "Kaveh Moradi"))]


def test_a_group_and_its_names_in_apposition():
    assert facts("Branch 15 of the Revolutionary Court has sentenced two labour activists, Siavash Rahimi and "
                 "Navid Ebrahimi, to death on Wednesday on the charge of baghi.") == [
        ("sentenced", 2, "2025-04-16", "2025-04-16", "event", ("Siavash Rahimi", "Navid Ebrahimi"))]


def test_a_man_and_a_woman_named_after_them_are_one_verdict_over_a_month():
    assert facts("A court in Karaj in March sentenced a man and a woman, Jalal Heidari and Mina Sadri, to death "
                 "for drug trafficking.") == [
        ("sentenced", 2, "2025-03-01", "2025-03-31", "event", ("Jalal Heidari", "Mina Sadri"))]


def test_groups_joined_by_and_after_the_verb_are_one_group():
    assert facts("A criminal court in Zanjan sentenced three men and a woman to death on Monday.") == [
        ("sentenced", 4, "2025-04-14", "2025-04-14", "event", ())]


def test_groups_joined_after_an_execution_verb_are_one_group_too():
    # the same definition of a group: the object of the verb, whichever event it tells
    assert facts("The authorities hanged two men and a woman in Urmia Central Prison on Monday.") == [
        ("executed", 3, "2025-04-14", "2025-04-14", "event", ())]


def test_groups_at_two_places_stay_two_incidents():
    assert facts("On Monday the authorities hanged two men in Qom and a woman in Arak.") == [
        ("executed", 1, "2025-04-14", "2025-04-14", "event", ()),
        ("executed", 2, "2025-04-14", "2025-04-14", "event", ())]


def test_the_verdict_told_again_with_its_names_is_one_claim():
    assert facts("Three Baluch men have been sentenced to death in Zahedan. The Revolutionary Court sentenced "
                 "Younes Brahui, Abdolghani Rigi and Salem Shahbakhsh to death on Sunday.") == [
        ("sentenced", 3, "2025-04-13", "2025-04-13", "event", ("Younes Brahui", "Abdolghani Rigi", "Salem Shahbakhsh"))]


def test_two_verdicts_of_two_courts_stay_apart():
    assert facts("A revolutionary court in Ahvaz sentenced Ali Sayahi to death on Sunday. Separately, a "
                 "court in Tabriz sentenced Behnam Ghasemi and Taher Rezaei to death on Tuesday.") == [
        ("sentenced", 1, "2025-04-13", "2025-04-13", "event", ("Ali Sayahi",)),
        ("sentenced", 2, "2025-04-15", "2025-04-15", "event", ("Behnam Ghasemi", "Taher Rezaei"))]


def test_a_prison_term_before_to_death_is_not_this_verdict():
    # "sentenced him to ten years and his brother to death": no "to" between the verb and "to death"
    assert facts("The court sentenced Reza Amini to ten years in prison on Monday.") == []


def test_names_listed_one_per_line_under_the_verdict_are_its_people():
    assert facts("On Wednesday, Branch 2 of the Revolutionary Court of Khorramabad sentenced the following "
                 "men to death:\n\n- Arash Bahrami\n- Sohrab Kiani\n\nBoth were accused of armed robbery.") == [
        ("sentenced", 2, "2025-04-16", "2025-04-16", "event", ("Arash Bahrami", "Sohrab Kiani"))]


def test_names_listed_under_a_plea_to_stop_their_execution_are_no_claim():
    assert facts("Rights groups have called for an end to the execution of the following prisoners:\n\n"
                 "- Arash Bahrami\n- Sohrab Kiani\n\nBoth are held in Khorramabad.") == []


kinds = claim_reader("event", "count", "kind", "names", published=date(2025, 4, 18))


def test_one_person_named_in_apposition_over_a_stated_month_is_an_incident():
    assert kinds("A second labour activist, Parisa Nouri, was sentenced to death on the same charge in "
                 "February.") == [("sentenced", 1, "event", ("Parisa Nouri",))]
