"""A Persian report and its English version tell one incident: they meet on the day, the place
(the gazetteer knows places in both scripts) and the count, and people's names are compared
through a key that survives transliteration ("Mohammad" / "Muhammad" / محمد)."""

from __future__ import annotations

from datetime import date

import pytest

from alerts.incidents import cluster
from alerts.places import relation
from alerts.records import ClaimRecord
from alerts.transliteration import name_keys


def report(id, count, day, *, source, **kw) -> ClaimRecord:
    return ClaimRecord(id=id, event="executed", country="IR", count=count, qualifier="exact",
                       period_start=date.fromisoformat(day), period_end=date.fromisoformat(day), kind="event",
                       source_id=source, document_id=id, **kw)


def meet(a: str, b: str) -> bool:
    return bool(name_keys(a) & name_keys(b))


@pytest.mark.parametrize("a, b", [
    ("Mohammad Rahimi", "محمد رحیمی"),
    ("Mohammed Rahimi", "Muhammad Rahimi"),
    ("Muhammad Rahimi", "محمّد رحيمي"),          # shadda; Arabic yeh
    ("Hossein Karimi", "حسین کریمی"),
    ("Hussein Karimi", "حسين كريمي"),            # Arabic yeh and kaf
    ("Gholamreza Shahbakhsh", "غلامرضا شه‌بخش"),  # ZWNJ inside the family name
    ("Gholam Reza Shahbakhsh", "غلامرضا شهبخش"),  # one script splits what the other joins
    ("Fatemeh Sadeghi", "فاطمة صادقي"),           # teh marbuta
    ("Qasem Abdollahi", "قاسم عبداللهی"),
    ("Rahimi, Mohammad", "محمد رحیمی"),            # family name first
])
def test_spellings_of_one_name_in_two_scripts_meet(a, b):
    assert meet(a, b)


@pytest.mark.parametrize("a, b", [
    ("Mohammad Rahimi", "حسین رحیمی"),
    ("Gholamreza Shahbakhsh", "محمود نوروزی"),
    ("Ali Karimi", "علی رستمی"),
    ("محمد رحیمی", "جواد کاظمی"),
])
def test_different_people_do_not_meet(a, b):
    assert not meet(a, b)


def test_places_in_two_scripts_resolve_to_one_gazetteer_entry():
    assert relation("زندان قزلحصار کرج", "Ghezel Hesar Prison")[0] == "same"
    assert relation("زندان قزل‌حصار", "Qezelhesar")[0] == "same"
    assert relation("زندان مرکزی زاهدان", "Zahedan Central Prison") == ("same", "Zahedan")
    assert relation("كرج", "Ghezel Hesar")[0] == "within"           # Arabic kaf
    assert relation("استان تهران", "Evin Prison")[0] == "within"
    assert relation("زندان اوین", "Qarchak Prison")[0] == "different"
    assert relation("زندان عادل‌آباد شیراز", "Vakilabad Prison")[0] == "different"
    # Places the gazetteer does not know meet through their words' consonant skeletons.
    assert relation("زندان کهنوج", "Kahnuj Prison")[0] == "same"
    assert relation("زندان کهنوج", "Fahraj Prison")[0] == "different"


def test_a_persian_report_and_its_english_version_are_one_incident_counted_once():
    fa = report(1, 2, "2026-10-07", source="hrana-fa", names=("محمد رحیمی", "حسین کریمی"),
                location="زندان قزلحصار کرج", offences=("drug",))
    en = report(2, 2, "2026-10-07", source="hrana", names=("Mohammed Rahimi", "Hussein Karimi"),
                location="Ghezel Hesar Prison", offences=("drug",))
    (incident,) = cluster([fa, en])
    assert incident.count == 2
    assert len(incident.names) == 2  # each person once, as first reported
    why = str(incident.links[2][1])
    assert why.startswith("name: حسین کریمی = Hussein Karimi, محمد رحیمی = Mohammed Rahimi; day 2026-10-07")
    assert "place: Ghezel Hesar" in why


def test_an_unnamed_persian_report_merges_on_day_place_and_count():
    fa = report(1, 3, "2026-10-08", source="ihr-fa", location="زندان مرکزی زاهدان")
    en = report(2, 3, "2026-10-08", source="ihr", location="Zahedan Central Prison")
    assert [i.count for i in cluster([fa, en])] == [3]


def test_different_people_on_one_day_in_one_prison_are_two_incidents():
    fa = report(1, 1, "2026-10-07", source="hrana-fa", names=("غلامرضا احمدی",), location="زندان قزلحصار")
    en = report(2, 1, "2026-10-07", source="iranwire", names=("Javad Kazemi",), location="Ghezel Hesar Prison")
    assert sorted(i.count for i in cluster([fa, en])) == [1, 1]


def test_two_persian_reports_of_different_people_are_two_incidents():
    a = report(1, 1, "2026-10-07", source="hrana-fa", names=("غلامرضا احمدی",), location="زندان قزلحصار")
    b = report(2, 1, "2026-10-07", source="ihr-fa", names=("جواد کاظمی",), location="زندان قزلحصار")
    assert len(cluster([a, b])) == 2


def test_a_persian_report_with_no_english_version_counts_once_beside_the_others():
    shared_fa = report(1, 2, "2026-10-07", source="hrana-fa", names=("محمد رحیمی", "حسین کریمی"),
                       location="زندان قزلحصار")
    shared_en = report(2, 2, "2026-10-07", source="hrana", names=("Mohammad Rahimi", "Hossein Karimi"),
                       location="Ghezel Hesar Prison in Karaj")
    only_fa = report(3, 1, "2026-10-09", source="hrana-fa", names=("عبدالله ریگی",), location="زندان مرکزی زاهدان")
    only_fa_copy = report(4, 1, "2026-10-09", source="ihr-fa", names=("عبدالله ريگي",), location="زاهدان")
    incidents = cluster([shared_fa, shared_en, only_fa, only_fa_copy])
    assert sorted(i.count for i in incidents) == [1, 2]
    (persian_only,) = [i for i in incidents if i.day == date(2026, 10, 9)]
    assert persian_only.sources == {"hrana-fa", "ihr-fa"}
