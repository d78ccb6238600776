"""A count whose own short phrase stands between it and "were among them" ("three men hanged in
public were among them") is still a part of the statistic told before, with its span; so is a count
joined to it by "and"."""

from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "kind", published=date(2024, 7, 8))


def test_parts_with_a_participle_before_among_them():
    text = ("Rights groups counted at least 300 executions in the first half of 2024. "
            "Five women and three men hanged in public were among them.")
    assert facts(text) == [(3, "2024-01-01", "2024-06-30", "aggregate"),
                           (5, "2024-01-01", "2024-06-30", "aggregate"),
                           (300, "2024-01-01", "2024-06-30", "aggregate")]


def test_a_single_part_with_a_place_before_among_them():
    text = ("At least 96 prisoners were executed in May. Eleven prisoners from Sistan province were among them.")
    assert facts(text) == [(11, "2024-05-01", "2024-05-31", "aggregate"),
                           (96, "2024-05-01", "2024-05-31", "aggregate")]


def test_among_them_far_from_the_count_is_no_part():
    text = ("At least 96 prisoners were executed in May. Police arrested four men after a long chase "
            "through the city centre and several bystanders were among them.")
    assert facts(text) == [(96, "2024-05-01", "2024-05-31", "aggregate")]
