"""Charges named near a claim, mapped to the SCHEMA.md taxonomy by offences.jsonl."""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import lexicon

TAXONOMY = ("drug", "murder", "rape", "espionage", "political", "armed_robbery", "other")


@dataclass(frozen=True)
class OffenceMention:
    start: int
    end: int
    offence: str


def find_offences(text: str) -> list[OffenceMention]:
    """Every offence term with its taxonomy label. "moharebeh through armed robbery" is
    armed robbery, not a political charge, so the longer term wins where two overlap."""
    found = []
    for pattern, offence in lexicon().offences:
        found.extend((m.start(), m.end(), offence) for m in pattern.finditer(text))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple] = []
    for f in found:
        if kept and f[0] < kept[-1][1]:
            continue
        kept.append(f)
    return [OffenceMention(*f) for f in kept]


def offences_between(mentions: list[OffenceMention], start: int, end: int) -> tuple[str, ...]:
    """The distinct offences named in [start, end), in taxonomy order."""
    seen = {m.offence for m in mentions if start <= m.start and m.end <= end}
    return tuple(o for o in TAXONOMY if o in seen)
