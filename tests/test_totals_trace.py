"""`vigil claims --week`: every claim behind a week, counted, merged or used as a bound."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from claimstore import ClaimStore, sample_week, write_alerts_yaml
from vigil.cli import cli
from vigil.reviews import record_review


def invoke(tmp_path, *args):
    config = write_alerts_yaml(tmp_path / "config")
    return CliRunner().invoke(cli, ["--config", str(config), "--data", str(tmp_path / "data"), *args])


def test_claims_lists_counted_merged_and_bound_with_source_url_and_evidence(tmp_path):
    store = ClaimStore(tmp_path / "data")
    ids = sample_week(store)
    store.db.close()
    result = invoke(tmp_path, "claims", "--week", "2025-W38", "--country", "ir")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == (
        "2025-W38 (week of 2025-09-15) IR: total 64 = max(reported 3 over 2 incidents, bound 64); "
        "confirmed 2; 3 sources"
    )
    text = result.output
    assert f"#{ids['shiraz_ihr']:<6} COUNTED   incident 1: 2 (confirmed: independent sources ihr and news)" in text
    assert (f"#{ids['shiraz_news']:<6} MERGED    into #{ids['shiraz_ihr']} (incident 1; matched #{ids['shiraz_ihr']}: "
            "day 2025-09-16; place: Adelabad in Shiraz; count 2)") in text
    assert (f"#{ids['shiraz_hrana']:<6} MERGED    into #{ids['shiraz_ihr']} (incident 1; matched #{ids['shiraz_ihr']}: "
            "name: Hassan Ali Shakib, Hossein Nasirian; day 2025-09-16 and 2025-09-17; place: Adelabad in Shiraz; "
            "offences: drug)") in text
    assert f"#{ids['karaj']:<6} COUNTED   incident 2: 1 (reported only)" in text
    assert f"#{ids['weekly']:<6} BOUND     64 (used: sets the total)" in text
    assert "hrana  published 2025-09-17  https://hrana.example.org/report/2" in text
    assert '"Two prisoners, Nasirian Hossein and Hassan-Ali Shakib, were executed in Shiraz."' in text
    assert f"#{ids['at_most']} " not in text  # an "at most" figure is not behind the total


def test_claims_json_carries_status_and_provenance(tmp_path):
    store = ClaimStore(tmp_path / "data")
    ids = sample_week(store)
    store.db.close()
    result = invoke(tmp_path, "claims", "--week", "2025-W38", "--format", "json")
    (week,) = json.loads(result.output)
    assert week["total"] == 64 and week["week"] == "2025-W38"
    by_id = {c["claim_id"]: c for c in week["claims"]}
    assert by_id[ids["shiraz_hrana"]]["status"] == "merged"
    assert by_id[ids["shiraz_hrana"]]["into"] == ids["shiraz_ihr"]
    assert by_id[ids["weekly"]]["used"] is True
    assert by_id[ids["karaj"]]["url"].startswith("https://hrana.example.org/")


def test_claims_bad_week_is_a_usage_error_naming_the_option(tmp_path):
    result = invoke(tmp_path, "--init", "claims", "--week", "W38")
    assert result.exit_code == 2
    assert result.output == "error: --week: not a week label: 'W38' (use the form 2025-W38)\n"


def test_claims_empty_week_says_so(tmp_path):
    result = invoke(tmp_path, "--init", "claims", "--week", "2025-W01")
    assert result.exit_code == 0
    assert result.output == "No execution claims in 2025-W01 (week of 2024-12-30).\n"


def sentenced_and_imminent(store: ClaimStore) -> dict[str, int]:
    """Week 2025-W38 with its executions, a death sentence and an imminent execution; one more
    imminent claim in the next week."""
    ids = sample_week(store)
    ids["sentenced"] = store.report("2025-09-18", 3, "2025-09-17", source="hrana", event="sentenced",
                                    title="Three sentenced", evidence="Three men were sentenced to death in Zahedan.")
    ids["imminent"] = store.report("2025-09-19", 1, "2025-09-19", source="ihr", event="imminent",
                                   names=["Ahmadreza Djalali"], evidence="Ahmadreza Djalali is at imminent risk.")
    ids["imminent_later"] = store.report("2025-09-23", 1, "2025-09-23", source="ihr", event="imminent",
                                         evidence="Another prisoner was moved to solitary confinement.")
    return ids


def test_claims_default_lists_executions_only(tmp_path):
    store = ClaimStore(tmp_path / "data")
    ids = sentenced_and_imminent(store)
    store.db.close()
    text = invoke(tmp_path, "claims", "--week", "2025-W38").output
    assert f"#{ids['karaj']:<6} COUNTED" in text
    assert f"#{ids['sentenced']} " not in text and f"#{ids['imminent']} " not in text


def test_claims_event_lists_sentenced_and_imminent_claims_of_the_week(tmp_path):
    store = ClaimStore(tmp_path / "data")
    ids = sentenced_and_imminent(store)
    store.db.close()
    imminent = invoke(tmp_path, "claims", "--week", "2025-W38", "--event", "imminent")
    assert imminent.exit_code == 0, imminent.output
    lines = imminent.output.splitlines()
    assert lines[0] == "2025-W38 (week of 2025-09-15) IR: 1 imminent claim (listed, not counted: totals count executions)"
    assert lines[1] == f"  #{ids['imminent']:<6} IMMINENT  incident 1: 1, not counted  [event exact 1, 2025-09-19]"
    assert '"Ahmadreza Djalali is at imminent risk."' in imminent.output
    assert f"#{ids['imminent_later']} " not in imminent.output and "COUNTED" not in imminent.output
    every = invoke(tmp_path, "claims", "--week", "2025-W38", "--event", "all").output
    assert f"#{ids['karaj']:<6} COUNTED" in every
    assert f"#{ids['sentenced']:<6} SENTENCED incident 1: 3, not counted" in every and f"#{ids['imminent']:<6} IMMINENT" in every
    listed = json.loads(invoke(tmp_path, "claims", "--week", "2025-W38", "--event", "all", "--format", "json").output)
    assert [(w["event"], w["country"]) for w in listed] == [("executed", "IR"), ("sentenced", "IR"), ("imminent", "IR")]
    assert [c["claim_id"] for c in listed[1]["claims"]] == [ids["sentenced"]]
    assert listed[1]["claims"][0]["status"] == "listed"


def test_claims_event_groups_the_reports_of_one_person_at_risk_as_one_incident(tmp_path):
    store = ClaimStore(tmp_path / "data")
    sample_week(store)
    first = store.report("2025-09-16", 1, "2025-09-16", source="news", event="imminent", names=["Pakhshan Azizi"],
                         evidence="Pakhshan Azizi was moved to solitary confinement ahead of her execution.")
    again = store.report("2025-09-17", 1, "2025-09-17", source="hrana", event="imminent", names=["Pakhshan Azizi"],
                         evidence="The Kurdish aid worker Pakhshan Azizi faces imminent execution.")
    other = store.report("2025-09-18", 1, "2025-09-18", source="ihr", event="imminent", names=["Ahmad Reza Nouri"],
                         evidence="Ahmad Reza Nouri is at risk of execution in Qezelhesar.")
    store.db.close()
    result = invoke(tmp_path, "claims", "--week", "2025-W38", "--event", "imminent")
    lines = result.output.splitlines()
    assert lines[0] == ("2025-W38 (week of 2025-09-15) IR: 3 imminent claims of 2 incidents "
                        "(listed, not counted: totals count executions)")
    assert f"  #{first:<6} IMMINENT  incident 1: 1, not counted" in result.output
    assert f"  #{again:<6} SAME      as #{first} (incident 1; matched #{first}: name: Pakhshan Azizi" in result.output
    assert f"  #{other:<6} IMMINENT  incident 2: 1, not counted" in result.output
    (listed,) = json.loads(invoke(tmp_path, "claims", "--week", "2025-W38", "--event", "imminent", "--format", "json").output)
    by_id = {c["claim_id"]: c for c in listed["claims"]}
    assert (by_id[again]["status"], by_id[again]["into"], by_id[again]["incident"]) == ("listed", first, 1)
    assert by_id[other]["into"] is None and by_id[other]["incident"] == 2


def test_claims_event_with_nothing_says_which_claims_are_missing(tmp_path):
    store = ClaimStore(tmp_path / "data")
    sample_week(store)
    store.db.close()
    result = invoke(tmp_path, "claims", "--week", "2025-W38", "--event", "sentenced")
    assert (result.exit_code, result.output) == (0, "No sentenced claims in 2025-W38 (week of 2025-09-15).\n")
    bad = invoke(tmp_path, "claims", "--week", "2025-W38", "--event", "hanged")
    assert bad.exit_code == 2 and "'hanged' is not one of 'executed', 'sentenced', 'imminent', 'all'" in bad.output


def test_a_rejected_claim_stays_listed_in_its_week_with_who_when_and_why_and_is_not_counted(tmp_path):
    store = ClaimStore(tmp_path / "data")
    ids = sample_week(store)
    alone = store.report("2025-10-01", 5, "2025-09-30", source="news", evidence="Five men were hanged in Qezelhesar.")
    record_review(store.db, ids["weekly"], "reject", "ana", reason="the statement covers two weeks")
    record_review(store.db, alone, "reject", "ben", reason="the men were sentenced, not executed")
    store.db.close()
    text = invoke(tmp_path, "claims", "--week", "2025-W38").output
    assert text.splitlines()[0] == (
        "2025-W38 (week of 2025-09-15) IR: total 3 = max(reported 3 over 2 incidents, no bound); "
        "confirmed 2; 3 sources; 1 claim rejected by reviewers (not counted)")
    assert f"  #{ids['weekly']:<6} REJECTED  64, not counted  [aggregate at_least 64, 2025-09-14..2025-09-20]" in text
    assert re.search(r"    review: rejected by ana: the statement covers two weeks at 20\d\d-\d\d-\d\dT", text)
    assert "BOUND" not in text
    (week,) = json.loads(invoke(tmp_path, "claims", "--week", "2025-W38", "--format", "json").output)
    assert (week["total"], week["bound"]) == (3, None)
    rejected = next(c for c in week["claims"] if c["claim_id"] == ids["weekly"])
    assert rejected["status"] == "rejected"
    assert {k: rejected["review"][k] for k in ("action", "reviewer", "reason", "changes")} == {
        "action": "reject", "reviewer": "ana", "reason": "the statement covers two weeks", "changes": []}
    assert rejected["review"]["at"].startswith("20")
    # a week whose only claim was rejected still shows it, with a total of 0
    only = invoke(tmp_path, "claims", "--week", "2025-W40").output.splitlines()
    assert only[0].startswith("2025-W40 (week of 2025-09-29) IR: total 0 = max(reported 0 over 0 incidents, no bound)")
    assert only[1].startswith(f"  #{alone:<6} REJECTED  5, not counted")


def test_a_corrected_claim_is_called_corrected_with_the_original_value_reviewer_and_reason(tmp_path):
    store = ClaimStore(tmp_path / "data")
    ids = sample_week(store)
    record_review(store.db, ids["karaj"], "correct", "ana", reason="the report names three men",
                  corrections={"count": "3"})
    store.db.close()
    text = invoke(tmp_path, "claims", "--week", "2025-W38").output
    assert f"#{ids['karaj']:<6} COUNTED   incident 2: 3 (corrected by a reviewer (claim #{ids['karaj']}))" in text
    assert "confirmed by a reviewer" not in text
    assert "    review: corrected by ana (count 1 -> 3): the report names three men at 20" in text
    (week,) = json.loads(invoke(tmp_path, "claims", "--week", "2025-W38", "--format", "json").output)
    karaj = next(c for c in week["claims"] if c["claim_id"] == ids["karaj"])
    assert (karaj["count"], karaj["confirmation"]) == (3, f"corrected by a reviewer (claim #{ids['karaj']})")
    assert karaj["review"]["changes"] == [{"field": "count", "from": 1, "to": 3}]
    assert (karaj["review"]["reviewer"], karaj["review"]["reason"]) == ("ana", "the report names three men")
    assert next(c for c in week["claims"] if c["claim_id"] == ids["shiraz_ihr"])["review"] is None


def test_a_bound_over_two_weeks_says_which_and_where_it_counts(tmp_path):
    store = ClaimStore(tmp_path / "data")
    ids = sample_week(store)  # "64 in the past week": Sunday 14 (2025-W37) to Saturday 20 September (2025-W38)
    store.db.close()
    note = ("period 2025-09-14..2025-09-20 runs over 2025-W37 and 2025-W38: counted in 2025-W38 only "
            "(the week holding the middle of its period)")
    text = invoke(tmp_path, "claims", "--week", "2025-W38").output
    assert f"#{ids['weekly']:<6} BOUND     64 (used: sets the total)" in text and f"    {note}\n" in text
    assert text.count("runs over") == 1  # the incidents lie within the week
    (week,) = json.loads(invoke(tmp_path, "claims", "--week", "2025-W38", "--format", "json").output)
    assert next(c for c in week["claims"] if c["claim_id"] == ids["weekly"])["spans"] == note
    assert f"#{ids['weekly']} " not in invoke(tmp_path, "claims", "--week", "2025-W37").output


def test_a_long_span_is_told_by_its_ends_and_a_sentence_is_listed_not_counted(tmp_path):
    store = ClaimStore(tmp_path / "data")
    sentence = store.report("2025-09-25", 1, "2025-01-01", "2025-09-25", event="sentenced",
                            names=["Peyman Farahavar"], evidence="He was sentenced to death earlier this year.")
    store.db.close()
    lines = invoke(tmp_path, "claims", "--week", "2025-W39", "--event", "all").output.splitlines()
    at = next(i for i, line in enumerate(lines) if line.split()[:1] == [f"#{sentence}"])
    # no total counts a death sentence: the note says where it is listed, and names 39 weeks by their ends
    assert "    period 2025-01-01..2025-09-25 runs over 39 weeks, 2025-W01 to 2025-W39: listed in 2025-W39" \
        in lines[at:], lines
    assert not any("2025-W02 and" in line for line in lines)
