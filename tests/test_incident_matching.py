"""Across sources, incidents merge on the facts reports share, even without names, and each
merge says which facts matched; independence and copies decide `confirmed`."""

from __future__ import annotations

from datetime import date

import pytest

from alerts.incidents import cluster
from alerts.places import relation
from alerts.records import ClaimRecord
from vigil.config import SourcesFile
from vigil.copies import Doc, fingerprint, originals


def rec(id, count, day, *, source="hrana", document_id=None, published=None, **kw) -> ClaimRecord:
    return ClaimRecord(id=id, event="executed", country="IR", count=count, qualifier="exact",
                       period_start=date.fromisoformat(day), period_end=date.fromisoformat(day), kind="event",
                       source_id=source, document_id=document_id or id,
                       published=date.fromisoformat(published) if published else None, **kw)


def test_the_gazetteer_places_prisons_in_cities_in_provinces():
    assert relation("Fars province", "Adelabad Prison, Shiraz") == ("within", "Adelabad in Fars province")
    assert relation("Karaj", "Ghezel Hesar Prison") == ("within", "Ghezel Hesar in Karaj")
    assert relation("Qezelhesar", "Ghezel Hesar Prison in Karaj")[0] == "same"
    assert relation("Tehran", "Evin Prison")[0] == "within"
    assert relation("Evin Prison", "Qarchak Prison")[0] == "different"  # both in Tehran province
    assert relation("Tehran province", "Qarchak")[0] == "within"
    assert relation("Urmia", "Shiraz")[0] == "different"
    assert relation(None, "Shiraz")[0] == "unknown"


def test_a_province_report_merges_with_the_prison_report_and_says_why():
    incidents = cluster([rec(1, 3, "2025-09-08", location="Vakilabad Prison in Mashhad"),
                         rec(2, 3, "2025-09-08", source="monitor", location="Razavi Khorasan province")])
    assert len(incidents) == 1
    assert str(incidents[0].links[2][1]) == "day 2025-09-08; place: Vakilabad in Razavi Khorasan province; count 3"


def test_two_exact_different_days_are_two_incidents_even_at_one_prison_with_one_count():
    assert len(cluster([rec(1, 2, "2025-09-16", location="Ghezel Hesar Prison"),
                        rec(2, 2, "2025-09-17", source="monitor", location="Ghezel Hesar Prison")])) == 2


def test_a_report_without_place_merges_on_day_count_and_offences_but_not_on_a_lone_count():
    wire = rec(2, 4, "2025-09-01", source="wire", offences=("drug",))
    assert len(cluster([rec(1, 4, "2025-09-01", location="Shiraz", offences=("drug",)), wire])) == 1
    assert len(cluster([rec(1, 4, "2025-09-01", location="Shiraz", offences=("murder",)), wire])) == 2
    assert len(cluster([rec(1, 1, "2025-09-01", location="Shiraz"), rec(2, 1, "2025-09-01", source="wire")])) == 2


def test_a_correction_replaces_the_count_up_or_down_and_never_adds():
    first = rec(1, 3, "2025-09-09", source="monitor", location="Shiraz", published="2025-09-10",
                evidence="Three prisoners were executed in Shiraz on Tuesday.")
    down = rec(2, 2, "2025-09-09", source="monitor", published="2025-09-11",
               evidence="The figure was revised to two: two prisoners, not three as first reported, were executed.")
    up = rec(3, 5, "2025-09-09", source="monitor", published="2025-09-12",
             evidence="The number of prisoners executed in Shiraz on Tuesday has risen to five.")
    assert [i.count for i in cluster([first, down])] == [2]
    assert [i.count for i in cluster([first, down, up])] == [5]


@pytest.mark.parametrize("independent_of, confirmed", [(None, True), ([], False), (["hrana"], True)])
def test_independent_of_decides_whether_a_second_source_confirms(independent_of, confirmed):
    hrana = rec(1, 2, "2025-09-02", location="Urmia")
    roundup = rec(2, 2, "2025-09-02", source="roundup", location="Urmia Central Prison",
                  independent_of=None if independent_of is None else tuple(independent_of))
    (incident,) = cluster([hrana, roundup])
    assert incident.confirmed is confirmed


