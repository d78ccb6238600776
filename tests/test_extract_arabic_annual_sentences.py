"""Arabic annual reports: the death sentences issued or upheld "during the same period" ("خلال الفترة
ذاتها") are a statistic of sentences over the report's span, not an incident with no period, once the
report's first figure is dated by its own span rather than by the day the report came out. Sentences
written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="ar")
DAY = date(2024, 12, 24)


def test_sentences_issued_and_upheld_in_the_same_period():
    text = ("كشف التقرير السنوي لمنظمة حقوقية، الصادر أمس الاثنين، عن تنفيذ ما لا يقل عن 900 حكم إعدام في "
            "إيران خلال الفترة الممتدة من الأول من يناير حتى 15 ديسمبر 2024.\n\n"
            "وأشار التقرير إلى أن 12 من هذه الإعدامات نُفذت علناً.\n\n"
            "وإلى جانب الإعدامات المنفذة، وثقت المنظمة صدور أحكام بالإعدام بحق ما لا يقل عن 140 شخصاً خلال "
            "الفترة ذاتها، فيما صادقت المحكمة العليا على أحكام الإعدام الصادرة بحق 45 شخصاً آخرين.")
    got = facts(text, DAY)
    assert ("executed", 900, "at_least", "2024-01-01", "2024-12-15", "aggregate") in got
    assert ("sentenced", 140, "at_least", "2024-01-01", "2024-12-15", "aggregate") in got
    assert ("sentenced", 45, "exact", "2024-01-01", "2024-12-15", "aggregate") in got
    assert not [row for row in got if row[5] == "event"]
