"""The web view in a real browser: Debian's headless Chromium driven by Selenium through
/usr/bin/chromedriver (nothing is downloaded), against `vigil serve` run as a subprocess over the
demo's data, and `vigil demo --serve` as a new user would run it."""

from __future__ import annotations

import csv
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from webclient import Client

pytestmark = pytest.mark.slow

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
PASSWORD = "browser test password"


def vigil(*args, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "vigil.cli", *args], text=True, **kw)


def read_until(proc: subprocess.Popen, pattern: str, timeout: float = 120) -> re.Match:
    """Read the process's stdout line by line until `pattern` matches (the URL it serves on)."""
    deadline, seen = time.monotonic() + timeout, []
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line)
        match = re.search(pattern, line)
        if match:
            return match
    proc.kill()
    raise AssertionError(f"no line matching {pattern!r}; output: {''.join(seen)}")


def stop(proc: subprocess.Popen) -> int:
    proc.send_signal(signal.SIGINT)
    try:
        return proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait()


@pytest.fixture
def served(demo_data, tmp_path):
    """`vigil serve --port 0` over a copy of the demo's data, with a reviewer made by `vigil users add`."""
    config, data = demo_data / "config", tmp_path / "data"
    shutil.copytree(demo_data / "data", data)
    added = subprocess.run([sys.executable, "-m", "vigil.cli", "--config", str(config), "--data", str(data),
                            "users", "add", "mina", "--role", "reviewer", "--password-stdin"],
                           input=PASSWORD + "\n", text=True, capture_output=True, timeout=60)
    assert added.returncode == 0, added.stderr
    proc = vigil("--config", str(config), "--data", str(data), "serve", "--port", "0",
                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    url = read_until(proc, r"on (http://\S+/) ").group(1)
    yield url
    stop(proc)


@pytest.fixture
def browser(tmp_path):
    assert os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER), (
        "the browser tests need Debian's chromium and chromium-driver (.ci/run installs them)")
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                     "--disable-background-networking", "--no-first-run"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.downloads = downloads
    yield driver
    driver.quit()


def log_in(driver, name: str = "mina") -> None:
    """Fill in and send the login form the driver shows (the user `served` made); the caller
    waits for the page it expects next."""
    driver.find_element(By.NAME, "name").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()


def gone(element):
    """A wait condition: `element` has left the document. Selenium's `staleness_of` expects a stale
    reference only, but chromedriver can also answer a check that races the page's replacement with
    "Node with given id does not belong to the document", which says the same."""
    def check(_driver) -> bool:
        try:
            element.is_enabled()
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" not in (error.msg or ""):
                raise
            return True
        return False
    return check


def week_total(driver) -> int:
    return int(driver.find_element(By.ID, "week-total").text)


def test_staff_log_in_open_w38_follow_a_claim_reject_it_and_export(served, browser):
    wait = WebDriverWait(browser, 20)
    browser.get(served)
    assert "/login" in browser.current_url  # nothing before logging in
    log_in(browser)
    wait.until(EC.presence_of_element_located((By.LINK_TEXT, "2025-W38")))

    browser.find_element(By.LINK_TEXT, "2025-W38").click()
    wait.until(EC.presence_of_element_located((By.ID, "week-total")))
    assert week_total(browser) == 64
    bounds = browser.find_elements(By.CSS_SELECTOR, "article.claim.bound, article.claim.smaller-bound")
    assert len(bounds) == 2 and "sets the total" in bounds[0].text  # of two equal bounds, the lower claim id
    weekly = next(b for b in bounds if "64 in the past week" in b.text)

    # Follow IHR's weekly figure to its archived page: the sentence is marked.
    weekly.find_element(By.LINK_TEXT, "Archived page").click()
    mark = wait.until(EC.presence_of_element_located((By.ID, "evidence")))
    assert "64 in the past week" in mark.text
    assert "sha1:" in browser.find_element(By.CSS_SELECTOR, ".provenance").text
    browser.back()

    # Reject both weekly figures (one source quoting the other): the total falls to the incidents.
    for _ in range(2):
        card = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "article.claim.bound")))
        card.find_element(By.NAME, "reason").send_keys("figure covers 16-22 September, not this week")
        card.find_element(By.CSS_SELECTOR, "button.danger").click()
        # the page the form posted from must be gone first: the one before also shows a .flash.ok
        wait.until(gone(card))
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".flash.ok")))
    assert week_total(browser) == 2
    assert "as extracted, before reviews: 64" in browser.find_element(By.CSS_SELECTOR, ".card.alert").text
    assert len(browser.find_elements(By.CSS_SELECTOR, "article.claim.rejected")) == 2

    browser.find_element(By.LINK_TEXT, "Claims").click()
    browser.find_element(By.ID, "export-csv").click()
    deadline = time.monotonic() + 20
    while not list(browser.downloads.glob("*.csv")) and time.monotonic() < deadline:
        time.sleep(0.2)
    exported = next(browser.downloads.glob("*.csv"))
    rows = list(csv.DictReader(exported.open(encoding="utf-8")))
    rejected = [r for r in rows if r["status"] == "rejected"]
    assert len(rejected) == 2 and all("covers 16-22 September" in r["review"] for r in rejected)


