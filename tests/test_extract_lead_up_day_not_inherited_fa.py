"""Persian reports: a day told in a sentence whose news is all lead-up in the pluperfect ("این دو زندانی
روز جمعه ۱۶ آذر به سلول انفرادی منتقل شده بودند") is the transfer's day; an execution told after it
with no day of its own ("... در همان روز ... اعدام شد") takes the day of the execution the lead told
(period.lead_day), not the transfer's (lead_up.LeadUp.lead_up_day). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("count", "period_start", "period_end", "kind", lang="fa")
rules_of = claim_reader("count", "rules", lang="fa")

TEXT = ("بامداد امروز یکشنبه ۱۸ آذر ۱۴۰۳، حکم اعدام دو زندانی به نام‌های کامران شریفی و یوسف مرادی در زندان "
        "مرکزی زنجان اجرا شد.\n\n"
        "این دو زندانی روز جمعه ۱۶ آذر به سلول انفرادی منتقل شده بودند. به گفته یک منبع مطلع، یک زندانی "
        "دیگر نیز در همان روز در زندان قزوین اعدام شد.")


def test_an_undated_execution_after_a_transfer_takes_the_lead_day():
    assert sorted(facts(TEXT, date(2024, 12, 8)), reverse=True) == [
        (2, "2024-12-08", "2024-12-08", "event"),
        (1, "2024-12-08", "2024-12-08", "event"),
    ]
    assert "period.lead_day" in dict(rules_of(TEXT, date(2024, 12, 8)))[1]


def test_the_transfer_day_still_dates_a_transfer_told_on_its_own():
    text = "دو زندانی روز جمعه ۱۶ آذر ۱۴۰۳ برای اجرای حکم به سلول انفرادی زندان زنجان منتقل شدند."
    assert facts(text, date(2024, 12, 8)) == [(2, "2024-12-06", "2024-12-06", "event")]
