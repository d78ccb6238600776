"""The collection state of each source: `sources` rows, the `fetches` log of HTTP exchanges and
the `feed_entries` already seen. Callers: vigil.collect, vigil.crawl, vigil.ingest,
vigil.conditional, vigil.health. Write functions that say so run inside the caller's
transaction (`write_lock`); none commits by itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import NamedTuple, TypedDict



class FetchRow(TypedDict, total=False):
    """One HTTP exchange as `fetches` keeps it (times ISO UTC, sizes in bytes, duration in ms)."""

    source_id: str
    url: str
    kind: str  # feed | listing | article | robots
    fetched_at: str
    status: int | None
    etag: str | None
    last_modified: str | None
    content_type: str | None
    bytes: int | None
    duration_ms: int | None
    error: str | None
    warc_file: str | None
    warc_offset: int | None
    warc_length: int | None
    warning: str | None
    server_date: str | None  # the response's Date header


FETCH_COLUMNS = tuple(FetchRow.__annotations__)


class LastFeedAnswer(NamedTuple):
    """What conditional GET needs of a feed: the source's failures and its last 200 answer."""

    consecutive_failures: int | None
    fetch_id: int | None  # the last 200 answer's row; None: never answered 200
    etag: str | None
    last_modified: str | None
    server_date: str | None
    fetched_at: str | None


@dataclass(frozen=True)
class FailingPage:
    """An article page that failed on its source's last `runs` runs (times ISO UTC)."""

    source_id: str
    url: str
    runs: int
    since: str  # the first failing run of the streak
    last_error: str | None  # its last failed fetch's (`fetches.error`)


@dataclass(frozen=True)
class FailingSource:
    id: str
    failures: int
    last_error: str | None
    last_success_at: str | None


def sync_sources(db, sources) -> None:
    """Insert or update one `sources` row per configured source (vigil.config.Source), keeping
    its run history; call inside a write transaction."""
    for s in sources:
        db.execute(
            "insert into sources (id, name, org, type, url, enabled, consecutive_failures, independent_of, timezone) "
            "values (?, ?, ?, ?, ?, ?, 0, ?, ?) on conflict(id) do update set name = excluded.name, "
            "org = excluded.org, type = excluded.type, enabled = excluded.enabled, "
            "independent_of = excluded.independent_of, timezone = excluded.timezone, "
            # a feed's move is forgotten when the operator names another URL
            "feed_url = case when sources.url is excluded.url then sources.feed_url end, "
            "redirect_target = case when sources.url is excluded.url then sources.redirect_target end, "
            "redirect_polls = case when sources.url is excluded.url then sources.redirect_polls end, "
            "url = excluded.url",
            [s.id, s.name, s.org, s.type, s.url or (s.start_urls[0] if s.start_urls else None), int(s.enabled),
             None if s.independent_of is None else json.dumps(s.independent_of), s.timezone],
        )


def get_source(db, source_id: str) -> dict | None:
    """The source's `sources` row, or None (a source since removed from sources.yaml stays)."""
    rows = list(db.query("select * from sources where id = ?", [source_id]))
    return dict(rows[0]) if rows else None


def last_fetch_at(db, source_id: str) -> str | None:
    row = db.execute("select last_fetch_at from sources where id = ?", [source_id]).fetchone()
    return row[0] if row else None


def record_run(db, source_id: str, now: str, error: str | None) -> None:
    """A source's run outcome: an error adds to `consecutive_failures`, success resets it.
    Call inside a write transaction."""
    if error is not None:
        db.execute(
            "update sources set last_fetch_at = ?, consecutive_failures = coalesce(consecutive_failures, 0) + 1,"
            " last_error = ? where id = ?",
            [now, error[:1000], source_id],
        )
    else:
        db.execute(
            "update sources set last_fetch_at = ?, last_success_at = ?, consecutive_failures = 0 where id = ?",
            [now, now, source_id],
        )


