"""The WARC archive: records read back with warcio, rotation, one writer per file."""

from __future__ import annotations

import gzip
import os

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.archive import ArchiveError, WarcArchive, read_response


def exchange(archive: WarcArchive, n: int, body: bytes = b"<html>page</html>", **kwargs):
    return archive.write_exchange(
        f"http://127.0.0.1/page/{n}?q=1",
        request_headers=[("User-Agent", "VigilTest")],
        status=200,
        reason="OK",
        response_headers=[("Content-Type", "text/html; charset=utf-8"), ("Transfer-Encoding", "chunked")],
        body=body,
        **kwargs,
    )


def test_request_and_response_records_with_digests_read_back(tmp_path):
    with WarcArchive(tmp_path, prefix="t") as archive:
        first = exchange(archive, 1)
        second = exchange(archive, 2, body=gzip.compress(b"<html>zipped</html>"))
    records = []
    with open(tmp_path / first.file, "rb") as fh:
        for record in ArchiveIterator(fh):
            records.append((record.rec_type, record.rec_headers.get_header("WARC-Target-URI")))
            assert record.rec_headers.get_header("WARC-Block-Digest").startswith("sha1:")
            if record.rec_type == "response":
                assert record.rec_headers.get_header("WARC-Payload-Digest").startswith("sha1:")
                assert record.http_headers.get_header("Transfer-Encoding") is None  # already undone
    assert records == [
        ("response", "http://127.0.0.1/page/1?q=1"), ("request", "http://127.0.0.1/page/1?q=1"),
        ("response", "http://127.0.0.1/page/2?q=1"), ("request", "http://127.0.0.1/page/2?q=1"),
    ]
    url, headers, body = read_response(tmp_path / second.file, second.offset)
    assert url == "http://127.0.0.1/page/2?q=1"
    assert headers["Content-Type"] == headers.get("content-type") == "text/html; charset=utf-8"
    assert body == gzip.compress(b"<html>zipped</html>")  # no Content-Encoding header: kept as sent


def test_content_encoding_is_undone_on_reading(tmp_path):
    with WarcArchive(tmp_path) as archive:
        ref = archive.write_exchange(
            "http://127.0.0.1/z", request_headers=[], status=200, reason="OK",
            response_headers=[("Content-Encoding", "gzip")], body=gzip.compress(b"<p>hello</p>"),
        )
    assert read_response(tmp_path / ref.file, ref.offset)[2] == b"<p>hello</p>"


def test_truncated_responses_are_marked(tmp_path):
    with WarcArchive(tmp_path) as archive:
        ref = exchange(archive, 1, truncated="length")
    with open(tmp_path / ref.file, "rb") as fh:
        fh.seek(ref.offset)
        record = next(iter(ArchiveIterator(fh)))
    assert record.rec_headers.get_header("WARC-Truncated") == "length"


def test_rotation_by_size(tmp_path):
    with WarcArchive(tmp_path, prefix="r", max_file_bytes=2000) as archive:
        refs = [exchange(archive, n, body=os.urandom(3000)) for n in range(3)]  # incompressible
    assert [r.file[-11:] for r in refs] == ["000.warc.gz", "001.warc.gz", "002.warc.gz"]
    assert all(r.offset == 0 for r in refs)
    for ref in refs:
        assert read_response(tmp_path / ref.file, ref.offset)[0].startswith("http://127.0.0.1/page/")


def test_a_second_writer_never_appends_to_a_file_in_use(tmp_path):
    first, second = WarcArchive(tmp_path, prefix="w"), WarcArchive(tmp_path, prefix="w")
    mine, theirs = exchange(first, 1), exchange(second, 2)
    assert (mine.file[-11:], theirs.file[-11:]) == ("000.warc.gz", "001.warc.gz")
    first.close()
    second.close()
    with WarcArchive(tmp_path, prefix="w") as third:  # free again: appended to, offsets stay valid
        later = exchange(third, 3)
    assert later.file == mine.file and later.offset > mine.offset
    assert read_response(tmp_path / mine.file, mine.offset)[0].endswith("/page/1?q=1")
    assert read_response(tmp_path / later.file, later.offset)[0].endswith("/page/3?q=1")


def test_reading_something_that_is_not_a_response_raises(tmp_path):
    with WarcArchive(tmp_path) as archive:
        ref = exchange(archive, 1)
    with pytest.raises(ArchiveError, match="expected a response record, found request"):
        read_response(tmp_path / ref.file, ref.offset + ref.length)
    with pytest.raises(ArchiveError, match="cannot read"):
        read_response(tmp_path / "missing.warc.gz", 0)
