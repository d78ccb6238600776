"""What the extractor claims in a report, as tuples of the claim fields a test names: the one
helper through which the extraction tests put a sentence through `extract_report` and compare
what came out.

    facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")
    assert facts("Two men were hanged in Qom on Monday.", date(2024, 5, 9)) == [
        ("executed", "IR", 2, "2024-05-06", "2024-05-06", "event")]

Dates are shown as `str()` gives them ("2024-05-06", or "None" for an open end), so expected rows
are written as plain text; tuples of offences or names stay tuples.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from extract import Claim, extract_report

FIELDS = frozenset(Claim.__dataclass_fields__)
DATE_FIELDS = frozenset({"period_start", "period_end"})

# a reader made without a default day must be given one on every call, as the helpers it replaces were
_REQUIRED = object()


def claim_rows(text: str, published: date | None, fields: tuple[str, ...], lang: str | None = "en", title: str = "",
               where: Mapping[str, object] | None = None, ordered: bool = False) -> list:
    """The claims of one report as rows of `fields`, sorted unless `ordered` (then in the extractor's
    order). One field gives bare values rather than 1-tuples. `where` keeps only the claims whose
    fields have the values it maps them to (`{"kind": "event"}`). Raises ValueError for a name that
    is no claim field."""
    unknown = [name for name in (*fields, *(where or {})) if name not in FIELDS]
    if unknown:
        raise ValueError(f"no claim field named {', '.join(unknown)} (fields: {', '.join(sorted(FIELDS))})")
    rows = []
    for claim in extract_report(text, published, title, lang):
        if where and any(getattr(claim, name) != value for name, value in where.items()):
            continue
        row = tuple(str(getattr(claim, name)) if name in DATE_FIELDS else getattr(claim, name) for name in fields)
        rows.append(row[0] if len(fields) == 1 else row)
    return rows if ordered else sorted(rows)


def claim_reader(*fields: str, published: date | None = _REQUIRED, lang: str | None = "en",
                 where: Mapping[str, object] | None = None, ordered: bool = False) -> Callable[..., list]:
    """A test file's `facts(text, published, lang, title="")`: `claim_rows` of `fields`, with this
    file's default day (none: every call names one) and language."""
    default_day, default_lang = published, lang

    def read(text: str, published: date | None = _REQUIRED, lang: str | None = _REQUIRED, title: str = "") -> list:
        day = default_day if published is _REQUIRED else published
        if day is _REQUIRED:
            raise TypeError("this reader has no default day: name the report's published date")
        return claim_rows(text, day, fields, default_lang if lang is _REQUIRED else lang, title, where, ordered)

    return read
