"""Persian reports: "صدور احکام سنگین زندان برای ..." is the issue of prison sentences; after "حکم" the
word "زندان" is the penalty, no place, and the issue gives no death sentence. "صدور حکم اعدام" and a
prison as a place ("در زندان ...") still do. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="fa")


def test_heavy_prison_sentences_are_no_death_sentences():
    assert facts("صدور احکام سنگین زندان برای پنج فعال کارگری در اهواز", date(2022, 5, 3)) == []


def test_a_prison_sentence_in_the_singular():
    assert facts("صدور حکم زندان برای سه روزنامه‌نگار در تهران", date(2022, 5, 3)) == []


def test_a_death_sentence_issued_in_a_prison_is_still_one():
    got = facts("صدور حکم اعدام برای دو زندانی در زندان مرکزی زاهدان", date(2022, 5, 3))
    assert got == [("sentenced", "IR", 2, "2022-05-03", "2022-05-03")]
