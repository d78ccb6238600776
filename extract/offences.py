"""Charges named near a claim, mapped to the SCHEMA.md taxonomy by offences.jsonl."""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import group_label, lexicon
from .notions import OFFENCES as TAXONOMY
from .sentences import scan


@dataclass(frozen=True)
class OffenceMention:
    start: int
    end: int
    offence: str


def find_offences(text: str, spans=None) -> list[OffenceMention]:
    """Every offence term with its taxonomy label, in one pass. "moharebeh through armed
    robbery" is armed robbery, not a political charge: offences.jsonl lists it first."""
    return [OffenceMention(m.start(), m.end(), group_label(m)) for m in scan(lexicon().offences, text, spans)]


def offences_between(mentions: list[OffenceMention], start: int, end: int) -> tuple[str, ...]:
    """The distinct offences named in [start, end), in taxonomy order."""
    seen = {m.offence for m in mentions if start <= m.start and m.end <= end}
    return tuple(o for o in TAXONOMY if o in seen)
