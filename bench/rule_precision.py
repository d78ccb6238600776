"""Precision per rule: which rules take part in claims that match no labelled claim.

Every claim carries the ids of the rules that made it (`rules`). This script extracts the
labelled sets given, scores each report as `vigil eval` does (vigil/evaluation.py), and credits
every predicted claim's outcome to each rule it lists (a trigger entry `trigger.executed:were
hanged` counts as `trigger.executed` unless --entries is given) and to its event x kind:

  claims     predicted claims the rule took part in, less those that fit only an optional
             labelled claim (neither credited nor penalised by the scorer)
  matched    paired with a required labelled claim, period checked
  no-period  paired when periods are ignored (matched + dated wrongly)
  fp         claims - matched: phantom claims and wrongly dated ones
  precision  matched / claims; p-no-period no-period / claims

Rows are sorted by false positives, then by precision. Figures are summed over the sets.
`--false-positives RULE` (or "sentenced x event", or "all") lists those false positives (report id, claim, evidence,
rules) for reading; never use it on a set that must stay unread.

usage: python bench/rule_precision.py SET.jsonl [SET.jsonl ...] [--top N] [--entries]
       [--min-claims N] [--false-positives RULE] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

# bench/ holds a script named extract.py: keep this folder off the path so the package is imported
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
from vigil.evaluation import extract_reports, fits, pair, read_gold  # noqa: E402

OUTCOMES = ("claims", "matched", "no_period")


def outcomes(report: dict, predicted: list[dict]) -> list[str | None]:
    """For each predicted claim of one report: "matched" (paired, period checked), "no_period"
    (paired only with periods ignored), "fp" (paired with nothing) or None (it fits only an
    optional labelled claim, so the scorer ignores it)."""
    required = [c for c in report["claims"] if not c.get("optional")]
    optional = [c for c in report["claims"] if c.get("optional")]
    strict = set(pair(required, predicted).values())
    loose = set(pair(required, predicted, check_period=False).values())
    result: list[str | None] = []
    for i, claim in enumerate(predicted):
        if i in strict:
            result.append("matched")
        elif any(fits(o, claim) for o in optional):
            result.append(None)
        elif i in loose:
            result.append("no_period")
        else:
            result.append("fp")
    return result


def rule_ids(claim: dict, entries: bool) -> list[str]:
    """The claim's rules, each once; a vocabulary entry folds into its rule unless `entries`."""
    ids = claim.get("rules") or []
    return list(dict.fromkeys(ids if entries else (r.split(":", 1)[0] for r in ids)))


def tally(sets: list[Path], entries: bool = False) -> tuple[dict, dict, list[dict]]:
    """({rule: Counter}, {"event x kind": Counter}, [every false positive with its report id]),
    each Counter holding claims, matched and no_period over all the sets."""
    by_rule: dict[str, Counter] = defaultdict(Counter)
    by_kind: dict[str, Counter] = defaultdict(Counter)
    false_positives = []
    for path in sets:
        with open(path, encoding="utf-8") as handle:
            reports = read_gold(handle, str(path))
        predictions, refused = extract_reports(reports)
        for line in refused:
            print(f"{path}: refused {line}", file=sys.stderr)
        for report in reports:
            predicted = predictions.get(report["id"], [])
            for claim, outcome in zip(predicted, outcomes(report, predicted)):
                if outcome is None:
                    continue
                counted = ("claims",) + (("matched", "no_period") if outcome == "matched" else
                                         ("no_period",) if outcome == "no_period" else ())
                keys = [(by_rule, r) for r in rule_ids(claim, entries)]
                keys.append((by_kind, f"{claim.get('event')} x {claim.get('kind')}"))
                for table, key in keys:
                    table[key].update(counted)
                if outcome != "matched":
                    false_positives.append({"set": path.name, "id": report["id"], "dated_wrongly": outcome == "no_period",
                                            "claim": claim})
    return by_rule, by_kind, false_positives


def rows(table: dict[str, Counter], min_claims: int = 1) -> list[dict]:
    """One row per key, most false positives first, then lowest precision."""
    out = []
    for key, c in table.items():
        if c["claims"] < min_claims:
            continue
        out.append({"rule": key, "claims": c["claims"], "matched": c["matched"], "no_period": c["no_period"],
                    "fp": c["claims"] - c["matched"], "precision": round(c["matched"] / c["claims"], 3),
                    "precision_no_period": round(c["no_period"] / c["claims"], 3)})
    return sorted(out, key=lambda r: (-r["fp"], r["precision"], r["rule"]))


def print_table(title: str, table: list[dict], top: int | None) -> None:
    print(f"{title:<44} {'claims':>6} {'matched':>7} {'no-per':>6} {'fp':>4} {'prec':>6} {'p-noper':>7}")
    for r in table[:top]:
        print(f"{r['rule']:<44} {r['claims']:>6} {r['matched']:>7} {r['no_period']:>6} {r['fp']:>4} "
              f"{r['precision']:>6.3f} {r['precision_no_period']:>7.3f}")


def describe(fp: dict) -> str:
    c = fp["claim"]
    start, end = c.get("period_start"), c.get("period_end")
    period = "no period" if not (start or end) else start if start == end else f"{start}..{end}"
    why = "dated wrongly" if fp["dated_wrongly"] else "no such claim"
    return (f"{fp['id']}  {c.get('event')} {c.get('country')} {c.get('count')} ({c.get('kind')}, {period}) [{why}]\n"
            f"    {' '.join(str(c.get('evidence') or '').split())}\n"
            f"    rules: {', '.join(c.get('rules') or [])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="labelled files (corpus format)")
    parser.add_argument("--top", type=int, default=None, help="print only the first N rules")
    parser.add_argument("--entries", action="store_true", help="keep vocabulary entries (trigger phrases) apart")
    parser.add_argument("--min-claims", type=int, default=1, help="leave out rules in fewer claims than this")
    parser.add_argument("--false-positives", metavar="RULE", help="list the false positives of RULE ('EVENT x KIND', 'all')")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    missing = [str(p) for p in args.sets if not p.is_file()]
    if missing:
        parser.error(f"no such labelled file: {', '.join(missing)}")

    by_rule, by_kind, false_positives = tally(args.sets, args.entries)
    if args.false_positives:
        wanted = args.false_positives
        for fp in false_positives:
            kind = f"{fp['claim'].get('event')} x {fp['claim'].get('kind')}"
            if wanted in ("all", kind) or wanted in rule_ids(fp["claim"], args.entries):
                print(describe(fp))
        return 0
    everything = sum(by_kind.values(), Counter())
    rule_rows, kind_rows = rows(by_rule, args.min_claims), rows(by_kind) + rows({"all claims": everything})
    if args.json:
        print(json.dumps({"sets": [str(p) for p in args.sets], "rules": rule_rows, "event_kinds": kind_rows}))
        return 0
    print_table("event x kind", kind_rows, None)
    print()
    print_table("rule", rule_rows, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
