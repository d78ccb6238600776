"""Persian: the death sentence of people of a group the report tells transferred for execution (or
executed) is that news's lead-up (SCHEMA.md: background), not a sentence of more people: "the other
two" of it (lang/remainders.py rest_of_incident) and "all N" of it ("هر N نفر", sentence_of_whole_group)
(reject.rest_of_incident, reject.background). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "kind", lang="fa")
DAY = date(2024, 11, 1)
TRANSFER = ("روز پنجشنبه ۱۰ آبان ۱۴۰۳ پنج زندانی در زندان مرکزی قزوین، از جمله «رضا مرادی»، «کاظم مرادی» و «یحیی "
            "مرادی»، سه برادر اهل تاکستان، برای اجرای حکم اعدام به سلول انفرادی منتقل شدند. ")


def test_the_sentence_of_the_other_two_of_a_transferred_group_is_background():
    text = TRANSFER + "دو زندانی دیگر این گروه به اتهام قاچاق مواد مخدر به اعدام محکوم شده‌اند."
    assert facts(text, DAY) == [("imminent", 5, "2024-10-31", "event")]


def test_the_sentence_of_all_of_a_transferred_group_is_background():
    text = TRANSFER + "به گفته یک منبع مطلع، هر پنج نفر از سوی دادگاه انقلاب قزوین به اعدام محکوم شده‌اند."
    assert facts(text, DAY) == [("imminent", 5, "2024-10-31", "event")]


def test_all_of_a_group_of_another_size_is_no_restatement():
    # (three of another case, not the five transferred: a sentence of its own)
    text = TRANSFER + "در پرونده‌ای دیگر، روز چهارشنبه ۹ آبان هر سه متهم به اعدام محکوم شدند."
    assert ("sentenced", 3, "2024-10-30", "event") in facts(text, DAY)
