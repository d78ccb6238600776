"""Damaged WARC files: cut or altered records are refused on reading, a failed write leaves
whole records only, `vigil archive check` finds the damage, and a re-run keeps the old text."""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from alerts.wording import counted
from crawler.archive import ArchiveError, WarcArchive, read_response
from crawler.archive_check import check_file
from vigil.cli import cli
from vigil.store import open_store

REPO = Path(__file__).resolve().parents[1]


def exchange(archive: WarcArchive, n: int, body: bytes | None = None):
    return archive.write_exchange(
        f"http://127.0.0.1/page/{n}", request_headers=[("User-Agent", "VigilTest")], status=200, reason="OK",
        response_headers=[("Content-Type", "text/html; charset=utf-8")],
        body=body if body is not None else f"<html><p>page {n} {'text ' * 200}</p></html>".encode(),
    )


def test_a_record_cut_short_is_refused_and_the_whole_ones_still_read(tmp_path):
    noise = random.Random(7).randbytes(20_000)  # incompressible: the cut lands inside the payload
    with WarcArchive(tmp_path, prefix="cut") as archive:
        first, second = exchange(archive, 1), exchange(archive, 2, body=b"<html><p>" + noise)
    path = tmp_path / second.file
    with open(path, "r+b") as fh:
        fh.truncate(second.offset + second.length * 2 // 3)
    assert read_response(path, first.offset)[0] == "http://127.0.0.1/page/1"
    with pytest.raises(ArchiveError, match=rf"@{second.offset}: damaged record: cut short: \d+ of its \d+ bytes missing"):
        read_response(path, second.offset)
    assert check_file(path).problems[-1].startswith(f"{second.offset}: response record: cut short")


def test_a_record_whose_payload_was_altered_fails_its_digest(tmp_path):
    with WarcArchive(tmp_path, prefix="alt") as archive:
        ref = exchange(archive, 1)
    path = tmp_path / ref.file
    member = gzip.decompress(path.read_bytes()[ref.offset:ref.offset + ref.length])
    altered = member.replace(b"page 1 text", b"page 9 text", 1)  # same length: only the digest can tell
    assert altered != member and len(altered) == len(member)
    path.write_bytes(gzip.compress(altered) + path.read_bytes()[ref.offset + ref.length:])
    with pytest.raises(ArchiveError, match="damaged record: .*digest failed"):
        read_response(path, 0)
    assert any("digest failed" in p for p in check_file(path).problems)


@pytest.mark.parametrize("keep", ["all but the last byte", "half of the last record"])
def test_a_file_cut_inside_its_last_record_is_damage(tmp_path, keep):
    """The usual crash damage: the file ends part-way through its last record (here a request
    record, which warcio's iterator drops without a word)."""
    with WarcArchive(tmp_path, prefix="end") as archive:
        refs = [exchange(archive, n) for n in range(3)]
    path = tmp_path / refs[-1].file
    request_at = refs[-1].offset + refs[-1].length
    whole = path.read_bytes()
    path.write_bytes(whole[:-1] if keep == "all but the last byte" else whole[:(request_at + len(whole)) // 2])
    result = check_file(path)
    assert result.records == 5
    assert len(result.problems) == 1
    assert result.problems[0].startswith(f"{request_at}: request record: cut short: the file ends inside this record")
    assert result.unchecked_bytes == path.stat().st_size - request_at


def test_damage_in_the_middle_is_stepped_over_and_the_records_after_it_are_checked(tmp_path):
    with WarcArchive(tmp_path, prefix="mid") as archive:
        refs = [exchange(archive, n) for n in range(4)]
    path = tmp_path / refs[0].file
    data = bytearray(path.read_bytes())
    damaged = refs[1]
    data[damaged.offset + damaged.length // 2] ^= 0xFF  # one flipped byte inside the second response
    path.write_bytes(bytes(data))
    result = check_file(path)
    assert result.records == 7  # all but the damaged one
    assert len(result.problems) == 1
    assert result.problems[0].startswith(f"{damaged.offset}: damaged gzip data")
    assert result.problems[0].endswith(f"{damaged.length} bytes skipped, reading resumed at "
                                       f"{damaged.offset + damaged.length}")
    assert result.unchecked_bytes == damaged.length
    for ref in refs[2:]:
        assert read_response(path, ref.offset)[0].startswith("http://127.0.0.1/page/")


def test_bytes_that_are_no_record_at_the_end_of_a_file_are_reported(tmp_path):
    with WarcArchive(tmp_path, prefix="tail") as archive:
        ref = exchange(archive, 1)
    path = tmp_path / ref.file
    size = path.stat().st_size
    path.write_bytes(path.read_bytes() + b"\x1b[2J\xa5R\xdbr not a record")
    result = check_file(path)
    assert result.records == 2
    assert result.problems == [f"{size}: not the start of a gzip member (damaged, or written by something else); "
                               "nothing readable follows to the end of the file (21 bytes)"]


WRITE_UNTIL_FULL = textwrap.dedent("""
    import json, resource, signal, sys
    sys.path.insert(0, sys.argv[2])
    from crawler.archive import ArchiveError, WarcArchive
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (6000, 6000))  # the "disk" holds 6000 bytes per file
    written, errors = [], []
    archive = WarcArchive(sys.argv[1], prefix="full")
    for n in range(12):
        try:
            ref = archive.write_exchange(f"http://127.0.0.1/page/{n}", request_headers=[], status=200, reason="OK",
                                         response_headers=[], body=bytes(range(256)) * (2 + n % 3))
            written.append([ref.file, ref.offset, n])
        except ArchiveError as exc:
            errors.append(str(exc))
    archive.close()
    print(json.dumps({"written": written, "errors": errors}))
""")


def test_a_write_that_fails_half_way_leaves_only_whole_records(tmp_path):
    """A real write failure (the file size limit of the process) in the middle of a record:
    the file is truncated back, every record in it reads back, later writes start cleanly."""
    child = subprocess.run([sys.executable, "-c", WRITE_UNTIL_FULL, str(tmp_path), str(REPO)],
                           capture_output=True, text=True, timeout=60)
    assert child.returncode == 0, child.stderr
    outcome = json.loads(child.stdout)
    assert outcome["errors"] and all("cannot write" in e for e in outcome["errors"])
    assert outcome["written"]
    for name in {f for f, _, _ in outcome["written"]}:
        result = check_file(tmp_path / name)
        assert result.problems == [], result.problems
        assert result.records == 2 * sum(1 for f, _, _ in outcome["written"] if f == name)
    for name, offset, n in outcome["written"]:
        assert read_response(tmp_path / name, offset)[0] == f"http://127.0.0.1/page/{n}"


@pytest.fixture
def collected(collected_store):
    """The demo site collected and extracted into a real store."""
    return collected_store(extract=True)


def invoke(root: Path, *args: str):
    return CliRunner().invoke(cli, ["--config", str(root / "config"), "--data", str(root / "data"), *args])


def test_rerun_over_a_cut_record_keeps_the_documents_text_and_claims_and_exits_1(collected):
    db = open_store(collected / "data")
    document = dict(next(db.query(
        "select d.* from documents d join claims c on c.document_id = d.id where c.count = 64 limit 1")))
    claims_before = [dict(r) for r in db.query("select * from claims where document_id = ? order by id",
                                                [document["id"]])]
    (length,) = db.execute("select warc_length from fetches where warc_file = ? and warc_offset = ?",
                           [document["warc_file"], document["warc_offset"]]).fetchone()
    db.close()
    warc = collected / "data" / "archive" / document["warc_file"]
    with open(warc, "r+b") as fh:  # cut inside the document's response record, in its payload
        fh.truncate(document["warc_offset"] + length * 3 // 4)

    result = invoke(collected, "extract", "rerun")
    assert result.exit_code == 1
    assert f"failed: {document['url']}: " in result.stderr and "damaged record" in result.stderr

    db = open_store(collected / "data")
    after = dict(db["documents"].get(document["id"]))
    assert after["text"] == document["text"] and after["title"] == document["title"]
    assert [dict(r) for r in db.query("select * from claims where document_id = ? order by id",
                                      [document["id"]])] == claims_before
    db.close()

    check = invoke(collected, "archive", "check")
    assert check.exit_code == 1
    assert f"{document['warc_file']}@{document['warc_offset']}: response record: cut short" in check.stdout
    assert " in no readable record)." in check.stdout.splitlines()[-1]
    assert check.stderr.startswith("error: ") and "damaged WARC record" in check.stderr


def test_archive_check_passes_a_sound_archive(collected):
    result = invoke(collected, "archive", "check")
    assert result.exit_code == 0, result.output
    files = len(list((collected / "data" / "archive").glob("*.warc.gz")))
    assert result.stdout.startswith(f"{counted(files, 'WARC file')}, ") and result.stdout.endswith(", 0 problems.\n")


def test_extract_exits_1_when_a_document_fails(collected):
    db = open_store(collected / "data")
    with db.conn:  # a real storage fault for one document: SQLite refuses to store its extraction
        victim = db.execute("select id, url from documents order by id limit 1").fetchone()
        db.execute("update documents set extractor_version = null")
        # (unchanged claims keep their rows, so the fault is on the document's version stamp)
        db.execute(f"create trigger refuse before update of extractor_version on documents when new.id = {victim[0]} "
                   "and new.extractor_version is not null begin select raise(abort, 'disk I/O error (test)'); end")
    db.close()
    result = invoke(collected, "extract")
    assert result.exit_code == 1
    assert result.stdout.startswith("Extracted ") and ", 1 failed." in result.stdout
    assert result.stderr.endswith(f"\nerror: 1 document not extracted: {victim[1]} (see the log)\n")
