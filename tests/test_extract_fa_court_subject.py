"""Persian, an active verb of sentencing with a court as its subject: "دادگاه انقلاب اهواز علی کعبی را به
اعدام محکوم کرد" sentences one person. The court's town ("اهواز", "تهران", "کرمان") ends like a plural
("ـان") and had made the object look like several people, so no claim was made at all (a new user's
try-out). A town of the gazetteer is never a plural; a plural object still counts as many."""
from datetime import date

import pytest

from claim_rows import claim_reader

PUBLISHED = date(2025, 11, 20)
facts = claim_reader("event", "count", "kind", published=PUBLISHED, lang="fa")


@pytest.mark.parametrize("court", ["دادگاه انقلاب تهران", "دادگاه انقلاب اسلامی کرمان", "شعبه یک دادگاه انقلاب اصفهان"])
def test_a_court_of_a_town_sentencing_one_named_person_is_one_death_sentence(court):
    assert facts(f"{court} رضا محمدی را به اعدام محکوم کرد.") == [("sentenced", 1, "event")]


def test_the_perfect_tense_is_read_the_same_way():
    assert facts("دادگاه انقلاب تهران رضا محمدی را به اعدام محکوم کرده است.") == [("sentenced", 1, "event")]


def test_a_counted_object_keeps_its_count():
    assert facts("دادگاه انقلاب تهران چهار معترض را به اعدام محکوم کرد.") == [("sentenced", 4, "event")]
