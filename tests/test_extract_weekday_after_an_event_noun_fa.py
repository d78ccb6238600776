"""Persian reports: a weekday ("last Thursday") right after the noun of another event ("اعدام مرتبط با
اعتراضات روز پنجشنبه گذشته انجام شد") is told from the report's day, the day of what the sentence
tells, not the date that names the protests (which reports write in figures: "اعتراضات ۲۵ آبان ۱۴۰۱");
the clause after "؛" that names the man hanged shares it. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")


def test_a_weekday_after_the_protests_dates_the_execution():
    text = ("نخستین اعدام مرتبط با اعتراضات روز پنجشنبه گذشته انجام شد؛ بهمن کیانی، ۲۷ ساله، به اتهام "
            "آتش زدن یک خودرو در کرج به دار آویخته شد.")
    assert facts(text, date(2024, 12, 9)) == [("executed", 1, "2024-12-05", "2024-12-05", "event")]


def test_a_day_in_figures_after_the_protests_still_names_them():
    text = ("حکم اعدام رضا کیانی، از بازداشت‌شدگان اعتراضات ۲۵ آبان ۱۴۰۱، بامداد امروز در زندان مرکزی اراک "
            "اجرا شد.")
    assert facts(text, date(2024, 12, 9)) == [("executed", 1, "2024-12-09", "2024-12-09", "event")]
