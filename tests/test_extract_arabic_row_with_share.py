"""Arabic: a labelled row whose figure is followed by its share in brackets ("- السجناء العرب: 64
(9.5%)") is a row figure as the bare one is (vocab.row_figure). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")
DAY = date(2024, 1, 8)


def test_a_row_with_its_share_in_brackets():
    text = ("وثقت المنظمة إعدام 670 شخصاً في إيران خلال عام 2023.\n\n"
            "التوزيع القومي للمعدومين:\n"
            "- السجناء العرب: 64 (9.5%)\n"
            "- السجناء البلوش: 120")
    found = facts(text, DAY)
    assert ("executed", 64, "2023-01-01", "2023-12-31") in found
    assert ("executed", 120, "2023-01-01", "2023-12-31") in found
