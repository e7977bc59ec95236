"""Reading web archives (WARC files gzipped one member per record, as `crawler.archive.writer` and most
crawlers write them), past the damage a crash or a broken copy leaves.

Each gzip member is decompressed here, so that where one ends is known for sure, and its record
parsed by FastWARC (warcio, which writes the archive, parses in Python at a third of a page's
extraction time; FastWARC in C++ at a twentieth). A member that is cut short or corrupted is
damage: its record is given as damaged if its headers can still be read, and reading goes on at
the next member (the next gzip header that decompresses to WARC headers). No WARC library does
this alone: they read on through a broken member into the ones after it and take them all for one
record.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from fastwarc.stream_io import BytesIOStream, StreamError
from fastwarc.warc import ArchiveIterator, WarcRecord

ARCHIVE_PATTERNS = ("*.warc.gz",)
GZIP_MEMBER_START = b"\x1f\x8b\x08"
GZIP = 16 + zlib.MAX_WBITS
READ_SIZE = 16384
MAX_RECORD_SIZE = 256 * 1024 * 1024  # far above any page a crawl takes (DOWNLOAD_MAXSIZE): a member past it is a whole file
HEADERS_END = b"\r\n\r\n"
WARC_START = b"WARC/"


@dataclass(frozen=True)
class HttpResponse:
    """The HTTP response a record holds: its status, its headers and its body, as received."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes


class DamagedRecord(Exception):
    """A WARC record that cannot be read, and why."""


class SeveralRecords(Exception):
    """A gzip member holding more than one record: a WARC file gzipped as a whole."""


@dataclass(frozen=True)
class Record:
    """Where a record of a WARC file is, its WARC headers, and what is wrong with it, if anything."""

    path: Path
    offset: int
    length: int  # of its gzip member
    type: str
    target: str
    date: str
    damage: str | None = None

    def http_response(self) -> HttpResponse:
        """The HTTP response the record holds, its body checked against its digest; DamagedRecord
        where the record is damaged, holds no HTTP response or does not match its digest."""
        if self.damage:
            raise DamagedRecord(self.damage)
        try:
            with self.path.open("rb") as file:
                file.seek(self.offset)
                block = zlib.decompress(file.read(self.length), wbits=GZIP)
        except OSError as error:
            raise DamagedRecord(f"the archive cannot be read ({error.strerror})") from None
        except zlib.error:
            raise DamagedRecord("the archive record changed since it was indexed (it no longer decompresses)") from None
        record = first_record(block, parse_http=True)
        http = record.http_headers if record is not None and record.is_http else None
        if record is None or http is None or http.status_code is None:
            raise DamagedRecord("the archive record holds no HTTP response")
        if "WARC-Payload-Digest" in record.headers and not record.verify_payload_digest(consume=False):
            raise DamagedRecord("the archive record does not match its digest")
        return HttpResponse(int(http.status_code), list(http.astuples()), record.reader.read())


def first_record(block: bytes, parse_http: bool = False) -> WarcRecord | None:
    """FastWARC's record of a gzip member's bytes; None if they hold no WARC record."""
    try:
        return next(iter(ArchiveIterator(BytesIOStream(block), parse_http=parse_http)), None)
    except StreamError:
        return None


def archive_files(paths: list[Path]) -> list[Path]:
    """The WARC files given, and those in the directories given, in name order."""
    files = []
    for path in paths:
        files += sorted(found for pattern in ARCHIVE_PATTERNS for found in path.glob(pattern)) if path.is_dir() else [path]
    return files


def records(path: Path, problems: list[str]) -> Iterator[Record]:
    """Every record of a WARC file, in order (a damaged one too, with its damage, if its headers
    can be read). Each damaged part, and a file that is no WARC gzipped one record per member,
    adds a line to `problems`."""
    try:
        with path.open("rb") as file:
            size = file.seek(0, io.SEEK_END)
            offset: int | None = 0
            while offset is not None and offset < size:
                try:
                    block, length = gzip_member(file, offset)
                    record = parse_record(path, offset, length, block)
                except SeveralRecords:
                    problems.append(f"{path}: gzipped as a whole, not one gzip member per record: "
                                    f"recompress it (warcio recompress {path} NEW.warc.gz)")
                    return
                if record is not None:
                    yield record
                if record is not None and record.damage is None and length is not None:
                    offset += length
                    continue
                next_member = offset + length if length is not None else next_gzip_member(file, offset + 1)
                if record is None and offset == 0 and next_member is None:
                    problems.append(f"{path}: not a WARC file (gzipped, .warc.gz)")
                    return
                problems.append(f"{path}: damaged from byte {offset}" + (
                    f"; read on from byte {next_member}" if next_member is not None else "; nothing readable after it"))
                offset = next_member
    except OSError as error:
        problems.append(f"{path}: cannot read it ({error.strerror})")


