"""The schema of Vigil's database, built by forward migrations (sqlite-utils `Migrations`) in the
order they are declared here. To change the schema add a new `@migrations()` function at the end,
named `m0NN_<topic>`; never edit one that has shipped: databases in use have applied it already.
Opening the store applies those pending (vigil.store.database.apply_migrations).
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

migrations = Migrations("vigil")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["sources"].create(
        {
            "id": str,
            "name": str,
            "org": str,
            "type": str,
            "url": str,
            "enabled": int,
            "last_fetch_at": str,
            "last_success_at": str,
            "consecutive_failures": int,
            "last_error": str,
        },
        pk="id",
        defaults={"consecutive_failures": 0, "enabled": 1},
    )
    db["fetches"].create(
        {
            "id": int,
            "source_id": str,
            "url": str,
            "kind": str,  # feed | listing | article | robots
            "fetched_at": str,
            "status": int,
            "etag": str,
            "last_modified": str,
            "content_type": str,
            "bytes": int,
            "duration_ms": int,
            "error": str,
            "warc_file": str,
            "warc_offset": int,
            "warc_length": int,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id")],
    )
    db["fetches"].create_index(["source_id", "url", "fetched_at"])
    db["documents"].create(
        {
            "id": int,
            "url": str,  # canonical URL, unique
            "source_id": str,
            "guid": str,
            "title": str,
            "published": str,
            "lang": str,
            "text": str,
            "content_hash": str,
            "fetched_at": str,
            "fetch_id": int,
            "warc_file": str,
            "warc_offset": int,
            "warc_length": int,
            "extractor_version": str,  # version that last processed it; NULL: not yet
            "extracted_at": str,
        },
        pk="id",
        not_null={"url"},
        foreign_keys=[("source_id", "sources", "id"), ("fetch_id", "fetches", "id")],
    )
    db["documents"].create_index(["url"], unique=True)
    db["documents"].create_index(["extractor_version"])
    db["documents"].create_index(["published"])
    db["documents"].enable_fts(["title", "text"], create_triggers=True)
    db["feed_entries"].create(
        {"source_id": str, "guid": str, "url": str, "first_seen_at": str},
        pk=("source_id", "guid"),
    )
    db["claims"].create(
        {
            "id": int,
            "document_id": int,
            "event": str,
            "country": str,
            "count": int,
            "qualifier": str,
            "period_start": str,
            "period_end": str,
            "kind": str,
            "offences": str,  # JSON list
            "location": str,
            "names": str,  # JSON list
            "evidence": str,
            "field": str,  # "text" or "title"
            "start_char": int,
            "end_char": int,
            "extractor_version": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["claims"].create_index(["document_id"])
    db["claims"].create_index(["period_start", "period_end"])
    db["alerts"].create(
        {
            "id": int,
            "rule_id": str,
            "key": str,  # what the alert is about, e.g. "2025-W38" or "2025-W38:IR"
            "value": int,
            "level": int,  # highest threshold step notified
            "state": str,  # firing | resolved
            "detail": str,  # JSON
            "first_fired_at": str,
            "updated_at": str,
        },
        pk="id",
    )
    db["alerts"].create_index(["rule_id", "key"], unique=True)
    db["outbox"].create(
        {
            "id": int,
            "dedup_key": str,  # one notification per key and channel, ever
            "alert_id": int,
            "channel": str,
            "kind": str,  # alert | resolved | digest | test
            "subject": str,
            "payload": str,  # JSON, as the channel's payload() built it
            "status": str,  # pending | sending | sent | failed
            "attempts": int,
            "next_attempt_at": str,
            "last_error": str,
            "created_at": str,
            "sent_at": str,
        },
        pk="id",
        defaults={"attempts": 0, "status": "pending"},
    )
    db["outbox"].create_index(["dedup_key", "channel"], unique=True)
    db["outbox"].create_index(["status", "next_attempt_at"])
    db["job_runs"].create(
        {
            "id": int,
            "job_id": str,
            "started_at": str,
            "finished_at": str,
            "duration_ms": int,
            "outcome": str,  # running | ok | error | abandoned
            "error": str,
            "summary": str,
        },
        pk="id",
    )
    db["job_runs"].create_index(["job_id", "started_at"])


@migrations()
def m002_collection_robustness(db: sqlite_utils.Database) -> None:
    """fetches.`warning`: what was odd about an exchange that still went through (a plain body
    labelled gzip); fetches.`server_date`: the response's Date header, which a Last-Modified
    must not be after; sources.`timezone`: the source's IANA zone (sources.yaml), whose
    calendar day is a report's reference day."""
    db["fetches"].add_column("warning", str)
    db["fetches"].add_column("server_date", str)
    db["sources"].add_column("timezone", str)


@migrations()
def m003_claim_rules(db: sqlite_utils.Database) -> None:
    # the ids of the extractor rules that made each claim (JSON list), so "why this claim?" is one look
    db["claims"].add_column("rules", str)


@migrations()
def m004_report_copies(db: sqlite_utils.Database) -> None:
    """Issue 11: a document's text fingerprint (near-duplicate copies are one report, vigil/copies.py)
    and a source's `independent_of` list from sources.yaml (JSON; NULL: independent of all)."""
    db["documents"].add_column("simhash", str)
    db["sources"].add_column("independent_of", str)


