"""The claim: one fact a report states about executions, with the sentence it rests on.

This is the contract between extract/ and the rest of Vigil (store, alerts, the
JSONL interface); its dictionary form is the one in corpus/SCHEMA.md plus the
evidence fields, so stored claims can be scored and compared across versions.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

EVENTS = ("executed", "sentenced", "imminent")
QUALIFIERS = ("exact", "at_least", "more_than", "about", "at_most")
KINDS = ("event", "aggregate")
# the values of a claim another sentence may state (Support.values), in the claim's field names
SUPPORTED = ("count", "qualifier", "period_start", "period_end", "location", "names", "offences")


@dataclass(frozen=True)
class Support:
    """Another sentence of the report that tells the claim's fact again (a restatement merged into
    it, extract/restatements.py), and which of the claim's values it states itself: where a reviewer
    finds the day, place or names its evidence sentence (often a headline) does not give."""

    values: tuple[str, ...]    # of SUPPORTED, in that order: those this sentence states
    evidence: str              # the sentence
    field: str                 # "text" or "title"
    start_char: int            # its offsets in that field
    end_char: int

    def to_dict(self) -> dict:
        return {"values": list(self.values), "evidence": self.evidence, "field": self.field,
                "start_char": self.start_char, "end_char": self.end_char}

    @classmethod
    def from_dict(cls, d: dict) -> "Support":
        return cls(tuple(d.get("values") or ()), d.get("evidence") or "", d.get("field") or "text",
                   int(d.get("start_char") or 0), int(d.get("end_char") or 0))


@dataclass(frozen=True)
class Claim:
    event: str                 # "executed" | "sentenced" | "imminent"
    country: str               # ISO alpha-2, e.g. "IR"
    count: int
    qualifier: str             # exact | at_least | more_than | about | at_most
    period_start: date | None
    period_end: date | None
    kind: str                  # "event" | "aggregate"
    offences: tuple[str, ...]  # drug, murder, rape, espionage, political, armed_robbery, other
    location: str | None
    names: tuple[str, ...]
    evidence: str              # the sentence the claim rests on
    field: str                 # "text" or "title": where the evidence is
    start_char: int            # offsets of the evidence sentence in that field
    end_char: int
    rules: tuple[str, ...] = ()  # ids of the rules and vocabulary entries that made it, in order
    support: tuple[Support, ...] = ()  # the other sentences it was merged from, in the order of the text

    def to_dict(self) -> dict:
        """The SCHEMA.md form (ISO dates, lists) plus evidence, field and offsets, and `support`
        (a list of Support dicts) when the claim rests on more than one sentence."""
        out = {
            "event": self.event,
            "country": self.country,
            "count": self.count,
            "qualifier": self.qualifier,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "kind": self.kind,
            "offences": list(self.offences),
            "location": self.location,
            "names": list(self.names),
            "evidence": self.evidence,
            "field": self.field,
            "start_char": self.start_char,
            "end_char": self.end_char,
            "rules": list(self.rules),
        }
        if self.support:
            out["support"] = [s.to_dict() for s in self.support]
        return out

    @classmethod
    def from_dict(cls, d: dict) -> "Claim":
        """Inverse of to_dict; accepts a SCHEMA.md claim without evidence fields."""
        def day(value):
            return date.fromisoformat(str(value)[:10]) if value else None

        return cls(
            event=d["event"],
            country=d["country"],
            count=int(d["count"]),
            qualifier=d.get("qualifier") or "exact",
            period_start=day(d.get("period_start")),
            period_end=day(d.get("period_end")),
            kind=d.get("kind") or "event",
            offences=tuple(d.get("offences") or ()),
            location=d.get("location"),
            names=tuple(d.get("names") or ()),
            evidence=d.get("evidence") or "",
            field=d.get("field") or "text",
            start_char=int(d.get("start_char") or 0),
            end_char=int(d.get("end_char") or 0),
            rules=tuple(d.get("rules") or ()),
            support=tuple(Support.from_dict(s) for s in d.get("support") or ()),
        )
