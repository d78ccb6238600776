"""Running the extractor over the store: new documents, and re-runs over the WARC archive.

Each document's claims are replaced in one transaction together with the version stamp on
the document, so an interrupted run leaves every document wholly old or wholly new, and
running again picks up where it stopped. A claim that comes out the same keeps its row and
id, and an updated one keeps its id (vigil.claimdiff), so ids are stable across re-runs.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from alerts.wording import counted
from extract.notions import reference_day
from vigil.claimdiff import Matching, match_claims
from vigil.errors import VigilError
from vigil.store import claims as store_claims
from vigil.store import documents as store_documents
from vigil.store import utcnow, write_lock
from vigil.store.claims import claim_row

log = logging.getLogger(__name__)

BATCH = 32


def _extractor():
    """The process's shared Extractor, so the service's extract job does not rebuild it each run."""
    from extract import default_extractor

    return default_extractor()


def _published(value: str | None, timezone: str = "UTC") -> date | None:
    """The reference day relative dates are resolved against (extract.notions), None if unreadable.

    `timezone` is the source's own `timezone:` where sources.yaml sets one (collection then
    stores `published` on that clock, so the day is the publication's local day there), else
    alerts.yaml's."""
    try:
        return reference_day(value, timezone)
    except ValueError:
        return None


def replace_claims(db, document_id: int, claims: list, version: str, changes: dict | None = None) -> Matching:
    """Bring a document's stored claims to `claims` (extract's Claim), atomically, with `changes`
    to its document row. Unchanged claims keep their rows, updated ones their ids; the rest are
    deleted or inserted. Returns the vigil.claimdiff.Matching of old and new rows, every new row
    carrying the id it is stored under."""
    new_rows = [claim_row(c, document_id, version) for c in claims]
    with write_lock(db):
        old = store_claims.claims_of(db, document_id)
        matching = match_claims(old, new_rows)
        write_matching(db, matching, version)
        store_documents.update_document(db, document_id, {"extractor_version": version, "extracted_at": utcnow(),
                                                          **(changes or {})})
    return matching


def write_matching(db, matching: Matching, version: str) -> None:
    """Store one document's matched claims (inside the caller's transaction)."""
    for old, new in matching.unchanged:
        new.update(id=old["id"], created_at=old["created_at"])
        if old["extractor_version"] != version:
            store_claims.update_claim(db, old["id"], {"extractor_version": version})
    for old, new in matching.updated:
        new["id"] = old["id"]
        store_claims.update_claim(db, old["id"], {k: v for k, v in new.items() if k not in ("id", "document_id", "created_at")})
    if matching.removed:
        store_claims.delete_claims(db, [row["id"] for row in matching.removed])
    for row in matching.added:
        row["id"] = store_claims.insert_claim(db, row)


@dataclass
class ExtractReport:
    documents: int = 0
    claims: int = 0
    failed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        failed = f", {len(self.failed)} failed" if self.failed else ""
        return f"{counted(self.documents, 'document')}, {counted(self.claims, 'claim')}{failed}"


class ExtractionFailed(VigilError):
    """Some documents could not be extracted; the others were. Carries the report."""

    def __init__(self, report: ExtractReport):
        self.report = report
        shown = ", ".join(report.failed[:3]) + (f" and {len(report.failed) - 3} more" if len(report.failed) > 3 else "")
        super().__init__(f"{counted(len(report.failed), 'document')} not extracted: {shown} (see the log)")


def extract_new_documents(db, extractor=None, limit: int | None = None, timezone: str = "UTC") -> ExtractReport:
    """Extract claims from every document not yet processed by any version; relative dates
    are resolved against the publication day in the source's own `timezone:` (kept in the
    sources table), else in `timezone` (alerts.yaml's)."""
    from extract import EXTRACTOR_VERSION

    report = ExtractReport()
    rows = store_documents.unextracted(db, limit)
    if rows:   # nothing new (most runs of a frequent job): the pipeline is not built for nothing
        extractor = extractor or _extractor()
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        # each in its language: the source's `lang`, checked against the text (extract/lang/choose.py)
        inputs = [(r["text"] or "", _published(r["published"], r["source_timezone"] or timezone), r["title"] or "",
                   r["lang"]) for r in batch]
        for row, claims in zip(batch, extractor.extract_many(inputs)):
            try:
                replace_claims(db, row["id"], claims, EXTRACTOR_VERSION)
            except Exception as exc:  # one document fails alone
                log.error("document %s (%s): claims not stored: %s", row["id"], row["url"], exc)
                report.failed.append(row["url"])
                continue
            report.documents += 1
            report.claims += len(claims)
    return report


# --- re-runs over the archive ---------------------------------------------------------


