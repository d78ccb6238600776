"""Incident clustering: the claims that tell one execution incident count once.

Claims tell the same incident when the facts they share agree and none contradict. `compare`
says which facts matched, so `vigil claims` can show why two reports were merged.

Within one report (a document and its near-duplicate copies, ClaimRecord.report_key):
  the same event, overlapping dates and the same or no place make one incident; a smaller
  count is a part of the larger ("nine prisoners, among them two women"; "two of them, A and
  B"), never an addition. Two lone unnamed people told in two sentences stay two ("a man was
  hanged ... another man was hanged").
Across reports, on facts reports share even without names:
  1. a person in common (names compared through alerts/transliteration.py, so "Mohammad
     Ahmadi", "Muhammad Ahmadi" and محمد احمدی are one person), with dates within a day of each other; or
  2. overlapping dates, and the same place or one inside the other (alerts/places.py:
     "Fars province" holds "Shiraz" holds "Adelabad Prison"), with any counts (the same, or
     one contained in the other); or
  3. overlapping dates, no place on one side, the same count (or one hedged as a lower
     bound: "at least four"), and the same offences or a count above one (a wire report of
     "four people executed on Monday for drug offences").
  4. a report correcting a count ("has risen to five") with the same source's report of that
     day, or with any report of that day at the same place.
  Never merged: both name people and none in common; two exact days that differ ("on
  Monday" and "on Tuesday", even at the same prison with the same count); places that
  cannot be one place; offences both stated and disjoint (unless a person is in common: one
  source calls a charge espionage, another political).

Clustering is greedy and deterministic: claims in (country, day, publication, id) order each
join the first incident that has a matching member and no contradicting member (complete
linkage on contradictions), else start a new incident.

An incident's count is the largest count any one report gives for it, unless a report says
it corrects the count ("has risen to five", "revised to three"): then the latest correction
replaces it. Its day is its earliest member's day; its offences are the union.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Iterable

import yaml

from alerts.places import place_words, relation
from alerts.records import ClaimRecord
from alerts.transliteration import is_arabic_script, name_keys
from extract.notions import INCIDENT_MAX_DAYS, is_day

MAX_SPREAD = timedelta(days=1)  # two reports of one named person may date it a day apart
LOWER_BOUNDS = frozenset({"at_least", "more_than"})

__all__ = ["Incident", "Match", "cluster", "compare", "name_key", "name_keys", "place_words", "independent",
           "witness"]


def name_key(name: str) -> tuple[str, ...]:
    """A person's name as compared across reports and scripts: the consonant skeletons of its
    words, in sorted order (one of `name_keys`)."""
    return max(name_keys(name), key=len, default=())


@lru_cache(maxsize=1)
def _correction() -> re.Pattern:
    phrases = yaml.safe_load(resources.files("alerts").joinpath("data/corrections.yaml").read_text(encoding="utf-8"))
    return re.compile(r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in phrases) + r")\b", re.IGNORECASE)


def is_correction(claim: ClaimRecord) -> bool:
    """The claim's sentence says it corrects an earlier figure ("has risen to five")."""
    return bool(_correction().search(claim.evidence))


def _period(c: ClaimRecord) -> tuple[date, date]:
    start, end = c.period_start or c.date, c.period_end or c.date
    return (start, end) if start <= end else (end, start)


def _gap(a: ClaimRecord, b: ClaimRecord) -> int:
    """Days between two claims' periods (0 when they overlap)."""
    (sa, ea), (sb, eb) = _period(a), _period(b)
    return max((sb - ea).days, (sa - eb).days, 0)


def _names(c: ClaimRecord) -> dict[tuple[str, ...], str]:
    """Each of the claim's names under every key it may be matched by (`name_keys`)."""
    return {key: n for n in c.names for key in name_keys(n)}


def _common(a: dict[tuple[str, ...], str], b: dict[tuple[str, ...], str]) -> list[str]:
    """The people named on both sides, each once, as `a` spells them, or "A = B" when `b`
    writes the name in another script."""
    pairs = {(a[k], b[k]) for k in a.keys() & b.keys()}
    return sorted({f"{x} = {y}" if is_arabic_script(x) != is_arabic_script(y) else x for x, y in pairs})


def _exact_day(c: ClaimRecord) -> bool:
    return is_day(*_period(c))


def _headline_of(undated: ClaimRecord, dated: ClaimRecord) -> bool:
    """One report's incident told twice, once dated only by the report (a headline, "Three men hanged
    in Shiraz", whose day the extractor took from the publication: rule period.inherited) and once
    with its own day up to a week before ("... hanged in Adelabad Prison on Sunday"): the same
    count at related places (the gazetteer puts Adelabad in Shiraz) is one incident, not two a few
    days apart. The extractor folds such a pair itself when one sentence names the other's place."""
    return (undated.report_key == dated.report_key and "period.inherited" in undated.rules
            and "period.inherited" not in dated.rules and undated.count == dated.count
            and undated.published is not None and _period(undated) == (undated.published, undated.published)
            and _exact_day(dated) and 0 < (undated.published - _period(dated)[1]).days <= INCIDENT_MAX_DAYS
            and relation(undated.location, dated.location)[0] in ("same", "within"))