def test_an_official_source_or_a_reviewer_confirms_alone():
    assert cluster([rec(1, 1, "2025-09-04", source="irna", source_org="official")])[0].confirmed
    assert cluster([rec(1, 1, "2025-09-04", reviewer_confirmed=True)])[0].confirmation() == \
        "confirmed by a reviewer (claim #1)"
    assert not cluster([rec(1, 1, "2025-09-04")])[0].confirmed


def test_a_copy_under_another_dateline_is_one_report_but_a_sources_own_follow_up_is_not():
    body = ("Six prisoners were hanged in Ghezel Hesar Prison in Karaj on Tuesday, 16 September, for drug-related "
            "offences, the rights group has learned. The prisoners were moved to solitary confinement on Sunday. "
            "Relatives who gathered outside the prison said they were not allowed a final visit. State media have "
            "not reported the executions.")
    other = ("Two Kurdish political prisoners were executed in Sanandaj Central Prison on Wednesday on charges of "
             "baghi. The two men were arrested in 2020 and accused of membership of an opposition party. Their "
             "families were not informed in advance. The group called it a grave violation of fair trial rights.")
    docs = [Doc(1, "hrana", date(2025, 9, 17), fingerprint(body)),
            Doc(2, "wire", date(2025, 9, 17), fingerprint("DUBAI, Sept 17 (Gulf Wire) - " + body)),
            Doc(3, "hrana", date(2025, 9, 18), fingerprint(body + " Update.")),
            Doc(4, "wire", date(2025, 9, 18), fingerprint(other)),
            Doc(5, "monitor", date(2025, 9, 18), fingerprint("Six prisoners were executed in Karaj on Tuesday."))]
    assert docs[4].simhash is None  # too short to compare
    assert originals(docs) == {2: 1}
    hrana, wire = rec(1, 6, "2025-09-16", location="Ghezel Hesar"), rec(2, 6, "2025-09-16", source="wire",
                                                                         location="Ghezel Hesar", report=1)
    (incident,) = cluster([hrana, wire])
    assert not incident.confirmed and str(incident.links[2][1]).startswith("same report")


def test_independent_of_must_name_configured_sources():
    with pytest.raises(ValueError, match=r"sources\[1\] \(wire\)\.independent_of: no source with id 'hrnaa'"):
        SourcesFile.model_validate({"sources": [
            {"id": "hrana", "name": "H", "org": "rights-group", "type": "feed", "url": "http://127.0.0.1/f"},
            {"id": "wire", "name": "W", "org": "news", "type": "feed", "url": "http://127.0.0.1/w",
             "independent_of": ["hrnaa"]}]})


def test_a_headline_dated_only_by_its_report_is_the_incident_its_body_dates():
    # "Three men hanged in Shiraz" (its day only the publication's) over "... hanged in Adelabad Prison
    # on Sunday": one report, the gazetteer puts Adelabad in Shiraz, so one incident counted on Sunday
    headline = rec(1, 3, "2025-09-23", document_id=10, published="2025-09-23", location="Shiraz",
                   rules=("trigger.executed:hanged in", "count.person", "period.inherited"))
    body = rec(2, 3, "2025-09-21", document_id=10, published="2025-09-23", location="Adelabad Prison",
               rules=("trigger.executed:were hanged", "count.person", "period.stated"))
    (incident,) = cluster([headline, body])
    assert incident.first.id == 2 and incident.count == 3
    assert str(incident.links[1][1]).startswith("same report, the day told in one sentence only")


@pytest.mark.parametrize("place, count, day", [
    ("Urmia", 3, "2025-09-21"),            # another city: two incidents
    ("Shiraz", 2, "2025-09-21"),           # another count
    ("Shiraz", 3, "2025-09-10"),           # more than a week before the report
])
def test_a_headline_and_a_body_that_differ_stay_two_incidents(place, count, day):
    headline = rec(1, 3, "2025-09-23", document_id=10, published="2025-09-23", location=place,
                   rules=("period.inherited",))
    body = rec(2, count, day, document_id=10, published="2025-09-23", location="Adelabad Prison",
               rules=("period.stated",))
    assert len(cluster([headline, body])) == 2
