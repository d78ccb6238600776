"""Weekly totals: incidents reported several times count once, one-week aggregates are bounds."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from alerts.incidents import cluster, name_key, place_words
from alerts.records import ClaimRecord, local_day
from alerts.totals import Totals
from alerts.weeks import WeekScheme
from claimstore import sample_week, store, write_alerts_yaml  # noqa: F401 (store is a fixture)
from vigil.alerting import load_records
from vigil.cli import cli

W38 = date(2025, 9, 15)


def rec(id, count, day, *, kind="event", end=None, document_id=None, **kw) -> ClaimRecord:
    start = date.fromisoformat(day) if day else None
    return ClaimRecord(
        id=id, event=kw.pop("event", "executed"), country=kw.pop("country", "IR"), count=count,
        qualifier=kw.pop("qualifier", "exact"), period_start=start,
        period_end=date.fromisoformat(end) if end else start, kind=kind,
        document_id=document_id if document_id is not None else id, **kw,
    )


def test_incident_reported_by_three_sources_counts_once_and_weekly_bound_wins(store):
    ids = sample_week(store)
    totals = Totals(load_records(store.db), WeekScheme())
    week = totals.week(W38, "IR")
    assert (week.incidents, week.incident_sum, week.bound, week.total, week.sources) == (2, 3, 64, 64, 3)
    shiraz = totals.incidents_in(W38, "IR")[0]
    assert [m.id for m in shiraz.members] == [ids["shiraz_ihr"], ids["shiraz_news"], ids["shiraz_hrana"]]
    assert shiraz.count == 2 and shiraz.offences == {"drug"}


def test_incident_sum_above_bound_is_the_total():
    records = [rec(1, 40, "2025-09-16", location="Karaj"), rec(2, 30, "2025-09-17", location="Shiraz"),
               rec(3, 64, "2025-09-14", kind="aggregate", end="2025-09-20")]
    week = Totals(records, WeekScheme()).week(W38, "IR")
    assert (week.total, week.bound, week.incident_sum) == (70, 64, 70)


def test_names_compare_without_case_accents_punctuation_or_order():
    assert name_key("Hassan-Ali Shakib") == name_key("shakib hassan ali") == name_key("Hassan Alí SHAKIB")
    assert place_words("Adelabad Prison, Shiraz") & place_words("Shiraz central prison") == {"shiraz"}


def test_same_names_two_days_apart_are_two_incidents_and_chains_do_not_stretch():
    records = [rec(1, 1, "2025-09-15", names=("Ali Rezaei",)), rec(2, 1, "2025-09-16", names=("Ali Rezaei",)),
               rec(3, 1, "2025-09-17", names=("Ali Rezaei",))]
    assert [[m.id for m in i.members] for i in cluster(records)] == [[1, 2], [3]]


def test_two_unnamed_hangings_in_one_report_are_two_incidents():
    same_doc = [rec(1, 1, "2025-09-16", location="Karaj", document_id=9),
                rec(2, 1, "2025-09-16", location="Karaj", document_id=9)]
    assert len(cluster(same_doc)) == 2
    other_doc = [rec(1, 1, "2025-09-16", location="Karaj", document_id=8),
                 rec(2, 1, "2025-09-16", location="Karaj Prison", document_id=9)]
    assert len(cluster(other_doc)) == 1


def test_two_named_men_hanged_in_one_prison_on_one_day_are_two_incidents():
    """Same place, same day, same count of one, but different people, reported separately."""
    records = [rec(1, 1, "2025-09-17", location="Ghezel Hesar Prison", names=("Babak Shahbazi",)),
               rec(2, 1, "2025-09-17", location="Ghezel Hesar", names=("Majid Hosseini",)),
               rec(3, 1, "2025-09-17", location="Ghezel Hesar Prison, Karaj")]
    clusters = [[m.id for m in i.members] for i in cluster(records)]
    assert clusters[:2] == [[1, 3], [2]]


def test_an_event_spread_over_a_month_is_not_an_incident_of_one_week():
    """A monthly breakdown labelled as an event must not surge the week its period ends in."""
    records = [rec(1, 92, "2025-09-01", end="2025-09-30", offences=("drug",)),
               rec(2, 2, "2025-09-29", end="2025-09-30", location="Karaj")]
    totals = Totals(records, WeekScheme())
    week = totals.week(date(2025, 9, 29), "IR")
    assert (week.total, week.incidents) == (2, 1)
    assert totals.year(2025, "IR").bound == 92  # still counts toward the year, as a bound


def test_an_early_at_least_report_is_part_of_the_fuller_one():
    """'At least four hanged', then 'eight hanged', then four of them named: one incident of eight."""
    records = [rec(1, 4, "2025-08-27", location="Ghezel Hesar Prison, Karaj", qualifier="at_least"),
               rec(2, 8, "2025-08-27", location="Ghezel Hesar Prison in Karaj", qualifier="at_least"),
               rec(3, 8, "2025-08-27", location="Ghezel Hesar"),
               rec(4, 4, "2025-08-27", location="Ghezel Hesar Prison",
                   names=("Ali Rezaei", "Reza Alavi", "Hamid Karimi", "Saeed Nouri"))]
    incidents = cluster(records)
    assert [sorted(m.id for m in i.members) for i in incidents] == [[1, 2, 3, 4]]
    assert incidents[0].count == 8


def test_a_count_contained_in_another_at_one_place_merges_but_other_countries_stay_apart():
    """Two sources on one day in Shiraz, 2 and 3: the 2 are among the 3 (issue 11), not 5."""
    records = [rec(1, 2, "2025-09-16", location="Shiraz"), rec(2, 3, "2025-09-16", location="Shiraz"),
               rec(3, 2, "2025-09-16", location="Shiraz", country="SA")]
    incidents = cluster(records)
    assert [(i.country, i.count, [m.id for m in i.members]) for i in incidents] == [("IR", 3, [1, 2]), ("SA", 2, [3])]
    assert str(incidents[0].links[2][1]) == "day 2025-09-16; place: Shiraz; count 2 within 3"


def test_clustering_does_not_depend_on_input_order():
    records = [rec(i, 1 + i % 2, f"2025-09-{15 + i % 4:02d}", location=["Shiraz", "Karaj"][i % 2],
                   names=(("Ali Rezaei",) if i % 3 == 0 else ())) for i in range(1, 13)]
    first = [[m.id for m in i.members] for i in cluster(records)]
    assert first == [[m.id for m in i.members] for i in cluster(list(reversed(records)))]


def test_at_most_and_multi_year_aggregates_are_not_bounds():
    records = [rec(1, 100, "2025-09-15", kind="aggregate", end="2025-09-21", qualifier="at_most"),
               rec(2, 5000, "2023-01-01", kind="aggregate", end="2025-09-21")]
    totals = Totals(records, WeekScheme())
    assert totals.week(W38, "IR").bound is None
    assert [why for _, why in totals.unplaced] == ["an 'at most' figure is not a lower bound",
                                                    "its period spans several years"]


def test_year_figures_take_the_larger_of_weeks_and_longer_aggregates():
    records = [rec(1, 975, "2024-01-01", kind="aggregate", end="2024-12-31"),
               rec(2, 10, "2025-01-07", location="Karaj"),
               rec(3, 700, "2025-01-01", kind="aggregate", end="2025-08-31"),
               rec(4, 64, "2025-09-14", kind="aggregate", end="2025-09-20")]
    totals = Totals(records, WeekScheme())
    assert totals.year(2024, "IR").total == 975
    assert totals.year(2025, "IR", through=date(2025, 8, 31)).total == 700
    this_year = totals.year(2025, "IR")
    assert (this_year.total, this_year.weeks_sum, this_year.bound) == (700, 74, 700)


def test_event_without_period_uses_publication_day_in_the_configured_zone():
    assert local_day("2025-09-21T22:30:00+00:00", "Asia/Tehran") == date(2025, 9, 22)
    record = rec(1, 1, None, published=local_day("2025-09-21T22:30:00+00:00", "Asia/Tehran"))
    totals = Totals([record], WeekScheme(0, "Asia/Tehran"))
    assert totals.week(date(2025, 9, 22), "IR").total == 1


def test_weeks_starting_sunday_are_labelled_with_the_iso_week_of_their_first_day():
    sunday = WeekScheme.named("sunday")
    assert sunday.start_of(date(2025, 9, 17)) == date(2025, 9, 14)
    assert sunday.label(date(2025, 9, 14)) == "2025-W37"
    assert sunday.parse("2025-W37") == date(2025, 9, 14)
    assert WeekScheme().parse("2025-W38") == W38
    with pytest.raises(ValueError, match="2025-W38"):
        WeekScheme().parse("38")


def test_offence_totals_count_incidents_with_any_listed_offence(store):
    sample_week(store)
    totals = Totals(load_records(store.db), WeekScheme())
    assert totals.offence_total(W38, "IR", ["drug"])[0] == 2
    assert totals.offence_total(W38, "IR", ["drug", "murder"])[0] == 3
    assert totals.offence_total(W38, "IR", ["political"])[0] == 0


def run(tmp_path, *args):
    config = write_alerts_yaml(tmp_path / "config")
    result = CliRunner().invoke(cli, ["--config", str(config), "--data", str(tmp_path / "data"), *args])
    return result


def test_totals_json_has_the_fixed_shape(store, tmp_path):
    sample_week(store)
    result = run(tmp_path, "totals", "--as-of", "2025-09-28", "--weeks", "2", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {"week_start": "2025-09-15", "week": "2025-W38", "country": "IR", "total": 64, "incidents": 2,
         "bound": 64, "sources": 3, "reported": 3, "confirmed": 2},
        {"week_start": "2025-09-22", "week": "2025-W39", "country": "IR", "total": 0, "incidents": 0,
         "bound": None, "sources": 0, "reported": 0, "confirmed": 0},
    ]


def test_totals_table_csv_and_by_offence(store, tmp_path):
    sample_week(store)
    table = run(tmp_path, "totals", "--as-of", "2025-09-21", "--weeks", "1")
    assert table.exit_code == 0
    assert table.output.splitlines() == [
        "The week 2025-W38 (2025-09-15 to 2025-09-21), with the reports and reviews stored now (not a replay of that day):",
        "week      week_start  country  total  reported  confirmed  incidents  bound  sources",
        "2025-W38  2025-09-15  IR       64     3         2          2          64     3",
    ]
    csv_out = run(tmp_path, "totals", "--as-of", "2025-09-21", "--weeks", "1", "--format", "csv")
    assert csv_out.output.splitlines()[1] == "2025-W38,2025-09-15,IR,64,3,2,2,64,3"
    offences = run(tmp_path, "totals", "--as-of", "2025-09-21", "--weeks", "1", "--by-offence", "--format", "json")
    rows = json.loads(offences.output)
    # the bound of 64 names no charge: it is not dropped but counts in the week's own row
    assert [(r["offence"], r["total"], r["incidents"], r["bound"]) for r in rows] == [
        ("drug", 2, 1, None), ("murder", 1, 1, None), ("(all charges)", 64, 2, 64)]
    assert all(r["counted_under_each_charge"] is True for r in rows)
    assert [r["with_other_charges"] for r in rows] == [0, 0, None]  # two incidents of one charge each
    table = run(tmp_path, "totals", "--as-of", "2025-09-21", "--weeks", "1", "--by-offence")
    lines = table.output.splitlines()
    assert lines[1].startswith("An incident counts under each of its charges")
    assert "The row (all charges) is the week's total, where a figure for the whole week that names no charge" in lines[1]
    assert lines[2].split() == ["week", "week_start", "country", "offence", "total", "incidents", "with_other_charges",
                                "bound"]
    assert lines[-1].split() == ["2025-W38", "2025-09-15", "IR", "(all", "charges)", "64", "2", "-", "64"]


def test_by_offence_says_how_much_of_a_row_is_shared_with_other_charges(store, tmp_path):
    """A report of 8 hanged for drug, murder and rape charges gives no split: each charge's row
    shows 8, and says that all 8 are of an incident charged with other offences as well."""
    store.report("2025-09-17", 8, "2025-09-16", "2025-09-16", source="ihr", offences=["drug", "murder", "rape"],
                 evidence="Eight prisoners convicted of drug, murder and rape charges were hanged on Tuesday.")
    store.report("2025-09-18", 2, "2025-09-17", "2025-09-17", source="hrana", offences=["drug"], location="Shiraz",
                 evidence="Two men convicted of drug trafficking were hanged in Shiraz on Wednesday.")
    rows = json.loads(run(tmp_path, "totals", "--as-of", "2025-09-21", "--weeks", "1", "--by-offence",
                          "--format", "json").output)
    assert [(r["offence"], r["total"], r["with_other_charges"]) for r in rows] == [
        ("drug", 10, 8), ("murder", 8, 8), ("rape", 8, 8), ("(all charges)", 10, None)]


def test_by_offence_keeps_a_bound_for_several_charges_in_a_row_of_its_own(store, tmp_path):
    sample_week(store)
    store.report("2025-09-21", 30, "2025-09-15", "2025-09-21", source="hrana", kind="aggregate",
                 offences=["drug", "murder"], evidence="30 people were executed for drug or murder charges this week.")
    rows = json.loads(run(tmp_path, "totals", "--as-of", "2025-09-21", "--weeks", "1", "--by-offence",
                          "--format", "json").output)
    assert [(r["offence"], r["total"], r["bound"]) for r in rows] == [
        ("drug", 2, None), ("murder", 1, None), ("drug or murder", 30, 30), ("(all charges)", 64, 64)]


def test_by_offence_shows_a_bound_the_incidents_outgrew(store, tmp_path):
    """A charge's row keeps its largest bound beside the figure even when the incidents told one
    by one add up to more, so staff see that the tally published that week was lower."""
    store.report("2025-09-16", 6, "2025-09-15", "2025-09-15", source="news", offences=["drug"],
                 evidence="Six men held on drug charges were hanged at dawn on Monday.")
    store.report("2025-09-19", 4, "2025-09-18", "2025-09-18", source="ihr", offences=["drug"],
                 evidence="Four more drug convicts were executed on Thursday.")
    store.report("2025-09-17", 5, "2025-09-15", "2025-09-17", source="hrana", kind="aggregate", offences=["drug"],
                 evidence="At least five people have been executed for drug offences since Monday.")
    rows = json.loads(run(tmp_path, "totals", "--as-of", "2025-09-21", "--weeks", "1", "--by-offence",
                          "--format", "json").output)
    assert [(r["offence"], r["total"], r["incidents"], r["bound"]) for r in rows] == [
        ("drug", 10, 2, 5), ("(all charges)", 10, 2, 5)]


def test_totals_bad_date_is_a_usage_error(tmp_path):
    result = run(tmp_path, "--init", "totals", "--as-of", "21/09/2025")
    assert result.exit_code == 2
    assert "error: --as-of: not a date: '21/09/2025' (use YYYY-MM-DD)" in result.output
