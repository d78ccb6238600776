"""`vigil show CLAIM_ID`: one claim and where it came from, down to the archived page."""

from __future__ import annotations

import click

from alerts.plaintext import plain
from alerts.records import json_dicts, json_list
from vigil.context import AppContext
from vigil.errors import ConfigError, VigilError


class ClaimNotShown(VigilError):
    """The claim was printed but its archived text could not be read (exit status 1)."""


@click.command("show")
@click.argument("claim_id", type=int)
@click.option("--chars", type=click.IntRange(0, 5000), default=300, show_default=True,
              help="How much archived text to show either side of the evidence.")
@click.pass_obj
def command(app: AppContext, claim_id: int, chars: int) -> None:
    """Print a claim with its evidence, rules, document, archived text and reviews.

    For claim CLAIM_ID: its figures, evidence sentence and the rules that made it; its document
    (URL, source, published, fetched); the text around the evidence, read back from the WARC
    record (not the live site); and its reviews."""
    from vigil.reviews import ClaimNotFound, history
    from vigil.store.claims import get_claim
    from vigil.store.documents import get_document
    from vigil.store.sources import get_source

    db = app.read_db
    claim = get_claim(db, claim_id)
    if claim is None:
        raise ClaimNotFound(f"claim {claim_id}: no such claim (a re-run may have removed it; "
                            "`vigil claims --week WEEK` lists the current ones)")
    claim = dict(claim)
    document = dict(get_document(db, claim["document_id"]))
    source = get_source(db, document["source_id"])  # None: a source since removed from the store
    reviews = history(db, claim_id)
    in_force = reviews[-1] if reviews else None
    lines = claim_lines(claim, in_force, document["source_id"])
    for line in lines + [week_line(app, claim_id)] + document_lines(document, source):
        click.echo(line)
    problem = None
    try:
        click.echo("Archived text around the evidence:")
        for line in archived_lines(app, claim, document, chars):
            click.echo(f"  {line}")
    except ClaimNotShown as exc:
        problem = exc
        click.echo("  (cannot be read: see the error below)")
    click.echo("Reviews: none" if not reviews else "Reviews:")
    for review in reviews:
        click.echo(f"  {review.created_at}  {plain(review.describe())}")
    if problem is not None:
        raise problem


def claim_lines(claim: dict, review=None, source_id: str | None = None) -> list[str]:
    """The claim as it counts: with a correction in force, the corrected values first and the
    extracted ones beside them; a rejected claim is marked so on the first line. The organisations
    its sentences cite other than its own source (`source_id`) are named: it relays their figure."""
    from vigil.claimdiff import summary
    from vigil.provenance import support_note

    counted = {**claim, **review.corrections} if review is not None and review.action == "correct" else claim
    details = [f"offences: {', '.join(json_list(claim['offences'])) or '-'}",
               f"location: {counted['location'] or '-'}",
               f"names: {', '.join(json_list(claim['names'])) or '-'}"]
    if review is not None and review.action == "correct":
        first = (f"Claim {claim['id']} (corrected): {plain(summary(counted))}; as extracted: {plain(summary(claim))}")
    elif review is not None and review.action == "reject":
        first = f"Claim {claim['id']} (REJECTED, counted nowhere): {plain(summary(claim))}"
    else:
        first = f"Claim {claim['id']}{' (confirmed)' if review is not None else ''}: {plain(summary(claim))}"
    relayed = [org for org in json_list(claim.get("cites")) if org != source_id]
    lines = [first]
    if review is not None:
        lines.append(f"  review: {plain(review.describe())} at {review.created_at}")
    return lines + [
        f"  {plain('; '.join(details))}",
        f"  evidence ({claim['field'] or 'text'} {claim['start_char']}-{claim['end_char']}): "
        f"\"{plain(' '.join((claim['evidence'] or '').split()))}\"",
        *(f"  also from {support_note(s)}: \"{plain(' '.join((s.get('evidence') or '').split()))}\""
          for s in json_dicts(claim.get("support"))),
        *([f"  cites: {plain(', '.join(relayed))} (a relay of their figure)"] if relayed else []),
        f"  rules: {plain(', '.join(json_list(claim['rules']))) or '-'}",
        f"  extracted by version {claim['extractor_version'] or '?'} at {claim['created_at'] or '?'}",
    ]


