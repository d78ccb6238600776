"""Persian reports: a lead that tells a group put to death on a day ("دو مرد ... روز دوشنبه ۱۲ آذر در
دو زندان مختلف اعدام شدند"), then each member in a paragraph of their own with no day, dates those
members by the lead's day, not by the report's (period.lead_day); the dateline's day is the report's,
never the lead's. A lead of one person lends no day. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("count", "period_start", "period_end", "kind", lang="fa")
rules_of = claim_reader("count", "rules", lang="fa")

GROUP = ("کانون حقوق بشر، ۱۴ آذر ۱۴۰۳: دو مرد که هر دو به اتهام قتل به قصاص محکوم شده بودند، روز دوشنبه ۱۲ آذر "
         "در دو زندان مختلف اعدام شدند.\n\n"
         "به گزارش این نهاد، حمید رستمی، کارگر ۴۰ ساله، در زندان مرکزی قزوین اعدام شد. او هفت سال در زندان بود.\n\n"
         "کاوه نوروزی، دومین زندانی، در زندان مرکزی همدان به دار آویخته شد.")


def test_the_members_told_after_a_lead_group_share_its_day():
    assert sorted(facts(GROUP, date(2024, 12, 4)), reverse=True) == [
        (2, "2024-12-02", "2024-12-02", "event"),
        (1, "2024-12-02", "2024-12-02", "event"),
        (1, "2024-12-02", "2024-12-02", "event"),
    ]
    assert all("period.lead_day" in r for n, r in rules_of(GROUP, date(2024, 12, 4)) if n == 1)


def test_a_lead_of_one_person_lends_no_day():
    text = ("بامداد دوشنبه ۱۲ آذر ۱۴۰۳ حکم اعدام حمید رستمی در زندان مرکزی قزوین اجرا شد.\n\n"
            "رستمی تنها کارگری نیست که در سال‌های اخیر در ایران اعدام شده است.")
    assert not any("period.lead_day" in r for _, r in rules_of(text, date(2024, 12, 4)))
