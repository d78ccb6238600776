"""Where a claim came from: its document, the WARC record the document was read from, where
the evidence sentence sits in the text read back from that record, and the other sentences of
the report the claim rests on (its `support`, extract.claims.Support).

Shared by the web view (vigil.web.archived, the claim pages and the export), `vigil show` and
`vigil claims`, which must not load Flask. Nothing here touches the network: the page is the
archived response.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crawler.archive import ArchiveError
from extract.markup import blank_markup


@dataclass(frozen=True)
class RecordInfo:
    """The WARC headers that prove what was fetched and when."""

    target_uri: str
    date: str
    record_id: str
    payload_digest: str
    block_digest: str
    http_status: str


def warc_path(document: dict, archive_dir: Path) -> Path:
    """The WARC file holding a document's response record (stored relative to the archive)."""
    path = Path(document["warc_file"])
    return path if path.is_absolute() else Path(archive_dir) / path


def record_info(path: Path, offset: int) -> RecordInfo:
    """Read the response record's own headers at `offset`; raises ArchiveError."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            record = next(iter(ArchiveIterator(fh)), None)
            if record is None or record.rec_type != "response":
                raise ArchiveError(f"{path}@{offset}: no response record")
            h = record.rec_headers
            return RecordInfo(
                target_uri=h.get_header("WARC-Target-URI") or "",
                date=h.get_header("WARC-Date") or "",
                record_id=h.get_header("WARC-Record-ID") or "",
                payload_digest=h.get_header("WARC-Payload-Digest") or "",
                block_digest=h.get_header("WARC-Block-Digest") or "",
                http_status=record.http_headers.get_statuscode() if record.http_headers else "",
            )
    except OSError as exc:
        raise ArchiveError(f"{path}: cannot read: {exc}") from exc


def locate(text: str, claim: dict) -> tuple[int, int] | None:
    """Where the claim's evidence is in `text`: its stored offsets if they still hold, else a search."""
    evidence = claim.get("evidence") or ""
    text = blank_markup(text)  # as the extractor read it: the evidence quotes tags as spaces
    start, end = claim.get("start_char"), claim.get("end_char")
    if start is not None and end is not None and text[start:end] == evidence and evidence:
        return start, end
    found = text.find(evidence) if evidence else -1
    if found >= 0:
        return found, found + len(evidence)
    return _locate_without_joiners(text, evidence) if evidence else None


_JOINERS = ("\u200c", "\u200d")


def _locate_without_joiners(text: str, evidence: str) -> tuple[int, int] | None:
    """The evidence found with ZWNJ/ZWJ ignored on both sides, as offsets into `text`: a claim
    stored before Vigil kept joiners quotes `سهشنبه` where the archive, read again, has `سه‌شنبه`."""
    kept = [i for i, ch in enumerate(text) if ch not in _JOINERS]
    bare_text = "".join(text[i] for i in kept)
    bare_evidence = "".join(ch for ch in evidence if ch not in _JOINERS)
    found = bare_text.find(bare_evidence) if bare_evidence else -1
    if found < 0:
        return None
    return kept[found], kept[found + len(bare_evidence) - 1] + 1


def context(text: str, span: tuple[int, int], chars: int = 300) -> tuple[str, str, str]:
    """(before, evidence, after): up to `chars` characters either side of `span`, cut at a
    space where there is one, with "…" where the text goes on."""
    start, end = span
    before, after = text[max(0, start - chars):start], text[end:end + chars]
    if start > chars and " " in before:
        before = "…" + before.split(" ", 1)[1]
    if end + chars < len(text) and " " in after:
        after = after.rsplit(" ", 1)[0] + "…"
    return before, text[start:end], after


# How a Support's values read to staff: the claim's field names in words ("period" for both ends).
_VALUE_WORDS = {"count": "count", "qualifier": "qualifier", "period_start": "period start",
                "period_end": "period end", "location": "place", "names": "names", "offences": "offences"}


def supported_values(values) -> str:
    """`count, period, place`: which of a claim's values a supporting sentence states, in words;
    '' for none."""
    values = list(values or ())
    if "period_start" in values and "period_end" in values:
        values[values.index("period_start")] = "period"
        values.remove("period_end")
    return ", ".join(_VALUE_WORDS.get(v, v) for v in values)


def support_note(entry: dict) -> str:
    """One supporting sentence's place and what it states, without the sentence:
    `text 42-166 (count, period, place)`, or `text 42-166 (tells it again)`."""
    values = supported_values(entry.get("values"))
    return f"{entry.get('field') or 'text'} {entry.get('start_char')}-{entry.get('end_char')} ({values or 'tells it again'})"
