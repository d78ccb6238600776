"""Benchmark the extractor: reports per second through nlp.pipe on one core, against bare
spacy.blank("en") over the same texts, and peak memory.

Targets: at least 200 reports/s, and at least half the bare tokenizer's rate.
Reports are varied (paragraphs and numbers recombined across the labelled corpus
and generated sentences) so the tokenizer's cache does not flatter the figures.

Both sides first run over 200 other reports (not timed), so one-time costs
(pattern compilation, the first lexemes) count for neither.

usage: python bench/extract.py [N] [--dump FILE]   (default 5000 reports; --dump writes one
       JSON line of claims per report, to check that an optimisation changes no output)
"""
from __future__ import annotations

import json
import os
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import spacy

# this script is itself named extract.py: keep its folder off the path so the package is imported
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
from extract import Extractor  # noqa: E402

CORPUS = Path(os.environ.get("VIGIL_CORPUS") or Path(__file__).resolve().parents[2] / "shared" / "corpus")
TARGET_RATE = 200
TARGET_SHARE = 0.5

_PLACES = ["Ghezel Hesar Prison in Karaj", "Vakilabad Prison in Mashhad", "Adelabad Prison in Shiraz", "Urmia Central Prison",
           "Zahedan Central Prison", "Qom Prison", "Dizelabad Prison in Kermanshah", "Birjand Central Prison"]
_NOUNS = ["prisoners", "men", "inmates", "Baluch prisoners", "Kurdish prisoners", "people", "detainees"]
_CHARGES = ["drug-related charges", "murder", "moharebeh", "rape", "espionage for Israel", "armed robbery"]
_WORDS = ["two", "three", "four", "five", "six", "seven", "nine", "eleven", "twelve", "twenty-three", "a dozen"]
_WHEN = ["on Monday", "on Tuesday", "yesterday", "this morning", "last week", "on 3 March", "on September 14"]
_FILLER = ["The families were not informed in advance.", "State media did not report the executions.",
           "Rights groups called on the international community to react.",
           "The group said the real number is likely to be higher.",
           "Lawyers said the trials fell far short of international standards."]


def _generated_paragraph(rng: random.Random) -> str:
    """One paragraph in the language of the reports, with fresh numbers, names and places."""
    n = rng.choice([str(rng.randint(2, 90)), rng.choice(_WORDS)])
    sentences = [
        f"{n.capitalize()} {rng.choice(_NOUNS)} convicted of {rng.choice(_CHARGES)} were hanged in "
        f"{rng.choice(_PLACES)} {rng.choice(_WHEN)}.",
        f"At least {rng.randint(50, 1500):,} people have been executed since the start of the year, "
        f"including {rng.randint(2, 40)} women.",
        f"Prisoner {rng.randint(1000, 99999)} was transferred to solitary confinement {rng.choice(_WHEN)}.",
        rng.choice(_FILLER),
        f"Police arrested {rng.randint(3, 300)} protesters in {rng.randint(2, 30)} cities.",
    ]
    rng.shuffle(sentences)
    return " ".join(sentences[: rng.randint(2, 5)])


def _corpus_paragraphs() -> list[str]:
    paragraphs = []
    for name in ("dev.jsonl", "seed.jsonl"):
        path = CORPUS / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    paragraphs.extend(p for p in json.loads(line)["text"].split("\n\n") if p.strip())
    return paragraphs


def _renumber(paragraph: str, rng: random.Random) -> str:
    """The same paragraph with its digits changed, so no two reports tokenize identically."""
    return "".join(str(rng.randint(1, 9)) if ch.isdigit() else ch for ch in paragraph)


def reports(n: int, seed: int = 7) -> list[tuple[str, date, str]]:
    """n varied reports: recombined corpus paragraphs (renumbered) mixed with generated ones."""
    rng = random.Random(seed)
    pool = _corpus_paragraphs()
    if not pool:
        print(f"note: corpus not found at {CORPUS}; using generated reports only", file=sys.stderr)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(3, 9)):
            if pool and rng.random() < 0.6:
                parts.append(_renumber(rng.choice(pool), rng))
            else:
                parts.append(_generated_paragraph(rng))
        published = date(2012, 1, 1) + timedelta(days=rng.randint(0, 5000))
        out.append(("\n\n".join(parts), published, _generated_paragraph(rng).split(".")[0]))
    return out


def main(argv: list[str]) -> int:
    if {"-h", "--help"} & set(argv[1:]):
        print(__doc__.strip())
        return 0
    dump = None
    if "--dump" in argv:
        i = argv.index("--dump")
        dump, argv = argv[i + 1], argv[:i] + argv[i + 2:]
    n = int(argv[1]) if len(argv) > 1 else 5000
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    data = reports(n)
    warm_up = reports(200, seed=8)
    chars = sum(len(t) for t, _, _ in data)

    bare = spacy.blank("en")
    for _ in bare.pipe([t for text, _, title in warm_up for t in (title, text)], batch_size=64):
        pass
    texts = [text for text, _, title in data for text in (title, text)]
    start, cpu = time.perf_counter(), time.process_time()
    for _ in bare.pipe(texts, batch_size=64):
        pass
    bare_rate, bare_cpu_rate = n / (time.perf_counter() - start), n / (time.process_time() - cpu)

    extractor = Extractor()
    for _ in extractor.extract_many(iter(warm_up), batch_size=64):
        pass
    start, cpu = time.perf_counter(), time.process_time()
    results = extractor.extract_many(iter(data), batch_size=64)
    results = list(results) if dump else [len(c) for c in results]   # claims are kept only to dump them
    rate, cpu_rate = n / (time.perf_counter() - start), n / (time.process_time() - cpu)
    claims = sum(len(c) if dump else c for c in results)
    if dump:
        with open(dump, "w", encoding="utf-8") as out:
            out.writelines(json.dumps([c.to_dict() for c in r], ensure_ascii=False) + "\n" for r in results)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"reports: {n} ({chars / n:,.0f} characters on average, title and text)")
    print(f"claims extracted: {claims}")
    print(f"vigil pipeline: {rate:,.0f} reports/s (target >= {TARGET_RATE}); {cpu_rate:,.0f} per CPU second")
    print(f"bare spacy.blank('en'): {bare_rate:,.0f} reports/s; {bare_cpu_rate:,.0f} per CPU second")
    print(f"share of bare rate: {rate / bare_rate:.2f} (target >= {TARGET_SHARE}); "
          f"{cpu_rate / bare_cpu_rate:.3f} in CPU time")
    print(f"load average (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(other processes slow the wall-clock figures; the CPU-time ones less so)")
    print(f"peak memory (ru_maxrss): {peak_mb:,.0f} MB")
    ok = rate >= TARGET_RATE and rate / bare_rate >= TARGET_SHARE
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
