"""The web archive's reader past damage: whatever is cut out of a WARC file, every whole record is
read, nothing is read where no record starts, and each damaged part is one line that says where
reading goes on. Bodies here hold gzip headers in the clear, as a gzipped page kept in a record
does, so places that only look like the next member are met too."""

from __future__ import annotations

import gzip
import io
import random
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.warcwriter import WARCWriter

from crawler.archive.reader import records

# Noise around a gzipped page: the noise does not compress, so the record's member stores it, and
# the gzip header in it, byte for byte.
bodies = st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=2000), st.binary(max_size=200)).map(
    lambda drawn: noise(drawn[0], drawn[1]) + gzip.compress(b"<html>" + drawn[2]) + noise(drawn[0] + 1, drawn[1]))
# Each record whole (None), or cut short to the given share of its member.
damages = st.one_of(st.none(), st.floats(min_value=0, max_value=0.999))


def noise(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


def member(number: int, body: bytes) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    writer.write_record(writer.create_warc_record(f"https://www.cqn.com.cn/a/{number}.htm", "resource",
                                                  payload=io.BytesIO(body), warc_content_type="text/html"))
    return buffer.getvalue()


@settings(deadline=None, max_examples=200)
@given(st.lists(st.tuples(bodies, damages), min_size=1, max_size=6))
def test_every_whole_record_is_read_and_reading_goes_on_only_where_a_record_starts(tmp_path_factory, plan):
    parts, starts, whole = [], [], {}
    for number, (body, cut) in enumerate(plan):
        data = member(number, body)
        starts.append(sum(map(len, parts)))
        if cut is None:
            whole[starts[-1]] = f"https://www.cqn.com.cn/a/{number}.htm"
        parts.append(data if cut is None else data[:int(len(data) * cut)])
    path = Path(tmp_path_factory.mktemp("damaged")) / "a.warc.gz"
    path.write_bytes(b"".join(parts))

    problems: list[str] = []
    found = list(records(path, problems))

    assert {record.offset: record.target for record in found if record.damage is None} == whole
    assert {record.offset for record in found} <= set(starts)
    read_on = [int(match) for line in problems for match in re.findall(r"read on from byte (\d+)", line)]
    assert set(read_on) <= set(starts)
