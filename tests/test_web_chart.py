"""The Weeks chart draws last year's line only through weeks that have a figure: a week the table
shows as "n/a" (no claim kept up to then) is drawn as nothing, never as 0."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from test_web_browser import browser, log_in, served  # noqa: F401 (fixtures: `vigil serve` and Chromium)
from vigil.web.chart import weekly_chart

WEEKS = [(f"2025-W{n:02d}", n, False) for n in range(1, 6)]


def test_a_week_without_a_figure_breaks_the_line_instead_of_dropping_to_zero():
    chart = weekly_chart(WEEKS, [None, 3, 4, None, 5])
    assert len(chart.lines) == 2
    first, second = chart.lines
    assert len(first.split()) == 2 and len(second.split()) == 1
    zero_y = chart.bottom_y
    assert all(float(p.split(",")[1]) < zero_y for line in chart.lines for p in line.split())


def test_no_figure_at_all_draws_no_line_and_does_not_set_the_scale():
    chart = weekly_chart(WEEKS, [None] * 5)
    assert chart.lines == []
    assert chart.ticks[-1][1] == weekly_chart(WEEKS, [0] * 5).ticks[-1][1]


@pytest.mark.slow
def test_the_demo_years_chart_draws_nothing_for_last_year_where_the_table_says_n_a(served, browser):
    wait = WebDriverWait(browser, 20)
    browser.get(served)
    log_in(browser)
    wait.until(EC.presence_of_element_located((By.LINK_TEXT, "2025-W38")))
    browser.get(f"{served}?year=2025&country=IR")
    svg = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "svg[role=img]")))
    assert svg.find_elements(By.CSS_SELECTOR, "rect")   # this year's bars are drawn
    assert browser.find_elements(By.XPATH, "//td/span[text()='n/a']")   # the table: no figure for 2024
    assert svg.find_elements(By.CSS_SELECTOR, ".last-year") == []   # and the chart draws none
