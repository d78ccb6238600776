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


def test_a_transfer_to_solitary_in_a_named_prison_is_the_news_and_the_sentence_its_lead_up():
    text = ("مریم احمدی، که به اتهام قتل همسرش به قصاص محکوم شده است، روز دوشنبه ۲۱ خرداد ۱۴۰۳ به سلول "
            "انفرادی در زندان مرکزی قزوین منتقل شد. به گفته خانواده، حکم او به‌زودی اجرا خواهد شد.")
    assert facts(text, DAY) == [("imminent", 1, "2024-06-10", "2024-06-10", "event")]


# way 3: the sentence of someone named in guillemets as transferred or executed before, whatever its date
TRANSFERRED = ("امروز دوشنبه ۲۱ خرداد ۱۴۰۳ زندانی دیگری به نام «یوسف بامری»، ۲۸ ساله، برای اجرای حکم اعدام "
               "به سلول انفرادی زندان مرکزی زاهدان منتقل شد.\n\n")


def test_the_dated_sentence_of_the_prisoner_named_as_transferred_is_background():
    text = TRANSFERRED + "یکی از بستگان او گفت: «یوسف در سال ۹۹ در خاش بازداشت و در دادگاه انقلاب به اعدام محکوم شد.»"
    assert facts(text, date(2024, 6, 10)) == [("imminent", 1, "2024-06-10", "2024-06-10", "event")]


def test_the_dated_sentence_of_the_man_named_as_executed_is_background():
    text = ("سحرگاه امروز سه‌شنبه ۱۵ اسفند ۱۴۰۲ حکم اعدام «کامران نوری» در زندان دیزل‌آباد کرمانشاه اجرا شد.\n\n"
            "کامران در سال ۱۳۹۸ بازداشت شد و در سال ۱۴۰۰ به اعدام محکوم شد.")
    assert facts(text, date(2024, 3, 5)) == [("executed", 1, "2024-03-05", "2024-03-05", "event")]


def test_the_sentence_of_someone_else_stays_news():
    # (another person, not one named as executed: his sentence is a claim of its own)
    text = ("سحرگاه امروز سه‌شنبه ۱۵ اسفند ۱۴۰۲ حکم اعدام «کامران نوری» در زندان دیزل‌آباد کرمانشاه اجرا شد.\n\n"
            "در همین پرونده، سامان احمدی روز یکشنبه ۱۳ اسفند به اعدام محکوم شد.")
    assert ("sentenced", 1, "2024-03-03", "2024-03-03", "event") in facts(text, date(2024, 3, 5))


# way 4: a death sentence owned by no one, in a report of an execution
def test_a_sentence_owned_by_no_one_in_a_report_of_an_execution_is_background():
    text = EXECUTED + ("پرونده علی رضایی دو بار به دیوان عالی کشور رفت و حکم اعدام سرانجام در سال ۱۴۰۱ "
                       "تأیید شد.")
    assert facts(text, DAY) == [("executed", 1, "2024-06-12", "2024-06-12", "event")]


def test_a_sentence_owned_by_no_one_in_a_report_of_sentences_stays():
    # (no execution told: the upheld sentence is the report's news)
    text = "روز سه‌شنبه ۲۲ خرداد ۱۴۰۳ دیوان عالی کشور پرونده را بررسی کرد و حکم اعدام سرانجام تأیید شد."
    assert facts(text, DAY) == [("sentenced", 1, "2024-06-11", "2024-06-11", "event")]
