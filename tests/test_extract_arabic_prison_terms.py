"""Arabic reports: in a list of verdicts, a figure joined to "لـ" (to) after a prison term is of those
given that term, not of the death sentences told before it in the sentence (reject.other_action); and
a nationality written as the country's name right after a figure ("و40 سورياً") is who, not where.
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")


def test_prison_terms_after_the_death_sentences():
    text = ("وقضت محكمة جنايات القاهرة أمس الإثنين بإعدام ستة متهمين في القضية، وبالسجن المؤبد لـ22 متهماً، "
            "والسجن المشدد عشر سنوات لـ41 آخرين.")
    assert facts(text, date(2023, 11, 14)) == [("sentenced", "EG", 6, "2023-11-13", "2023-11-13")]


def test_the_death_sentences_before_one_prison_term():
    text = "وقضت محكمة جنايات المنصورة أمس الإثنين بإعدام 4 متهمين في قضية اغتيال، وبالسجن المؤبد لـ12 آخرين."
    assert facts(text, date(2023, 11, 14)) == [("sentenced", "EG", 4, "2023-11-13", "2023-11-13")]


def test_a_nationality_after_a_figure_is_no_country():
    text = ("وأعدمت السعودية 1200 شخص منذ عام 2015، وكان من بين الأجانب الذين أعدموا 90 باكستانياً و40 سورياً "
            "و25 يمنياً.")
    got = facts(text, date(2024, 2, 1))
    assert all(row[1] == "SA" for row in got)
