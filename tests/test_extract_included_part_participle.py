"""Wire copy counts a larger group by what was done to all of it (warrants signed, orders issued)
and then names the part already executed: "warrants for seven prisoners, including the three men
hanged on Tuesday". The bare participle is the part's; the whole group was not executed. Every
report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


def test_a_participle_after_including_is_the_parts_not_the_groups():
    got = facts("The interior minister on Tuesday approved execution orders for nine convicts held in Yemen's capital, "
                "including the four men executed in public on Thursday, a ministry official said.",
                date(2021, 3, 6), lang="en")
    assert not [g for g in got if g[2] == 9]
    assert ("executed", "YE", 4, "2021-03-04", "2021-03-04", "event") in got


def test_a_group_with_an_inclusion_closed_by_a_comma_keeps_its_verb():
    got = facts("Seven prisoners, including two foreign nationals, were hanged at Changi Prison on Friday.",
                date(2022, 7, 11))
    assert ("executed", "SG", 7, "2022-07-08", "2022-07-08", "event") in got
