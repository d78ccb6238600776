"""Persian reports: a death sentence told as the lead-up to the execution or transfer the report
tells is background, not an incident of its own (extract/lang/lead_up.py, `reject.background`):
in a relative clause on the subject of the news, of the executed person told of by a pronoun, or
long before the news ("چهار سال پیش"). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")
DAY = date(2024, 6, 12)
EXECUTED = ("بامداد امروز چهارشنبه ۲۳ خرداد ۱۴۰۳، حکم اعدام یک زندانی به نام علی رضایی در زندان مرکزی "
            "کرمان اجرا شد.\n\n")


def test_a_sentence_in_a_relative_clause_on_the_transferred_prisoner_is_background():
    text = ("حسن کریمی، زندانی ۳۴ ساله‌ای که به اتهام قتل به قصاص محکوم شده است، روز سه‌شنبه ۲۲ خرداد ۱۴۰۳ "
            "برای اجرای حکم به سلول انفرادی زندان قزلحصار منتقل شد.")
    assert facts(text, DAY) == [("imminent", 1, "2024-06-11", "2024-06-11", "event")]


def test_a_sentence_long_before_the_execution_is_background():
    text = EXECUTED + ("به گفته یک منبع مطلع، علی حدود شش سال پیش در رفسنجان بازداشت شد و دادگاه کیفری "
                       "به قصاص محکوم شد.")
    assert facts(text, DAY) == [("executed", 1, "2024-06-12", "2024-06-12", "event")]


def test_the_sentence_of_the_executed_man_told_by_a_pronoun_is_background():
    text = EXECUTED + "او در دادگاه کیفری استان کرمان به قصاص محکوم شد. دادگاه کیفری او را به قصاص محکوم کرد."
    assert facts(text, DAY) == [("executed", 1, "2024-06-12", "2024-06-12", "event")]


def test_a_dated_sentence_of_someone_else_in_an_execution_report_stays_news():
    text = EXECUTED + "همچنین رضا احمدی روز دوشنبه ۲۱ خرداد ۱۴۰۳ در دادگاه انقلاب کرمان به اعدام محکوم شد."
    assert ("sentenced", 1, "2024-06-10", "2024-06-10", "event") in facts(text, DAY)


def test_a_sentence_as_the_news_itself_stays_a_claim():
    text = "دادگاه انقلاب شیراز روز دوشنبه ۲۱ خرداد ۱۴۰۳ او را به اعدام محکوم کرد."
    assert facts(text, DAY) == [("sentenced", 1, "2024-06-10", "2024-06-10", "event")]
