"""Persian reports: "تا امروز" ("up to today") closes a tally told so far; today is no day of the count;
"تا زمان انتشار این گزارش" (up to this report's publication) is a tally so far too.
After an event the report named ("اعتراضاتی که پس از مرگ مهسا امینی آغاز شد") the tally runs from that
event's day to the report's (period.so_far_named). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")


def test_a_tally_up_to_today_runs_from_the_event_named_before():
    text = ("دادگاه انقلاب تهران حکم اعدام یک معترض دیگر را صادر کرد. این حکم در ارتباط با اعتراضاتی صادر شده که "
            "پس از مرگ مهسا امینی آغاز شد.\n\n"
            "به گفته گروه‌های حقوق بشری، تا امروز دست‌کم ۹ نفر در ارتباط با اعتراضات به اعدام محکوم شده‌اند.")
    assert ("sentenced", 9, "2022-09-16", "2022-11-24", "aggregate") in facts(text, date(2022, 11, 24))


def test_up_to_the_publication_of_this_report_is_so_far_too():
    text = ("گزارش سالانه این سازمان به اعدام‌ها در سال ۲۰۲۳ می‌پردازد؛ سالی که پس از آغاز خیزش «زن، زندگی، "
            "آزادی» آمد. تا زمان انتشار این گزارش، هفت نفر در ارتباط با اعتراضات اعدام شده‌اند.")
    assert ("executed", 7, "2022-09-16", "2024-04-02", "aggregate") in facts(text, date(2024, 4, 2))
