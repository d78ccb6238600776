"""Arabic court copy: the defendants of a whole case ("في القضية التي شملت 31 متهماً") are no count of
death sentences, whatever verdict the sentence tells before them. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", lang="ar")


def test_the_defendants_of_the_case_make_no_sentence():
    text = ("نفذت النيابة العامة اليوم حكم الإعدام بحق أربعة مدانين. وكان أحدهم قد اعترف أمام محكمة أول درجة، "
            "قبل أن ينكرها أمام محكمة التمييز التي أيدت حكم الإعدام بحقه، بينما صدرت أحكام بالسجن على آخرين "
            "في القضية التي شملت 31 متهماً بينهم خمس نساء.")
    assert facts(text, date(2023, 7, 27)) == [("executed", "SA", 4)]
