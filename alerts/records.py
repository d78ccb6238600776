"""The claim as alerts/ sees it: one `claims` row plus the document it came from.

alerts/ works on this small row type rather than on extract's `Claim`, so totals and rules
can be computed from the store (or a test) without importing the extractor, and so every
figure carries what traceability needs: source, URL, title and publication date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from datetime import timezone as dt_timezone

from extract.notions import parse_timestamp, reference_day


@dataclass(frozen=True)
class ClaimRecord:
    id: int
    event: str  # executed | sentenced | imminent
    country: str
    count: int
    qualifier: str  # exact | at_least | more_than | about | at_most
    period_start: date | None
    period_end: date | None
    kind: str  # event | aggregate
    offences: tuple[str, ...] = ()
    location: str | None = None
    names: tuple[str, ...] = ()
    evidence: str = ""
    document_id: int | None = None
    source_id: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None  # the document's publication day in the alerts time zone
    published_at: datetime | None = None  # its publication time (UTC) when the document gives one, not only a day
    collected: date | None = None  # the day the document was collected, in the alerts time zone
    start_char: int | None = None  # where the evidence sentence starts in its field
    source_org: str | None = None  # rights-group | news | official (sources.yaml `org`)
    independent_of: tuple[str, ...] | None = None  # sources.yaml `independent_of`; None: of all others
    report: int | None = None  # the document standing for its near-duplicate copies (the earliest)
    reviewer_confirmed: bool = False  # a reviewer confirmed this claim (set by vigil/reviews.py)
    rules: tuple[str, ...] = ()  # ids of the extractor rules that made the claim
    # the organisations (source ids) its sentences attribute the facts to: "according to Hengaw"
    cites: tuple[str, ...] = ()
    # the other sentences the claim rests on: extract.claims.Support dicts (values, evidence, field, offsets)
    support: tuple[dict, ...] = field(default=(), compare=False, hash=False)
    # The staff review in force (vigil.reviews.Review: action, reviewer, reason, original values),
    # set by vigil/reviews.py so every listing can say who changed a figure, from what, and why.
    review: object | None = field(default=None, compare=False, hash=False)
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def date(self) -> date | None:
        """The day the claim is placed on: its period's end, else start, else publication."""
        return self.period_end or self.period_start or self.published

    @property
    def report_key(self) -> object:
        """Which report this is, copies of one text counted as one: the original's document."""
        if self.report is not None:
            return self.report
        return self.document_id if self.document_id is not None else ("claim", self.id)

    @property
    def relayed(self) -> tuple[str, ...]:
        """The other organisations this report relays (it cites them; citing itself is no relay)."""
        return tuple(org for org in self.cites if org != self.source_id)

    @property
    def source(self) -> str:
        """Who said it, for counting distinct sources: the source id, else the document."""
        return self.source_id or self.url or f"document {self.document_id}"

    @classmethod
    def from_row(cls, row: dict, timezone: str = "UTC") -> "ClaimRecord":
        """Build from a `claims` row joined with `documents` (source_id, url, title, published)."""
        return cls(
            id=int(row["id"]),
            event=row["event"],
            country=(row.get("country") or "").upper(),
            count=int(row.get("count") or 0),
            qualifier=row.get("qualifier") or "exact",
            period_start=parse_day(row.get("period_start")),
            period_end=parse_day(row.get("period_end")),
            kind=row.get("kind") or "event",
            offences=tuple(json_list(row.get("offences"))),
            location=row.get("location") or None,
            names=tuple(json_list(row.get("names"))),
            evidence=row.get("evidence") or "",
            document_id=row.get("document_id"),
            source_id=row.get("source_id"),
            url=row.get("url"),
            title=row.get("title"),
            published=local_day(row.get("published"), timezone),
            published_at=moment_of(row.get("published")),
            collected=local_day(row.get("fetched_at"), timezone),
            start_char=row.get("start_char"),
            source_org=row.get("org"),
            independent_of=None if row.get("independent_of") is None else tuple(json_list(row["independent_of"])),
            report=row.get("report"),
            reviewer_confirmed=bool(row.get("reviewer_confirmed")),
            rules=tuple(json_list(row.get("rules"))),
            cites=tuple(json_list(row.get("cites"))),
            support=tuple(json_dicts(row.get("support"))),
        )


def json_list(value) -> list[str]:
    """A list column as stored (JSON text such as `["drug"]`, or already a list) -> its strings;
    None, "" and JSON that is not a list give []."""
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    parsed = json.loads(value)
    return [str(v) for v in parsed] if isinstance(parsed, list) else []


def json_dicts(value) -> list[dict]:
    """A list-of-objects column as stored (JSON text, or already a list) -> its dicts; None, ""
    and JSON that is not a list give [], and items that are not objects are left out."""
    if value is None or value == "":
        return []
    parsed = json.loads(value) if isinstance(value, str) else value
    return [dict(v) for v in parsed if isinstance(v, dict)] if isinstance(parsed, (list, tuple)) else []


def parse_day(value) -> date | None:
    """ISO date text (or a date) -> date; a datetime's date part is taken as written."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def moment_of(value) -> datetime | None:
    """A publication timestamp with a time of day -> that moment in UTC; None for a bare day
    (its time is unknown), None, or text that is no timestamp."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt_timezone.utc)
    if not isinstance(value, str) or len(value.strip()) <= 10:
        return None
    try:
        return parse_timestamp(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def local_day(value, timezone: str) -> date | None:
    """A publication timestamp -> its reference day in `timezone` (extract.notions); None if unreadable."""
    try:
        return reference_day(value, timezone)
    except ValueError:
        return None
