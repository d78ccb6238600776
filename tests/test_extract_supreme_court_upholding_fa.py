"""Persian reports: a death sentence upheld by the Supreme Court is a sentence (SCHEMA.md: a death
sentence issued or upheld), dated to the upholding, however long the description of the person or
the day written between "حکم اعدام" and "تأیید شد" / "را ... تأیید کرد" (vocab-fa.yaml). Sentences
written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")
DAY = date(2024, 3, 5)


def test_a_sentence_upheld_in_the_supreme_court_after_a_long_description_is_a_sentence_of_that_day():
    text = ("حکم اعدام مهدی صالحی، کارگر ۳۴ ساله اهل نیشابور و زندانی محبوس در زندان وکیل‌آباد مشهد، روز شنبه "
            "۱۲ اسفند ۱۴۰۲ در دیوان عالی کشور تأیید شد.")
    assert facts(text, DAY) == [("sentenced", 1, "2024-03-02", "2024-03-02", "event")]


def test_the_supreme_court_upholding_the_sentences_of_three_on_a_day():
    text = "دیوان عالی کشور حکم اعدام سه معترض بازداشت‌شده در شهر کرج را روز یکشنبه ۱۳ اسفند تأیید کرد."
    assert facts(text, DAY) == [("sentenced", 3, "2024-03-03", "2024-03-03", "event")]


def test_identities_confirmed_after_executions_carried_out_are_no_sentence():
    text = ("بر اساس آمار این نهاد، در سال ۲۰۲۳ حکم اعدام ۴۰ زندانی در زندان‌های استان کرمانشاه اجرا شده که هویت "
            "۳۵ تن از آنان برای این سازمان تأیید شده است.")
    assert not [f for f in facts(text, DAY) if f[0] == "sentenced"]
