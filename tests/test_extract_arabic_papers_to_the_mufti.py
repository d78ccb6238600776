"""Egyptian criminal courts: "إحالة أوراق N متهماً إلى المفتي" (the papers referred to the Mufti) is the
court's first death sentence, a claim of N sentenced on the day it was decided; a session set for a day
to come ("وحددت جلسة 5 يونيو المقبل للنطق بالحكم") is not that day, and the party of a charge ("التخابر
مع حماس") is not the country. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")
DAY = date(2016, 3, 15)


def test_papers_of_many_referred_today():
    text = ("قضت محكمة جنايات أسيوط، صباح اليوم الثلاثاء، بإحالة أوراق 48 متهماً، بينهم قيادات في الجماعة، "
            "إلى فضيلة مفتي الجمهورية لاستطلاع رأيه الشرعي في إعدامهم.")
    assert facts(text, DAY) == [("sentenced", "EG", 48, "2016-03-15", "2016-03-15")]


def test_a_referral_told_with_its_own_earlier_day():
    text = ("وكانت محكمة جنايات المنيا قد قررت في 2 فبراير الماضي إحالة أوراق 12 متهماً في القضية ذاتها إلى المفتي، في قرار "
            "انتقدته منظمات حقوقية.")
    assert facts(text, DAY) == [("sentenced", "EG", 12, "2016-02-02", "2016-02-02")]


def test_a_session_to_come_and_the_party_of_a_charge():
    text = ("وقررت محكمة جنايات القاهرة في قضية التخابر مع حماس إحالة أوراق 9 متهمين إلى المفتي، وحددت جلسة 5 "
            "أبريل المقبل للنطق بالحكم.")
    assert facts(text, DAY) == [("sentenced", "EG", 9, "2016-03-15", "2016-03-15")]
