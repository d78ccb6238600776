"""Held-out checks: the extractor scored on the sets in tests/data/.

Each set was written and labelled blind, from public facts, by a writer who never saw the
extractor's rules (tests/data/README.md says how, set by set). Its first-look score, taken once
before anyone read its errors, is the project's measure of generalisation; "Every set at a glance"
in tests/data/README.md lists the first look and the current figures of every set, and the
session-by-session sections below it record how they moved.

A set is **unread** (in UNREAD below) until a session decides to spend it: its errors are never
printed, here or anywhere, and nobody tunes on it, so its figures keep measuring generalisation.
A spent set has been read and its errors fixed by kind (as the language of such reports states
them, tested on new sentences); it no longer measures generalisation, only regressions.

The scorer is the corpus's own score.py, which lives outside the repository (../shared/corpus);
scoring is skipped when it is absent, the format checks always run. The floors sit a little
below the current figures (an unread set's under its first look), so they catch regressions;
raise them as the extractor improves. Run `pytest tests/test_extract_heldout.py -s` to see the
figures, and every error of the spent sets.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from labelled_sets import REPORT_FIELDS, SCORER, check_report, read_reports, score_extractor

DATA = Path(__file__).parent / "data"

# set: (file, id prefix, number of reports, earliest year, floors P, R, F1)
SETS = {
    "heldout": (DATA / "heldout_reports.jsonl", "heldout", 40, 2019, (0.98, 0.92, 0.95)),
    "heldout2": (DATA / "heldout2_reports.jsonl", "heldout2", 40, 2018, (0.98, 0.90, 0.94)),
    "heldout3": (DATA / "heldout3_reports.jsonl", "heldout3", 45, 2010, (0.92, 0.69, 0.79)),
    "heldout4": (DATA / "heldout4_reports.jsonl", "heldout4", 45, 2017, (0.95, 0.86, 0.90)),
    # Persian and Arabic, written blind (first look P 0.635 / 0.571), then tuned on
    # (now P 0.971 R 0.876 F1 0.921 / P 0.974 R 0.927 F1 0.950)
    "heldout-fa": (DATA / "heldout_fa_reports.jsonl", "hfa", 30, 2020, (0.98, 0.88, 0.92)),
    "heldout-ar": (DATA / "heldout_ar_reports.jsonl", "har", 15, 2015, (0.95, 0.90, 0.93)),
    # written blind; heldout5 (with heldout6, fa4, ar4, ar5) was read and tuned on from 2026-11-30;
    # fa2 and ar2 were read and tuned on for the period kinds after their first look
    "heldout5": (DATA / "heldout5_reports.jsonl", "h5", 45, 2015, (0.88, 0.73, 0.80)),
    "heldout-fa2": (DATA / "heldout_fa2_reports.jsonl", "hfa2", 30, 2013, (0.98, 0.90, 0.94)),
    "heldout-ar2": (DATA / "heldout_ar2_reports.jsonl", "har2", 15, 2013, (0.95, 0.85, 0.90)),
    # written blind (first looks P 0.770 R 0.695 F1 0.731 / P 0.583 R 0.568 F1 0.575 with 2026.11.11,
    # main at 2813adb), then read and tuned on for their kinds (issue 16): now P 0.911 R 0.878 F1 0.894 /
    # P 0.919 R 0.919 F1 0.919
    "heldout-fa3": (DATA / "heldout_fa3_reports.jsonl", "hfa3", 25, 2019, (0.92, 0.87, 0.90)),
    "heldout-ar3": (DATA / "heldout_ar3_reports.jsonl", "har3", 15, 2019, (0.92, 0.92, 0.92)),
    # written blind (first look P 0.783 R 0.623 F1 0.694 with 2026.11.11), then tuned on
    "heldout7": (DATA / "heldout7_reports.jsonl", "h7", 45, 2017, (0.96, 0.81, 0.88)),
    # written blind; heldout6, fa4 and ar4 were read and tuned on from 2026-11-30 (see heldout5)
    "heldout6": (DATA / "heldout6_reports.jsonl", "h6", 45, 2024, (0.95, 0.74, 0.83)),
    "heldout-fa4": (DATA / "heldout_fa4_reports.jsonl", "hfa4", 25, 2018, (0.83, 0.77, 0.80)),
    "heldout-ar4": (DATA / "heldout_ar4_reports.jsonl", "har4", 15, 2018, (0.95, 0.93, 0.94)),
    # written blind on 2026-11-29 (evening); fa6 and ar6 unread, floors under their 2026.11.14 figures; heldout8
    # spent in the ninth session, floors under its figures with 2026.11.22
    "heldout8": (DATA / "heldout8_reports.jsonl", "h8", 45, 2019, (0.93, 0.81, 0.87)),
    "heldout9": (DATA / "heldout9_reports.jsonl", "h9", 45, 2016, (0.91, 0.82, 0.86)),
    "heldout-fa5": (DATA / "heldout_fa5_reports.jsonl", "hfa5", 25, 2020, (0.90, 0.79, 0.84)),
    "heldout-ar5": (DATA / "heldout_ar5_reports.jsonl", "har5", 15, 2019, (0.98, 0.77, 0.86)),
    "heldout-fa6": (DATA / "heldout_fa6_reports.jsonl", "hfa6", 20, 2017, (0.90, 0.86, 0.88)),
    "heldout-ar6": (DATA / "heldout_ar6_reports.jsonl", "har6", 10, 2017, (0.88, 0.74, 0.80)),
    # written blind on 2026-11-30 and unread; floors under their 2026.11.14 figures
    "heldout10": (DATA / "heldout10_reports.jsonl", "h10", 45, 2022, (0.93, 0.80, 0.86)),
    "heldout11": (DATA / "heldout11_reports.jsonl", "h11", 45, 2016, (0.90, 0.68, 0.78)),
    "heldout-fa7": (DATA / "heldout_fa7_reports.jsonl", "hfa7", 25, 2020, (0.89, 0.82, 0.86)),
    "heldout-ar7": (DATA / "heldout_ar7_reports.jsonl", "har7", 15, 2017, (0.93, 0.88, 0.91)),
    # written blind on 2026-11-30 (second session) and unread; floors under their first looks
    "heldout12": (DATA / "heldout12_reports.jsonl", "h12", 45, 2021, (0.93, 0.81, 0.87)),
    "heldout13": (DATA / "heldout13_reports.jsonl", "h13", 45, 2015, (0.87, 0.72, 0.79)),
    "heldout-fa8": (DATA / "heldout_fa8_reports.jsonl", "hfa8", 25, 2020, (0.96, 0.86, 0.91)),
    "heldout-ar8": (DATA / "heldout_ar8_reports.jsonl", "har8", 15, 2016, (0.98, 0.86, 0.91)),
    # written blind on 2026-11-30 (third session) and unread; floors under their first looks (2026.11.15)
    "heldout14": (DATA / "heldout14_reports.jsonl", "h14", 45, 2020, (0.90, 0.77, 0.83)),
    "heldout15": (DATA / "heldout15_reports.jsonl", "h15", 45, 2015, (0.87, 0.70, 0.78)),
    "heldout-fa9": (DATA / "heldout_fa9_reports.jsonl", "hfa9", 25, 2020, (0.97, 0.87, 0.91)),
    "heldout-ar9": (DATA / "heldout_ar9_reports.jsonl", "har9", 15, 2016, (0.96, 0.78, 0.86)),
    # written blind on 2026-11-30 (fourth session) and unread; floors under their first looks (2026.11.16)
    "heldout16": (DATA / "heldout16_reports.jsonl", "h16", 45, 2019, (0.95, 0.74, 0.84)),
    "heldout17": (DATA / "heldout17_reports.jsonl", "h17", 45, 2015, (0.91, 0.82, 0.86)),
    "heldout-fa10": (DATA / "heldout_fa10_reports.jsonl", "hfa10", 25, 2020, (0.86, 0.84, 0.85)),
    "heldout-ar10": (DATA / "heldout_ar10_reports.jsonl", "har10", 15, 2016, (0.96, 0.96, 0.96)),
    # written blind on 2026-11-30 (fifth session), spent in the sixth; floors under their figures with 2026.11.19
    "heldout18": (DATA / "heldout18_reports.jsonl", "h18", 45, 2015, (0.94, 0.82, 0.88)),
    "heldout19": (DATA / "heldout19_reports.jsonl", "h19", 45, 2019, (0.96, 0.91, 0.93)),
    "heldout-ar11": (DATA / "heldout_ar11_reports.jsonl", "har11", 20, 2016, (0.95, 0.80, 0.87)),
    # written blind on 2026-11-30 (sixth session); heldout21 unread, floors under its first look (2026.11.18);
    # the others spent in the seventh, floors under their figures with 2026.11.20
    "heldout20": (DATA / "heldout20_reports.jsonl", "h20", 45, 2010, (0.94, 0.87, 0.90)),
    "heldout21": (DATA / "heldout21_reports.jsonl", "h21", 45, 2015, (0.90, 0.74, 0.81)),
    "heldout22": (DATA / "heldout22_reports.jsonl", "h22", 45, 2012, (0.95, 0.91, 0.93)),
    "heldout-ar12": (DATA / "heldout_ar12_reports.jsonl", "har12", 20, 2012, (0.96, 0.87, 0.91)),
    # written blind on 2026-11-30 (seventh session); heldout24 unread, floors under its first look (2026.11.19);
    # heldout23 and ar13 spent in the eighth, floors under their figures with 2026.11.21
    "heldout23": (DATA / "heldout23_reports.jsonl", "h23", 45, 2014, (0.95, 0.80, 0.87)),
    "heldout24": (DATA / "heldout24_reports.jsonl", "h24", 45, 2011, (0.90, 0.75, 0.82)),
    "heldout-ar13": (DATA / "heldout_ar13_reports.jsonl", "har13", 20, 2015, (0.90, 0.79, 0.84)),
    # written blind at the end of the seventh session; fa11 spent at once, floors under its figures with 2026.11.21;
    # heldout25 and ar14 spent in the ninth session, floors under their figures with 2026.11.22
    "heldout25": (DATA / "heldout25_reports.jsonl", "h25", 40, 2012, (0.96, 0.81, 0.88)),
    "heldout-fa11": (DATA / "heldout_fa11_reports.jsonl", "hfa11", 20, 2016, (0.97, 0.86, 0.91)),
    "heldout-ar14": (DATA / "heldout_ar14_reports.jsonl", "har14", 20, 2014, (0.95, 0.78, 0.86)),
    # written blind at the start of the eighth session; heldout27 unread, floors under its first look (2026.11.20);
    # heldout26 and fa12 spent in the ninth session, floors under their figures with 2026.11.22; ar15 spent in the
    # sixteenth, floors under its figures with 2026.11.27
    "heldout26": (DATA / "heldout26_reports.jsonl", "h26", 40, 2014, (0.91, 0.76, 0.83)),
    "heldout27": (DATA / "heldout27_reports.jsonl", "h27", 45, 2020, (0.93, 0.84, 0.88)),
    "heldout-fa12": (DATA / "heldout_fa12_reports.jsonl", "hfa12", 20, 2019, (0.97, 0.91, 0.94)),
    "heldout-ar15": (DATA / "heldout_ar15_reports.jsonl", "har15", 20, 2017, (0.97, 0.89, 0.93)),
    # written blind at the start of the ninth session, spent in the tenth; floors under their figures with 2026.11.23
    "heldout28": (DATA / "heldout28_reports.jsonl", "h28", 40, 2016, (0.93, 0.77, 0.84)),
    "heldout29": (DATA / "heldout29_reports.jsonl", "h29", 45, 2018, (0.92, 0.79, 0.85)),
    "heldout-fa13": (DATA / "heldout_fa13_reports.jsonl", "hfa13", 20, 2019, (0.96, 0.87, 0.91)),
    "heldout-ar16": (DATA / "heldout_ar16_reports.jsonl", "har16", 20, 2016, (0.95, 0.84, 0.89)),
    # written blind at the start of the tenth session, spent in the eleventh; floors under their first looks (2026.11.22)
    "heldout30": (DATA / "heldout30_reports.jsonl", "h30", 45, 2015, (0.93, 0.84, 0.88)),
    "heldout31": (DATA / "heldout31_reports.jsonl", "h31", 40, 2012, (0.93, 0.80, 0.86)),
    "heldout-fa14": (DATA / "heldout_fa14_reports.jsonl", "hfa14", 20, 2014, (0.95, 0.92, 0.94)),
    "heldout-ar17": (DATA / "heldout_ar17_reports.jsonl", "har17", 20, 2013, (0.86, 0.74, 0.80)),
    # written blind at the start of the eleventh session and unread; floors under their first looks (2026.11.23)
    "heldout32": (DATA / "heldout32_reports.jsonl", "h32", 45, 2015, (0.93, 0.89, 0.91)),
    "heldout33": (DATA / "heldout33_reports.jsonl", "h33", 40, 2012, (0.93, 0.86, 0.89)),
    "heldout-fa15": (DATA / "heldout_fa15_reports.jsonl", "hfa15", 20, 2014, (0.97, 0.94, 0.96)),
    "heldout-ar18": (DATA / "heldout_ar18_reports.jsonl", "har18", 20, 2013, (0.88, 0.79, 0.84)),
    # written blind at the start of the twelfth session; first looks with 2026.11.24, spent in the thirteenth;
    # floors (and those of the sets spent before) under their figures with 2026.11.25
    "heldout34": (DATA / "heldout34_reports.jsonl", "h34", 30, 2019, (0.96, 0.83, 0.89)),
    "heldout35": (DATA / "heldout35_reports.jsonl", "h35", 30, 2015, (0.97, 0.87, 0.92)),
    "heldout-fa16": (DATA / "heldout_fa16_reports.jsonl", "hfa16", 30, 2019, (0.98, 0.93, 0.95)),
    "heldout-ar19": (DATA / "heldout_ar19_reports.jsonl", "har19", 30, 2017, (0.95, 0.88, 0.92)),
    # written blind at the start of the thirteenth session, spent in the fourteenth and fifteenth; floors under
    # their figures with 2026.11.26
    "heldout36": (DATA / "heldout36_reports.jsonl", "h36", 30, 2018, (0.97, 0.89, 0.93)),
    "heldout37": (DATA / "heldout37_reports.jsonl", "h37", 30, 2015, (0.94, 0.86, 0.90)),
    "heldout-fa17": (DATA / "heldout_fa17_reports.jsonl", "hfa17", 30, 2019, (0.97, 0.94, 0.95)),
    "heldout-ar20": (DATA / "heldout_ar20_reports.jsonl", "har20", 30, 2016, (0.95, 0.84, 0.89)),
    # written blind at the start of the fifteenth session; heldout_fa18 spent at once for its Solar Hijri dates
    # (floors under its figures with 2026.11.26), heldout39 and heldout_ar21 spent later that session; heldout38,
    # heldout40 and heldout_fa19 spent in the sixteenth (floors under the figures with 2026.11.27)
    "heldout38": (DATA / "heldout38_reports.jsonl", "h38", 30, 2017, (0.97, 0.90, 0.93)),
    "heldout39": (DATA / "heldout39_reports.jsonl", "h39", 30, 2014, (0.95, 0.84, 0.89)),
    "heldout-fa18": (DATA / "heldout_fa18_reports.jsonl", "hfa18", 30, 2018, (0.93, 0.88, 0.90)),
    "heldout-ar21": (DATA / "heldout_ar21_reports.jsonl", "har21", 30, 2015, (0.97, 0.87, 0.92)),
    "heldout40": (DATA / "heldout40_reports.jsonl", "h40", 30, 2016, (0.95, 0.88, 0.91)),
    "heldout-fa19": (DATA / "heldout_fa19_reports.jsonl", "hfa19", 30, 2017, (0.95, 0.89, 0.92)),
    # written blind at the start of the sixteenth session, unread; floors under their first looks (2026.11.26)
    "heldout41": (DATA / "heldout41_reports.jsonl", "h41", 30, 2015, (0.85, 0.71, 0.78)),
    "heldout42": (DATA / "heldout42_reports.jsonl", "h42", 30, 2014, (0.82, 0.71, 0.76)),
    "heldout-fa20": (DATA / "heldout_fa20_reports.jsonl", "hfa20", 30, 2016, (0.87, 0.81, 0.84)),
    "heldout-ar22": (DATA / "heldout_ar22_reports.jsonl", "har22", 30, 2015, (0.90, 0.79, 0.84)),
    # a second round written blind the same hour; heldout_fa21 and heldout_ar23 unread (floors under their first
    # looks, 2026.11.26), heldout43 and heldout44 spent that session (floors under the figures with 2026.11.27)
    "heldout43": (DATA / "heldout43_reports.jsonl", "h43", 30, 2014, (0.93, 0.76, 0.84)),
    "heldout44": (DATA / "heldout44_reports.jsonl", "h44", 30, 2014, (0.92, 0.82, 0.87)),
    "heldout-fa21": (DATA / "heldout_fa21_reports.jsonl", "hfa21", 30, 2015, (0.87, 0.86, 0.86)),
    "heldout-ar23": (DATA / "heldout_ar23_reports.jsonl", "har23", 30, 2014, (0.88, 0.79, 0.83)),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_is_well_formed(name: str):
    path, prefix, count, first_year, _ = SETS[name]
    reports = read_reports(path)
    assert [r["id"] for r in reports] == [f"{prefix}-{n:03d}" for n in range(1, count + 1)]
    for report in reports:
        check_report(report)
        assert first_year <= date.fromisoformat(report["published"]).year <= 2026
        # a single-paragraph notice (an interior-ministry statement) may run to 600 characters
        assert "\n\n" in report["text"] or len(report["text"]) < 600, report["id"]


def test_heldout2_reports_are_complete_and_names_appear_in_them():
    path = SETS["heldout2"][0]
    for report in read_reports(path):
        assert set(report) == REPORT_FIELDS, report["id"]
        assert report["url"].startswith("https://example.org/"), report["id"]
        assert report["title"].strip() and "\n\n" in report["text"], report["id"]
        for claim in report["claims"]:
            for name in claim["names"]:
                assert name in report["text"], f"{report['id']}: {name}"


# Sets nobody has read: they measure generalisation only while their errors stay unseen, so
# neither a passing run with -s nor a failing floor (pytest shows a failed test's output) prints them.
UNREAD = {"heldout14", "heldout21", "heldout24", "heldout27", "heldout41", "heldout42",
          "heldout-fa6", "heldout-fa7", "heldout-fa10", "heldout-fa20", "heldout-fa21",
          "heldout-ar6", "heldout-ar22", "heldout-ar23"}


@pytest.mark.skipif(not SCORER.exists(), reason=f"corpus scorer not found at {SCORER} (it lives outside the repository)")
@pytest.mark.parametrize("name", sorted(SETS))
def test_quality_floor(name: str):
    path, _, _, _, (min_precision, min_recall, min_f1) = SETS[name]
    figures, errors = score_extractor(path)
    print(f"\n{name} figures:", json.dumps(figures))
    if name in UNREAD:
        listed = "unread: its errors are not listed (tests/data/README.md)"
    else:
        listed = "run with -s to list them"
        for error in errors:
            print("  ", json.dumps(error, ensure_ascii=False))
    summary = (f"P {figures['precision']} R {figures['recall']} F1 {figures['f1']} "
               f"(floors P {min_precision} R {min_recall} F1 {min_f1}); {len(errors)} errors, {listed}")
    assert figures["precision"] >= min_precision, summary
    assert figures["recall"] >= min_recall, summary
    assert figures["f1"] >= min_f1, summary
