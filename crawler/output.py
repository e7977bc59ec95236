"""Where a crawl's items go, and what makes a written line trustworthy.

`OutputFeeds` (add-on): articles go to `OUTPUT_DIR/articles-<run>.jsonl` and rejections to
`OUTPUT_DIR/rejects-<run>.jsonl` (`run_name`: the spider and the UTC time, and `<host>-<pid>` when
the crawl is distributed: no two crawls started together write one file), UTF-8
JSON Lines, through Scrapy's feed exports. A feed given on the command line replaces the articles
file and takes articles only: `-o FILE` appends to FILE, as in Scrapy; `-O FILE` replaces FILE
with this run's articles, and such a run is a snapshot that leaves the crawl state alone
(`is_snapshot`). The rejects file is written all the same: a rejection never lands among the
articles.

`OutputFileStorage` (feed storage): a feed that replaces its file is written as `NAME.part` and
renamed to NAME when complete, so a file named `*.jsonl` is always whole; an appended feed is
written in place. Every write reaches the OS whole, or the crawl stops at once with the reason
`output failed` (one error line; `scrapy crawl` exits with status 1): a full disk or a vanished
directory never lets a crawl go on as if its articles were kept.
"""

from __future__ import annotations

import errno
import fcntl
import io
import logging
import os
import stat
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

from scrapy.extensions.feedexport import FileFeedStorage
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.utils.defer import deferred_from_coro

from crawler.distributed.worker import worker_id
from crawler.items import ARTICLE_FIELDS, Article, Rejection

logger = logging.getLogger(__name__)
JSON_LINES = {"format": "jsonlines", "encoding": "utf-8"}
PART_SUFFIX = ".part"
OUTPUT_FAILED = "output failed"  # the finish reason of a crawl that could not write its output
RUN_FILE = "run_file"  # feed option marking this project's own per-run files (not given by the user)


class OutputUnwritable(Exception):
    """An output of the crawl cannot be written: said before the crawl starts."""


def local_path(uri: str) -> str | None:
    """The absolute path of a feed URI that names a local file; None for other storages."""
    scheme = urlsplit(uri).scheme
    if scheme not in ("", "file") and len(scheme) > 1:  # a one-letter scheme is a Windows drive
        return None
    return str(Path(uri.removeprefix("file://")).resolve())


def is_snapshot(settings) -> bool:
    """Whether this run writes its articles with `-O` (a feed of the user's that replaces its file)."""
    return any(options.get("overwrite") and not options.get(RUN_FILE) for options in settings.getdict("FEEDS").values())


def article_outputs(settings) -> list[str]:
    """The local files the articles of this run go to (after the add-on has set FEEDS)."""
    return [path for uri, options in settings.getdict("FEEDS").items()
            if Article in options.get("item_classes", ()) and (path := local_path(uri))]


def check_writable(settings) -> None:
    """Raise OutputUnwritable if OUTPUT_DIR, ARCHIVE_DIR or a file given with -o/-O cannot be written: each
    directory a file will be created in takes a file, each file to append to opens to append."""
    appended = {Path(path) for uri, options in settings.getdict("FEEDS").items()
                if (path := local_path(uri)) and not options.get("overwrite") and Path(path).exists()}
    created = {Path(path) for uri in settings.getdict("FEEDS") if (path := local_path(uri))} - appended
    directories = {Path(settings.get("OUTPUT_DIR") or "output"), *(path.parent for path in created)}
    if settings.get("ARCHIVE_DIR"):
        directories.add(Path(settings["ARCHIVE_DIR"]))
    try:
        for directory in directories:
            directory.mkdir(parents=True, exist_ok=True)
            tempfile.TemporaryFile(dir=directory).close()
        for path in appended:
            path.open("ab").close()  # opening to append changes nothing
    except OSError as error:
        raise OutputUnwritable(f"cannot write the crawl's output: {error.filename}: {error.strerror}") from None


RUN_NAMES: WeakKeyDictionary = WeakKeyDictionary()  # crawler -> the name of its files


def run_name(crawler) -> str:
    """The name of this run's files (its outputs' and its archive's alike): its spider, its start
    (UTC), and, when workers share the crawl (they start in the same second), the worker."""
    if crawler not in RUN_NAMES:
        run = f"{crawler.spidercls.name}-{datetime.now(UTC).strftime('%Y-%m-%dT%H-%M-%SZ')}"
        RUN_NAMES[crawler] = f"{run}-{worker_id()}" if crawler.settings.get("REDIS_URL") else run
    return RUN_NAMES[crawler]


