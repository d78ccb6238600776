"""Report text in the web view, in the real headless browser: bidi controls in a hostile report
(or a reviewer's reason) reverse nothing staff read, and Persian text keeps its ZWNJs and is drawn
right to left, full stop at the left end."""

from __future__ import annotations

import subprocess
import sys

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from claimstore import ClaimStore, write_alerts_yaml
from test_web_browser import PASSWORD, browser, log_in, read_until, stop, vigil  # noqa: F401 (browser is a fixture)
from vigil.accounts import add_user

pytestmark = pytest.mark.slow

RLO, PDF = "\u202e", "\u202c"
CONTROLS = ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u200e", "\u200f", "\x1b")
HOSTILE_TITLE = f"Two hanged {RLO}gnp.exe){PDF} \x1b[2J"
HOSTILE_EVIDENCE = f"Two men were hanged on Tuesday, 24 November 2026 {RLO}reversed text follows [31] m.{PDF}"
PERSIAN_EVIDENCE = "یک زندانی روز سه\u200cشنبه در زندان مرکزی ایلام اعدام شدند."

# The x positions of each character of `word` inside the element's text, as laid out on screen.
CHARACTER_LEFTS = """
const [el, word] = arguments;
const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const at = node.data.indexOf(word);
  if (at < 0) continue;
  const lefts = [];
  for (let i = at; i < at + word.length; i++) {
    const range = document.createRange();
    range.setStart(node, i); range.setEnd(node, i + 1);
    lefts.push(range.getBoundingClientRect().left);
  }
  return lefts;
}
return null;
"""


def lefts(driver, element, word: str) -> list[float]:
    found = driver.execute_script(CHARACTER_LEFTS, element, word)
    assert found, f"{word!r} not in {element.text!r}"
    return found


@pytest.fixture
def hostile(tmp_path):
    """`vigil serve` over a store holding a hostile English report and a Persian one (2025-W38)."""
    store = ClaimStore(tmp_path / "data")
    ids = {
        "hostile": store.report("2025-09-16", 2, "2025-09-16", title=HOSTILE_TITLE, evidence=HOSTILE_EVIDENCE,
                                location=f"{RLO}Evin{PDF}", names=[f"Reza {RLO}31{PDF}"]),
        "persian": store.report("2025-09-19", 1, "2025-09-19", source="hrana", title="اعدام دو زندانی",
                                evidence=PERSIAN_EVIDENCE, location="زندان مرکزی ایلام"),
    }
    add_user(store.db, "mina", "reviewer", PASSWORD)
    store.db.close()
    config = write_alerts_yaml(tmp_path / "config")
    proc = vigil("--config", str(config), "--data", str(tmp_path / "data"), "serve", "--port", "0",
                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    url = read_until(proc, r"on (http://\S+/) ").group(1)
    yield url, ids
    stop(proc)


def open_logged_in(driver, url):
    driver.get(url)
    log_in(driver)
    WebDriverWait(driver, 20).until(EC.presence_of_element_located((By.CSS_SELECTOR, "header.top")))


def test_bidi_controls_in_report_text_and_reasons_reverse_nothing_on_screen(hostile, browser):
    url, ids = hostile
    open_logged_in(browser, url)
    browser.get(url + "weeks/2025-W38?country=IR")
    card = browser.find_element(By.ID, f"claim-{ids['hostile']}")
    quote = card.find_element(By.TAG_NAME, "blockquote")
    assert not [c for c in CONTROLS if c in browser.page_source]
    assert quote.text == "Two men were hanged on Tuesday, 24 November 2026 reversed text follows [31] m."
    for word in ("reversed text follows", "[31]"):  # drawn left to right, as the DOM reads
        xs = lefts(browser, quote, word)
        assert xs == sorted(xs) and xs[0] < xs[-1], (word, xs)
    place = card.find_element(By.CSS_SELECTOR, ".place")
    assert place.text == "Evin" and lefts(browser, place, "Evin") == sorted(lefts(browser, place, "Evin"))

    # A reviewer's reason typed with an override is stored as typed but shown without it.
    card.find_element(By.NAME, "reason").send_keys(f"duplicate of {RLO}31{PDF}")
    card.find_element(By.CSS_SELECTOR, "button.danger").click()
    WebDriverWait(browser, 20).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".flash.ok")))
    browser.get(url + f"claims/{ids['hostile']}")
    assert not [c for c in CONTROLS if c in browser.page_source + browser.title]
    reason = next(td for td in browser.find_elements(By.CSS_SELECTOR, "td") if "duplicate of" in td.text)
    xs = lefts(browser, reason, "31")
    assert xs[0] < xs[1]

    browser.get(url + "documents/1/archived")
    assert browser.title.startswith("Archived: Two hanged gnp.exe)")
    assert not [c for c in CONTROLS if c in browser.page_source]


def test_persian_evidence_keeps_its_zwnj_and_reads_right_to_left(hostile, browser):
    url, ids = hostile
    open_logged_in(browser, url)
    browser.get(url + "weeks/2025-W38?country=IR")
    card = browser.find_element(By.ID, f"claim-{ids['persian']}")
    quote = card.find_element(By.TAG_NAME, "blockquote")
    assert quote.text == PERSIAN_EVIDENCE  # ZWNJ of سه‌شنبه kept
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", quote) == "rtl"
    first_letter, full_stop = lefts(browser, quote, "ی")[0], lefts(browser, quote, ".")[0]
    assert full_stop < first_letter  # the sentence starts at the right and ends, full stop, at the left
    place = card.find_element(By.CSS_SELECTOR, ".place")
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", place) == "rtl"
