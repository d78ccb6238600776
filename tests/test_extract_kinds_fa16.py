"""Persian reports: kinds of wording found in the errors of the spent sets heldout_fa16, fa15 and fa14,
tested on sentences written for these tests: a country after a nationality and a preposition of place
is where, not who ("تبعه پاکستان در ایران")."""
from datetime import date

import pytest

from claim_rows import claim_reader


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", lang="fa")
DAY = date(2024, 3, 7)   # a Thursday


# --- a nationality, then where: "۳۰ تبعه پاکستان در ایران" names Iran as where ----------------------

@pytest.mark.parametrize("title, text, country", [
    pytest.param("اعدام سه شهروند پاکستانی در زندان زاهدان",
                 "سه شهروند پاکستانی روز سه‌شنبه ۱۵ اسفند ۱۴۰۲ در زندان زاهدان اعدام شدند. از ابتدای سال جاری "
                 "دست‌کم ۳۰ تبعه پاکستان در ایران اعدام شده‌اند. خانواده‌های آنان در پاکستان از سرنوشتشان بی‌خبر می‌مانند.",
                 "IR", id="nationality-then-in-iran"),
    pytest.param("اعدام دو مرد در ولایت هرات",
                 "طالبان روز سه‌شنبه دو مرد را در ورزشگاه شهر هرات در ملا عام اعدام کردند. در میان تماشاگران "
                 "شهروندان ایران نیز بودند.",
                 "AF", id="near-miss-a-report-on-afghanistan"),
])
def test_a_country_after_a_nationality_and_in_is_where(title, text, country):
    got = [f for f in facts(text, DAY, title=title) if f[5] == "event"]
    assert [f[1] for f in got] == [country]
