"""Persian reports: executions called "mass" right after their count ("در یک اعدام دسته‌جمعی",
"دو اعدام گروهی") are occasions, each of many people; that figure counts no one, the people are
counted where they are told (vocab-fa.yaml occasion_adjectives, rule reject.occasions).
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "qualifier", "kind", lang="fa")


def test_the_people_of_one_mass_execution_are_counted_not_the_occasion():
    text = "روز سه‌شنبه دست‌کم ۱۴ زندانی در یک اعدام دسته‌جمعی در زندان مرکزی شیراز اعدام شدند."
    assert facts(text, date(2025, 4, 3)) == [("executed", 14, "at_least", "event")]


def test_a_count_of_group_executions_counts_no_one():
    text = "ماموران زندان در این ماه دو اعدام گروهی در زندان مرکزی مشهد انجام دادند."
    assert facts(text, date(2025, 4, 3)) == []
