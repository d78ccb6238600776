"""Egyptian criminal courts: "إحالة أوراق N متهماً إلى المفتي" (the papers referred to the Mufti) is a
step the law sets before a death sentence, not the sentence: no claim, whether told as a verb, as a
noun, or in a row of a monthly list. The sentence passed after the Mufti's opinion is a claim on its
day; a session set for a day to come ("وحددت جلسة 5 يونيو المقبل للنطق بالحكم") dates nothing, and the
party of a charge ("التخابر مع حماس") is not the country. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")
DAY = date(2016, 3, 15)


def test_papers_of_many_referred_today_are_no_sentence():
    text = ("قضت محكمة جنايات أسيوط، صباح اليوم الثلاثاء، بإحالة أوراق 48 متهماً، بينهم قيادات في الجماعة، "
            "إلى فضيلة مفتي الجمهورية لاستطلاع رأيه الشرعي في إعدامهم.")
    assert facts(text, DAY) == []


def test_a_referral_told_with_its_own_earlier_day_is_no_sentence():
    text = ("وكانت محكمة جنايات المنيا قد قررت في 2 فبراير الماضي إحالة أوراق 12 متهماً في القضية ذاتها إلى المفتي، في قرار "
            "انتقدته منظمات حقوقية.")
    assert facts(text, DAY) == []


def test_the_court_refers_the_papers_as_a_verb():
    text = ("أحالت محكمة جنايات الإسماعيلية أوراق سبعة متهمين إلى مفتي الجمهورية لأخذ رأيه في إعدامهم، "
            "وحددت جلسة 20 أبريل المقبل للنطق بالحكم.")
    assert facts(text, DAY) == []


def test_the_sentence_after_the_muftis_opinion_is_a_claim():
    text = ("قضت محكمة جنايات طنطا، اليوم الثلاثاء، بالإعدام شنقاً على 4 متهمين بقتل تاجر، بعد ورود رأي فضيلة "
            "مفتي الجمهورية، وكانت قد أحالت أوراقهم إلى المفتي الشهر الماضي.")
    assert facts(text, DAY) == [("sentenced", "EG", 4, "2016-03-15", "2016-03-15")]


def test_a_sentence_and_a_referral_in_one_sentence():
    text = ("وقضت محكمة جنايات الجيزة أمس الاثنين بإعدام 6 متهمين في قضية التخابر مع حماس، وإحالة أوراق 3 آخرين "
            "إلى المفتي، وحددت جلسة 5 أبريل المقبل للنطق بالحكم عليهم.")
    assert facts(text, DAY) == [("sentenced", "EG", 6, "2016-03-14", "2016-03-14")]
