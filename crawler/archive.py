"""The WARC archive: every HTTP exchange, as sent and received, in gzipped WARC files.

Keeping the exchange lets the extractor be re-run over past pages without the network,
and lets staff show exactly what a source published. Each exchange is a request record
and a response record (warcio computes the block and payload digests); the body is kept
as the server sent it, still content-encoded, so a response record is a faithful copy.

Files are named `<prefix>-<YYYYMMDD>-<NNN>.warc.gz` and rotated when the day changes or a
file passes `max_file_bytes`. A writer holds an exclusive `flock` on its current file, so
two processes (the service and a hand-run `vigil collect`, or the Scrapy child) never
append to the same file: the second one moves on to the next number.

A file only ever holds whole records:
1. an exchange's two records are built in memory and appended with one write; if that
   write fails (a full disk), the file is truncated back to where the exchange began, and
   if even that fails the writer leaves the file for good and starts a new one;
2. a record read back is checked: all of its Content-Length present and its block and
   payload digests matching (warcio's digest checking), or ArchiveError, so a cut or
   damaged record never passes for a page;
3. `crawler.archive_check` walks a whole file member by member, for `vigil archive check`.
"""

from __future__ import annotations

import fcntl
import io
import os
import threading
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DEFAULT_MAX_FILE_BYTES = 1_000_000_000
# Hop-by-hop framing the HTTP client has already undone; storing it would make readers
# try to de-chunk a body that is no longer chunked.
_FRAMING_HEADERS = {"transfer-encoding"}
TRUNCATION_REASONS = ("length", "time", "disconnect", "unspecified")


class ArchiveError(Exception):
    """A WARC file cannot be written or the record asked for cannot be read."""


@dataclass(frozen=True)
class WarcRef:
    """Where one response record lives: `file` is relative to the archive directory."""

    file: str
    offset: int
    length: int


class Headers(dict):
    """HTTP headers with case-insensitive lookups (names are stored in lower case)."""

    def __init__(self, pairs=()):
        super().__init__()
        for name, value in pairs:
            key = name.lower()
            super().__setitem__(key, f"{self[key]}, {value}" if key in self else value)

    def __getitem__(self, name: str) -> str:
        return super().__getitem__(name.lower())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and super().__contains__(name.lower())

    def get(self, name: str, default=None):
        return super().get(name.lower(), default)


