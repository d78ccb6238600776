"""Claim assembly: events, kinds, offences, places, countries, breakdowns and restatements."""
import json
from datetime import date

import spacy

from extract import EXTRACTOR_VERSION, Claim, Extractor, extract_report
from extract.jsonl import run_jsonl
from extract.pipeline import PIPES

from claim_rows import claim_reader

PUB = date(2024, 10, 10)  # a Thursday


facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=PUB)


def test_pipeline_builds_from_blank_with_validation():
    nlp = spacy.blank("en")
    for name in PIPES:
        nlp.add_pipe(name, validate=True)
    assert nlp.pipe_names == list(PIPES)
    assert nlp.get_pipe_meta("vigil_claims").default_config == {"default_country": "IR", "lead_chars": 600}
    doc = nlp.make_doc("Four prisoners were hanged in Karaj on Monday.")
    doc._.published = PUB
    assert [c.count for c in nlp(doc)._.claims] == [4]


def test_event_with_place_offence_and_weekday():
    [claim] = extract_report("Two men convicted of drug trafficking were hanged in Ghezel Hesar Prison on Tuesday.", PUB)
    assert (claim.event, claim.count, claim.period_start, claim.kind) == ("executed", 2, date(2024, 10, 8), "event")
    assert claim.offences == ("drug",)
    assert claim.location == "Ghezel Hesar Prison"


def test_evidence_offsets_point_at_the_sentence():
    text = "Rights groups condemned the trial.\n\nThree prisoners were executed in Urmia yesterday."
    [claim] = extract_report(text, PUB)
    assert text[claim.start_char:claim.end_char] == claim.evidence == "Three prisoners were executed in Urmia yesterday."
    assert claim.field == "text"


def test_aggregate_and_breakdown_share_the_period():
    text = "At least 400 people were executed in the first nine months of 2024. Twenty of them were women."
    assert facts(text) == [
        ("executed", 20, "2024-01-01", "2024-09-30", "aggregate"),
        ("executed", 400, "2024-01-01", "2024-09-30", "aggregate"),
    ]


def test_including_breakdown():
    text = "The group said 212 people, including 9 women and 31 Afghan nationals, were executed in 2023."
    assert [c[1] for c in facts(text)] == [9, 31, 212]


def test_sentenced_and_imminent():
    text = ("A revolutionary court sentenced three protesters to death on Sunday. "
            "Two other prisoners were transferred to solitary confinement in preparation for execution on Monday.")
    assert facts(text) == [
        ("imminent", 2, "2024-10-07", "2024-10-07", "event"),
        ("sentenced", 3, "2024-10-06", "2024-10-06", "event"),
    ]


def test_ordinal_is_an_aggregate_since_the_protests():
    text = ("The protests broke out in September 2022. Ali Karimi, who was hanged on Monday, "
            "was the eleventh protester to be executed.")
    assert ("executed", 11, "2022-09-01", "2024-10-07", "aggregate") in facts(text)


def test_other_country():
    [claim] = extract_report("Saudi Arabia executed 17 people in August, according to a tally.", PUB)
    assert (claim.country, claim.count) == ("SA", 17)


def test_headline_and_body_are_one_claim():
    claims = extract_report("Seven prisoners were hanged in Shiraz on Monday.", PUB, title="Seven prisoners hanged in Shiraz")
    assert len(claims) == 1 and claims[0].field == "text"


def test_restatement_with_date_replaces_undated_mention():
    text = ("Five inmates have been executed in Qazvin.\n\n"
            "Sources told the group that the five men were hanged on 3 October.")
    assert facts(text) == [("executed", 5, "2024-10-03", "2024-10-03", "event")]