@migrations()
def m005_template_blocks(db: sqlite_utils.Database) -> None:
    """Per-source template learning, how each document's text and date were found, moved reports.

    - `page_blocks`: the line hashes of each page of a source (crawler.blocks), the listing
      pages too; a hash on many pages of one source is its template (vigil.templates).
    - documents: `page_url` (the fetched address, canonical), `text_method` and `date_from`
      (which way the text and the date were found), `template_digest` (what template was cut
      from it).
    - `document_aliases`: other addresses of a stored document (a moved report).
    - sources: a feed's permanent redirect, followed once it has held for a few polls.
    """
    db["page_blocks"].create({"source_id": str, "page_url": str, "block_hash": str},
                             pk=("source_id", "page_url", "block_hash"))
    db["page_blocks"].create_index(["source_id", "block_hash"])
    # `simhash` (vigil.copies.fingerprint) came with m004_report_copies, which serves both uses
    for column in ("page_url", "text_method", "date_from", "template_digest"):
        db["documents"].add_column(column, str)
    db["documents"].create_index(["source_id", "page_url"])
    db["document_aliases"].create({"url": str, "document_id": int, "source_id": str, "reason": str, "added_at": str},
                                  pk="url", foreign_keys=[("document_id", "documents", "id")])
    db["document_aliases"].create_index(["document_id"])
    db["sources"].add_column("feed_url", str)  # the address polled instead of sources.url after a move
    db["sources"].add_column("redirect_target", str)  # where the configured feed URL redirects permanently
    db["sources"].add_column("redirect_polls", int)  # consecutive polls that redirect there


@migrations()
def m006_reviews_and_users(db: sqlite_utils.Database) -> None:
    """Issue 15: staff accounts for `vigil serve`, and the append-only audit table of reviews.

    A review is keyed on where its claim was read (document, field, evidence span, event,
    country, and the claim's place among claims of that span), never on a claim row id, so it
    still applies after `vigil extract --rerun` has replaced the rows. Triggers refuse UPDATE
    and DELETE: a decision is changed by appending a newer review, and the history stays.
    """
    db["users"].create(
        {
            "id": int,
            "name": str,
            "role": str,  # viewer | reviewer | admin
            "password_hash": str,  # argon2id, PHC string
            "created_at": str,
            "disabled_at": str,
        },
        pk="id",
        not_null={"name", "role", "password_hash"},
    )
    db["users"].create_index(["name"], unique=True)
    db["reviews"].create(
        {
            "id": int,
            "document_id": int,
            "field": str,
            "start_char": int,
            "end_char": int,
            "event": str,  # as extracted, not as corrected
            "country": str,
            "ordinal": int,  # 0 for the first claim of this span, event and country, 1 for the next
            "action": str,  # confirm | reject | correct
            "reason": str,
            "corrections": str,  # JSON: the corrected fields (count, period_start, period_end, event, country, location)
            "original": str,  # JSON: the claim as it stood when reviewed
            "reviewer": str,
            "created_at": str,
        },
        pk="id",
        not_null={"document_id", "action", "reviewer", "created_at"},
    )
    db["reviews"].create_index(["document_id", "field", "start_char"])
    db.execute(
        "create trigger reviews_no_update before update on reviews"
        " begin select raise(abort, 'reviews are append-only'); end"
    )
    db.execute(
        "create trigger reviews_no_delete before delete on reviews"
        " begin select raise(abort, 'reviews are append-only'); end"
    )


@migrations()
def m007_document_lookups(db: sqlite_utils.Database) -> None:
    """Issue 17: the two lookups made for every new document (vigil.moved.earlier_document) by index.

    Exactly the same text (`with_content_hash`) and the same publication day (`fingerprinted_on`)
    were read by scanning all of the source's documents, once per document stored: a crawl of
    n pages cost n scans of a source that grows to n documents.
    """
    db["documents"].create_index(["source_id", "content_hash"])
    # an index on the expression the lookup filters on (the ISO day, '' for undated), so it is used
    db.execute("create index if not exists idx_documents_source_day on documents"
               " (source_id, coalesce(substr(published, 1, 10), ''))")


@migrations()
def m008_search_key(db: sqlite_utils.Database) -> None:
    """The full-text index holds each document's title and text in the search key
    (vigil.search.search_key), so a word typed with or without its ZWNJ, or with Arabic ي ك
    for Persian ی ک, finds the report. SQLite's tokenizer cannot fold letters, so the index
    is its own table, kept by vigil.store.documents, no longer the triggers of documents_fts.
    """
    from vigil.search import search_key

    db["documents"].disable_fts()
    db.execute("create virtual table documents_search using fts5 (title, text)")
    for document_id, title, text in db.execute("select id, title, text from documents").fetchall():
        db.execute("insert into documents_search (rowid, title, text) values (?, ?, ?)",
                   [document_id, search_key(title), search_key(text)])


@migrations()
def m009_claim_support(db: sqlite_utils.Database) -> None:
    """claims.`support`: the other sentences of its report a claim was merged from or dated by, each
    with the values it states (JSON list of extract.claims.Support dicts), so a reviewer finds the
    sentence that gave a day or a place the evidence sentence lacks. Empty for claims stored
    before; `vigil extract rerun` fills it in."""
    db["claims"].add_column("support", str)


@migrations()
def m010_page_failures(db: sqlite_utils.Database) -> None:
    """`page_failures`: the article pages of a source that failed on its last runs, one row per page
    (source, URL) and its streak: `runs` in a row, `since` (the first failing run's time) and
    `last_run_at` (the last failing run's, its source's `last_fetch_at` then). Kept by
    vigil.ingest.finish_sources; a page fetched whole again loses its row. Each attempt's error
    stays in `fetches`; `vigil status` lists the pages that fail run after run (vigil.health)."""
    db["page_failures"].create({"source_id": str, "url": str, "runs": int, "since": str, "last_run_at": str},
                               pk=("source_id", "url"), not_null={"runs", "since", "last_run_at"})
    db["page_failures"].create_index(["last_run_at"])
