"""Arabic wire copy: a group's tally told after a day of announcing ("أعلنت المنظمة، الأحد، أن السلطات
أعدمت ... خلال عام 2023") is dated by the tally's own span, not by the day it was announced; a span
"since" a day then runs to that day. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", lang="ar")


def test_a_year_closed_just_before_the_announcement_dates_the_tally():
    text = "قالت منظمة العفو الدولية، الثلاثاء، إن السلطات الإيرانية أعدمت ما لا يقل عن 830 شخصاً خلال عام 2023."
    assert facts(text, date(2024, 1, 9)) == [("executed", "IR", 830, "2023-01-01", "2023-12-31", "aggregate")]


def test_a_span_since_the_start_of_the_year_ends_on_the_day_told():
    text = ("وكانت منظمة حقوقية قد أعلنت، في 12 أغسطس الماضي، أن السلطات الإيرانية نفذت ما لا يقل عن 600 "
            "حكم إعدام منذ بداية العام الجاري.")
    [claim] = facts(text, date(2024, 9, 2))
    assert claim[:4] == ("executed", "IR", 600, "2024-01-01") and claim[5] == "aggregate"
    assert claim[4] == "2024-08-12"


def test_an_old_year_after_the_count_still_does_not_date_the_announced_executions():
    # the year of the crime is not the tally's: the day of announcing stays the news's
    text = "أعلنت وزارة الداخلية، اليوم الأحد، تنفيذ حكم الإعدام بحق ثلاثة مدانين بقتل شرطي عام 2019."
    assert [f[3] for f in facts(text, date(2024, 3, 3))] == ["2024-03-03"]
