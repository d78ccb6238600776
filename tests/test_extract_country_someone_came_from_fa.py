"""Persian: a country after "از" in a clause of coming or fleeing ("از افغانستان به ایران مهاجرت کرده بود",
"از جنگ سوریه گریخته بود") is where someone came from, not the country of the report or its executions
(vocab-fa.yaml came_from_words, came_from.came_from). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "kind", lang="fa")
DAY = date(2024, 5, 8)


def test_the_country_a_refugee_came_from_is_not_where_he_was_hanged():
    text = ("روز دوشنبه ۱۷ اردیبهشت یک زندانی در زندان مرکزی زاهدان اعدام شد. این زندانی هشت سال پیش از "
            "پاکستان به ایران آمده بود.")
    assert facts(text, DAY) == [("executed", "IR", 1, "2024-05-06", "event")]


def test_a_country_fled_from_a_war_is_not_where():
    text = "روز دوشنبه ۱۷ اردیبهشت یک پناهجو که از جنگ عراق گریخته بود، در زندان مرکزی کرمانشاه اعدام شد."
    assert facts(text, DAY) == [("executed", "IR", 1, "2024-05-06", "event")]


def test_a_country_that_executes_stays_where():
    text = "مقام‌های پاکستان روز دوشنبه ۱۷ اردیبهشت دو مرد را در زندان لاهور اعدام کردند."
    assert facts(text, DAY) == [("executed", "PK", 2, "2024-05-06", "event")]