@dataclass(frozen=True)
class Match:
    """Why two claims were taken for one incident: the facts that matched, in words."""

    facts: tuple[str, ...]

    def __str__(self) -> str:
        return "; ".join(self.facts)


def contradicts(a: ClaimRecord, b: ClaimRecord, named: bool = False) -> bool:
    """Facts that make two reports' claims two incidents, whatever else they share. `named`:
    the incident already holds a person named in one of them, whose reports may differ by a
    day on the date."""
    if a.report_key == b.report_key:
        return False
    names_a, names_b = _names(a), _names(b)
    if names_a and names_b and not names_a.keys() & names_b.keys():
        return True
    if _exact_day(a) and _exact_day(b):
        limit = MAX_SPREAD.days if named or names_a.keys() & names_b.keys() else 0
        if _gap(a, b) > limit:
            return True
    if relation(a.location, b.location)[0] == "different":
        return True
    if names_a.keys() & names_b.keys():
        return False  # one person on one day: sources name the charge differently ("spying", "political")
    return bool(a.offences and b.offences and not set(a.offences) & set(b.offences))


def compare(a: ClaimRecord, b: ClaimRecord) -> Match | None:
    """The facts showing `a` and `b` tell one incident (the rules above), or None."""
    names_a, names_b = _names(a), _names(b)
    common = _common(names_a, names_b)
    if names_a and names_b and not common:
        return None
    place, place_why = relation(a.location, b.location)
    if place == "different":
        return None
    day = _period(b)[0].isoformat() if _gap(a, b) == 0 else f"{_period(a)[0]} and {_period(b)[0]}"
    where = [f"place: {place_why}"] if place in ("same", "within") else []
    if a.report_key == b.report_key:
        if _headline_of(a, b) or _headline_of(b, a):
            return Match(("same report, the day told in one sentence only", f"day {day}", *where, f"count {a.count}"))
        if _gap(a, b) > 0:
            return None
        same_sentence = bool(a.evidence.strip()) and " ".join(a.evidence.split()) == " ".join(b.evidence.split())
        if not same_sentence and a.count == b.count == 1 and not common:
            return None
        facts = ["same report" + (", same sentence" if same_sentence else ""), f"day {day}", *where]
        if a.count != b.count:
            small, big = sorted((a.count, b.count))
            facts.append(f"{small} is part of {big}, not an addition")
        return Match(tuple(facts))
    if contradicts(a, b):
        return None
    if (is_correction(a) or is_correction(b)) and _gap(a, b) == 0 and (a.source == b.source or where):
        return Match((f"day {day}", *where, f"a correction of the count ({a.count} -> {b.count})"))
    offences = sorted(set(a.offences) & set(b.offences))
    said = [f"offences: {', '.join(offences)}"] if offences else []
    if common:
        return Match((f"name: {', '.join(common)}", f"day {day}", *where, *said))
    if _gap(a, b) > 0:
        return None
    count = f"count {a.count}" if a.count == b.count else f"count {min(a.count, b.count)} within {max(a.count, b.count)}"
    if place in ("same", "within"):
        return Match((f"day {day}", *where, count, *said))
    hedged = bool(LOWER_BOUNDS & {a.qualifier, b.qualifier})  # "at least four", then "six"
    if (a.count == b.count or hedged) and (offences or max(a.count, b.count) > 1):
        return Match((f"day {day}", "no place on one side", count, *said))
    return None