class WarcArchive:
    """Appends exchanges to the current WARC file of one writer; safe to share between threads."""

    def __init__(self, directory: Path | str, prefix: str = "vigil", max_file_bytes: int = DEFAULT_MAX_FILE_BYTES):
        self.directory = Path(directory)
        self.prefix = prefix
        self.max_file_bytes = max_file_bytes
        self._lock = threading.Lock()
        self._fh = None
        self._name: str | None = None
        self._day: str | None = None
        self._abandoned: set[str] = set()  # files this writer could not bring back to a whole record

    def __deepcopy__(self, memo):
        # Scrapy deep-copies its settings for each crawler; an open archive is shared, not copied.
        return self

    def write_exchange(
        self,
        url: str,
        *,
        request_headers: list[tuple[str, str]],
        status: int,
        reason: str,
        response_headers: list[tuple[str, str]],
        body: bytes,
        method: str = "GET",
        protocol: str = "HTTP/1.1",
        truncated: str | None = None,
    ) -> WarcRef:
        """Write the request and response records of one exchange; return the response record's place."""
        if truncated is not None and truncated not in TRUNCATION_REASONS:
            truncated = "unspecified"
        with self._lock:
            fh, name = self._current_file()
            buffer = io.BytesIO()
            writer = WARCWriter(buffer, gzip=True)
            headers = [(k, v) for k, v in response_headers if k.lower() not in _FRAMING_HEADERS]
            warc_headers = {"WARC-Truncated": truncated} if truncated else None
            response = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                length=None,
                warc_headers_dict=warc_headers,
                http_headers=StatusAndHeaders(f"{status} {reason or ''}".strip(), headers, protocol=protocol),
            )
            parts = urlsplit(url)
            target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            request = writer.create_warc_record(
                url,
                "request",
                payload=io.BytesIO(b""),
                warc_headers_dict={"WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")},
                http_headers=StatusAndHeaders(
                    f"{method} {target} {protocol}", _with_host(request_headers, parts.netloc), is_http_request=True
                ),
            )
            writer.write_record(response)
            length = buffer.tell()
            writer.write_record(request)
            offset = self._append(fh, name, buffer.getvalue())
            return WarcRef(file=name, offset=offset, length=length)

    def _append(self, fh, name: str, data: bytes) -> int:
        """Append whole records at the end of the file; on failure leave the file as it was
        (truncated back) or, if that fails too, abandon it; returns the offset written at."""
        offset = fh.seek(0, io.SEEK_END)
        try:
            view = memoryview(data)
            while view:
                written = fh.write(view)
                view = view[written:]
        except OSError as exc:
            try:
                os.ftruncate(fh.fileno(), offset)
            except OSError:
                self._abandoned.add(name)  # never append after a partial record again
                self._close_file()
            raise ArchiveError(f"{self.directory / name}: cannot write: {exc}") from exc
        return offset

    def close(self) -> None:
        with self._lock:
            self._close_file()

    def __enter__(self) -> "WarcArchive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _current_file(self):
        """The open file to append to, rotating on a new day or when the file is full."""
        day = datetime.now(timezone.utc).strftime("%Y%m%d")
        if self._fh is not None and (day != self._day or self._fh.tell() >= self.max_file_bytes):
            self._close_file()
        if self._fh is None:
            self._open_file(day)
        return self._fh, self._name

    def _open_file(self, day: str) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            for number in range(10_000):
                name = f"{self.prefix}-{day}-{number:03d}.warc.gz"
                path = self.directory / name
                if name in self._abandoned or (path.exists() and path.stat().st_size >= self.max_file_bytes):
                    continue
                fh = open(path, "ab", buffering=0)  # unbuffered: nothing half-written waits in a buffer
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    fh.close()  # another writer owns this file
                    continue
                fh.seek(0, io.SEEK_END)
                self._fh, self._name, self._day = fh, name, day
                return
        except OSError as exc:
            raise ArchiveError(f"{self.directory}: cannot open a WARC file: {exc}") from exc
        raise ArchiveError(f"{self.directory}: no free WARC file name for {self.prefix}-{day}")

    def _close_file(self) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = self._name = self._day = None


def _with_host(headers: list[tuple[str, str]], netloc: str) -> list[tuple[str, str]]:
    if any(k.lower() == "host" for k, _ in headers):
        return list(headers)
    return [("Host", netloc), *headers]


def read_response(warc_path: Path | str, offset: int, max_bytes: int = 50_000_000) -> tuple[str, Headers, bytes]:
    """Re-read one archived response: (URL, headers, body), the body with its Content-Encoding undone.

    Headers come back as a `Headers` dict: case-insensitive lookups, repeated headers joined by ", ".
    Raises ArchiveError if there is no response record at `offset`, the body is over `max_bytes`,
    or the record is damaged: shorter than its Content-Length, or failing its digests.
    """
    try:
        with open(warc_path, "rb") as fh:
            fh.seek(offset)
            record = next(iter(ArchiveIterator(fh, check_digests=True)), None)
            if record is None or record.rec_type != "response":
                kind = record.rec_type if record is not None else "nothing"
                raise ArchiveError(f"{warc_path}@{offset}: expected a response record, found {kind}")
            url = record.rec_headers.get_header("WARC-Target-URI")
            headers = Headers(record.http_headers.headers if record.http_headers else [])
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                raise ArchiveError(f"{warc_path}@{offset}: body is over {max_bytes} bytes")
            problem = record_problem(record)
    except OSError as exc:
        raise ArchiveError(f"{warc_path}: cannot read: {exc}") from exc
    except (ArchiveLoadFailed, zlib.error, EOFError, ValueError, AttributeError) as exc:
        # warcio meets a record whose headers were cut or garbled with AttributeError (no URI)
        raise ArchiveError(f"{warc_path}@{offset}: damaged record: {exc}") from exc
    if problem:
        raise ArchiveError(f"{warc_path}@{offset}: damaged record: {problem}")
    return url, headers, body


def record_problem(record) -> str | None:
    """What is wrong with a record read with `check_digests=True`, or None: the rest of its
    block is read first, so its length and both digests can be judged."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    if raw.limit > 0:
        declared = record.rec_headers.get_header("Content-Length")
        return f"cut short: {raw.limit} of its {declared} bytes missing (truncated file?)"
    if record.digest_checker.passed is False:
        return "; ".join(record.digest_checker.problems)
    return None
