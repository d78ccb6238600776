"""How the language inventories (test_extract_language_*.py) state a case and compare it with
what the extractor reads: a short invented report, its publication day, and the claims
corpus/SCHEMA.md says it must give, matched the way score.py matches them (event, country and
count equal; each end of the period within max(1 day, 10% of the expected span))."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from extract import extract_report


@dataclass(frozen=True)
class Want:
    """One claim a case must give. `kind` and `qualifier` None: either is accepted."""

    event: str
    country: str
    count: int
    start: str | None
    end: str | None
    kind: str | None = None
    qualifier: str | None = None


def wants_on(day: str):
    """Builders of an executed, a sentenced and an imminent Want dated `day` (ISO) unless a start
    (and end) is given: `ex, sen, imm = wants_on("2025-05-13")`."""

    def ex(country, count, start=day, end=None, kind=None, qualifier=None):
        return Want("executed", country, count, start, end or start, kind, qualifier)

    def sen(country, count, start=day, end=None, kind=None):
        return Want("sentenced", country, count, start, end or start, kind)

    def imm(country, count, start=day, end=None, kind=None):
        return Want("imminent", country, count, start, end or start, kind)

    return ex, sen, imm


@dataclass(frozen=True)
class Case:
    """A report (`text` in `lang`, published on `published`, ISO) and every claim it must give;
    `optional` claims (background, a restatement) may be given or not."""

    id: str
    published: str
    text: str
    want: tuple = ()
    optional: tuple = field(default=())
    lang: str = "en"


def case(id: str, published: str, text: str, *want: Want, optional: tuple = (), lang: str = "en") -> Case:
    return Case(id, published, text, tuple(want), tuple(optional), lang)


def _day(s):
    return date.fromisoformat(s) if s else None


def _close(got: date | None, want: date | None, tolerance: timedelta) -> bool:
    if want is None:
        return True
    return got is not None and abs(got - want) <= tolerance


def matches(claim, want: Want) -> bool:
    if (claim.event, claim.country, claim.count) != (want.event, want.country, want.count):
        return False
    start, end = _day(want.start), _day(want.end)
    span = (end - start).days if start and end else 0
    tolerance = max(timedelta(days=1), timedelta(days=span // 10))
    if not (_close(claim.period_start, start, tolerance) and _close(claim.period_end, end, tolerance)):
        return False
    return (want.kind is None or claim.kind == want.kind) and (want.qualifier is None or claim.qualifier == want.qualifier)


def show(claim) -> str:
    return (f"{claim.event} {claim.country} {claim.count} {claim.qualifier} {claim.period_start}..{claim.period_end} "
            f"{claim.kind}")


def check(c: Case) -> None:
    """Every wanted claim is given once, and nothing else but the optional ones."""
    claims = list(extract_report(c.text, date.fromisoformat(c.published), lang=c.lang))
    got = "\n  ".join(show(x) for x in claims) or "(none)"
    left = list(claims)
    for want in c.want:
        hit = next((x for x in left if matches(x, want)), None)
        assert hit is not None, f"{c.id}: missing {want}; got:\n  {got}"
        left.remove(hit)
    extra = [x for x in left if not any(matches(x, o) for o in c.optional)]
    assert not extra, f"{c.id}: unexpected {[show(x) for x in extra]}; got:\n  {got}"


def params(cases: list, gaps: dict):
    """The cases as pytest params; a case named in `gaps` (id -> why it still fails) is a strict
    xfail, so fixing it fails the run until the mark is taken off."""
    import pytest

    unknown = set(gaps) - {c.id for c in cases}
    assert not unknown, f"gaps name no case: {sorted(unknown)}"
    return [pytest.param(c, id=c.id, marks=[pytest.mark.xfail(strict=True, reason=gaps[c.id])] if c.id in gaps else [])
            for c in cases]