def gzip_member(file: BinaryIO, offset: int) -> tuple[bytes, int | None]:
    """The bytes of the gzip member at `offset` and its length; where it is cut short or corrupt,
    what of it decompresses, and no length. SeveralRecords if it grows past any one record."""
    file.seek(offset)
    decompressor, read, decompressed = zlib.decompressobj(GZIP), 0, 0
    parts: list[bytes] = []
    try:
        while not decompressor.eof:
            chunk = file.read(READ_SIZE)
            if not chunk:
                return b"".join(parts), None
            read += len(chunk)
            parts.append(decompressor.decompress(chunk))
            decompressed += len(parts[-1])
            if decompressed > MAX_RECORD_SIZE:
                raise SeveralRecords
    except zlib.error:
        return decompressible_start(file, offset), None
    return b"".join(parts), read - len(decompressor.unused_data)


def decompressible_start(file: BinaryIO, offset: int) -> bytes:
    """As much of a corrupt gzip member as decompresses (its headers, often): read a little at a
    time, the piece where it breaks again a byte at a time, so that nothing before the break is lost."""
    file.seek(offset)
    decompressor, parts, size = zlib.decompressobj(GZIP), list[bytes](), 256
    while piece := file.read(size):
        before = decompressor.copy()
        try:
            parts.append(decompressor.decompress(piece))
        except zlib.error:
            if size == 1:
                break
            decompressor, size = before, 1
            file.seek(-len(piece), io.SEEK_CUR)
    return b"".join(parts)


def parse_record(path: Path, offset: int, length: int | None, block: bytes) -> Record | None:
    """The record of a gzip member's bytes (the member is whole if its length is known); None if
    they do not start with WARC headers; SeveralRecords if they hold more than one."""
    try:
        found = iter(ArchiveIterator(BytesIOStream(block), parse_http=False))
        record = next(found, None)
        several = length is not None and record is not None and next(found, None) is not None
    except StreamError:
        return salvaged(path, offset, block)
    if record is None:
        return salvaged(path, offset, block)
    if several:
        raise SeveralRecords
    damage = None
    if length is None:
        damage = "the archive record is cut short (a truncated gzip member)"
    elif len(block) - block.find(HEADERS_END) - len(HEADERS_END) < record.content_length:
        damage = "the archive record is shorter than its Content-Length"
    headers = record.headers
    return Record(path, offset, length or 0, headers.get("WARC-Type") or "", headers.get("WARC-Target-URI") or "",
                  headers.get("WARC-Date") or "", damage)


def salvaged(path: Path, offset: int, block: bytes) -> Record | None:
    """A damaged record, from what of its WARC headers can be read, if its type and target can."""
    fields = dict(re.findall(rb"^([\w-]+): *(.*?)\r?$", block.split(b"\r\n\r\n")[0], re.M))
    if not block.startswith(WARC_START) or b"WARC-Type" not in fields or b"WARC-Target-URI" not in fields:
        return None
    return Record(path, offset, 0, fields[b"WARC-Type"].decode("latin-1"), fields[b"WARC-Target-URI"].decode("latin-1"),
                  "", "the archive record is damaged (it cannot be decompressed or parsed)")


def next_gzip_member(file: BinaryIO, offset: int) -> int | None:
    """The offset of the next gzip member at or after `offset` that starts a WARC record, if any. A
    gzip header's three bytes also turn up inside compressed data (a stored block copies a gzipped
    body verbatim): a place that does not decompress to WARC headers is passed over."""
    while (found := next_gzip_header(file, offset)) is not None:
        if starts_a_record(file, found):
            return found
        offset = found + 1
    return None


def next_gzip_header(file: BinaryIO, offset: int) -> int | None:
    """The offset of the next gzip header's bytes at or after `offset`, if any."""
    file.seek(offset)
    while len(chunk := file.read(1 << 20)) >= len(GZIP_MEMBER_START):
        if (found := chunk.find(GZIP_MEMBER_START)) >= 0:
            return offset + found
        offset += len(chunk) - len(GZIP_MEMBER_START) + 1  # a header across two chunks is in the next
        file.seek(offset)
    return None


def starts_a_record(file: BinaryIO, offset: int) -> bool:
    """Whether the gzip member at `offset` decompresses to the start of a WARC record."""
    file.seek(offset)
    decompressor = zlib.decompressobj(GZIP)
    try:
        start = decompressor.decompress(file.read(READ_SIZE), len(WARC_START))
    except zlib.error:
        return False
    return start == WARC_START
