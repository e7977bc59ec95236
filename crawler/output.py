"""Where a crawl's items go: one source of truth, and exports that are copies of it.

`OutputFeeds` (add-on): every run writes its articles to `OUTPUT_DIR/articles-<run>.jsonl` and its
rejections to `OUTPUT_DIR/rejects-<run>.jsonl` (`run_name`: the spider and the UTC time, and
`<host>-<pid>` when the crawl is distributed: no two crawls started together write one file),
UTF-8 JSON Lines, through Scrapy's feed exports, whatever the command line says. These article
files are the one record of what was captured: the crawl state trusts nothing else
(crawler/state/capture.py, docs/design-output.md).

A feed given on the command line (`-o FILE`, `-O FILE`, in any format of Scrapy's feed exports) is
an export: a copy of this run's articles file, written when the run has closed it (`write_exports`),
never read back. `-O FILE` replaces FILE (a new file renamed over it, so FILE is always whole);
`-o FILE` appends to FILE where the format allows it (JSON Lines; CSV without a second header row)
and is refused before the crawl for the others (`check_exports`: a JSON array or an XML document
appended to is no longer valid).

`OutputFileStorage` (feed storage of the run's own files): written as `NAME.part` and renamed to
NAME when complete, so a file named `*.jsonl` is always whole. Every write reaches the OS whole,
or the crawl stops at once with the reason `output failed` (one error line; `scrapy crawl` exits
with status 1): a full disk or a vanished directory never lets a crawl go on as if its articles
were kept.
"""

from __future__ import annotations

import errno
import fcntl
import io
import json
import logging
import os
import shutil
import sqlite3
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.extensions.feedexport import FileFeedStorage
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.misc import load_object

from crawler.distributed.worker import worker_id
from crawler.items import ARTICLE_FIELDS, Article, Rejection
from crawler.state.sqlite import SQLiteStore

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

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


APPENDABLE_FORMATS = ("jsonlines", "jsonl", "jl", "csv")  # a file of these stays valid when appended to
EXPORTS = "EXPORTS"  # the setting the add-on moves the command line's feeds to: {uri: {"format", "overwrite"}}
STDOUT = "stdout:"  # Scrapy's URI of `-o -`
UMASK = os.umask(0o022)
os.umask(UMASK)


class ExportRefused(ValueError):
    """An export the command line asks for that cannot be written as asked: a usage error."""


def user_feeds(settings: BaseSettings) -> dict[str, dict]:
    """The feeds given with -o/-O (before the add-on has moved them to EXPORTS), or EXPORTS."""
    feeds = {uri: options for uri, options in settings.getdict("FEEDS").items() if not options.get(RUN_FILE)}
    return feeds or settings.getdict(EXPORTS)


def exports_of(feeds: dict[str, dict]) -> dict[str, dict]:
    """The EXPORTS of the command line's feeds: {local path or URI: {"format", "overwrite"}}."""
    return {local_path(uri) or uri: {"format": options.get("format", "jsonlines"), "overwrite": bool(options.get("overwrite"))}
            for uri, options in feeds.items()}


def check_exports(settings: BaseSettings) -> None:
    """Raise ExportRefused for an export that cannot be written as asked: an unknown format, a
    storage that is no local file, or `-o` (append) in a format whose file appended to is invalid."""
    exporters = settings.getwithbase("FEED_EXPORTERS")
    for uri, options in user_feeds(settings).items():
        fmt = options.get("format", "jsonlines")
        if fmt not in exporters:
            raise ExportRefused(f"{uri}: unknown format {fmt!r}; the formats are {', '.join(sorted(exporters))}")
        if uri != STDOUT and local_path(uri) is None:
            raise ExportRefused(f"{uri}: exports go to local files (or -o - for stdout)")
        if not options.get("overwrite") and fmt not in APPENDABLE_FORMATS:
            raise ExportRefused(f"-o {uri}: a {fmt} file appended to is no longer valid {fmt}: give -O {uri} "
                                f"(replaced by each run's articles), or -o with a .jsonl or .csv file")