def test_two_named_people_in_the_same_prison_are_two_incidents_and_the_title_takes_the_dated_one():
    # the second man is told as background to the first ("the same morning that ... hanged Y"):
    # other names mean another incident, even with a date only inherited; the title's bare
    # "X hanged" is the dated body sentence told first
    text = ("Drug prisoner Farid Karimi hanged in Ghezel Hesar\n"
            "Farid Karimi, a man from Ilam, was executed in Ghezel Hesar Prison in Karaj on Wednesday, "
            "9 October, the group has learned.\n"
            "His execution took place on the same morning that the authorities hanged the political "
            "prisoner Navid Rostami in the same prison.")
    claims = extract_report(text, date(2024, 10, 11))
    assert sorted((c.count, str(c.period_start), c.names) for c in claims) == [
        (1, "2024-10-09", ("Farid Karimi",)), (1, "2024-10-09", ("Navid Rostami",))]


def test_one_person_named_in_full_then_by_surname_is_one_incident():
    text = ("Kurdish prisoner Farid Karimi was hanged in Urmia Central Prison on Monday.\n\n"
            "Karimi had been arrested in 2019, the group said; the execution of Karimi was not announced.")
    assert facts(text) == [("executed", 1, "2024-10-07", "2024-10-07", "event")]


def test_claim_round_trips_through_dict():
    [claim] = extract_report("Six men were hanged in Yazd on 1 October.", PUB)
    d = claim.to_dict()
    assert d["period_start"] == "2024-10-01" and isinstance(d["offences"], list)
    assert Claim.from_dict(json.loads(json.dumps(d))) == claim


def test_extract_many_keeps_order():
    reports = [("Nine prisoners were hanged on Monday.", PUB, ""), ("", None, ""),
               ("Two women were executed in Qom yesterday.", PUB, "")]
    out = list(Extractor().extract_many(iter(reports), batch_size=2))
    assert [[c.count for c in claims] for claims in out] == [[9], [], [2]]


def test_bad_input_does_not_crash():
    ex = Extractor()
    assert ex.extract("", None) == []
    assert ex.extract("<p>Three men were <b>hanged</b> in Rasht on 2 October.</p>", PUB)[0].count == 3
    # Persian text under the default language is read by the Persian pipeline (its script decides)
    assert [c.count for c in ex.extract("سه زندانی در زندان قزلحصار اعدام شدند", PUB)] == [3]
    big = "Officials met on Monday to discuss the budget. " * 30000   # 1.4 MB
    assert ex.extract(big + " Four men were hanged in Sari on 5 October.", PUB)[0].count == 4


def test_run_jsonl_reports_bad_lines_and_goes_on():
    lines = [
        json.dumps({"id": "a", "published": "2024-10-10T08:00:00Z", "title": "", "text": "Ten men were hanged on Monday."}),
        "{not json",
        json.dumps({"id": "c", "published": "yesterday", "text": "x"}),
        json.dumps({"id": "d", "text": "Three prisoners were executed in 2019."}),
    ]
    out = [json.loads(line) for line in run_jsonl(lines)]
    assert [o["id"] for o in out] == ["a", None, "c", "d"]
    assert out[0]["claims"][0]["period_start"] == "2024-10-07"
    assert out[1]["error"].startswith("line 2:") and out[2]["error"].startswith("line 3:")
    assert out[3]["claims"][0]["period_end"] == "2019-12-31"


def test_version_is_set():
    assert EXTRACTOR_VERSION.count(".") == 2


def test_long_report_dense_with_claims_stays_linear():
    # pytest-timeout (300 s) is the guard here; speed itself is measured in bench/extract.py
    text = "Five prisoners were hanged in Qom on 2 October and the court met on Monday. " * 3000
    claims = Extractor().extract(text, PUB)
    assert [(c.count, c.period_start) for c in claims] == [(5, date(2024, 10, 2))]


def test_end_bound_narrows_the_same_figure():
    text = ("The monitors said 318 people had been hanged since the start of the year. "
            "They said the 318 executions were verified for the period up to the end of August.")
    assert facts(text) == [("executed", 318, "2024-01-01", "2024-08-31", "aggregate")]
