"""Two Persian ways a count or a person is not a new incident:

1. members named of groups told before: "A و B از جمله اعدام‌شدگان روز یکشنبه‌اند و C روز سه‌شنبه
   اعدام شد" names people of the groups of those days (not_executed.singled_out: reject.split_of_incident);
2. "این دو زندانی" of a main clause whose verb comes only in a "که" clause about someone else
   ("انتقال این دو زندانی یک روز پس از آن صورت گرفت که X ... به دار آویخته شد"): the two told before,
   not the hanged (reject.told_again); the one person that clause tells is still claimed.
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")


def test_a_member_named_with_the_day_of_his_group_is_no_incident():
    text = ("روز شنبه ۱۵ آذر چهار زندانی و روز دوشنبه ۱۷ آذر سه زندانی دیگر در زندان مرکزی بم اعدام شدند. "
            "«رحیم بامری» از جمله اعدام‌شدگان روز شنبه است و «جلال شهنوازی» روز دوشنبه اعدام شد.")
    rows = facts(text, date(2025, 12, 9))
    assert ("executed", 4, "2025-12-06", "2025-12-06", "event") in rows
    assert ("executed", 3, "2025-12-08", "2025-12-08", "event") in rows
    assert not any(r[1] == 1 for r in rows)


def test_these_two_of_the_main_clause_are_not_the_one_hanged():
    text = ("روز سه‌شنبه ۱۸ آذر، دو زندانی سیاسی محکوم به اعدام از بند عمومی زندان مرکزی سنندج به سلول انفرادی منتقل شدند. "
            "این انتقال نگرانی درباره اجرای قریب‌الوقوع حکم اعدام آنان را افزایش داده است.\n\n"
            "انتقال این دو زندانی یک روز پس از آن انجام شد که «هادی رستمی» سحرگاه دوشنبه در همین زندان به دار آویخته شد.")
    rows = facts(text, date(2025, 12, 10))
    assert ("imminent", 2, "2025-12-09", "2025-12-09", "event") in rows
    assert ("executed", 1, "2025-12-08", "2025-12-08", "event") in rows
    assert not any(r[0] == "executed" and r[1] == 2 for r in rows)
