"""Kind: one verdict told over two sentences, the second adding a named person with "also" ("The court
also handed a death sentence to Y"): one death sentence of everyone named, on the verdict's day. A
second verdict on another day, or one told without "also", stays a claim of its own.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "names", published=date(2025, 6, 12))


def test_also_adds_a_named_person_to_the_verdict_before():
    assert facts("A military tribunal on Tuesday sentenced militia fighter Idris Wardak to death for treason.\n\n"
                 "The tribunal also handed a death sentence to his deputy Karim Haidari, who was tried in absentia.") == [
        ("sentenced", 2, "2025-06-10", "2025-06-10", ("Idris Wardak", "Karim Haidari"))]


def test_also_with_a_passive_verb():
    assert facts("A court in Lagos on Monday sentenced singer Musa Bello to death for blasphemy. "
                 "His manager Tunde Okafor was also sentenced to death.") == [
        ("sentenced", 2, "2025-06-09", "2025-06-09", ("Musa Bello", "Tunde Okafor"))]


def test_a_verdict_of_another_day_stays_apart():
    assert facts("A court on Monday sentenced Idris Wardak to death. In March the same court also sentenced "
                 "Karim Haidari to death.") == [
        ("sentenced", 1, "2025-03-01", "2025-03-31", ("Karim Haidari",)),
        ("sentenced", 1, "2025-06-09", "2025-06-09", ("Idris Wardak",))]
