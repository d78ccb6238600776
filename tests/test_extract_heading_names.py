"""A heading with no full stop over a paragraph that opens on a name: the heading's last word is not
the first word of the name. "Hangings in Zahedan" over "Omid Narouei, Karim Shahbakhsh and Javad Rigi
were executed ..." had read "Zahedan Omid Narouei" as one name, lost it, and counted two people (or,
under a one-word heading, no one)."""
from datetime import date

import pytest

from claim_rows import claim_reader

FRIDAY = date(2025, 9, 26)
facts = claim_reader("count", "names", "period_start", published=FRIDAY)

BODY = "Omid Narouei, Karim Shahbakhsh and Javad Rigi were executed in Zahedan Central Prison on Wednesday."


@pytest.mark.parametrize("heading", ["Hangings in Zahedan", "Executions", "Three more hanged in Sistan and Baluchestan"])
def test_the_people_under_a_heading_without_a_full_stop_are_all_counted_and_named(heading):
    assert facts(f"{heading}\n\n{BODY}") == [(3, ("Omid Narouei", "Karim Shahbakhsh", "Javad Rigi"), "2025-09-24")]


def test_a_name_still_runs_over_several_words_on_one_line():
    text = "Mohammad Ali Rezaei Nejad was hanged in Qom on Thursday, his family said."
    assert facts(text) == [(1, ("Mohammad Ali Rezaei Nejad",), "2025-09-25")]
