"""Incident claims in the Iran stream's round-ups and rates. A round-up opened by a sentence that
names its day with no execution in it ("Monday was the bloodiest day.") dates the items after it
(linking.yaml span_stems; report.inherited, rule period.inherited), not the day of publication; an
average ("one man hanged on average every six hours") is a rate and makes no claim (vocab.yaml
rate_tails, reject.rate). Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "kind", "rules", published=date(2025, 3, 14))   # a Friday


def test_the_day_named_as_the_deadliest_dates_the_items_after_it():
    for opener in ("Monday was the bloodiest day.", "Monday was the deadliest day of the week.",
                   "Monday, March 10, was the busiest day."):
        text = ("At least eight prisoners were put to death in five prisons between Sunday and Wednesday.\n\n"
                f"{opener} Reza Amini was hanged in Qom Central Prison; Hamed Sohrabi and two other men were "
                "executed in Shiraz; and four prisoners were hanged in Birjand Prison.")
        items = [(n, day, kind, rules) for n, day, kind, rules in facts(text) if kind == "event"]
        assert sorted(n for n, *_ in items) == [1, 3, 4], opener
        assert all(day == "2025-03-10" and "period.inherited" in rules for _, day, _, rules in items), (opener, items)


def test_an_average_is_a_rate_not_an_execution():
    for text in (
        "According to the rights group, one prisoner has been hanged on average every five hours this month.",
        "Activists say a man was executed on average every six hours in Ghezel Hesar in recent weeks.",
        "One prisoner was put to death on an average of every day in February, the group said.",
    ):
        assert [kind for _, _, kind, _ in facts(text) if kind == "event"] == [], text