def week_line(app: AppContext, claim_id: int) -> str:
    """Which week's figure the claim is in, by the one definition (`Totals.week_of`) that
    `vigil claims --week` and the web view use, and whether its period runs into another week."""
    from alerts.trace import listed_week, span_note
    from vigil.alerting import compute_totals, load_records, week_scheme
    from vigil.reviews import split_reviews

    try:
        settings = app.week_settings()
    except ConfigError as exc:  # the claim is still worth showing; the week needs alerts.yaml's weeks
        return f"  week: unknown ({'; '.join(exc.problems)})"
    scheme = week_scheme(settings)
    records, rejected = split_reviews(app.read_db, load_records(app.read_db, scheme.timezone))
    totals = compute_totals(app.read_db, settings, records)
    record = next((r for r in records + rejected if r.id == claim_id), None)
    week = listed_week(totals, record) if record is not None else None
    if week is None:
        return "  week: none (a year figure, or no date)"
    label = scheme.label(week)
    verb = ("dated in" if record.event != "executed" else "would count in" if record in rejected else "counts in")
    note = span_note(record, scheme, week)
    return (f"  week: {verb} {label} (week of {week}; `vigil claims --week {label}"
            f"{' --event ' + record.event if record.event != 'executed' else ''}` lists it)"
            + (f"; {note}" if note else ""))


def document_lines(document: dict, source) -> list[str]:
    name = f" ({plain(source['name'])})" if source and source.get("name") else ""
    return [
        f"Document {document['id']}: {plain(document['title'] or '(no title)')}",
        f"  url: {plain(document['url'])}",
        f"  source: {plain(document['source_id'] or '?')}{name}",
        f"  published: {document['published'] or '?'}",
        f"  fetched: {document['fetched_at'] or '?'}",
    ]


def archived_lines(app: AppContext, claim: dict, document: dict, chars: int) -> list[str]:
    """The WARC record's identity and the text read back from it around the evidence;
    raises ClaimNotShown when the record cannot be read."""
    from crawler.archive import ArchiveError
    from crawler.article import ArticleError
    from vigil.config import SOURCES_FILE
    from vigil.extraction import reread_archived
    from vigil.provenance import context, locate, record_info, warc_path

    if not document["warc_file"]:
        return ["(this document has no archived record)"]
    path = warc_path(document, app.archive_dir)
    sources = {s.id: s for s in app.sources().sources} if (app.config_dir / SOURCES_FILE).exists() else {}
    try:
        info = record_info(path, document["warc_offset"])
        fields = reread_archived(app.read_db, document, app.archive_dir, sources)
    except (ArchiveError, ArticleError, OSError, ValueError) as exc:
        raise ClaimNotShown(f"claim {claim['id']}: the archived record {document['warc_file']}@"
                            f"{document['warc_offset']} cannot be read: {exc}") from exc
    lines = [f"record {info.record_id} of {plain(info.target_uri)}, fetched {info.date} "
             f"(HTTP {info.http_status}; {document['warc_file']}@{document['warc_offset']})"]
    if _apart(document["fetched_at"], info.date):
        lines.append(f"(two fetch times: the record's {info.date} is when the page was archived; the document's "
                     f"{document['fetched_at']} above is when the store counts it as collected, which late-news "
                     "alerts read; `vigil demo` sets it to the publication time to replay its sample weeks)")
    text = fields.title if claim["field"] == "title" else fields.text
    span = locate(text, claim)
    if span is None:
        return lines + ["the evidence sentence is not in the text read back now (the page rules changed since "
                        "it was extracted; `vigil extract rerun` brings the claim up to date)"]
    before, evidence, after = (" ".join(part.split()) for part in context(text, span, chars))
    return lines + [f"{plain(before)} >>>{plain(evidence)}<<< {plain(after)}".strip()]


_SAME_FETCH = 120   # seconds: a document's fetch time and its record's, written a moment apart, are one time


def _apart(fetched_at: str | None, warc_date: str) -> bool:
    """Whether the document's stored fetch time and its WARC record's WARC-Date name different
    moments (more than _SAME_FETCH apart); False when either cannot be read."""
    from datetime import datetime, timezone

    try:
        a, b = (datetime.fromisoformat(v) for v in (fetched_at or "", warc_date))
    except ValueError:
        return False
    a, b = (t if t.tzinfo else t.replace(tzinfo=timezone.utc) for t in (a, b))
    return abs((a - b).total_seconds()) > _SAME_FETCH
