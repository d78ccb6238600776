"""Persian reports: one figure for each place of a list ("در هر یک از زندان‌های یزد و اراک دو
زندانی", "در زندان‌های زنجان و سمنان هر کدام یک زندانی") is a claim per place, a part of the
statistic told before it over its period (extract/lang/each_place.py, `part.each_place`).
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", "location", lang="fa")
DAY = date(2024, 9, 30)
STATISTIC = "از ابتدای شهریور ۱۴۰۳ تاکنون دست‌کم ۴۰ زندانی در ایران اعدام شده‌اند.\n\n"
SPAN = ("2024-08-22", "2024-09-30")


def rows(got):
    return sorted((f[1], f[5]) for f in got if f[1] < 40)


def test_each_of_the_prisons_of_a_list_is_a_row_of_the_statistic():
    text = STATISTIC + ("در هر یک از زندان‌های یزد، اراک و قم سه زندانی و در هر یک از زندان‌های زنجان و "
                        "سمنان دو زندانی اعدام شده‌اند.")
    got = facts(text, DAY)
    assert rows(got) == [(2, "زندان زنجان"), (2, "زندان سمنان"), (3, "زندان اراک"), (3, "زندان قم"), (3, "زندان یزد")]
    assert all(f[2:5] == (*SPAN, "aggregate") for f in got)


def test_each_after_the_list_of_prisons_under_a_heading():
    text = STATISTIC + ("تفکیک بر اساس زندان:\nدر زندان‌های یزد و قم هر کدام ۳ زندانی، و در زندان‌های "
                        "زنجان و سمنان هر کدام یک زندانی اعدام شده‌اند.")
    got = facts(text, DAY)
    assert rows(got) == [(1, "زندان زنجان"), (1, "زندان سمنان"), (3, "زندان قم"), (3, "زندان یزد")]
    assert all(f[2:5] == (*SPAN, "aggregate") for f in got)


def test_each_of_two_prisons_on_one_day_is_an_incident_in_each():
    text = "بامداد روز دوشنبه ۷ مهر ۱۴۰۳ در هر یک از زندان‌های یزد و اراک دو زندانی به دار آویخته شدند."
    assert facts(text, DAY) == [("executed", 2, "2024-09-28", "2024-09-28", "event", "زندان اراک"),
                                ("executed", 2, "2024-09-28", "2024-09-28", "event", "زندان یزد")]


def test_a_count_in_prisons_in_the_plural_without_each_stays_one_figure():
    text = STATISTIC + "در زندان‌های یزد و اراک شش زندانی اعدام شده‌اند."
    got = facts(text, DAY)
    assert sorted(f[1] for f in got) == [6, 40]
