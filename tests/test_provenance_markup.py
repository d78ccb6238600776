"""A tag left in a report's text (`<img src=x onerror=...>` from a feed's HTML) does not hide the
claim's evidence from `vigil show` and the archived-page view: the extractor reads tags as spaces
of the same length (extract.markup), and finding the evidence again blanks them the same way."""

from __future__ import annotations

from datetime import date

from extract import extract_report
from vigil.provenance import locate

TEXT = ("Rights monitors said on Monday that the authorities had carried out more executions.\n\n"
        "Two men were hanged in Qezelhesar Prison on 29 September 2025 <img src=x onerror=alert(1)> "
        "after being convicted of drug offences, the group said.")


def test_the_evidence_of_a_sentence_holding_a_tag_is_found_in_the_text_as_stored():
    (claim,) = [c for c in extract_report(TEXT, date(2025, 10, 1), "Two hanged") if c.field == "text"]
    assert "<img" not in claim.evidence and "onerror" not in claim.evidence
    span = locate(TEXT, claim.to_dict())
    assert span == (claim.start_char, claim.end_char)
    assert "<img src=x onerror=alert(1)>" in TEXT[span[0]:span[1]]  # shown as stored, escaped by each channel


def test_an_evidence_moved_in_the_text_is_found_by_search_across_the_tag():
    (claim,) = [c for c in extract_report(TEXT, date(2025, 10, 1), "Two hanged") if c.field == "text"]
    moved = "A line added above.\n\n" + TEXT
    start, end = locate(moved, claim.to_dict())
    assert moved[start:end] == TEXT[claim.start_char:claim.end_char]