def check_writable(settings: BaseSettings) -> None:
    """Raise OutputUnwritable if a path the crawl writes cannot be used: OUTPUT_DIR, ARCHIVE_DIR,
    JOBDIR and the directory of each export take a file, each export to append to opens to
    append, the crawl state (CRAWL_STATE, an SQLite file) opens."""
    appended = {Path(path) for uri, options in user_feeds(settings).items()
                if (path := local_path(uri)) and not options.get("overwrite") and Path(path).exists()}
    created = {Path(path) for uri in user_feeds(settings) if (path := local_path(uri))} - appended
    directories = {Path(settings.get("OUTPUT_DIR") or "output"), *(path.parent for path in created)}
    directories |= {Path(settings[name]) for name in ("ARCHIVE_DIR", "JOBDIR") if settings.get(name)}
    try:
        for directory in directories:
            directory.mkdir(parents=True, exist_ok=True)
            tempfile.TemporaryFile(dir=directory).close()
        for existing in appended:
            existing.open("ab").close()  # opening to append changes nothing
    except OSError as error:
        raise OutputUnwritable(f"cannot write the crawl's output: {error.filename}: {error.strerror}") from None
    if settings.get("CRAWL_STATE") and not settings.get("REDIS_URL"):
        try:
            SQLiteStore(settings["CRAWL_STATE"]).close()
        except (OSError, sqlite3.Error) as error:
            where = getattr(error, "filename", None) or settings["CRAWL_STATE"]
            reason = getattr(error, "strerror", None) or error
            raise OutputUnwritable(f"cannot open the crawl state: {where}: {reason}") from None


RUN_NAMES: WeakKeyDictionary[Crawler, str] = WeakKeyDictionary()  # crawler -> the name of its files


def run_name(crawler: Crawler) -> str:
    """The name of this run's files (its outputs' and its archive's alike): its spider, its start
    (UTC), and, when workers share the crawl (they start in the same second), the worker; with a
    serial number when a run of that name left files (one killed in the second this one started:
    its files are the next run's to recover, never to be written over)."""
    if crawler not in RUN_NAMES:
        run = f"{crawler.spidercls.name}-{datetime.now(UTC).strftime('%Y-%m-%dT%H-%M-%SZ')}"
        run = f"{run}-{worker_id()}" if crawler.settings.get("REDIS_URL") else run
        output_dir = Path(crawler.settings.get("OUTPUT_DIR") or "output")
        archive_dir = Path(crawler.settings.get("ARCHIVE_DIR") or output_dir)
        name, serial = run, 1
        while any(output_dir.glob(f"*-{name}.jsonl*")) or any(archive_dir.glob(f"{name}-*.warc*")):
            serial += 1
            name = f"{run}-{serial}"
        RUN_NAMES[crawler] = name
    return RUN_NAMES[crawler]


def articles_file(crawler: Crawler) -> Path:
    """The run's own articles file: what it captured, the one source of truth."""
    return Path(crawler.settings.get("OUTPUT_DIR") or "output").resolve() / f"articles-{run_name(crawler)}.jsonl"


