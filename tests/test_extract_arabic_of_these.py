"""Arabic reports: "N من هذه الإعدامات نُفذت ..." (N of these executions were carried out ...) is a part of
the figure just told, with its span, not a figure of a year compared in the same sentence
(part.breakdown, period.context); sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")
DAY = date(2024, 1, 10)


def test_n_of_these_executions_carried_out_in_public():
    text = ("وثقت المنظمة تنفيذ ما لا يقل عن 834 حكماً بالإعدام في إيران خلال عام 2023.\n\n"
            "وقالت إن هذا الرقم يزيد بنسبة 43% على العام السابق، مشيرة إلى أن 7 من هذه الإعدامات نُفذت علناً.")
    got = facts(text, DAY)
    assert ("executed", "IR", 7, "2023-01-01", "2023-12-31") in got


def test_n_of_these_cases_with_a_verb():
    text = ("أعدمت السلطات السعودية 170 شخصاً خلال عام 2023، و33 من هذه الحالات جرت في قضايا مخدرات.")
    got = facts(text, DAY)
    assert ("executed", "SA", 170, "2023-01-01", "2023-12-31") in got


def test_of_these_with_no_figure_before_is_no_claim():
    text = "وقالت المنظمة إن 12 من هذه الإعدامات نُفذت علناً."
    assert facts(text, DAY) == []
