"""The overview's year-to-date figure runs to the newest claim's day: when that is before today, the
page says to which day and why (no report since, or none of the reports since holds a claim), so an
old figure never looks current. (The same in Chromium: tests/test_web_browser.py.)"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest

from webclient import RunningWeb


@pytest.fixture
def web(demo_data, tmp_path):
    running = RunningWeb(demo_data / "data", tmp_path / "data")
    yield running
    running.close()


def overview(web, query: str = "country=IR") -> str:
    return web.signed_in("reviewer").get(f"/?{query}").text


def note(page: str) -> str | None:
    match = re.search(r'<p class="flash" id="figures-end">(.*?)</p>', page, re.S)
    return " ".join(match.group(1).split()) if match else None


def newest_claim_day(web) -> date:
    db = web.db()
    try:
        published = db.execute("select max(d.published) from claims c join documents d on d.id = c.document_id").fetchone()[0]
    finally:
        db.close()
    return date.fromisoformat(published[:10])


def add_document(web, url: str, published: datetime) -> int:
    db = web.db()
    try:
        with db.conn:
            return db["documents"].insert({"url": url, "source_id": "ihr", "title": "A later report", "text": "No news.",
                                           "published": published.isoformat(timespec="seconds")}).last_pk
    finally:
        db.close()


def test_a_figure_ending_before_today_says_to_which_day_and_that_no_report_came_since(web):
    newest, today = newest_claim_day(web), datetime.now(timezone.utc).date()
    page = overview(web)
    assert note(page) == (f"The {newest.year} figures run to {newest}, the day of the newest report, not to today "
                          f"({today}): no report published since is in the store. Last year is compared to the same day.")
    assert f'{newest.year} to {newest} <span class="muted">(no report since)</span>' in page
    # a past year's figure is its whole year: nothing to say
    assert note(overview(web, f"country=IR&year={newest.year - 1}")) is None


def test_reports_since_that_hold_no_claim_are_the_reason_given(web):
    newest = newest_claim_day(web)
    add_document(web, "https://example.org/later", datetime(newest.year, newest.month, newest.day, 9,
                                                            tzinfo=timezone.utc) + timedelta(days=3))
    page = overview(web)
    assert "the day of the newest report with a claim" in note(page)
    assert note(page).endswith("none of the 1 report published since holds a claim. Last year is compared to the same day.")
    assert f'{newest.year} to {newest} <span class="muted">(no claim since)</span>' in page


def test_a_figure_that_runs_to_today_carries_no_note(web):
    today = datetime.now(timezone.utc)
    document_id = add_document(web, "https://example.org/today", today)
    db = web.db()
    try:
        with db.conn:
            [claim] = db.query("select * from claims where event = 'executed' and country = 'IR' "
                               "and kind = 'event' limit 1")
            day = today.date().isoformat()
            db["claims"].insert({**claim, "id": None, "document_id": document_id, "period_start": day, "period_end": day})
    finally:
        db.close()
    page = overview(web)
    assert note(page) is None
    assert f"{today.year} to {today.date()}</div>" in page
