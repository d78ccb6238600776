"""Arabic press: an earlier incident told with a day of its own and its members after it ("آخر إعدام جماعي
يعود إلى 9 يوليو 2019، حين أعدم 37 شخصاً، بينهم ...") is a claim of that day, not a split of today's
incident; a part told with "منهم" right after its count stays a split. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")


def test_an_earlier_mass_execution_with_its_day_is_its_own_claim():
    text = ("أعلنت وزارة الداخلية السعودية اليوم السبت تنفيذ حكم القتل بحق 60 شخصاً. أما آخر عملية إعدام جماعي "
            "فتعود إلى التاسع من يوليو 2019، حين أعدم 37 شخصاً، بينهم رجل أدين وهو قاصر.")
    claims = facts(text, date(2021, 5, 8))
    assert ("executed", "SA", 60, "2021-05-08", "2021-05-08") in claims
    assert ("executed", "SA", 37, "2019-07-09", "2019-07-09") in claims


def test_a_part_with_its_crime_day_stays_a_split():
    text = ("نفذت السلطات اليوم السبت حكم الإعدام بحق خمسة مدانين، أربعة منهم أدينوا في تفجير وقع في 3 مايو 2015.")
    assert [f[2] for f in facts(text, date(2021, 5, 8))] == [5]
