"""Arabic: the country a report is about when its headline names a victim's nationality only. A
country after a victim's or bystander's trade ("المعلمة الأمريكية", "سائح بريطاني") is who they were,
not where (vocab-ar nationality_words); a state agency in the dateline ("أبوظبي - وام:", "عمّان (بترا)
-") names the country whose announcement the report carries. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", lang="ar")
DAY = date(2019, 2, 11)


def test_a_wam_dateline_and_a_victims_nationality_in_the_headline():
    title = "تنفيذ حكم الإعدام في قاتل الطبيب الأمريكي"
    text = ("أبوظبي - وام: نُفذ صباح اليوم حكم الإعدام بحق المدان س. م. بعد مصادقة رئيس الدولة على حكم المحكمة "
            "التي دانته بقتل طبيب أمريكي طعناً في عيادته.")
    assert facts(text, DAY, title=title) == [("executed", "AE", 1)]


def test_a_petra_dateline_in_brackets():
    text = ("عمّان (بترا) - نُفذ فجر اليوم الاثنين حكم الإعدام شنقاً بحق ثلاثة مدانين بجرائم قتل في مركز إصلاح "
            "وتأهيل سواقة.")
    assert facts(text, DAY) == [("executed", "JO", 3)]


def test_a_tourists_nationality_is_not_the_country():
    text = ("الكويت - كونا: نُفذ اليوم حكم الإعدام بحق مدانَين اثنين بقتل سائح بريطاني في عام 2016.")
    assert facts(text, DAY) == [("executed", "KW", 2)]


def test_the_headline_country_goes_before_the_dateline():
    title = "السعودية تعدم مواطناً أدين بالقتل"
    text = "أبوظبي - وام: نقلت وكالة الأنباء السعودية أن السلطات نفذت اليوم حكم القتل قصاصاً بمواطن أدين بقتل آخر."
    assert facts(text, DAY, title=title) == [("executed", "SA", 1)]


def test_a_word_like_an_agency_inside_a_sentence_is_no_dateline():
    # "وأم" (and the mother) folds to the letters of the agency, but stands in no dateline
    text = "أعدمت السلطات السعودية اليوم رجلاً أدين بقتل زوجته وأم زوجته في الرياض."
    assert facts(text, DAY) == [("executed", "SA", 1)]
