"""Arabic: a count right after a noun it is the possessor of ("عن محامي أحد المحكومين", "أسرة أحد
المعدومين") names whose lawyer or family speaks, no one put to death by the verb after it
(reject.possessor). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", lang="ar")
DAY = date(2024, 2, 7)


def test_the_lawyer_of_one_of_the_prisoners_is_no_count():
    text = ("أعدمت السلطات تسعة رجال في سجن الحوت في الثالث من فبراير/شباط.\n\n"
            "ونقلت منظمة حقوقية عن محامي أحد المحكومين أن الرجال التسعة نُقلوا من زنازينهم مساء 2 فبراير/شباط ثم أُعدموا.")
    assert facts(text, DAY) == [("executed", 9, "2024-02-03")]