def failing_sources(db, min_failures: int) -> list[FailingSource]:
    """Sources whose last `min_failures` runs or more all failed, by id."""
    if "sources" not in db.table_names():
        return []
    rows = db.execute(
        "select id, consecutive_failures, last_error, last_success_at from sources "
        "where consecutive_failures >= ? order by id",
        [min_failures],
    ).fetchall()
    return [FailingSource(*row) for row in rows]


def has_sources_table(db) -> bool:
    return "sources" in db.table_names()


def source_names(db) -> list[tuple[str, str]]:
    """(id, name or id) of every known source, by id."""
    return [tuple(r) for r in db.execute("select id, coalesce(name, id) from sources order by id").fetchall()]


# --- article pages failing run after run ---------------------------------------------------


def record_page_runs(db, source_id: str, now: str, failed_urls) -> None:
    """A source's run as its article pages saw it: each of `failed_urls` adds a run to its streak
    (or starts one at `now`); a page whose last fetch went through ends its streak. `now` is the
    run's time, as record_run gives it to `sources.last_fetch_at`. Call inside a write transaction."""
    failed_urls = list(dict.fromkeys(failed_urls))
    for url in failed_urls:
        db.execute(
            "insert into page_failures (source_id, url, runs, since, last_run_at) values (?, ?, 1, ?, ?) "
            "on conflict(source_id, url) do update set runs = runs + 1, last_run_at = excluded.last_run_at",
            [source_id, url, now, now],
        )
    # a page is cleared by its own last exchange, so one not tried this run keeps its streak
    db.execute(
        "delete from page_failures where source_id = ? and url not in (select value from json_each(?)) "
        "and (select error from fetches f where f.source_id = page_failures.source_id and f.url = page_failures.url "
        "order by f.id desc limit 1) is null",
        [source_id, json.dumps(failed_urls)],
    )


def failing_pages(db, min_runs: int, limit: int, source_ids) -> tuple[list[FailingPage], int]:
    """(the `limit` most recent, how many in all) article pages of `source_ids` that failed on their
    source's last run and `min_runs` runs in a row or more; a page no longer tried (gone from the
    feed or listing) is not one. Newest failure first, then the longest streak."""
    if "page_failures" not in db.table_names():
        return [], 0
    where = ("from page_failures p join sources s on s.id = p.source_id where p.runs >= :runs "
             "and p.last_run_at = s.last_fetch_at and p.source_id in (select value from json_each(:ids))")
    params = {"runs": min_runs, "ids": json.dumps(sorted(source_ids))}
    total = db.execute(f"select count(*) {where}", params).fetchone()[0]
    rows = db.execute(
        f"select p.source_id, p.url, p.runs, p.since, (select error from fetches f where f.source_id = p.source_id "
        f"and f.url = p.url and f.error is not null order by f.id desc limit 1) {where} "
        "order by p.last_run_at desc, p.runs desc, p.url limit :limit",
        {**params, "limit": limit},
    ).fetchall()
    return [FailingPage(*row) for row in rows], total


# --- a feed's permanent move (vigil.collect._follow_feed_move) ----------------------------


def feed_url(db, source_id: str) -> str | None:
    """The address polled instead of the configured one after a move that held; None if none."""
    row = db.execute("select feed_url from sources where id = ?", [source_id]).fetchone()
    return row[0] if row else None


def redirect_state(db, source_id: str) -> tuple[str | None, int]:
    """(where the configured feed URL redirects, in how many polls in a row)."""
    row = db.execute("select redirect_target, coalesce(redirect_polls, 0) from sources where id = ?",
                     [source_id]).fetchone()
    return (row[0], row[1]) if row else (None, 0)


def set_redirect_state(db, source_id: str, target: str | None, polls: int) -> None:
    db.execute("update sources set redirect_target = ?, redirect_polls = ? where id = ?", [target, polls, source_id])