class OutputFeeds:
    """Add-on: the FEEDS of a crawl (its own articles and rejects files in OUTPUT_DIR), and its
    EXPORTS (the command line's -o/-O)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OutputFeeds:
        return cls(crawler)

    def update_settings(self, settings: BaseSettings) -> None:
        output_dir = Path(settings.get("OUTPUT_DIR") or "output").resolve()
        run = run_name(self.crawler)
        exports = exports_of(user_feeds(settings))
        feeds = {
            str(articles_file(self.crawler)): {**JSON_LINES, "item_classes": [Article], "fields": list(ARTICLE_FIELDS),
                                               "overwrite": True, RUN_FILE: True},
            str(output_dir / f"rejects-{run}.jsonl"): {**JSON_LINES, "item_classes": [Rejection], "overwrite": True,
                                                       RUN_FILE: True},
        }
        priority = max(settings.getpriority("FEEDS") or 0, SETTINGS_PRIORITIES["addon"])
        settings.set("FEEDS", feeds, priority=priority)
        settings.set(EXPORTS, exports, priority=priority)


def read_articles(sources: Iterable[str | Path]) -> Iterator[dict]:
    """The articles of the run files `sources`, one at a time."""
    for source in sources:
        with Path(source).open("rb") as lines:
            for line in lines:
                yield json.loads(line)


def write_exports(settings: BaseSettings, sources: Sequence[str | Path]) -> bool:
    """Write the exports (EXPORTS) of the articles files `sources`; False if one could not be
    written (said in one error line each; the articles are in their files all the same)."""
    written = True
    for uri, options in settings.getdict(EXPORTS).items():
        try:
            write_export(settings, uri, options, [source for source in sources if Path(source).is_file()])
        except OSError as error:
            logger.error("Cannot write the export %s: %s. The articles are in %s.", uri, error.strerror or error,
                         ", ".join(map(str, sources)) or "no file")
            written = False
    return written


def export_articles(settings: BaseSettings, fmt: str, file: IO[bytes], articles: Iterable[dict], **options: Any) -> None:
    exporter = load_object(settings.getwithbase("FEED_EXPORTERS")[fmt])(
        file, fields_to_export=list(ARTICLE_FIELDS), encoding="utf-8", indent=settings.getint("FEED_EXPORT_INDENT"),
        **options)
    exporter.start_exporting()
    for article in articles:
        exporter.export_item(article)
    exporter.finish_exporting()


def write_export(settings: BaseSettings, uri: str, options: dict, sources: Sequence[str | Path]) -> None:
    """One export: `-O` writes a new file and renames it over the old one; `-o` appends (a CSV file
    that has its header already gets no second one); a device (/dev/stdout) is written in place."""
    fmt, overwrite = options["format"], options["overwrite"]
    if uri == STDOUT:
        export_articles(settings, fmt, sys.stdout.buffer, read_articles(sources))
        sys.stdout.buffer.flush()
        return
    target = Path(uri)
    if target.exists() and not target.is_file():
        with target.open("ab") as device:
            export_articles(settings, fmt, device, read_articles(sources))
        return
    if not overwrite and not sources:
        return  # nothing to append
    has_header = not overwrite and fmt == "csv" and target.exists() and target.stat().st_size > 0
    with tempfile.NamedTemporaryFile(dir=target.parent, prefix=f".{target.name}.", suffix=PART_SUFFIX,
                                     delete=False) as staged:
        try:
            export_articles(settings, fmt, staged, read_articles(sources),
                            **({"include_headers_line": False} if has_header else {}))
            staged.flush()
            os.fsync(staged.fileno())
            os.chmod(staged.name, 0o666 & ~UMASK)  # as any file the user's programs make (a temporary file is 0600)
            if overwrite:
                os.replace(staged.name, target)
            else:
                append_whole(Path(staged.name), target, fmt)
        finally:
            Path(staged.name).unlink(missing_ok=True)


def append_whole(staged: Path, target: Path, fmt: str) -> None:
    """Append a staged export to its target, holding the target's lock (two runs appending to one
    file take turns); a torn JSON Lines tail a killed append left is cut off first."""
    with target.open("ab") as file:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX)
        if fmt != "csv":  # JSON Lines (a CSV record may hold line breaks: it is not cut at one)
            cut_torn_tail(target)
        with staged.open("rb") as source:
            shutil.copyfileobj(source, file)
        file.flush()
        os.fsync(file.fileno())


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

    def __init__(self, path: Path, on_failure: Callable[[Path, OSError], None]) -> None:
        super().__init__()
        self.path, self.on_failure = path, on_failure
        self.failure: OSError | None = None
        self.fd: int | None = None
        self.owned = False  # locked by this run: it alone may change the file
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o666)
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self.owned = True
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

    def write(self, data: ReadableBuffer) -> int:
        view = memoryview(data).cast("B")
        size = len(view)  # in bytes, whatever the buffer's items
        if self.failure is None:
            assert self.fd is not None, "written after close()"  # no failure: the file opened
            try:
                while view:
                    view = view[os.write(self.fd, view):]
            except OSError as error:
                self.fail(error)
        return size

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
    """Feed storage of the run's own files: `NAME.part`, renamed to NAME when complete; a write
    that fails stops the crawl."""

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None, crawler: Crawler | None = None) -> None:
        super().__init__(uri, feed_options=feed_options)
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler, uri: str, *, feed_options: dict[str, Any] | None = None) -> OutputFileStorage:
        return cls(uri, feed_options=feed_options, crawler=crawler)

    def open(self, spider: Spider) -> IO[bytes]:
        # A binary file object, though no subclass of typing.IO (Scrapy casts its own PostProcessingManager alike).
        return cast(IO[bytes], GuardedFile(Path(self.path + PART_SUFFIX),
                                           lambda path, error: stop_crawl(self.crawler, path, error)))

    def store(self, file: IO[bytes]) -> None:
        assert isinstance(file, GuardedFile), "Scrapy stores the file its storage opened"
        file.close()
        if not file.owned:  # another crawl's file: not this run's to finish
            return
        if file.path.exists():
            if file.failure is not None:
                cut_torn_tail(file.path)
            finalise(file.path)


def output_failed(stats: dict) -> bool:
    """Whether a run could not write an output (its articles file, the rejects file or an export)."""
    return "output/failed" in stats or stats.get("finish_reason") == OUTPUT_FAILED


def stop_crawl(crawler: Crawler | None, path: Path, error: OSError) -> None:
    """A file of the crawl's output cannot be written: say so in one line, and stop the crawl."""
    logger.error("Cannot write %s: %s. The crawl stops (%s); articles not written are not recorded as "
                 "captured, and the next run fetches them again.", path, error.strerror or error, OUTPUT_FAILED)
    if crawler is not None:
        crawler.stats.set_value("output/failed", str(path))
        deferred_from_coro(crawler.engine.close_spider_async(reason=OUTPUT_FAILED))
