"""Persian reports: a count inside the list of names of a group just counted ("پنج زندانی به
نام‌های A، B و C و دو زن") is some of that group, no incident of its own (extract/lang/parts.py
named_member, `reject.split_of_incident`). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "kind", lang="fa")


def test_the_women_in_the_list_of_names_of_the_group_are_of_the_group():
    text = ("صبح روز یکشنبه ۶ آبان ۱۴۰۳ حکم اعدام پنج زندانی به نام‌های «سعید رحمانی»، «امید کرمی» و «جواد "
            "نوروزی» و دو زن که هویت آنان هنوز روشن نیست، در زندان مرکزی مشهد اجرا شد.")
    assert facts(text, date(2024, 10, 28)) == [("executed", 5, "event")]


def test_a_second_group_with_its_own_verb_stays_a_claim():
    text = ("صبح روز یکشنبه ۶ آبان ۱۴۰۳ پنج زندانی به نام‌های سعید رحمانی، امید کرمی و جواد نوروزی و دو نفر دیگر "
            "در زندان مرکزی مشهد اعدام شدند و دو زن نیز روز دوشنبه ۷ آبان در زندان وکیل‌آباد به دار آویخته شدند.")
    assert [f[1] for f in facts(text, date(2024, 10, 28))] == [2, 5]


def test_a_count_in_apposition_to_names_after_including_is_of_the_group():
    # ("از جمله «A» و «B»، دو پسرعمو": the cousins are A and B, two of the six)
    text = ("روز پنجشنبه ۱۰ آبان ۱۴۰۳ شش زندانی در زندان مرکزی قزوین، از جمله «رضا مرادی» و «کاظم مرادی»، دو "
            "پسرعمو اهل تاکستان، برای اجرای حکم اعدام به سلول انفرادی منتقل شدند.")
    assert facts(text, date(2024, 11, 1)) == [("imminent", 6, "event")]


def test_a_part_of_a_statistic_after_a_quoted_charge_stays():
    # (one item in guillemets that is no list of as many names: the count after it is a part of its own)
    text = ("در ماه گذشته دست‌کم ۴۰ زندانی در ایران اعدام شدند؛ ۲۵ نفر به اتهام مواد مخدر، ۸ نفر با اتهامات سیاسی "
            "از جمله «بغی»، ۷ نفر به اتهام قتل عمد.")
    rows = facts(text, date(2024, 11, 1))
    assert ("executed", 7, "aggregate") in rows


def test_some_of_these_prisoners_named_after_the_group_are_of_the_group():
    # ("دو تن از این زندانیان": two of the six just counted, told again with their names and charge)
    text = ("بامداد امروز دوشنبه ۵ آذر ۱۴۰۳ شش زندانی در زندان مرکزی اراک اعدام شدند. سه تن از این زندانیان، "
            "«مهدی صالحی»، «رضا کاظمی» و «امیر یوسفی»، به اتهام قتل عمد اعدام شدند.")
    assert facts(text, date(2024, 11, 25)) == [("executed", 6, "event")]
