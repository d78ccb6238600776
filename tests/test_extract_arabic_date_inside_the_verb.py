"""Arabic: a date inside the verb's own phrase ("أيدت محكمة النقض أمس حكم الإعدام الصادر بحق سائق أدين
بخطف ...") dates the verb, not the kidnapping told after it (dating.arrest_date). Sentences written for
these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")
DAY = date(2023, 11, 15)


def test_a_relative_date_inside_the_upholding_verb_dates_the_sentence():
    text = ("وكانت محكمة النقض قد أيدت الأسبوع الماضي حكم الإعدام الصادر بحق شاب أدين بخطف سيدة مسنة "
            "وقتلها في محافظة المنيا.")
    assert facts(text, DAY) == [("sentenced", 1, "2023-11-06", "2023-11-12")]
