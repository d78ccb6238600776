"""Arabic appeals: sentences commuted after a ruling that upheld others ("أيدت محكمة النقض أحكام الإعدام
بحق أربعة وخففت ثلاثة أحكام أخرى إلى السجن المؤبد") are spared, no death sentences, whatever the
noun of the count (sentences or people). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", lang="ar")


def test_sentences_commuted_after_a_trigger_are_no_claim():
    text = ("وكانت محكمة الجنايات قد قضت في مارس 2021 بإعدام 11 متهماً، قبل أن تؤيد محكمة النقض الشهر الماضي "
            "أحكام الإعدام بحق الأربعة وتخفف ثلاثة أحكام أخرى إلى السجن المؤبد.")
    assert facts(text, date(2023, 6, 12)) == [("sentenced", 11)]


def test_people_whose_sentence_was_commuted_are_no_claim():
    text = "وأيدت المحكمة العليا حكم الإعدام بحق متهم واحد، وخففت خمسة متهمين آخرين إلى السجن عشرين عاماً."
    assert [row for row in facts(text, date(2023, 6, 12)) if row[1] == 5] == []
