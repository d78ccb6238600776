"""`check_file`: walk a whole WARC file, record by record, for `vigil archive check`.

The archive writes each record as its own gzip member (WARC 1.1, annex D.2: "record-at-a-time
compression"), so a file can be walked member by member with zlib alone, whatever the
records hold. That walk finds what reading through warcio hides: a file that ends inside its
last member (warcio stops quietly, or fails on the headers it half-read), and damage in the
middle, after which the next member's gzip header is found and the walk goes on, so one bad
record does not leave the rest of the file unchecked. Each whole member is then read back
with warcio's digest checking (`record_problem`), as `read_response` reads a page.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from crawler.archive import record_problem

# ID1, ID2 and CM (deflate) of a gzip member header, RFC 1952 section 2.3.1.
GZIP_START = b"\x1f\x8b\x08"
_CHUNK = 1 << 16
_WARC_TYPE = re.compile(rb"^WARC-Type:[ \t]*([a-z]{1,20})[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
# What warcio raises on a member that inflates but holds no well-formed record: a record with
# no WARC-Target-URI reaches `uri.startswith` as None (AttributeError).
_NOT_A_RECORD = (ArchiveLoadFailed, zlib.error, EOFError, ValueError, AttributeError, KeyError)


@dataclass
class FileCheck:
    """The outcome of `check_file`: records read, one line per problem (`offset: what`), and
    the bytes no record could be read from (skipped over damage, or cut off at the end)."""

    path: Path
    records: int = 0
    problems: list[str] = field(default_factory=list)
    unchecked_bytes: int = 0


@dataclass(frozen=True)
class _Member:
    offset: int
    end: int  # one past the member's last byte; for a damaged stretch, where reading resumes
    problem: str | None = None  # why the member cannot be inflated, or None


def check_file(path: Path | str) -> FileCheck:
    """Read every record of a WARC file, checking each one's length and digests.

    Never raises for damage: each problem is a line `offset: what` in the result."""
    result = FileCheck(Path(path))
    try:
        with open(path, "rb") as fh:
            for member in _members(fh):
                if member.problem is not None:
                    result.problems.append(f"{member.offset}: {member.problem}")
                    result.unchecked_bytes += member.end - member.offset
                    continue
                result.records += 1
                problem = _record_problem_at(fh, member.offset)
                if problem:
                    result.problems.append(f"{member.offset}: {problem}")
    except OSError as exc:
        result.problems.append(f"cannot read: {exc}")
    return result


def _record_problem_at(fh: BinaryIO, offset: int) -> str | None:
    fh.seek(offset)
    try:
        record = next(iter(ArchiveIterator(fh, check_digests=True)), None)
        if record is None:
            return "not a WARC record"
        problem = record_problem(record)
    except _NOT_A_RECORD as exc:
        return f"not a readable WARC record: {str(exc).strip()[:200] or type(exc).__name__}"
    return f"{record.rec_type} record: {problem}" if problem else None


def _members(fh: BinaryIO) -> Iterator[_Member]:
    """The gzip members of the file in order; a damaged stretch is one member with a problem,
    ending where the next member starts (or at the end of the file)."""
    size = fh.seek(0, 2)
    offset = 0
    while offset < size:
        end, problem = _inflate_member(fh, offset)
        if problem is None:
            yield _Member(offset, end)
            offset = end
        elif end is not None:  # the file ends inside this member: nothing follows to resume at
            yield _Member(offset, size, problem)
            return
        else:
            resume = _next_member_start(fh, offset + 1, size)
            if resume is None:
                yield _Member(offset, size, f"{problem}; nothing readable follows to the end of the file "
                                            f"({size - offset} bytes)")
                return
            yield _Member(offset, resume, f"{problem}; {resume - offset} bytes skipped, reading resumed at {resume}")
            offset = resume


def _inflate_member(fh: BinaryIO, offset: int) -> tuple[int | None, str | None]:
    """Inflate the gzip member at `offset`, dropping what it holds: only its extent counts.
    (end, None) for a whole member; (end of file, problem) when the file ends inside it;
    (None, problem) when it is damaged or is no gzip member."""
    fh.seek(offset)
    if fh.read(len(GZIP_START)) != GZIP_START:
        return None, "not the start of a gzip member (damaged, or written by something else)"
    fh.seek(offset)
    inflater = zlib.decompressobj(wbits=31)  # 31: a gzip header and trailer, RFC 1952
    consumed = 0
    head = b""  # the start of the record, to name its type if it was cut
    while not inflater.eof:
        chunk = fh.read(_CHUNK)
        if not chunk:
            return offset + consumed, (f"{_record_type(head)}cut short: the file ends inside this record "
                                       f"({consumed} bytes of it present; truncated file?)")
        rest = chunk
        try:
            while rest and not inflater.eof:
                inflated = inflater.decompress(rest, _CHUNK)  # bounded output: a record may inflate to megabytes
                if len(head) < _CHUNK:
                    head += inflated[:_CHUNK]
                rest = inflater.unconsumed_tail
        except zlib.error as exc:
            return None, f"damaged gzip data: {exc}"
        consumed += len(chunk) - (len(inflater.unused_data) if inflater.eof else len(rest))
    return offset + consumed, None


def _record_type(head: bytes) -> str:
    """`response record: ` when the record's WARC-Type header was read, else nothing."""
    match = _WARC_TYPE.search(head.split(b"\r\n\r\n", 1)[0])
    return f"{match.group(1).decode('ascii')} record: " if match else ""


def _next_member_start(fh: BinaryIO, start: int, size: int) -> int | None:
    """The offset of the next gzip header at or after `start` that inflates as a whole member."""
    position = start
    carry = b""
    while position < size:
        fh.seek(position)
        block = carry + fh.read(_CHUNK)
        base = position - len(carry)
        found = block.find(GZIP_START)
        while found != -1:
            candidate = base + found
            if _inflate_member(fh, candidate)[1] is None:
                return candidate
            found = block.find(GZIP_START, found + 1)
        position = base + len(block)
        carry = block[-(len(GZIP_START) - 1):]
    return None
