"""A sentence that opens on the figure it splits ("Of the 212 people put to death in 2024, 140 ...") splits
that figure however many sentences back it was told, not the last figure told before it (another
year's, which it would be larger than)."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2024, 12, 20))


def test_a_lead_naming_its_figure_splits_that_one():
    text = ("KUWAIT CITY - Kuwait has executed 212 people so far this year, a new annual record, according to a "
            "tally based on official announcements.\n\n"
            "The total was reached on Monday, when the ministry said two men convicted of murdering a guard had been "
            "put to death in Jahra.\n\n"
            "The country executed 120 people in 2023, itself a record at the time. The pace works out at roughly "
            "one hanging every two days.\n\n"
            "Drug cases account for most of the increase. Of the 212 people put to death in 2024, 140 had been "
            "convicted of drug offences, the tally shows.")
    got = facts(text)
    assert ("executed", "KW", 140, "2024-01-01", "2024-12-20") in got
    assert ("executed", "KW", 120, "2023-01-01", "2023-12-31") in got
