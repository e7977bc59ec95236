"""The web archive of a crawl: every response it receives, with its request, as WARC records.

With `-s ARCHIVE_DIR=DIR` (off by default), `WebArchive` (a downloader middleware next to the
downloader: it sees the request as sent and the response as received, before redirects are followed
or content decoded) writes a request and a response record for every exchange (articles, listings,
feeds, robots.txt, 404s, redirects) through warcio, gzipped, one gzip member per record, into
`DIR/<spider>-<UTC time>[-<host>-<pid>]-<serial>.warc.gz` (`crawler.output.run_name`), a new file per run and per worker, and
another whenever one would grow past ARCHIVE_MAX_FILE_SIZE. Each file opens with a warcinfo record.

A record reaches the file in one write: a crawl killed at any moment leaves files a WARC reader
reads to the end. Records carry the production URL (also when a mirror was crawled) and digests,
by which a damaged record is told. The crawl state records an article as captured only once the
archive is on disk too (`sync`, called by `crawler.state.capture`). A write that fails stops the
crawl, as for the other outputs (`crawler.output`).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers, Response
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.output import GuardedFile, run_name, stop_crawl

SOFTWARE = "cqn-crawler/1.1 (Scrapy, warcio)"
ARCHIVE_SUFFIX = ".warc.gz"


def warc_date(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def header_pairs(headers: Headers, leave_out: tuple[bytes, ...] = ()) -> list[tuple[str, str]]:
    """Scrapy's headers as (name, value) pairs of text, each value of a repeated header on its own."""
    return [(name.decode("latin-1"), value.decode("latin-1")) for name, values in headers.items()
            if name.lower() not in leave_out for value in values]


class WebArchive:
    """Downloader middleware writing every exchange of the crawl to WARC files."""

    def __init__(self, crawler: Crawler, directory: Path, max_file_size: int) -> None:
        self.crawler = crawler
        self.directory = directory
        self.max_file_size = max_file_size
        self.run = run_name(crawler)
        self.serial = 0
        self.file: GuardedFile | None = None
        self.size, self.holds_exchange = 0, False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WebArchive:
        directory = crawler.settings.get("ARCHIVE_DIR")
        if not directory:
            raise NotConfigured
        archive = cls(crawler, Path(directory), crawler.settings.getint("ARCHIVE_MAX_FILE_SIZE"))
        crawler.signals.connect(archive.spider_closed, signal=signals.spider_closed)
        return archive

    def process_response(self, request: Request, response: Response) -> Response:
        url = request.meta.get("production_url", request.url)  # a mirror's requests: the production URL
        moment = datetime.now(UTC)
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=True)
        date = {"WARC-Date": warc_date(moment)}
        status = f"{response.status} {self.reason(response.status)}"
        response_record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(response.body),
            # The body as received, but for its chunks: a chunked transfer is kept de-chunked, without saying so.
            http_headers=StatusAndHeaders(status, header_pairs(response.headers, (b"transfer-encoding",)),
                                          protocol=response.protocol or "HTTP/1.1"),
            warc_headers_dict={**date, **({"WARC-IP-Address": str(response.ip_address)} if response.ip_address else {})})
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request_record = writer.create_warc_record(
            url, "request", payload=io.BytesIO(request.body or b""),
            http_headers=StatusAndHeaders(f"{request.method} {target} HTTP/1.1",
                                          [("Host", parts.netloc), *header_pairs(request.headers)], is_http_request=True),
            warc_headers_dict={**date, "WARC-Concurrent-To": response_record.rec_headers.get_header("WARC-Record-ID")})
        writer.write_record(response_record)
        writer.write_record(request_record)
        file = self.write(buffer.getvalue())
        if file.failure is not None:  # the crawl is stopping; what it cannot archive, it does not keep
            raise IgnoreRequest(f"not archived: {file.path}: {file.failure.strerror}")
        return response

    @staticmethod
    def reason(status: int) -> str:
        try:
            return HTTPStatus(status).phrase
        except ValueError:
            return "Unknown"

    def write(self, records: bytes) -> GuardedFile:
        """The records, in one write, to the current file (a new one past the size limit); that file
        (its `failure` says why they were not written, if they were not)."""
        past_limit = self.max_file_size and self.size + len(records) > self.max_file_size
        if self.file is None or (past_limit and self.holds_exchange):  # a file holds one exchange at least
            self.file = self.open_next()
        self.file.write(records)
        self.size += len(records)
        self.holds_exchange = True
        return self.file

    def open_next(self) -> GuardedFile:
        if self.file is not None:
            self.file.close()
        self.serial += 1
        name = f"{self.run}-{self.serial:05d}{ARCHIVE_SUFFIX}"
        file = GuardedFile(self.directory / name, on_failure=lambda path, error: stop_crawl(self.crawler, path, error))
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=True)
        writer.write_record(writer.create_warcinfo_record(name, {
            "software": SOFTWARE, "format": "WARC File Format 1.1",
            "robots": "obey" if self.crawler.settings.getbool("ROBOTSTXT_OBEY") else "ignore",
            "http-header-user-agent": self.crawler.settings.get("USER_AGENT") or ""}))
        file.write(buffer.getvalue())
        self.size, self.holds_exchange = len(buffer.getvalue()), False
        return file

    def sync(self) -> None:
        """Have what was written reach the disk (before articles are recorded as captured)."""
        if self.file is not None:
            self.file.sync()

    def spider_closed(self, spider: Spider) -> None:
        if self.file is not None:
            self.file.close()
