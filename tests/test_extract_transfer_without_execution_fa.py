"""Persian reports: a transfer to solitary confinement is an imminent execution only where a word of
execution stands in its paragraph or the headline; a count of prisoners sent to solitary in a
section on prison conditions is no claim (extract/lang/not_executed.py transfer_alone). Sentences
written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "kind", lang="fa")
DAY = date(2024, 11, 3)


def test_prisoners_sent_to_solitary_in_a_section_on_prison_conditions_are_no_claim():
    text = ("گزارش ماهانه وضعیت زندان‌های کشور منتشر شد.\n\nوضعیت زندان‌ها\nدر این ماه ۴۰ زندانی از ملاقات با "
            "خانواده محروم شدند و ۲۷ زندانی به سلول انفرادی منتقل شدند.")
    assert facts(text, DAY, title="گزارش ماهانه وضعیت زندان‌ها") == []


def test_a_transfer_to_solitary_in_a_report_of_an_execution_at_hand_stays_imminent():
    text = ("رضا محمدی، زندانی محکوم به قصاص، روز شنبه ۱۲ آبان به سلول انفرادی زندان مرکزی اراک منتقل شد و بیم آن "
            "می‌رود که حکم او به‌زودی اجرا شود.")
    assert facts(text, DAY) == [("imminent", 1, "event")]


def test_the_headline_says_what_the_transfer_is_for():
    text = "سه زندانی روز شنبه ۱۲ آبان در زندان قزلحصار به سلول انفرادی منتقل شدند."
    assert facts(text, DAY, title="انتقال سه زندانی به سلول انفرادی برای اجرای حکم اعدام") == [("imminent", 3, "event")]
