"""Incident clustering: event claims of one incident, reported by several sources, count once.

Two reports describe the same incident when they are about the same country, their dates lie
within a day of each other, and either they name at least one person in common, or they
give the same place and the same count. The clustering is greedy and deterministic:

1. Take the dated `event` claims, sorted by (country, date, publication day, claim id).
2. Each claim joins the first earlier incident (in creation order) that
   a. is in the same country,
   b. still spans at most one day once the claim joins (complete linkage on dates, so a chain
      of reports a day apart each never stretches one incident over several days), and
   c. has a member that matches the claim: a shared person (names compared without case,
      accents, punctuation or word order), or the same count and overlapping place words
      ("Adelabad Prison, Shiraz" and "Shiraz" share "shiraz"), or any count there when one of
      the two is hedged as a lower bound ("at least four", then "eight"). A place match is
      not accepted between reports that both name people, none in common, nor between two
      claims of the same document: a report listing two unnamed
      hangings in one prison on one day describes two incidents (SCHEMA.md: one claim per
      distinct fact per report).
3. Otherwise the claim starts a new incident.

An incident's count is the largest count among its reports (a later report naming a third
man raises it; two reports of the same two men do not double it), its day is the earliest
member's day, and its offences are the union of its reports' offences. The first member is
the one "counted"; the others are recorded as merged into it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from alerts.records import ClaimRecord

MAX_SPREAD = timedelta(days=1)
_PLACE_NOISE = frozenset(
    "prison central jail the of in at and city province county penitentiary detention centre center "
    "facility correctional".split()
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", " ", bare.lower()).strip()


def name_key(name: str) -> tuple[str, ...]:
    """A person's name as compared across reports: folded words, in sorted order."""
    return tuple(sorted(_fold(name).split()))


def place_words(location: str | None) -> frozenset[str]:
    """The distinctive words of a location; generic words such as 'prison' are dropped."""
    if not location:
        return frozenset()
    return frozenset(w for w in _fold(location).split() if w not in _PLACE_NOISE and len(w) > 1)


LOWER_BOUNDS = frozenset({"at_least", "more_than"})


def same_incident(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Rule 2c: a shared person, or the same count at an overlapping place (not within one
    document, and not when both reports name people and none of them in common). At one place
    on one day, a count hedged as a lower bound ("at least four") matches any other count: it
    is the early, partial report of an incident that another report gives in full."""
    names_a = {name_key(n) for n in a.names if n.strip()}
    names_b = {name_key(n) for n in b.names if n.strip()}
    if names_a & names_b:
        return True
    if names_a and names_b:
        return False  # two men hanged in one prison on one day, each reported by name
    if a.document_id is not None and a.document_id == b.document_id:
        return False
    if not place_words(a.location) & place_words(b.location):
        return False
    return a.count == b.count or bool(LOWER_BOUNDS & {a.qualifier, b.qualifier})


@dataclass
class Incident:
    """One real-world incident and the reports of it; `members[0]` is the one counted."""

    members: list[ClaimRecord]

    @property
    def first(self) -> ClaimRecord:
        return self.members[0]

    @property
    def country(self) -> str:
        return self.first.country

    @property
    def day(self) -> date:
        return min(m.date for m in self.members)

    @property
    def last_day(self) -> date:
        return max(m.date for m in self.members)

    @property
    def count(self) -> int:
        return max(m.count for m in self.members)

    @property
    def offences(self) -> frozenset[str]:
        return frozenset(o for m in self.members for o in m.offences)

    @property
    def names(self) -> tuple[str, ...]:
        seen: dict[tuple[str, ...], str] = {}
        for member in self.members:
            for name in member.names:
                seen.setdefault(name_key(name), name)
        return tuple(seen.values())

    @property
    def location(self) -> str | None:
        return next((m.location for m in self.members if m.location), None)

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(m.source for m in self.members)

    def accepts(self, claim: ClaimRecord) -> bool:
        if claim.country != self.country:
            return False
        if max(self.last_day, claim.date) - min(self.day, claim.date) > MAX_SPREAD:
            return False
        return any(same_incident(member, claim) for member in self.members)


def _order(claim: ClaimRecord):
    return (claim.country, claim.date, claim.published or date.max, claim.id)


def cluster(claims: Iterable[ClaimRecord]) -> list[Incident]:
    """Group dated event claims into incidents (steps 1-3 above); undated claims are left out."""
    incidents: list[Incident] = []
    open_by_country: dict[str, list[Incident]] = {}
    for claim in sorted((c for c in claims if c.kind == "event" and c.date is not None), key=_order):
        candidates = open_by_country.setdefault(claim.country, [])
        # Claims arrive in date order, so incidents ending over a day earlier can never match again.
        candidates[:] = [i for i in candidates if claim.date - i.day <= MAX_SPREAD]
        home = next((i for i in candidates if i.accepts(claim)), None)
        if home is None:
            home = Incident([claim])
            incidents.append(home)
            candidates.append(home)
        else:
            home.members.append(claim)
    return incidents
