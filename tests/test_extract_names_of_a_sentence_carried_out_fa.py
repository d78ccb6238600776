"""Persian reports: "حکم اعدام A، B و C، ...، اجرا شد" names three people executed though its verb is
singular (the verb agrees with "حکم"): one each of the names listed right after the head, in a
list closed by "و" and a comma (extract/lang/names.py names_of_sentence, `count.name`). Sentences
written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")


def test_three_names_after_the_head_of_a_sentence_carried_out_are_three_executed():
    text = ("به گزارش خبرگزاری قوه قضاییه، حکم اعدام کریم نادری، حسین مرادخانی و یوسف شیرزاد، متهمان پرونده "
            "قتل یک مامور پلیس در کرمانشاه، بامداد امروز پنجشنبه ۳ آبان ۱۴۰۳ در زندان دیزل‌آباد اجرا شد.")
    assert facts(text, date(2024, 10, 24)) == [("executed", 3, "2024-10-24", "2024-10-24", "event")]


def test_one_name_with_a_description_stays_one():
    text = ("حکم قصاص علی سلطانی، زندانی ۳۱ ساله اهل بروجرد، بامداد امروز پنجشنبه ۳ آبان ۱۴۰۳ در زندان "
            "خرم‌آباد اجرا شد.")
    assert facts(text, date(2024, 10, 24)) == [("executed", 1, "2024-10-24", "2024-10-24", "event")]
