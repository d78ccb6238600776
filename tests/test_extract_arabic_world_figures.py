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
