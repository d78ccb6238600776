"""Arabic local press: a country named for its border ("من قرب الحدود العراقية") is a neighbour, not
where the report is about; a local paper's lead that names no country then takes the one its body
names as where. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", lang="ar")

LEAD = "نفذت الجهات المختصة فجر اليوم الأحد حكم الإعدام بحق ثلاثة مدانين داخل السجن المركزي، أحدهم هرّب الأسلحة عبر الحدود {}."
CLOSE = "\n\nوهذه أول أحكام إعدام تنفذ في الكويت منذ عامين."


def test_the_default_country_named_for_its_border_is_not_where():
    assert facts(LEAD.format("السعودية") + CLOSE, date(2024, 2, 4)) == [("executed", "KW", 3)]


def test_another_country_named_for_its_border_is_not_where():
    assert facts(LEAD.format("العراقية") + CLOSE, date(2024, 2, 4)) == [("executed", "KW", 3)]
