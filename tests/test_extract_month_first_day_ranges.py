"""Two days of one month written month first and joined by a word ("between October 3 and 13, 2020",
"from May 2 to 9") are a span, a statistic over it, not an incident on its first day; a number after
"and" that counts people is no second day. And a part told after "Of those executed," whose verb gives
its earlier sentence is a part of the executions (SCHEMA.md: the sentence is background)."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=date(2021, 6, 2))


def test_month_first_days_joined_by_a_word_are_a_span():
    assert facts("Saudi authorities put 27 people to death between May 11 and 24, 2021, a monitoring group said.") == [
        ("executed", "SA", 27, "2021-05-11", "2021-05-24", "aggregate")]
    assert facts("Egypt executed 17 prisoners from May 2 to 9, rights lawyers said.") == [
        ("executed", "EG", 17, "2021-05-02", "2021-05-09", "aggregate")]


def test_a_count_after_and_is_no_second_day():
    got = facts("Two men were hanged in Qom on May 3 and 11 others were executed in Karaj on May 9.")
    assert ("executed", "IR", 2, "2021-05-03", "2021-05-03", "event") in got
    assert not [g for g in got if g[3] == "2021-05-03" and g[4] == "2021-05-11"]


def test_a_part_told_after_of_those_executed_with_its_earlier_sentence_is_executed():
    text = ("Saudi authorities put 27 people to death between May 11 and 24, 2021, a monitoring group said. "
            "Of those executed, nine men had been sentenced to death for drug smuggling.")
    assert facts(text) == [("executed", "SA", 9, "2021-05-11", "2021-05-24", "aggregate"),
                           ("executed", "SA", 27, "2021-05-11", "2021-05-24", "aggregate")]
