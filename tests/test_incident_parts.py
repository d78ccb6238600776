"""One incident, one count, inside a report: a group singled out of a count ("among them",
"three of them, A, B and C") is a part of the figure, never an addition (issue 11; the field
case is ../shared/cases/14-*: a week of nine counted as eleven, a week of two as four)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from alerts.incidents import cluster
from alerts.records import ClaimRecord
from claimstore import ClaimStore, write_alerts_yaml
from vigil.cli import cli
from vigil.extraction import extract_new_documents

REPORTS = [
    ("2025-11-04", "Seven hanged in Shiraz",
     "Authorities hanged seven prisoners in Adelabad Prison on 3 November, among them a woman and two "
     "Afghan nationals."),
    ("2025-11-13", "Inmates moved to solitary",
     "Several inmates were taken to solitary confinement in Vakilabad Prison last week; three of them, "
     "Reza Karimi, Amir Sadeghi and Hadi Rostami, were hanged on 12 November."),
]


def _stored(tmp_path) -> ClaimStore:
    store = ClaimStore(tmp_path / "data")
    for number, (published, title, text) in enumerate(REPORTS, start=1):
        store.db["documents"].insert({"url": f"https://ihr.example.org/r/{number}", "source_id": "ihr",
                                      "title": title, "published": published, "text": text})
    extract_new_documents(store.db)
    return store


def test_a_subgroup_inside_a_report_is_a_breakdown_of_its_total(tmp_path):
    store = _stored(tmp_path)
    config = write_alerts_yaml(tmp_path / "config")
    store.db.close()
    result = CliRunner().invoke(cli, ["--config", str(config), "--data", str(tmp_path / "data"), "totals",
                                      "--as-of", "2025-11-16", "--weeks", "2", "--format", "json"])
    assert result.exit_code == 0, result.output
    weeks = [(w["week"], w["total"], w["incidents"]) for w in json.loads(result.output)]
    assert weeks == [("2025-W45", 7, 1), ("2025-W46", 3, 1)]


def test_every_claim_of_the_incident_is_kept_as_evidence_with_why_it_merged():
    # the claims an extractor may read from the two reports: a total and a group singled out of it
    seven = REPORTS[0][2]
    three = REPORTS[1][2]
    claims = [
        _one(1, 7, evidence=seven, day="2025-11-03", location="Adelabad Prison"),
        _one(2, 2, evidence=seven, day="2025-11-03", location="Adelabad Prison"),
        _one(3, 3, evidence=three, day="2025-11-12", location="Vakilabad Prison", document_id=2,
             names=("Reza Karimi", "Amir Sadeghi", "Hadi Rostami")),
        _one(4, 3, evidence=three, day="2025-11-12", location="Vakilabad Prison", document_id=2),
    ]
    incidents = cluster(claims)
    assert [(i.count, len(i.members)) for i in incidents] == [(7, 2), (3, 2)]
    seven, three = incidents
    assert "2 is part of 7, not an addition" in str(seven.links[seven.members[1].id][1])
    assert set(three.names) == {"Reza Karimi", "Amir Sadeghi", "Hadi Rostami"}
    assert str(three.links[three.members[1].id][1]).startswith("same report, same sentence")


def _one(id, count, *, evidence, day="2025-11-03", document_id=1, names=(), location="Ghezel Hesar Prison"):
    return ClaimRecord.from_row({"id": id, "event": "executed", "country": "IR", "count": count,
                                 "period_start": day, "period_end": day, "kind": "event", "location": location,
                                 "names": list(names), "evidence": evidence, "document_id": document_id})


def test_a_headline_told_again_in_the_body_is_one_incident_but_another_lone_man_is_not():
    headline = _one(1, 2, evidence="Two men hanged in Ghezel Hesar")
    body = _one(2, 2, evidence="Two men were hanged in Ghezel Hesar Prison on Monday.")
    assert len(cluster([headline, body])) == 1
    a_man = _one(3, 1, evidence="A man was hanged in Ghezel Hesar Prison on Monday.")
    another = _one(4, 1, evidence="Another man was hanged in Ghezel Hesar Prison on Monday.")
    assert len(cluster([a_man, another])) == 2
    other_day = _one(5, 2, evidence="Two men were hanged in Ghezel Hesar Prison on Tuesday.", day="2025-11-04")
    assert len(cluster([body, other_day])) == 2
