"""`python tests/failing_writer.py BYTES scrapy crawl ...`: `scrapy crawl` whose articles file takes
BYTES bytes, then fails as a full disk does (a write cut short, then ENOSPC): a fault injected in
the writer, for the tests of what a failed write leaves on disk and says."""

from __future__ import annotations

import errno
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's crawler, whatever is installed

from scrapy.cmdline import execute  # noqa: E402

from crawler.output import GuardedFile  # noqa: E402

room = int(sys.argv[1])
written: Counter = Counter()
write = GuardedFile.write


def write_until_full(self, data) -> int:
    if self.failure is None and self.path.name.startswith("articles-"):
        left = room - written[self.path]
        written[self.path] += len(data)
        if len(data) > left:
            write(self, bytes(memoryview(data).cast("B")[:max(left, 0)]))
            self.fail(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
            return len(data)
    return write(self, data)


GuardedFile.write = write_until_full
sys.exit(execute(sys.argv[2:]))
