"""Arabic: a year closing the clause before a count, after a word of killing ("مدانين بقتل شرطي عام
2015، وأربعة آخرون ..."), dates that crime, not the next count's hanging; the next count takes the
sentence's own time (dating.crime_date_before). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")
DAY = date(2022, 5, 10)


def test_the_crime_year_of_the_first_count_does_not_date_the_second():
    text = ("وفي مارس أُعدم خمسة مدانين بقتل شرطي في أسيوط عام 2015، وأربعة آخرون مدانون بقتل تاجر "
            "في سوهاج عام 2016.")
    assert sorted(facts(text, DAY)) == [("executed", 4, "2022-03-01", "2022-03-31"),
                                        ("executed", 5, "2022-03-01", "2022-03-31")]
