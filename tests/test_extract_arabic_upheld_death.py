"""Arabic court copy: a death sentence upheld told with the bare noun ("أيدت محكمة النقض إعدام ...",
"وأيدت المحكمة الإعدام بحق ...", a headline's "تؤيد إعدام") or punished with death ("عاقبت المحكمة N
متهماً بالإعدام") is a sentence, never an execution. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", lang="ar")


def test_upholding_the_bare_noun_is_a_sentence():
    text = "أيدت محكمة النقض المصرية، اليوم الأحد، إعدام سبعة متهمين في قضية اغتيال ضابط شرطة."
    assert facts(text, date(2020, 3, 8)) == [("sentenced", "EG", 7)]


def test_upholding_the_noun_with_its_article():
    text = "وأيدت محكمة جنايات القاهرة الإعدام بحق عشرين متهماً في قضية خلية الجيزة، اليوم الخميس."
    assert facts(text, date(2019, 10, 3)) == [("sentenced", "EG", 20)]


def test_a_headline_that_upholds_makes_no_execution():
    claims = facts("قضت المحكمة اليوم الاثنين بإعدام 12 متهماً.", date(2021, 6, 14),
                   title="«النقض» تؤيد إعدام 12 متهماً في قضية فض الاعتصام")
    assert not [c for c in claims if c[0] == "executed"]


def test_punished_with_death():
    text = "وفي القضية الثانية، عاقبت محكمة جنايات القاهرة اليوم 9 متهمين بالإعدام شنقاً."
    assert [c[0] for c in facts(text, date(2016, 5, 7))] == ["sentenced"]