@dataclass
class RerunReport:
    """What a re-run did. Claim rows are as stored (with `id`) plus their document's `url`;
    `changed` pairs an old row with its new values (same id)."""

    documents: int = 0
    unchanged: int = 0  # documents whose claims all came out the same
    added: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    changed: list[tuple[dict, dict]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    moved_totals: list[dict] = field(default_factory=list)
    texts_changed: int = 0  # documents whose text read differently this time

    def summary(self) -> str:
        return (
            f"{counted(self.documents, 'document')} re-extracted ({self.unchanged} unchanged): "
            f"{counted(len(self.added), 'claim')} added, {len(self.removed)} removed, {len(self.changed)} changed, "
            f"{len(self.failed)} failed; {counted(len(self.moved_totals), 'weekly total')} moved; "
            f"{counted(self.texts_changed, 'document text')} read differently"
        )


def select_documents(db, since: date | None = None, source_ids: Iterable[str] = ()) -> list[dict]:
    return store_documents.archived_documents(db, since.isoformat() if since else None, source_ids)


def rerun(db, archive_dir: Path, totals_fn, since: date | None = None, source_ids: Iterable[str] = (),
          extractor=None, timezone: str = "UTC", sources: dict | None = None) -> RerunReport:
    """Re-extract archived documents with the current extractor and report what moved.

    1. Compute weekly totals before, with `totals_fn(db)` (rows with week, country, total).
    2. Learn each source's template from its archived pages that have not taught it yet
       (a database collected before template learning; vigil.documents.relearn).
    3. For each document: read its page back from WARC (no network) and apply the document
       rules of collection to it (vigil.documents.reread: the same text, template removal
       and date rules as when it was collected), extract the claims, and replace its claims
       and changed fields in one transaction. `sources` maps source ids to their config
       (text_selector, lang); a source no longer configured is read with the defaults.
    4. Compute totals after and report each (week, country) whose total changed.
    """
    from extract import EXTRACTOR_VERSION
    from vigil.documents import changes_of, relearn

    report = RerunReport()
    sources = sources or {}
    before = {(t["week"], t["country"]): t["total"] for t in totals_fn(db)}
    documents = select_documents(db, since, source_ids)
    if documents:
        extractor = extractor or _extractor()
    for source_id in sorted({d["source_id"] for d in documents}):
        relearn(db, source_id, archive_dir)  # pages archived before templates were learned
    for document in documents:
        document = {**document, **store_documents.get_document(db, document["id"])}  # relearn may have set its page_url
        try:
            fields = reread_archived(db, document, archive_dir, sources)
            changes = changes_of(document, fields)
            report.texts_changed += "text" in changes
            claims = extractor.extract(fields.text, _published(fields.published, document["source_timezone"] or timezone),
                                       fields.title, document.get("lang"))
            matching = replace_claims(db, document["id"], claims, EXTRACTOR_VERSION, changes=changes)
        except Exception as exc:  # one document fails alone; its old claims stay
            log.error("document %s (%s): re-run failed: %s", document["id"], document["url"], exc)
            report.failed.append((document["url"], str(exc)))
            continue
        changed = matching.updated  # every updated claim differs in some field (vigil.claimdiff)
        report.documents += 1
        report.unchanged += not (matching.added or matching.removed or changed)
        for rows, target in ((matching.added, report.added), (matching.removed, report.removed)):
            target.extend({**r, "url": document["url"]} for r in rows)
        report.changed.extend(({**o, "url": document["url"]}, {**n, "url": document["url"]}) for o, n in changed)
    after = {(t["week"], t["country"]): t["total"] for t in totals_fn(db)}
    for key in sorted(set(before) | set(after)):
        if before.get(key) != after.get(key):
            report.moved_totals.append({"week": key[0], "country": key[1], "before": before.get(key),
                                        "after": after.get(key)})
    return report


def reread_archived(db, document: dict, archive_dir: Path, sources: dict | None = None):
    """A stored document read again from its WARC record under the current rules: its
    source's configuration when `sources` (id -> Source) has it, else a stand-in with no
    selector. Returns vigil.documents.DocumentFields; raises ArchiveError or ArticleError."""
    from vigil.documents import reread  # vigil.documents imports this module

    source = (sources or {}).get(document["source_id"]) or _unconfigured(document)
    return reread(db, source, document, archive_dir)


def _unconfigured(document: dict):
    """A stand-in for a source removed from sources.yaml: no selector, no filter, its documents' language."""
    from vigil.config import Source

    return Source(id=document["source_id"], name=document["source_id"], org="news", type="feed",
                  url="http://unconfigured.invalid/", lang=document.get("lang") or "en")


def iter_counts(report: RerunReport) -> Iterator[str]:
    """Per-event counts of what a re-run added and removed, for the printed summary."""
    for label, rows in (("added", report.added), ("removed", report.removed)):
        counts = Counter(r["event"] for r in rows)
        if counts:
            yield f"{label}: " + ", ".join(f"{n} {event}" for event, n in sorted(counts.items()))
