"""Breakdowns of a statistic are aggregates over its span, never incidents; every sentence is invented."""
from datetime import date

from extract import extract_report

from claim_rows import claim_reader

PUB = date(2024, 7, 3)


facts = claim_reader("event", "count", "period_start", "period_end", "kind", "offences", "names",
                     published=PUB)


JUNE = ("2024-06-01", "2024-06-30", "aggregate")


def test_parts_by_gender_take_the_month_of_the_total():
    got = facts("The monitors logged 75 executions across the country in June, the highest monthly total "
                "since the start of the year. Those executed included 70 men and 3 women; the identity "
                "of 2 prisoners is still unknown.")
    assert [g[1:5] for g in got] == sorted([(75, *JUNE), (70, *JUNE), (3, *JUNE), (2, *JUNE)])


def test_a_part_named_after_the_count_is_a_breakdown():
    got = facts("In June the group documented 75 executions. No fewer than five Iraqi nationals were among "
                "them, bringing the number of Iraqi citizens executed since January to 21.")
    assert ("executed", 5, *JUNE[:2], "aggregate", (), ()) in got
    assert ("executed", 21, "2024-01-01", str(PUB), "aggregate", (), ()) in got
    assert all(g[4] == "aggregate" for g in got)


def test_a_split_by_charge_gives_each_part_its_charge():
    got = facts("The group documented 75 executions in June. Of those executed in June, 40 had been "
                "convicted of drug trafficking and 30 for murder.")
    assert ("executed", 40, *JUNE[:2], "aggregate", ("drug",), ()) in got
    assert ("executed", 30, *JUNE[:2], "aggregate", ("murder",), ()) in got


def test_a_charge_split_going_on_in_the_next_sentence_stays_a_breakdown():
    got = facts("The group documented 75 executions in June. Of those executed that month, 40 were hanged "
                "for drug offences and 30 for murder. Three men, among them Kamran Teymouri, were hanged "
                "for baghi; one was hanged on espionage charges, and the charges against one are unknown.")
    assert ("executed", 3, *JUNE[:2], "aggregate", ("political",), ("Kamran Teymouri",)) in got
    assert ("executed", 1, *JUNE[:2], "aggregate", ("espionage",), ()) in got
    assert ("executed", 1, *JUNE[:2], "aggregate", (), ()) in got
    assert not [g for g in got if g[4] == "event" or g[2] == str(PUB)]


def test_an_incident_split_is_still_not_a_claim():
    got = facts("On 1 July three men were hanged in Tabriz Central Prison. Two of them were Afghans.")
    assert [g[1:5] for g in got] == [(3, "2024-07-01", "2024-07-01", "event")]


def test_an_event_never_spans_a_month():
    got = extract_report("Rights groups say four prisoners were hanged in Birjand prison in May.", PUB)
    assert [(c.count, str(c.period_start), str(c.period_end), c.kind) for c in got] == [
        (4, "2024-05-01", "2024-05-31", "aggregate")]
