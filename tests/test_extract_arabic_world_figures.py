"""Arabic reports: a figure of the whole world told with the adverb "عالمياً" (no "في العالم") is no
country's claim, on sentences written for these tests; the countries' own figures after it are."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")


def test_a_figure_recorded_worldwide_is_no_countrys():
    text = ("أفادت منظمة العفو الدولية بأن عدد الإعدامات المسجلة عالمياً خلال عام 2023 بلغ 1153 إعداماً، "
            "وهو الأعلى منذ عام 2015 حين سجلت 1634 إعداماً.")
    assert facts(text, date(2024, 5, 29)) == []


def test_a_countrys_figure_after_the_world_total_is_its_own():
    text = ("بلغ عدد الإعدامات المسجلة عالمياً 1153 إعداماً في عام 2023. "
            "وأعدمت السلطات في إيران 853 شخصاً على الأقل خلال العام نفسه.")
    assert facts(text, date(2024, 5, 29)) == [("executed", "IR", 853, "2023-01-01", "2023-12-31")]


def test_a_figure_at_the_world_level_leaving_a_country_out_is_no_countrys():
    # "على الصعيد العالمي": the world's figure, not that of the country named as left out of it
    text = ("وعلى الصعيد العالمي، أحصت المنظمة 1012 إعداماً في 20 بلداً خلال عام 2016، من دون احتساب "
            "الإعدامات التي نُفذت في الصين.")
    assert facts(text, date(2017, 4, 11)) == []


def test_a_countrys_figure_in_the_same_report_stays_its_own():
    text = ("وأعدمت السلطات في قطر شخصاً واحداً خلال عام 2020.\n\n"
            "وعلى الصعيد العالمي، سجلت المنظمة 483 عملية إعدام في 18 بلداً.")
    assert facts(text, date(2021, 4, 21)) == [("executed", "QA", 1, "2020-01-01", "2020-12-31")]
