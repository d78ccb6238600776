"""A sentence that splits the statistic before it by charge with bare numbers ("Nine were convicted of
drug trafficking and three of murder") is read though it names no execution: each part is an aggregate
of the statistic's span with its charge. A named or definite group "convicted of" is no such split."""

from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "offences", published=date(2025, 3, 3))


def test_bare_numbers_split_by_charge():
    text = ("At least 12 Baluch prisoners were executed in February, the monitors said. "
            "Nine were convicted of drug trafficking and three of murder.")
    assert facts(text) == [(3, "2025-02-01", "2025-02-28", ("murder",)),
                           (9, "2025-02-01", "2025-02-28", ("drug",)),
                           (12, "2025-02-01", "2025-02-28", ())]


def test_named_people_convicted_make_no_second_figure():
    text = ("Two men were hanged in Qezelhesar prison on Sunday, the judiciary said. "
            "Ali Rezaei and Hamid Karimi were convicted of murder in 2021.")
    assert [row[0] for row in facts(text)] == [2]
