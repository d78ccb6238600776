"""`vigil eval`: run the extractor over a labelled file and score it (corpus SCHEMA.md).

A labelled file holds one report per line, `{"id", "published", "title", "text", "claims"}`,
the claims as an analyst recorded them. Scoring, report by report:

1. A predicted claim *fits* a gold claim when event, country and count are equal and the
   period agrees: each end within max(1 day, 10% of the gold span, rounded) of the gold
   end; a gold claim without a period takes any period; a predicted claim without one
   never fits a dated gold claim.
2. Predictions are paired one-to-one with the required (non-optional) gold claims, as many
   pairs as possible (augmenting paths), so the order of either list cannot change the
   score; where several predictions fit, the one closest in offences, kind and location is
   tried first, which decides the agreement figures.
3. A gold claim left unpaired is missed; a prediction left unpaired is spurious unless it
   fits an optional gold claim, in which case it is neither credited nor penalised.

Precision, recall and F1 are over all reports; on the pairs, the share that agree on
qualifier, kind, offence set and location (one contains the other, case and commas
ignored). The same figures as the corpus's score.py, computed by the project itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Iterator


class GoldFileError(ValueError):
    """Lines of a labelled file that are no report with claims, or labels that cannot be scored:
    `problems` holds each, naming the file, the line (and report and claim) and what is wrong."""

    def __init__(self, problems: list[str]):
        super().__init__(problems[0] if len(problems) == 1 else f"{len(problems)} problems: {'; '.join(problems)}")
        self.problems = problems


@dataclass
class ScoreError:
    report_id: str
    kind: str  # "missed" (a gold claim no prediction fits) or "spurious" (a prediction no gold claim takes)
    claim: dict


@dataclass
class Score:
    figures: dict
    errors: list[ScoreError] = field(default_factory=list)


def _day(value) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value not in (None, "") else None


def _span(claim: dict) -> tuple[date, date] | None:
    """(start, end) with a missing end taken from the other; None when the claim has no period."""
    start, end = _day(claim.get("period_start")), _day(claim.get("period_end"))
    if start is None and end is None:
        return None
    return start or end, end or start


def periods_agree(gold: dict, predicted: dict) -> bool:
    gold_span = _span(gold)
    if gold_span is None:
        return True
    predicted_span = _span(predicted)
    if predicted_span is None:
        return False
    days = (gold_span[1] - gold_span[0]).days + 1
    tolerance = max(1, round(days / 10))
    return all(abs((p - g).days) <= tolerance for g, p in zip(gold_span, predicted_span))


def fits(gold: dict, predicted: dict, *, check_period: bool = True) -> bool:
    try:
        same_fact = (gold["event"] == predicted.get("event") and gold["country"] == predicted.get("country")
                     and int(gold["count"]) == int(predicted.get("count")))
    except (TypeError, ValueError):
        return False
    return same_fact and (not check_period or periods_agree(gold, predicted))


def _words(text) -> str:
    return " ".join(str(text or "").lower().replace(",", " ").split())


def _same_offences(gold, predicted) -> bool:
    return set(gold or []) == set(predicted or [])


def _same_location(gold, predicted) -> bool:
    if not gold:
        return not predicted
    return bool(predicted) and (_words(gold) in _words(predicted) or _words(predicted) in _words(gold))


def _closeness(gold: dict, predicted: dict) -> tuple[bool, bool, bool]:
    return (_same_offences(gold.get("offences"), predicted.get("offences")), gold.get("kind") == predicted.get("kind"),
            _words(gold.get("location")) == _words(predicted.get("location")))


def pair(gold: list[dict], predicted: list[dict], *, check_period: bool = True) -> dict[int, int]:
    """The largest one-to-one pairing {gold index: predicted index} (step 2 of the module doc)."""
    choices = []
    for g in gold:
        fitting = [i for i, p in enumerate(predicted) if fits(g, p, check_period=check_period)]
        choices.append(sorted(fitting, key=lambda i, g=g: _closeness(g, predicted[i]), reverse=True))
    holder: dict[int, int] = {}  # predicted index -> gold index

    def seat(gi: int, tried: set[int]) -> bool:
        for pi in choices[gi]:
            if pi not in tried:
                tried.add(pi)
                if pi not in holder or seat(holder[pi], tried):
                    holder[pi] = gi
                    return True
        return False

    for gi in range(len(gold)):
        seat(gi, set())
    return {gi: pi for pi, gi in holder.items()}


def score(reports: Iterable[dict], predictions: dict[str, list[dict]], *, check_period: bool = True) -> Score:
    """Score `predictions` ({report id: claims}) against the gold `reports` (steps 1-3)."""
    reports = list(reports)
    result = Score({})
    pairs: list[tuple[dict, dict]] = []
    spurious = 0
    for report in reports:
        predicted = predictions.get(report["id"], [])
        required = [c for c in report["claims"] if not c.get("optional")]
        optional = [c for c in report["claims"] if c.get("optional")]
        pairing = pair(required, predicted, check_period=check_period)
        for gi, gold in enumerate(required):
            if gi in pairing:
                pairs.append((gold, predicted[pairing[gi]]))
            else:
                result.errors.append(ScoreError(report["id"], "missed", gold))
        taken = set(pairing.values())
        for pi, claim in enumerate(predicted):
            if pi in taken or any(fits(o, claim, check_period=check_period) for o in optional):
                continue
            spurious += 1
            result.errors.append(ScoreError(report["id"], "spurious", claim))
    found, missed = len(pairs), sum(1 for e in result.errors if e.kind == "missed")
    precision = found / (found + spurious) if found + spurious else 0.0
    recall = found / (found + missed) if found + missed else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def agreement(name: str, same) -> float | None:
        return round(sum(1 for g, p in pairs if same(g.get(name), p.get(name))) / len(pairs), 3) if pairs else None

    result.figures = {
        "reports": len(reports), "gold_claims": found + missed, "predicted_claims": found + spurious,
        "true_positives": found, "false_positives": spurious, "false_negatives": missed,
        "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
        "qualifier_agreement": agreement("qualifier", lambda g, p: g == p),
        "kind_agreement": agreement("kind", lambda g, p: g == p),
        "offences_agreement": agreement("offences", _same_offences),
        "location_agreement": agreement("location", _same_location),
    }
    return result


def read_gold(lines: Iterable[str], name: str) -> list[dict]:
    """The reports of a labelled file. GoldFileError names `name`, and each line and what is wrong
    with it: every problem of the file at once, so one run shows all there is to fix."""
    reports, problems = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            report = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {number}: not JSON: {exc.msg}")
            continue
        if not isinstance(report, dict) or "id" not in report or not isinstance(report.get("claims"), list):
            problems.append(f"line {number}: expected a report with \"id\" and a \"claims\" list")
            continue
        for index, claim in enumerate(report["claims"], start=1):
            problem = gold_claim_problem(claim)
            if problem:
                problems.append(f"line {number}: report {report['id']!r}, claim {index}: {problem}")
        reports.append(report)
    if problems:
        raise GoldFileError([f"{name}: {p}" for p in problems])
    return reports


def gold_claim_problem(claim) -> str | None:
    """What makes `claim` no labelled claim of SCHEMA.md (corpus/SCHEMA.md, "Claim fields"), or None.

    A label that cannot be scored as written would otherwise count silently as a miss (an event
    "hanged" fits no prediction) or stop the run half-way (a period "10 Nov")."""
    from extract.claims import EVENTS, KINDS, QUALIFIERS
    from extract.notions import OFFENCES

    if not isinstance(claim, dict):
        return "a claim must be an object"
    choices = {"event": EVENTS, "qualifier": QUALIFIERS, "kind": KINDS}
    for field_name, allowed in choices.items():
        if claim.get(field_name) not in allowed:
            return f"{field_name} must be one of {', '.join(allowed)}, not {claim.get(field_name)!r}"
    country = claim.get("country")
    if not (isinstance(country, str) and len(country) == 2 and country.isalpha() and country.isupper()):
        return f"country must be an ISO 3166 alpha-2 code such as \"IR\", not {country!r}"
    count = claim.get("count")
    if not (isinstance(count, int) and not isinstance(count, bool) and count >= 1):
        return f"count must be a whole number of at least 1, not {count!r}"
    days = {}
    for end in ("period_start", "period_end"):
        value = claim.get(end)
        if value in (None, ""):
            continue
        try:
            days[end] = date.fromisoformat(str(value)[:10])
        except ValueError:
            return f"{end} must be a date as YYYY-MM-DD or null, not {value!r}"
    if len(days) == 2 and days["period_start"] > days["period_end"]:
        return f"period_start {claim['period_start']} is after period_end {claim['period_end']}"
    offences = claim.get("offences") or []
    if not isinstance(offences, list) or any(o not in OFFENCES for o in offences):
        return f"offences must be a list of {', '.join(OFFENCES)}, not {claim.get('offences')!r}"
    if not isinstance(claim.get("optional", False), bool):
        return f"optional must be true or false, not {claim.get('optional')!r}"
    return None


def gold_warnings(reports: list[dict]) -> list[str]:
    """Reports that can be scored but not fairly: without a published date no relative date
    ("on Tuesday", "last week") can be resolved, so their dated claims read as missed."""
    return [f"{r['id']}: no \"published\" date, so no relative date in it can be resolved"
            for r in reports if not r.get("published") and any(c.get("period_start") for c in r["claims"])]


def extract_reports(reports: list[dict], extractor=None) -> tuple[dict[str, list[dict]], list[str]]:
    """Run the extractor (None: the shared packaged one) over the reports: ({id: claims},
    ["id: error", ...] for records it refused)."""
    from extract.jsonl import run_jsonl

    predictions: dict[str, list[dict]] = {}
    refused = []
    for line in run_jsonl((json.dumps(r, ensure_ascii=False) for r in reports), extractor):
        row = json.loads(line)
        if "error" in row:
            refused.append(f"{row.get('id')}: {row['error']}")
        predictions.setdefault(row.get("id"), []).extend(row.get("claims") or [])
    return predictions, refused


def evaluate(reports: list[dict], extractor=None) -> tuple[Score, list[str]]:
    """Extract (with `extractor`, None: the shared packaged one) and score; the figures also carry
    F1 with periods ignored (how much the dates cost)."""
    predictions, refused = extract_reports(reports, extractor)
    result = score(reports, predictions)
    result.figures["f1_ignoring_period"] = score(reports, predictions, check_period=False).figures["f1"]
    return result, refused


def describe(error: ScoreError) -> str:
    """`dev-007  missed    executed IR 2 (exact, event) 2023-08-08..2023-08-10 [drug] Shiraz`"""
    c = error.claim
    start, end = c.get("period_start"), c.get("period_end")
    period = "no date" if not (start or end) else start if start == end else f"{start}..{end}"
    offences = f" [{', '.join(c.get('offences') or [])}]" if c.get("offences") else ""
    place = f" {c['location']}" if c.get("location") else ""
    return (f"{error.report_id}  {error.kind:<8}  {c.get('event')} {c.get('country')} {c.get('count')} "
            f"({c.get('qualifier')}, {c.get('kind')}) {period}{offences}{place}")


def figure_lines(figures: dict) -> Iterator[str]:
    for name, value in figures.items():
        # an agreement over no paired claims is undefined, not zero
        yield f"{name}: {'n/a (no claim paired)' if value is None else value}"
