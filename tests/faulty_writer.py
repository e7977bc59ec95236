"""`python tests/faulty_writer.py FAULT scrapy crawl ...`: `scrapy crawl` whose articles file is on a
faulty disk, for the tests of what a run leaves on disk and says. FAULT is one of:

- `full:BYTES`: the file takes BYTES bytes, then fails as a full disk does (a write cut short, then
  ENOSPC);
- `slow:SECONDS`: each write takes SECONDS before it reaches the file (the process is stalled
  meanwhile, as on a disk that does not keep up), so that a process killed mid-crawl is most likely
  killed with an article on its way to the file.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's crawler, whatever is installed

from scrapy.cmdline import execute  # noqa: E402

from crawler.output import GuardedFile  # noqa: E402

fault, _, amount = sys.argv[1].partition(":")
write = GuardedFile.write
written: Counter = Counter()


def write_until_full(self, data) -> int:
    if self.failure is None and self.path.name.startswith("articles-"):
        left = int(amount) - written[self.path]
        written[self.path] += len(data)
        if len(data) > left:
            write(self, bytes(memoryview(data).cast("B")[:max(left, 0)]))
            self.fail(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
            return len(data)
    return write(self, data)


def write_slowly(self, data) -> int:
    if self.path.name.startswith("articles-"):
        time.sleep(float(amount))
    return write(self, data)


GuardedFile.write = {"full": write_until_full, "slow": write_slowly}[fault]
sys.exit(execute(sys.argv[2:]))
