"""A claim merged from several sentences keeps each of them (its `support`): the body sentence that
gave a headline's day, place or names is stored beside the evidence and shown by `vigil claims`,
`vigil show`, the export and the web view, highlighted on the archived page."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from extract import Claim, Extractor
from test_web_browser import browser, log_in, served  # noqa: F401 (fixtures: `vigil serve` and Chromium)
from vigil.store import open_store

# A Persian report as a rights group writes it: a headline line with no day, then the sentence
# that dates (7 Mehr 1404 = 29 September 2025), places and names the three.
FA_REPORT = ("سه زندانی در زندان مرکزی اراک اعدام شدند\n"
             "به گزارش یک منبع حقوق بشری، رضا کریمی، علی احمدی و حسن موسوی، سه زندانی اهل اراک، "
             "بامداد دوشنبه ۷ مهر ۱۴۰۴ در زندان مرکزی اراک اعدام شدند. "
             "این سه زندانی به اتهام قتل عمد به قصاص محکوم شده بودند.")
FA_BODY = FA_REPORT.splitlines()[1].split(". ")[0] + "."
EN_REPORT = ("Two men hanged in Shiraz on Monday\n\n"
             "The two men, Ali Rezaei and Hassan Karimi, were hanged in Shiraz on Monday, 15 September 2025.")
EN_BODY = EN_REPORT.split("\n\n")[1]
ILAM_HEADLINE = "دو زندانی در زندان مرکزی ایلام اعدام شدند"   # the demo's Persian report of W37


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, claims
    return claims[0]


def test_a_persian_headline_claim_keeps_the_body_sentence_that_dated_and_placed_it(extractor):
    claim = only(extractor.extract(FA_REPORT, date(2025, 10, 1), "", "fa"))
    assert claim.evidence == FA_REPORT.splitlines()[0] and "period.inherited" in claim.rules
    assert claim.period_start == claim.period_end == date(2025, 9, 29)
    [support] = claim.support
    assert support.evidence == FA_BODY
    assert FA_REPORT[support.start_char:support.end_char].strip() == FA_BODY and support.field == "text"
    assert support.values == ("count", "qualifier", "period_start", "period_end", "location", "offences")


def test_an_english_headline_claim_takes_the_names_and_shows_the_sentence_they_came_from(extractor):
    claim = only(extractor.extract(EN_REPORT, date(2025, 9, 16)))
    assert claim.evidence == "Two men hanged in Shiraz on Monday"
    assert claim.names == ("Ali Rezaei", "Hassan Karimi")
    [support] = claim.support
    assert (support.evidence, support.start_char, support.end_char) == (EN_BODY, EN_REPORT.index(EN_BODY), len(EN_REPORT))
    assert "names" in support.values and "period_start" in support.values


def test_a_day_read_from_the_sentence_after_an_undated_claim_is_shown_with_it(extractor):
    text = ("Two prisoners were hanged in Ilam.\n\n"
            "The executions took place on Sunday, 14 September 2025 in Ilam Central Prison.")
    claim = only(extractor.extract(text, date(2025, 9, 16)))
    assert claim.evidence == "Two prisoners were hanged in Ilam." and claim.period_start == date(2025, 9, 14)
    [support] = claim.support
    assert support.evidence == text.split("\n\n")[1] and support.values == ("period_start", "period_end")


def test_a_claim_of_one_sentence_has_no_support_and_its_dict_no_support_key(extractor):
    claim = only(extractor.extract("Two men were hanged in Shiraz on Monday, 15 September 2025.", date(2025, 9, 16)))
    assert claim.support == () and "support" not in claim.to_dict()


def test_support_goes_through_the_claim_dict_and_back(extractor):
    claim = only(extractor.extract(FA_REPORT, date(2025, 10, 1), "", "fa"))
    out = claim.to_dict()
    assert out["support"][0]["evidence"] == FA_BODY and out["support"][0]["values"][2] == "period_start"
    assert Claim.from_dict(json.loads(json.dumps(out))) == claim


def test_extract_jsonl_prints_the_support_of_a_merged_claim(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "fa1", "published": "2025-10-01", "title": "", "text": FA_REPORT,
                                  "lang": "fa"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = subprocess.run([str(Path(sys.executable).parent / "vigil"), "extract", "jsonl", str(source)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    [claim] = json.loads(out.stdout)["claims"]
    assert claim["support"][0]["evidence"] == FA_BODY


# --- stored, and shown by the commands (run through the `vigil` entry point) -----------------


def vigil(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).parent / "vigil"), "--config", str(root / "config"),
                           "--data", str(root / "data"), *args], capture_output=True, text=True, timeout=600)


@pytest.fixture
def demo(demo_data, tmp_path) -> Path:
    shutil.copytree(demo_data / "config", tmp_path / "config")
    shutil.copytree(demo_data / "data", tmp_path / "data")
    return tmp_path


def ilam_claim(root: Path) -> dict:
    db = open_store(root / "data")
    row = dict(next(db.query("select * from claims where evidence = ?", [ILAM_HEADLINE])))
    db.close()
    return row


def test_the_store_keeps_the_body_sentence_of_the_demos_persian_ilam_claim(demo):
    row = ilam_claim(demo)
    [support] = json.loads(row["support"])
    assert "۲۳ شهریور ۱۴۰۴" in support["evidence"] and "period_start" in support["values"]
    assert row["period_start"] == "2025-09-14"


def test_vigil_claims_shows_the_sentence_that_gave_the_day(demo):
    row = ilam_claim(demo)
    [support] = json.loads(row["support"])
    out = vigil(demo, "claims", "--week", "2025-W37")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    at = lines.index(f'    "{ILAM_HEADLINE}"')
    assert lines[at + 1] == (f"    also from text {support['start_char']}-{support['end_char']} "
                             f"(count, qualifier, period, place, offences): \"{support['evidence']}\"")
    as_json = vigil(demo, "claims", "--week", "2025-W37", "--format", "json")
    [listed] = [c for w in json.loads(as_json.stdout) for c in w["claims"] if c["claim_id"] == row["id"]]
    assert listed["support"] == [support]


def test_vigil_show_shows_the_sentence_that_gave_the_day(demo):
    row = ilam_claim(demo)
    [support] = json.loads(row["support"])
    out = vigil(demo, "show", str(row["id"]))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  evidence (text "))
    assert lines[at + 1] == (f"  also from text {support['start_char']}-{support['end_char']} "
                             f"(count, qualifier, period, place, offences): \"{support['evidence']}\"")


def test_a_rerun_fills_in_the_support_of_claims_stored_before_it_was_kept(demo):
    row = ilam_claim(demo)
    db = open_store(demo / "data")
    with db.conn:
        db.execute("update claims set support = null where id = ?", [row["id"]])
    db.close()
    out = vigil(demo, "extract", "rerun")
    assert out.returncode == 0, out.stderr
    [support] = json.loads(row["support"])
    changed = [line for line in out.stdout.splitlines() if line.startswith(f"  ~ claim {row['id']}:")]
    assert len(changed) == 1 and changed[0].startswith(
        f"  ~ claim {row['id']}: support +text {support['start_char']}-{support['end_char']} "
        f"(count, qualifier, period, place, offences)  ")
    assert ilam_claim(demo)["support"] == row["support"] and ilam_claim(demo)["id"] == row["id"]


# --- the web view --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def web(demo_data, tmp_path_factory):
    from webclient import RunningWeb

    running = RunningWeb(demo_data / "data", tmp_path_factory.mktemp("support-web") / "data")
    yield running
    running.close()


def test_the_export_carries_the_support_in_json_and_csv(web):
    client = web.client()
    assert client.login("viewer").status == 302
    row = ilam_claim(web.data_dir.parent)
    [support] = json.loads(row["support"])
    exported = {c["id"]: c for c in json.loads(client.get("/export/claims.json").text)}
    assert exported[row["id"]]["support"] == [support]
    rows = {int(r["id"]): r for r in csv.DictReader(io.StringIO(client.get("/export/claims.csv").text))}
    assert rows[row["id"]]["support"] == (f"text {support['start_char']}-{support['end_char']} "
                                          f"(count, qualifier, period, place, offences): {support['evidence']}")
    assert rows[row["id"]]["evidence"] == ILAM_HEADLINE


@pytest.mark.slow
def test_the_claim_page_lists_the_sentence_and_the_archived_page_highlights_it(served, browser, demo_data):
    row = ilam_claim(demo_data)
    [support] = json.loads(row["support"])
    wait = WebDriverWait(browser, 20)
    browser.get(served)
    log_in(browser)
    wait.until(EC.presence_of_element_located((By.LINK_TEXT, "2025-W37")))

    browser.get(f"{served}claims/{row['id']}")
    [item] = wait.until(EC.presence_of_all_elements_located((By.CSS_SELECTOR, "article.claim ul.support-list li")))
    assert item.is_displayed()
    assert item.text == f"also from this report (count, qualifier, period, place, offences): {support['evidence']}"

    browser.find_element(By.PARTIAL_LINK_TEXT, "Archived page").click()
    evidence = wait.until(EC.presence_of_element_located((By.ID, "evidence")))
    assert evidence.text == ILAM_HEADLINE
    [marked] = browser.find_elements(By.CSS_SELECTOR, "mark.support")
    assert marked.is_displayed() and marked.text == support["evidence"]
    # the week page's card shows it under the evidence too
    browser.get(f"{served}weeks/2025-W37?country=IR")
    card = wait.until(EC.presence_of_element_located((By.ID, f"claim-{row['id']}")))
    assert support["evidence"] in card.find_element(By.CSS_SELECTOR, "ul.support-list").text


def test_explain_prints_the_support_under_the_evidence(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "en1", "published": "2025-09-16", "title": "", "text": EN_REPORT}) + "\n")
    out = subprocess.run([str(Path(sys.executable).parent / "vigil"), "extract", "jsonl", str(source), "--explain"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    at = lines.index('           text: "Two men hanged in Shiraz on Monday"')
    assert lines[at + 1] == (f"           also from text {EN_REPORT.index(EN_BODY)}-{len(EN_REPORT)} "
                             f"(count, qualifier, period_start, period_end, location, names): \"{EN_BODY}\"")
