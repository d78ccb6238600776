"""People as reports name them: by a hyphenated age, one per line under a heading, in apposition
after a count, and a subgroup singled out of one incident (invented reports throughout)."""
from datetime import date

from extract import extract_report

from claim_rows import claim_reader

PUB = date(2025, 11, 6)


claims = claim_reader("event", "count", "period_start", "kind", "location", "offences", "names",
                      published=PUB, ordered=True)


def test_a_person_described_by_a_hyphenated_age_is_one_person():
    assert claims("A 57-year-old farmer was hanged in Birjand Prison on Tuesday after being convicted of murder.") \
        == [("executed", 1, "2025-11-04", "event", "Birjand Prison", ("murder",), ())]
    assert claims("Two 19-year-old men were executed in Dizelabad Prison on 2 November.") \
        == [("executed", 2, "2025-11-02", "event", "Dizelabad Prison", (), ())]


LISTED = ("Monitor report, 6 November 2025: Inmates of Adelabad Prison in Shiraz were hanged at dawn on Monday, "
          "3 November. Their families identified the following men:\n"
          "1. Karim Bahrami, 33, sentenced for drug smuggling\n"
          "2. Yousef Ranjbar (40), convicted of murder\n"
          "3. Hamid Eskandari – drug trafficking\n"
          "Officials have not commented.")


def test_names_listed_one_per_line_make_the_claim_the_lead_sentence_left_without_a_number():
    assert claims(LISTED) == [("executed", 3, "2025-11-03", "event", "Adelabad Prison",
                               ("drug", "murder"), ("Karim Bahrami", "Yousef Ranjbar", "Hamid Eskandari"))]


def test_names_listed_one_per_line_label_the_count_of_the_lead_without_adding_to_it():
    text = LISTED.replace("Inmates of Adelabad Prison", "Three inmates of Adelabad Prison")
    got = claims(text, title="Three hanged in Shiraz")
    assert [(g[1], g[6]) for g in got] == [(3, ("Karim Bahrami", "Yousef Ranjbar", "Hamid Eskandari"))]


def test_a_list_of_names_that_does_not_follow_an_execution_is_no_claim():
    assert claims("The delegation met the following officials:\n- Laleh Moradi, deputy governor\n"
                  "- Kaveh Sadri, head of the prison service") == []


def test_names_in_apposition_are_the_people_of_the_count():
    assert claims("Two brothers, Arash Nouri and Babak Nouri, were hanged in Qom on Sunday.") \
        == [("executed", 2, "2025-11-02", "event", "Qom", (), ("Arash Nouri", "Babak Nouri"))]
    got = claims("Several detainees were taken to solitary confinement on Saturday; three of them, Omid Jafari, "
                 "Nima Alavi and Sina Hatami, were executed at dawn on 4 November.")
    assert [(g[0], g[1], g[6]) for g in got] == [("executed", 3, ("Omid Jafari", "Nima Alavi", "Sina Hatami"))]


def test_a_subgroup_of_one_incident_is_not_a_second_incident():
    got = claims("The authorities hanged eleven prisoners in Ghezel Hesar on 5 November, among them three "
                 "women and a juvenile offender.")
    assert [(g[1], g[2], g[3]) for g in got] == [(11, "2025-11-05", "event")]


def test_people_named_among_a_half_years_executed_share_its_span():
    got = [(c.count, str(c.period_start), str(c.period_end), c.names) for c in extract_report(
        "The centre documented 190 executions in the first six months of 2025, most for drug offences.\n\n"
        "The report also covers the death penalty's use against minorities, and the trials it calls unfair.\n\n"
        "Baluch prisoners Jalil Barahui and Omid Sarani were among those hanged for drug trafficking.", PUB)]
    assert (2, "2025-01-01", "2025-06-30", ("Jalil Barahui", "Omid Sarani")) in got


def test_words_of_faith_are_not_names():
    got = claims("The group counted 40 executions in October 2025. Most of those executed were Sunni Muslims.")
    assert [g[1] for g in got] == [40]
