"""A prison or town makes a claim's country when the report never writes the country: daily news of
hangings in Borg al-Arab or of a court in Alexandria names only the place, as a Bangladeshi daily
names only "Jashore Central Jail". Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=date(2019, 3, 7))


def test_a_prison_in_alexandria_is_egypts():
    got = facts("Three men convicted of killing a police officer were hanged at Burg al-Arab Prison "
                "near Alexandria on Wednesday, a security source said.")
    assert got == [("executed", "EG", 3, "2019-03-06", "2019-03-06", "event")]


def test_an_earlier_hanging_over_sinai_is_egypts_too():
    got = facts("Authorities hanged two men at Wadi al-Natrun Prison on Tuesday.\n\n"
                "Last month nine people were executed over an ambush on troops in North Sinai.")
    assert ("executed", "EG", 2, "2019-03-05", "2019-03-05", "event") in got
    assert all(country == "EG" for _, country, *_ in got)


def test_alexandria_in_virginia_stays_american():
    got = facts("A federal jury in Alexandria, Virginia, sentenced the man to death on Tuesday.")
    assert all(country != "EG" for _, country, *_ in got)


def test_a_jail_in_jashore_is_bangladeshs():
    got = facts("A man convicted of murdering his employer was hanged at Jashore Central Jail on Wednesday night.")
    assert got == [("executed", "BD", 1, "2019-03-06", "2019-03-06", "event")]


def test_a_country_a_person_was_lured_to_is_not_the_reports():
    got = facts("Karim Nouri, the exiled editor of a news channel, was hanged early on Wednesday, state media said.\n\n"
                "Nouri was lured to Iraq two years ago, where he was abducted and taken back to Iran.")
    assert got == [("executed", "IR", 1, "2019-03-06", "2019-03-06", "event")]
