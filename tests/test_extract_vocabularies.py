"""Two Extractors built from different vocabulary directories keep apart in one process: each
reads with its own compiled patterns and speed layer, also when their reports interleave."""
import shutil
from datetime import date
from importlib import resources

import yaml

from extract import Extractor
from extract.lexicon import lexicon, packaged

PUB = date(2024, 10, 10)   # a Thursday
SWORD = "Five prisoners were put to the sword in Zahedan Central Prison on Monday."
HANGED = "Nine men were hanged in Ghezel Hesar Prison on Tuesday."


def _facts(claims):
    return [(c.event, c.count, str(c.period_start), c.location) for c in claims]


def _vocabulary_with_sword(tmp_path):
    """A copy of the packaged data files that also knows "were put to the sword": a phrasing of
    executions (events.yaml) and a stem that makes a sentence worth reading (linking.yaml)."""
    directory = tmp_path / "data"
    shutil.copytree(resources.files("extract").joinpath("data"), directory)
    for name, add in (("events.yaml", lambda d: d["executed"]["passive"].append(r"(?:were|was)\s+put\s+to\s+the\s+sword")),
                      ("linking.yaml", lambda d: d["relevant_stems"].append("sword"))):
        data = yaml.safe_load((directory / name).read_text(encoding="utf-8"))
        add(data)
        (directory / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return directory


def test_each_extractor_reads_with_its_own_vocabulary(tmp_path):
    plain, sword = Extractor(), Extractor(vocabulary=_vocabulary_with_sword(tmp_path))
    assert _facts(sword.extract(SWORD, PUB)) == [("executed", 5, "2024-10-07", "Zahedan Central Prison")]
    assert plain.extract(SWORD, PUB) == []
    assert _facts(plain.extract(HANGED, PUB)) == _facts(sword.extract(HANGED, PUB)) \
        == [("executed", 9, "2024-10-08", "Ghezel Hesar Prison")]
    # after both ran, code outside any Extractor still reads the packaged vocabulary
    assert lexicon() is packaged()
    assert plain.vocabulary.scanner is not sword.vocabulary.scanner


def test_interleaved_batches_do_not_leak_into_each_other(tmp_path):
    plain, sword = Extractor(), Extractor(vocabulary=_vocabulary_with_sword(tmp_path))
    reports = [(SWORD, PUB, ""), (HANGED, PUB, ""), (SWORD, PUB, "")]
    a, b = plain.extract_many(iter(reports), batch_size=1), sword.extract_many(iter(reports), batch_size=1)
    got_plain, got_sword = [], []
    for _ in reports:   # one report of each in turn: both generators are suspended mid-pipeline
        got_plain.append(len(next(a)))
        got_sword.append(len(next(b)))
    assert got_plain == [0, 1, 0]
    assert got_sword == [1, 1, 1]