def independent(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Two reports from independent sources: different sources and different texts (a copy of
    another's report is no second source), neither declaring it depends on the other
    (sources.yaml `independent_of`: the only sources it is independent of), and neither relaying
    the other's organisation nor both relaying one ("according to Hengaw": `ClaimRecord.relayed`)."""
    if a.source == b.source or a.report_key == b.report_key:
        return False
    if a.independent_of is not None and b.source_id not in a.independent_of:
        return False
    if b.independent_of is not None and a.source_id not in b.independent_of:
        return False
    return not (_relays(a, b) or _relays(b, a) or set(a.relayed) & set(b.relayed))


def _relays(a: ClaimRecord, b: ClaimRecord) -> bool:
    """`a` relays `b`'s organisation: it cites b's source, or a source b declares it depends on
    (a cited "HRANA" is HRANA's Persian edition's word too)."""
    return any(org == b.source_id or (b.independent_of is not None and org not in b.independent_of)
               for org in a.relayed)


def witness(claim: ClaimRecord) -> str:
    """Who a report's word is: "hengaw (cited by ihr)" for a relay, else its source id."""
    if claim.relayed:
        return f"{' and '.join(claim.relayed)} (cited by {claim.source_id})"
    return claim.source_id or claim.source


@dataclass
class Incident:
    """One real-world incident and the reports of it; `members[0]` is the one counted.

    `links` maps a later member's claim id to (the member it matched, why)."""

    members: list[ClaimRecord]
    links: dict[int, tuple[int, Match]] = field(default_factory=dict)
    _span: tuple[date, date] | None = field(default=None, repr=False, compare=False)

    def span(self) -> tuple[date, date]:
        """The earliest start and latest end of the members' periods."""
        if self._span is None:
            periods = [_period(m) for m in self.members]
            self._span = (min(p[0] for p in periods), max(p[1] for p in periods))
        return self._span

    def add(self, claim: ClaimRecord, link: tuple[int, Match]) -> None:
        self.members.append(claim)
        self.links[claim.id] = link
        self._span = None

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
        """The largest count one report gives, or the latest correction's."""
        by_report: dict[object, int] = {}
        for m in self.members:
            by_report[m.report_key] = max(by_report.get(m.report_key, 0), m.count)
        corrections = [m for m in self.members if is_correction(m)]
        if corrections:
            latest = max(corrections, key=lambda m: (m.published or date.min, m.id))
            return by_report[latest.report_key]
        return max(by_report.values())

    @property
    def reports(self) -> dict[object, ClaimRecord]:
        """The reports telling it, copies of one text as one (ClaimRecord.report_key), each with its first
        member: two claims of one article (its headline and its body) are one report, not two."""
        found: dict[object, ClaimRecord] = {}
        for m in self.members:
            found.setdefault(m.report_key, m)
        return found

    @property
    def corrected_by(self) -> ClaimRecord | None:
        corrections = [m for m in self.members if is_correction(m)]
        return max(corrections, key=lambda m: (m.published or date.min, m.id)) if corrections else None

    @property
    def offences(self) -> frozenset[str]:
        return frozenset(o for m in self.members for o in m.offences)

    @property
    def names(self) -> tuple[str, ...]:
        seen: list[tuple[frozenset, str]] = []  # one spelling per person, the first reported
        for member in self.members:
            for name in member.names:
                keys = name_keys(name)
                if keys and not any(keys & other for other, _ in seen):
                    seen.append((keys, name))
        return tuple(name for _, name in seen)

    @property
    def location(self) -> str | None:
        return next((m.location for m in self.members if m.location), None)

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(m.source for m in self.members)

    def confirmation(self) -> str | None:
        """Why the incident counts as confirmed, or None: a reviewer's confirmation, an
        official source, or two independent sources (as Iran Human Rights counts)."""
        reviewed = next((m for m in self.members if m.reviewer_confirmed), None)
        if reviewed is not None:
            # a correction is a reviewer's check too, but it changed the figure: say so
            verb = "corrected" if getattr(reviewed.review, "action", None) == "correct" else "confirmed"
            return f"{verb} by a reviewer (claim #{reviewed.id})"
        official = next((m for m in self.members if m.source_org == "official"), None)
        if official is not None:
            return f"official source {official.source_id}"
        for i, a in enumerate(self.members):
            for b in self.members[i + 1:]:
                if independent(a, b):
                    return f"independent sources {witness(a)} and {witness(b)}"
        return None

    def relays(self) -> str:
        """'ihr cites hengaw; hrana cites hengaw' for the members relaying another organisation
        (the reason two sources may not confirm each other), else ''."""
        said = dict.fromkeys(f"{m.source_id} cites {' and '.join(m.relayed)}" for m in self.members if m.relayed)
        return "; ".join(said)

    @property
    def confirmed(self) -> bool:
        return self.confirmation() is not None

    def match(self, claim: ClaimRecord) -> tuple[int, Match] | None:
        """(member id, why) when the claim joins this incident, else None."""
        if claim.country != self.country or claim.event != self.first.event:
            return None
        start, end = self.span()
        (cs, ce) = _period(claim)
        if max((cs - end).days, (start - ce).days) > MAX_SPREAD.days \
                and not any(_headline_of(claim, m) or _headline_of(m, claim) for m in self.members):
            return None  # every match needs overlapping days, or a day apart for a named person
        named = bool({k for n in self.names for k in name_keys(n)} & _names(claim).keys())
        if any(contradicts(member, claim, named) for member in self.members):
            return None
        for member in self.members:
            why = compare(member, claim)
            if why is not None:
                return member.id, why
        return None


def _order(claim: ClaimRecord):
    return (claim.country, claim.date, claim.published or date.max, claim.id)


def cluster(claims: Iterable[ClaimRecord]) -> list[Incident]:
    """Group dated event claims into incidents (the rules above); undated claims are left out."""
    incidents: list[Incident] = []
    open_by_country: dict[str, list[Incident]] = {}
    horizon = timedelta(days=INCIDENT_MAX_DAYS + MAX_SPREAD.days)
    for claim in sorted((c for c in claims if c.kind == "event" and c.date is not None), key=_order):
        candidates = open_by_country.setdefault(claim.country, [])
        # Claims arrive in date order, so incidents ending well before can never match again.
        candidates[:] = [i for i in candidates if claim.date - i.span()[1] <= horizon]
        for incident in candidates:
            found = incident.match(claim)
            if found is not None:
                incident.add(claim, found)
                break
        else:
            incident = Incident([claim])
            incidents.append(incident)
            candidates.append(incident)
    return incidents