class OutputFeeds:
    """Add-on: the FEEDS of a crawl, from OUTPUT_DIR and the command line's -o/-O."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def update_settings(self, settings):
        output_dir = Path(settings.get("OUTPUT_DIR") or "output").resolve()
        run = run_name(self.crawler)
        articles = {**JSON_LINES, "item_classes": [Article], "fields": list(ARTICLE_FIELDS)}
        feeds = {local_path(uri) or uri: {**articles, **options} for uri, options in settings.getdict("FEEDS").items()}
        if not feeds:
            feeds[str(output_dir / f"articles-{run}.jsonl")] = {**articles, "overwrite": True, RUN_FILE: True}
        feeds[str(output_dir / f"rejects-{run}.jsonl")] = {**JSON_LINES, "item_classes": [Rejection], "overwrite": True,
                                                          RUN_FILE: True}
        settings.set("FEEDS", feeds, priority=max(settings.getpriority("FEEDS") or 0, SETTINGS_PRIORITIES["addon"]))


def cut_torn_tail(path: Path) -> int:
    """Cut off a last line that a killed write left incomplete; the size of the whole lines."""
    with path.open("r+b") as file:
        size = file.seek(0, os.SEEK_END)
        if not size:
            return 0
        end, chunk = size, b""
        while end and b"\n" not in chunk:  # look back from the end for the last line break
            start = max(0, end - 65536)
            file.seek(start)
            chunk = file.read(end - start)
            end = start
        whole = end + chunk.rfind(b"\n") + 1
        if whole != size:
            file.truncate(whole)
            logger.warning("Cut a torn last line off %s", path)
        return whole


def finalise(part: Path) -> Path:
    """Give a finished `.part` file its final name."""
    final = part.with_name(part.name.removesuffix(PART_SUFFIX))
    os.replace(part, final)
    return final


def is_being_written(path: Path) -> bool:
    """Whether a crawl that is still running writes this file (it holds its lock: `GuardedFile`)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # and with it the lock taken to look
    return False


class GuardedFile(io.RawIOBase):
    """The file a feed writes: every write reaches the OS whole. The first that cannot (or a file
    that cannot be opened) calls `on_failure` once; later writes are dropped, since the crawl is
    stopping. The file is locked while it is open (the OS lets go of the lock of a killed run), so
    that runs started beside this one (another spider's, with the same crawl state) leave it alone."""

    def __init__(self, path: Path, append: bool, on_failure):
        super().__init__()
        self.path, self.on_failure = path, on_failure
        self.failure: OSError | None = None
        self.fd = None
        self.owned = False  # locked by this run: it alone may change the file
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else 0), 0o666)
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self.owned = True
            if not append:
                os.ftruncate(self.fd, 0)
        except BlockingIOError:
            self.fail(OSError(errno.EWOULDBLOCK, "another crawl is writing it"))
        except OSError as error:
            self.fail(error)

    def fail(self, error: OSError) -> None:
        self.failure = error
        self.on_failure(self.path, error)

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if self.failure is None:
            view = memoryview(data).cast("B")
            try:
                while view:
                    view = view[os.write(self.fd, view):]
            except OSError as error:
                self.fail(error)
        return len(data)

    def sync(self) -> None:
        """Have what was written reach the disk (a device, -o /dev/stdout, has nothing to sync)."""
        if self.fd is not None and stat.S_ISREG(os.fstat(self.fd).st_mode):
            os.fsync(self.fd)

    def close(self) -> None:
        if self.fd is not None:
            self.sync()
            os.close(self.fd)
            self.fd = None
        super().close()


class OutputFileStorage(FileFeedStorage):
    """Feed storage of local files: `NAME.part` renamed to NAME when complete, or (`-o`) NAME
    appended in place; a write that fails stops the crawl."""

    def __init__(self, uri: str, *, feed_options: dict | None = None, crawler=None):
        super().__init__(uri, feed_options=feed_options)
        self.crawler = crawler
        self.append = self.write_mode == "ab"

    @classmethod
    def from_crawler(cls, crawler, uri: str, *, feed_options: dict | None = None):
        return cls(uri, feed_options=feed_options, crawler=crawler)

    @property
    def written_path(self) -> Path:
        """Where the lines go while the feed is open."""
        return Path(self.path if self.append else self.path + PART_SUFFIX)

    def open(self, spider):
        file = GuardedFile(self.written_path, self.append, lambda path, error: stop_crawl(self.crawler, path, error))
        if self.append and file.owned:
            cut_torn_tail(self.written_path)  # a line appended after a torn one would be torn too
        return file

    def store(self, file: GuardedFile):
        file.close()
        if not file.owned:  # another crawl's file: not this run's to finish
            return
        if file.failure is not None and file.path.exists():
            cut_torn_tail(file.path)
        if not self.append and file.path.exists():
            finalise(file.path)


def stop_crawl(crawler, path: Path, error: OSError) -> None:
    """A file of the crawl's output cannot be written: say so in one line, and stop the crawl."""
    logger.error("Cannot write %s: %s. The crawl stops (%s); articles not written are not recorded as "
                 "captured, and the next run fetches them again.", path, error.strerror or error, OUTPUT_FAILED)
    if crawler is not None:
        crawler.stats.set_value("output/failed", str(path))
        deferred_from_coro(crawler.engine.close_spider_async(reason=OUTPUT_FAILED))
