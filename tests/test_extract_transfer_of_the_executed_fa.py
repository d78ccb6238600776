"""Persian reports of an execution often tell, after it, how the person came to be hanged: "او ...
سپس برای اجرای حکم به زاهدان منتقل شد", a transfer in the simple past with a pronoun for subject and
no date of its own. It is the lead-up to the execution told (reject.background), never a transfer
for an execution to come (lead_up.LeadUp.transfer_told_before). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")
DAY = date(2025, 2, 12)
EXECUTED = "سحرگاه امروز چهارشنبه ۲۴ بهمن ۱۴۰۳، یک زندانی بلوچ در زندان مرکزی بیرجند اعدام شد.\n\n"


def test_the_transfer_of_the_man_hanged_is_his_lead_up():
    text = EXECUTED + "به گفته یک منبع مطلع، او هفته‌ها در زندان طبس بود و سپس برای اجرای حکم به بیرجند منتقل شد."
    assert facts(text, DAY) == [("executed", 1, "2025-02-12", "2025-02-12", "event")]


def test_a_transfer_with_a_day_of_its_own_is_news():
    text = EXECUTED + "همچنین روز سه‌شنبه ۲۳ بهمن یک زندانی دیگر برای اجرای حکم به سلول انفرادی زندان مرکزی بیرجند منتقل شد."
    assert ("imminent", 1, "2025-02-11", "2025-02-11", "event") in facts(text, DAY)


def test_a_transfer_alone_in_its_report_is_news():
    text = "روز سه‌شنبه ۲۳ بهمن ۱۴۰۳، یک زندانی کرد برای اجرای حکم به سلول انفرادی زندان مرکزی ارومیه منتقل شد."
    assert facts(text, DAY) == [("imminent", 1, "2025-02-11", "2025-02-11", "event")]


def test_the_dated_transfer_of_this_prisoner_is_his_lead_up():
    # (the sentence opens on the man hanged, "این زندانی"/"او", and its day is before his execution)
    text = EXECUTED + "این زندانی سه روز پیش برای اجرای حکم از زندان طبس به سلول انفرادی زندان بیرجند منتقل شد."
    assert facts(text, DAY) == [("executed", 1, "2025-02-12", "2025-02-12", "event")]
    text = EXECUTED + "او روز دوشنبه ۲۲ بهمن برای اجرای حکم به سلول انفرادی منتقل شد."
    assert facts(text, DAY) == [("executed", 1, "2025-02-12", "2025-02-12", "event")]