def set_feed_url(db, source_id: str, url: str) -> None:
    db.execute("update sources set feed_url = ? where id = ?", [url, source_id])


# --- fetches -----------------------------------------------------------------------------


def failed_fetches(db, source_id: str, url: str) -> int:
    """How many fetches of `url` by the source ever ended in an error (this run's included)."""
    return db.execute("select count(*) from fetches where source_id = ? and url = ? and error is not null",
                      [source_id, url]).fetchone()[0]


def insert_fetch(db, row: FetchRow) -> int:
    """One `fetches` row (missing keys are NULL); returns its id."""
    cursor = db.execute(
        f"insert into fetches ({', '.join(FETCH_COLUMNS)}) values ({', '.join('?' * len(FETCH_COLUMNS))})",
        [row.get(c) for c in FETCH_COLUMNS],
    )
    return cursor.lastrowid


def last_feed_answer(db, source_id: str) -> LastFeedAnswer | None:
    """The source's failure count and its feed's last 200 answer; None for an unknown source."""
    row = db.execute(
        "select s.consecutive_failures, f.id, f.etag, f.last_modified, f.server_date, f.fetched_at from sources s "
        "left join fetches f on f.id = (select max(id) from fetches where source_id = s.id and kind = 'feed' "
        "and status = 200) where s.id = ?",
        [source_id],
    ).fetchone()
    return LastFeedAnswer(*row) if row else None


def not_modified_since(db, source_id: str, fetch_id: int) -> int:
    """How many 304 answers the source's feed gave after fetch `fetch_id`."""
    return db.execute(
        "select count(*) from fetches where source_id = ? and kind = 'feed' and status = 304 and id > ?",
        [source_id, fetch_id],
    ).fetchone()[0]


def archived_listings(db, source_id: str) -> list[tuple[str, str, int]]:
    """(url, warc_file, warc_offset) of the last archived 200 answer of each listing page of the
    source whose line hashes are not in `page_blocks` yet."""
    return [(r[0], r[1], r[2]) for r in db.execute(
        "select url, warc_file, warc_offset from fetches where id in (select max(id) from fetches where "
        "source_id = ? and kind = 'listing' and status = 200 and warc_file is not null group by url) "
        "and url not in (select page_url from page_blocks where source_id = ?)", [source_id, source_id])]


def news_times(db, source_id: str) -> tuple[str | None, str | None]:
    """(when the source last brought a new entry or document, when it was first fetched).

    A document counts from the fetch that brought it (`fetches.fetched_at`, the clock's time),
    as a feed entry counts from when it was first seen: `documents.fetched_at` may be set to
    another time (the demo dates it by publication), which would judge sites and feeds apart."""
    return tuple(db.execute(
        "select (select max(t) from (select max(first_seen_at) as t from feed_entries where source_id = :id "
        "union all select max(coalesce(f.fetched_at, d.fetched_at)) from documents d "
        "left join fetches f on f.id = d.fetch_id where d.source_id = :id)), "
        "(select min(fetched_at) from fetches where source_id = :id)",
        {"id": source_id},
    ).fetchone())


# --- feed entries --------------------------------------------------------------------------


def remember_entry(db, source_id: str, guid: str, url: str, first_seen_at: str) -> None:
    """Keep a feed entry as seen (a second one with its GUID is ignored)."""
    db.execute(
        "insert or ignore into feed_entries (source_id, guid, url, first_seen_at) values (?, ?, ?, ?)",
        [source_id, guid, url, first_seen_at],
    )


def entry_known(db, source_id: str, guid: str, url: str) -> bool:
    """Whether the feed entry's GUID was seen, or its canonical URL is a stored document or alias."""
    return db.execute(
        "select 1 from feed_entries where source_id = ? and guid = ? "
        "union all select 1 from documents where url = ? "
        "union all select 1 from document_aliases where url = ? limit 1",
        [source_id, guid, url, url],
    ).fetchone() is not None