def test_a_year_to_date_figure_older_than_today_says_where_it_ends(served, browser, tmp_path):
    """The demo's reports end in 2025: the overview must not pass its figure off as current."""
    import sqlite3
    from datetime import datetime, timezone

    with sqlite3.connect(tmp_path / "data" / "vigil.db") as db:
        newest = db.execute("select max(d.published) from claims c join documents d on d.id = c.document_id"
                            ).fetchone()[0][:10]
    wait = WebDriverWait(browser, 20)
    browser.get(served)
    log_in(browser)
    end = wait.until(EC.visibility_of_element_located((By.ID, "figures-end")))
    today = datetime.now(timezone.utc).date().isoformat()
    assert f"figures run to {newest}, the day of the newest report, not to today ({today})" in end.text
    assert "no report published since is in the store" in end.text
    label = browser.find_element(By.CSS_SELECTOR, ".cards .card .label").get_attribute("textContent")
    assert " ".join(label.split()) == f"{newest[:4]} to {newest} (no report since)"  # shown in capitals (CSS)


def test_vigil_serve_binds_loopback_by_default(demo_data, tmp_path):
    shutil.copytree(demo_data / "data", tmp_path / "data")
    proc = vigil("--config", str(demo_data / "config"), "--data", str(tmp_path / "data"), "serve", "--port", "0",
                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert read_until(proc, r"on (http://\S+/) ").group(1).startswith("http://127.0.0.1:")
    finally:
        assert stop(proc) == 0
    assert "vigil users add NAME --role admin" in proc.stderr.read()


@pytest.mark.parametrize("how", ["SIGINT ignored at start", "SIGTERM"])
def test_vigil_serve_stops_cleanly_on_sigint_inherited_ignored_and_on_sigterm(demo_data, tmp_path, how):
    # a shell starts a background job with SIGINT ignored, and Python then never raises
    # KeyboardInterrupt; systemd stops a service with SIGTERM: serve must stop cleanly on both
    shutil.copytree(demo_data / "data", tmp_path / "data")
    ignore = (lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if how.startswith("SIGINT") else None
    proc = vigil("--config", str(demo_data / "config"), "--data", str(tmp_path / "data"), "serve", "--port", "0",
                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, preexec_fn=ignore)
    try:
        read_until(proc, r"on (http://\S+/) ")
        proc.send_signal(signal.SIGINT if ignore else signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_vigil_demo_serve_prints_a_login_that_works(tmp_path):
    proc = vigil("demo", "--keep", str(tmp_path / "demo"), "--serve", "--port", "0",
                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        url = read_until(proc, r"Web view: (http://127\.0\.0\.1:\d+/)").group(1)
        name = read_until(proc, r"log in as\s+(\S+)").group(1)
        password = read_until(proc, r"password\s+(\S+)").group(1)
        client = Client(url)
        assert client.login(name, password).status == 302
        week = client.get("/weeks/2025-W38?country=IR")
        assert re.search(r'id="week-total">64<', week.text)
    finally:
        assert stop(proc) == 0
    assert (tmp_path / "demo" / "data" / "vigil.db").exists()
