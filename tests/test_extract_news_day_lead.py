"""Kind: a wire lead dated only by the day of the news ("NAJAF, Iraq, July 9 (AFP) - Iraq has executed
nine men, officials said Wednesday"), then a sentence that tells the execution's own day ("... were
hanged on Monday"): one incident on Monday. A count quoted from an official ("nine 'terrorists'")
is still a count, and a person in a clause opened by "despite" is no one the verb put to death."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", published=date(2031, 7, 9))


def test_a_lead_dated_by_the_news_takes_the_day_told_after_it():
    got = facts("NAJAF, Iraq, July 9, 2031 (AFP) - Iraqi authorities have executed nine men convicted of "
                "terrorism, security sources said Wednesday.\n\nAn official told AFP that nine \"terrorists\" "
                "were hanged on Monday at a prison in Nasiriyah.")
    assert got == [("executed", "IQ", 9, "2031-07-07")]


def test_a_count_with_a_quoted_noun_is_a_count():
    got = facts("An official said nine \"militants\" were hanged in Nasiriyah on Monday.")
    assert got == [("executed", "IR", 9, "2031-07-07")]


def test_a_person_after_despite_is_not_the_verbs_object():
    got = facts("Kuwait hanged four prisoners on Wednesday in a rare mass execution, despite appeals from "
                "rights groups and a visiting United Nations envoy.")
    assert got == [("executed", "KW", 4, "2031-07-09")]
