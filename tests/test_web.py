"""The web view over HTTP: login required everywhere, CSRF on every form, hardened cookies and
headers, escaped report text, reviews that move the figures, exports. A real server on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.parse

import pytest

from vigil.accounts import add_user, set_password
from webclient import PASSWORD, RunningWeb

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def web(demo_data, tmp_path_factory):
    running = RunningWeb(demo_data / "data", tmp_path_factory.mktemp("web") / "data")
    yield running
    running.close()


@pytest.fixture
def reviewer(web):
    return web.signed_in("reviewer")


def sample_path(rule) -> str:
    values = {"claim_id": 1, "document_id": 1, "label": "2025-W38", "fmt": "csv", "name": "imminent",
              "filename": "style.css"}
    return re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(values[m.group(1)]), rule.rule)


def test_nothing_but_the_login_page_is_served_without_a_login(web):
    anonymous = web.client()
    token = anonymous.get("/login").csrf()
    checked = 0
    for rule in web.app.url_map.iter_rules():
        if rule.endpoint in ("auth.login", "static"):
            continue
        path = sample_path(rule)
        if "GET" in rule.methods:
            response = anonymous.get(path)
            assert response.status == 302 and response.headers["Location"].startswith("/login?next="), path
        if "POST" in rule.methods:
            response = anonymous.post(path, {"csrf_token": token, "action": "confirm"})
            assert response.status == 401, path
        checked += 1
    assert checked >= 10
    db = web.db()
    assert db.execute("select count(*) from reviews").fetchone()[0] == 0
    db.close()


def test_login_cookie_is_httponly_and_samesite_and_wrong_passwords_fail(web):
    client = web.client()
    assert client.login("reviewer", "not the password").status == 401
    assert client.login("nobody", PASSWORD).status == 401
    response = client.login("reviewer")
    assert response.status == 302 and response.headers["Location"] == "/"
    cookie = next(c for c in response.set_cookies if c.startswith("vigil_session="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    page = client.get("/")
    assert page.status == 200 and "Executions per week" in page.text


def test_behind_a_tls_proxy_the_cookie_is_secure(demo_data, tmp_path):
    web = RunningWeb(demo_data / "data", tmp_path / "data", secure_cookies=True, proxies=1)
    try:
        # The login form's session (it holds the CSRF token) is the first cookie set.
        response = web.client().get("/login", headers={"X-Forwarded-Proto": "https"})
        cookie = next(c for c in response.set_cookies if c.startswith("vigil_session="))
        assert "Secure" in cookie
        assert "max-age" in response.headers["Strict-Transport-Security"]
    finally:
        web.close()


def test_failed_logins_are_rate_limited_per_account(demo_data, tmp_path):
    web = RunningWeb(demo_data / "data", tmp_path / "data", login_limits=("3 per minute", "50 per minute"))
    try:
        client = web.client()
        assert [client.login("reviewer", "guess %d" % n).status for n in range(3)] == [401, 401, 401]
        blocked = client.login("reviewer")  # even the right password waits now
        assert blocked.status == 429 and "Too many failed logins" in blocked.text
        assert web.client().login("viewer").status == 302  # another account is not locked out
    finally:
        web.close()


def test_login_never_redirects_off_the_site(web):
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        client = web.client()
        token = client.get("/login").csrf()
        response = client.post("/login?next=" + target, {"csrf_token": token, "name": "viewer", "password": PASSWORD})
        assert response.headers["Location"] == "/", target


def test_every_form_needs_its_csrf_token(web, reviewer):
    claim_id = first_claim_id(web)
    assert reviewer.post(f"/claims/{claim_id}/review", {"action": "confirm"}).status == 400
    assert reviewer.post("/logout", {}).status == 400
    db = web.db()
    assert db.execute("select count(*) from reviews").fetchone()[0] == 0
    db.close()


def test_a_viewer_cannot_review(web):
    viewer = web.client()
    viewer.login("viewer")
    page = viewer.get(f"/claims/{first_claim_id(web)}")
    assert page.status == 200 and "Reject claim" not in page.text
    response = viewer.post(f"/claims/{first_claim_id(web)}/review", {"csrf_token": page.csrf(), "action": "confirm"})
    assert response.status == 403
    assert "This needs the reviewer role; your account (viewer) has the viewer role: ask an admin." in response.text


def test_pages_carry_a_script_free_csp_and_no_framing(web, reviewer):
    response = reviewer.get("/weeks/2025-W38?country=IR")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["X-Frame-Options"] == "DENY" and response.headers["Cache-Control"] == "no-store"


def week_total(client, label="2025-W38") -> int:
    page = client.get(f"/weeks/{label}?country=IR")
    return int(re.search(r'id="week-total">(\d+)<', page.text).group(1))


def bound_claims(web, label="2025-W38") -> list[int]:
    db = web.db()
    ids = [r[0] for r in db.execute(
        "select id from claims where kind = 'aggregate' and event = 'executed' and count = 64 order by id")]
    db.close()
    return ids


def first_claim_id(web) -> int:
    db = web.db()
    claim_id = db.execute("select min(id) from claims").fetchone()[0]
    db.close()
    return claim_id


def test_the_change_on_last_year_is_no_figure_when_last_year_has_no_claim_to_that_day(web, reviewer):
    # the demo holds 2025's reports and one annual figure for the whole of 2024: up to the same day
    # of 2024 there is nothing, so a "change" would only be 2025's figure again
    page = reviewer.get("/?country=IR").text
    card = page[page.index("Change on last year to date"):]
    card = card[:card.index("</section>")]
    assert "n/a" in card and "there is nothing to compare with" in card
    assert re.search(r"Against the whole of 2024: [+-]?\d+\.", card)
    # nor is last year's figure to that day a 0: no claim is not a count of none
    last = page[page.index("2024 to 2024-"):page.index("Change on last year to date")]
    assert '<div class="figure">n/a</div>' in last and '<div class="figure">0</div>' not in last
    assert "no claim up to that day" in last and re.search(r"whole year \d+", last)
    # and the table's 2024 column says the same for each week, not 0
    table = page[page.index("<h2>Weeks with reports</h2>"):]
    table = table[:table.index("</table>")]
    cells = re.findall(r'<td class="num muted">(.*?)</td>', table)
    assert cells and all("n/a" in cell for cell in cells), cells


def test_an_equal_second_bound_is_worded_as_the_command_line_words_it(web, reviewer):
    # W38 holds two bounds of 64: one sets the total, the other is not "smaller"
    page = reviewer.get("/weeks/2025-W38?country=IR").text
    assert "another bound of 64, not above the one used" in page and "smaller bound" not in page


def test_rejecting_the_bounds_of_w38_drops_its_total_and_corrections_count(web, reviewer):
    assert week_total(reviewer) == 64
    page = reviewer.get("/weeks/2025-W38?country=IR")
    assert "at least 64 people were executed in Iran in the past week" in page.text
    for claim_id in bound_claims(web):
        token = reviewer.get(f"/claims/{claim_id}").csrf()
        response = reviewer.post(f"/claims/{claim_id}/review",
                                 {"csrf_token": token, "action": "reject", "reason": "quoted from another source"})
        assert response.status == 302
    assert week_total(reviewer) == 2
    page = reviewer.get("/weeks/2025-W38?country=IR")
    assert "as extracted, before reviews: 64" in page.text and "Rejected by reviewers" in page.text
    assert "rejected by reviewer: quoted from another source" in page.text
    # A correction raises an incident's count; the history keeps both reviews apart.
    counted = int(re.search(r'counted</span>\s*· <a href="/claims/(\d+)"', page.text).group(1))
    token = reviewer.get(f"/claims/{counted}").csrf()
    reviewer.post(f"/claims/{counted}/review", {"csrf_token": token, "action": "correct", "count": "3",
                                                "reason": "three men named"})
    assert week_total(reviewer) == 4
    assert "corrected by reviewer (count 1 -&gt; 3): three men named" in reviewer.get(f"/claims/{counted}").text
    # an export gives the count that counts, and the extracted one beside it
    row = next(r for r in csv.DictReader(io.StringIO(reviewer.get("/export/claims.csv").text)) if r["id"] == str(counted))
    assert (row["count"], row["status"], row["as_extracted"]) == ("3", "corrected", "count 1")
    exported = next(c for c in json.loads(reviewer.get("/export/claims.json").text) if c["id"] == counted)
    assert (exported["count"], exported["as_extracted"]) == (3, {"count": 1})
    bad = reviewer.post(f"/claims/{counted}/review", {"csrf_token": token, "action": "reject", "reason": ""})
    assert bad.status == 302 and "a rejection needs a reason" in reviewer.get(f"/claims/{counted}").text


def test_a_review_stays_traceable_on_the_week_and_claim_pages(demo_data, tmp_path):
    """A rejected bound stays on its week's page, marked, with who, when and why; a corrected
    claim shows the value counted, the original and the reviewer; a claim's page links to the
    week that counts it, and says when its period runs into another week."""
    web = RunningWeb(demo_data / "data", tmp_path / "data")
    try:
        client = web.signed_in("reviewer")
        rejected, kept = bound_claims(web)[:2]
        note = "runs over 2025-W38 and 2025-W39: counted in 2025-W38 only (the week holding the middle of its period)"
        claim_page = client.get(f"/claims/{kept}").text
        assert f'href="/weeks/2025-W38?country=IR" id="claim-week">← week 2025-W38<' in claim_page
        assert note in claim_page
        assert f"claim #{kept}" not in client.get("/weeks/2025-W39?country=IR").text
        token = client.get(f"/claims/{rejected}").csrf()
        client.post(f"/claims/{rejected}/review", {"csrf_token": token, "action": "reject",
                                                   "reason": "counted twice <b>here</b>"})
        page = client.get("/weeks/2025-W38?country=IR").text
        section = page[page.index("Rejected by reviewers (not counted)"):]
        assert f'<a href="/claims/{rejected}">claim #{rejected}</a>' in section
        assert re.search(r"rejected by reviewer: counted twice &lt;b&gt;here&lt;/b&gt; "
                         r'<span class="muted">\(20\d\d-\d\d-\d\dT[^)]*\)</span>', section)
        assert note in section
        assert "Would count in week 2025-W38" in client.get(f"/claims/{rejected}").text
        counted = int(re.search(r'counted</span>\s*· <a href="/claims/(\d+)"', page).group(1))
        token = client.get(f"/claims/{counted}").csrf()
        client.post(f"/claims/{counted}/review", {"csrf_token": token, "action": "correct", "count": "3",
                                                  "reason": "three men named"})
        corrected = client.get(f"/claims/{counted}").text
        assert re.search(r"Counts as: [^·]*<strong>3</strong>", corrected)
        assert re.search(r"As extracted: [^·]*<strong>1</strong>", corrected)
        assert "corrected by reviewer (count 1 -&gt; 3): three men named" in corrected
        week = client.get("/weeks/2025-W38?country=IR").text
        card = week[week.index(f'id="claim-{counted}"'):]
        card = card[:card.index("</article>")]
        assert ">corrected<" in card and "corrected by reviewer (count 1 -&gt; 3): three men named" in card
    finally:
        web.close()


def test_the_archived_page_comes_from_the_warc_record_with_the_evidence_marked(web, reviewer):
    claim_id = bound_claims(web)[0]
    claim = reviewer.get(f"/claims/{claim_id}")
    archived_path = re.search(r'href="(/documents/\d+/archived\?claim=\d+)#evidence"', claim.text).group(1)
    page = reviewer.get(archived_path.replace("&amp;", "&"))
    assert page.status == 200
    assert re.search(r'<mark class="evidence selected" id="evidence">[^<]*64[^<]*</mark>', page.text)
    assert re.search(r"sha1:[A-Z0-9]{32}", page.text) and ".warc.gz" in page.text
    raw_path = re.search(r'href="(/documents/\d+/raw)"', page.text).group(1)
    raw = reviewer.get(raw_path)
    csp = raw.headers["Content-Security-Policy"]
    assert csp.startswith("sandbox;") and "default-src 'none'" in csp and "img-src data:" in csp
    assert raw.headers["Referrer-Policy"] == "no-referrer"
    assert raw.headers["Content-Type"].startswith("text/html") and b"<html" in raw.body.lower()


def test_report_text_is_escaped_everywhere(web, reviewer):
    db = web.db()
    doc = db["documents"].insert({"url": "javascript:alert(document.cookie)", "source_id": "ihr",
                                  "title": "<script>alert('title')</script>", "published": "2025-09-18",
                                  "text": "x"}).last_pk
    claim_id = db["claims"].insert({
        "document_id": doc, "event": "executed", "country": "IR", "count": 1, "qualifier": "exact",
        "period_start": "2025-09-18", "period_end": "2025-09-18", "kind": "event", "offences": "[]",
        "location": "<img src=x onerror=alert(1)>", "names": json.dumps(["<b>Bold</b>"]),
        "evidence": "=HYPERLINK(\"http://evil.example\") <script>alert('evidence')</script> \u202egnp.exe",
        "field": "text", "start_char": 0, "end_char": 1}).last_pk
    db.close()
    for path in (f"/claims/{claim_id}", "/claims", "/review", "/weeks/2025-W38?country=IR"):
        text = reviewer.get(path).text
        assert "<script>alert" not in text and "<img src=x" not in text and "<b>Bold" not in text, path
        assert "&lt;script&gt;alert(&#39;evidence&#39;)" in text, path
        assert 'href="javascript:' not in text, path
    exported = reviewer.get("/export/claims.csv").text
    row = next(r for r in csv.DictReader(io.StringIO(exported)) if r["id"] == str(claim_id))
    assert row["evidence"].startswith("'=HYPERLINK") and row["evidence"].endswith("</script> gnp.exe")


def test_exports_and_lists(web, reviewer):
    totals = json.loads(reviewer.get("/export/totals.json?country=IR").text)
    assert {"week", "total", "reported", "bound"} <= set(totals[0])
    assert any(t["week"] == "2025-W36" and t["total"] == 5 for t in totals)
    response = reviewer.get("/export/claims.csv?event=imminent")
    assert response.headers["Content-Disposition"] == 'attachment; filename="vigil-claims.csv"'
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and {r["event"] for r in rows} == {"imminent"}
    assert "Babak Shahbazi" in reviewer.get("/lists/imminent").text
    sentences = reviewer.get("/lists/sentences").text
    assert "Farahavar" in sentences or "Farah" in sentences
    drugs = reviewer.get("/claims?offence=drug").text
    assert "drug" in drugs and "espionage · " not in drugs


def test_full_text_search_takes_any_input(web, reviewer):
    page = reviewer.get("/search?q=Ghezel+Hesar")
    assert page.status == 200 and "<mark>Ghezel</mark>" in page.text
    for hostile in ('"unbalanced', "AND OR NOT (", "*", "title:x"):
        assert reviewer.get("/search?q=" + hostile.replace(" ", "+")).status == 200


@pytest.mark.parametrize("query", ["سه\u200cشنبه زاهدان", "رسانه\u200cهای", "رسانههای", "زندانی بلوچ زاهدان",
                                   "زندانى بلوچ"])
def test_search_finds_the_persian_report_as_a_persian_keyboard_types_it(web, reviewer, query):
    # typed with ZWNJ or without, with Arabic yeh (ي/ى) or Persian (ی): the demo's Zahedan report
    page = reviewer.get("/search?" + urllib.parse.urlencode({"q": query}))
    assert page.status == 200 and "اعدام یک زندانی بلوچ در زندان مرکزی زاهدان" in page.text, query
    assert 'dir="auto"' in page.text and "<mark>" in page.text


def test_a_new_password_ends_open_sessions(web):
    db = web.db()
    add_user(db, "leaving", "viewer", PASSWORD)
    db.close()
    client = web.client()
    client.login("leaving")
    assert client.get("/").status == 200
    db = web.db()
    set_password(db, "leaving", "another long password")
    db.close()
    assert client.get("/").status == 302


def test_only_admins_see_the_accounts_and_the_audit_trail(web):
    reviewer, admin = web.client(), web.client()
    reviewer.login("reviewer")
    admin.login("admin")
    assert reviewer.get("/admin").status == 403
    page = admin.get("/admin")
    assert page.status == 200 and "Review audit trail" in page.text and "argon2" not in page.text
