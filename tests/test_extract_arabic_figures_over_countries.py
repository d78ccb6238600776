"""Arabic: a figure told over a number of countries ("1200 عملية إعدام في 17 دولة") is the world's, no
claim of the report's country (world_counted.py); a rise hedged ("بزيادة تفوق خمسين حالة") is the
difference of two figures, no figure (reject.difference; a hedge starts a word). Sentences written for
these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", lang="ar")
DAY = date(2024, 5, 20)


def test_a_figure_over_seventeen_countries_is_no_claim():
    text = "قالت منظمة حقوقية في تقريرها السنوي اليوم إنها وثقت 1200 عملية إعدام في 17 دولة خلال عام 2023."
    assert facts(text, DAY) == []


def test_a_hedged_rise_is_no_figure():
    text = ("وأعدمت إيران ما لا يقل عن 610 أشخاص في 2023، أي بزيادة تفوق خمسين حالة على العام السابق.")
    assert facts(text, DAY) == [("executed", "IR", 610, "2023-01-01")]
