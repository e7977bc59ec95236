"""`python -m devtools.bench`: how fast extraction and crawling are, against their anchors.

Extraction (default): pages per CPU second on one core, over the labelled pages of `fixtures/` (or
`--pages DIR`), for (a) lxml parsing alone, the floor; (b) this project's extraction and item,
checked against the contract, as a crawl makes them; (c) trafilatura.extract; (d) readability-lxml. Each figure is
the median of `--repeat` runs, the four taking turns. The last line sums it up:

    extract_pps=<b> lxml_pps=<a> trafilatura_pps=<c> vs_trafilatura=<b/c> vs_lxml=<a/b>

`--distributed`: the demo site crawled by 1 worker, then by 3 workers sharing one Redis (a
redis-server is started on loopback), with the project's politeness settings, the site answering
each request in 100 ms; the request timeline the site sees (requests, seconds, the busiest 10 s,
the least gap between two requests) of each, in one run. The last line:

    workers_1_requests=.. workers_1_seconds=.. workers_1_busiest_10s=.. workers_1_least_gap=..
    workers_3_... busiest_ratio=<3 workers / 1> written_once=<every article once, in both>

`--archive`: re-extraction from a web archive (`crawler.extract --archive`, a whole process) of the
demo site crawled at `--articles` articles (default 2,000) with the archive on, against extraction
alone over the same pages, reading the archive alone (the index of its records, then each
article's response as the replay makes it), and the replay of the same responses read into memory
beforehand (what a replay costs without the WARC: Scrapy's handling of each response, the callback,
the pipelines, the feeds), in pages per CPU second on one core. The last line:

    reextract_pps=<whole process> reextract_steady_pps=<its fixed cost left out> extract_pps=<..>
    warc_read_pps=<..> held_replay_pps=<..> ratio=<whole/extract> steady_ratio=<steady/extract>

`--shared-archive`: re-extraction (`crawler.extract --archive`, wall time) of the demo site's
archive (`--articles`, default 2,000) by 1 process, and by 2 processes sharing it through Redis;
the per-record and fixed costs measured on 1 process, and the speed-up they predict for n
processes. The last line:

    records=.. one_s=.. two_s=.. speedup_2=.. per_record_ms=.. fixed_s=.. expected_2=.. expected_4=.. ...

`--crawl`: crawls the demo site generated at `--articles` articles (default 5,000) with this
project's spider, with the same spider learning no template (`TEMPLATE_LEARNING=False`: what the
repetition memory costs), and with a bare spider that follows the same links and extracts nothing,
and prints pages per minute, their ratios and each crawl process's peak RSS; then the peak RSS of
the project's crawl at `--articles-small` (default 1,000). The last line:

    crawl_ppm=<ours> bare_ppm=<bare> ratio=<ours/bare> no_memory_ppm=<..> memory_ratio=<ours/no memory>
    rss_mb_1000=<..> rss_mb_5000=<..>

`--stop`: crawls the demo site (`--articles`, default 90) with `-a max_articles=3` at the default
politeness (delays, AutoThrottle) and prints how long each crawl went on after its third article
(`stop/time` to `finish_time` in its stats), and its whole run. The last line:

    stop_lag_median_s=<..> stop_lag_max_s=<..>
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lxml import etree
from scrapy import Request
from scrapy.http import Response

from crawler.archive.reader import HttpResponse
from crawler.archive.replay import ArchivedResponse, archived_articles
from crawler.extract import Job, archive_replay_settings, page_url, replay
from crawler.extraction import Extraction, extract_article
from crawler.items import article_item
from crawler.mirror import MirrorServer, demo_sites
from crawler.monitoring.summary import RUNS_FILE
from crawler.sites import site_of
from crawler.sites.cqn import SITE as CQN
from crawler.spiders.base import ArticleSpider, Output
from devtools.labelled import fixture_pages
from pipelines.validate import contract_breach

PROJECT = Path(__file__).resolve().parent.parent


class BareCqnSpider(ArticleSpider):
    """The cqn spider's discovery alone: it follows the same links and reads no article."""

    name = "cqn-bare"
    site = CQN

    def parse_article(self, response: Response) -> list[Output]:
        return []


# -- extraction -------------------------------------------------------------------------------

def labelled_pages() -> list[tuple[str, bytes]]:
    return [(page.url, page.body()) for page in fixture_pages()]


def directory_pages(directory: Path) -> list[tuple[str, bytes]]:
    return [(page_url(path, path.read_bytes()), path.read_bytes()) for path in sorted(directory.glob("*.htm*"))]


def lxml_parse(url: str, body: bytes) -> None:
    etree.fromstring(body, parser=etree.HTMLParser())


def trafilatura_extract(url: str, body: bytes) -> None:
    import trafilatura

    trafilatura.extract(body, url=url)


def readability_extract(url: str, body: bytes) -> None:
    from readability import Document

    from crawler.extraction.encoding import decode_html

    Document(decode_html(body)[0], url=url).summary()


def pages_per_second(extract: Callable[[str, bytes], None], pages: list[tuple[str, bytes]]) -> float:
    """Pages per CPU second of one run. CPU time, not wall time: what one core spends, whatever
    else the machine is doing."""
    started = time.process_time()
    for url, body in pages:
        extract(url, body)
    return len(pages) / (time.process_time() - started)


def ours_extract(url: str, body: bytes) -> None:
    """What a crawl does with a page: the extraction by its site's layouts, the item, the contract."""
    site = site_of(url)
    result = extract_article(body, url, layouts=site.layouts if site else (), own_outlets=site.own_outlets if site else None)
    if isinstance(result, Extraction):
        contract_breach(dict(article_item(url, result)))


def bench_extraction(pages: list[tuple[str, bytes]], repeat: int) -> str:
    """The median of `repeat` runs of each extractor. The runs take turns (lxml, ours,
    trafilatura, readability, then again), so that a machine that slows down or speeds up
    during the benchmark weighs on all four alike and their ratios hold."""
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    extractors = {"lxml": lambda: lxml_parse, "ours": lambda: ours_extract,
                  "trafilatura": lambda: trafilatura_extract, "readability": lambda: readability_extract}
    rates: dict[str, list[float]] = {name: [] for name in extractors}
    for _ in range(repeat):
        for name, fresh in extractors.items():
            rates[name].append(pages_per_second(fresh(), pages))
    lxml_pps, extract_pps, trafilatura_pps, readability_pps = (statistics.median(rates[name]) for name in extractors)
    print(f"{len(pages)} pages, median of {repeat} runs, one core of {platform.processor() or platform.machine()}")
    for label, rate in (("lxml parse alone (floor)", lxml_pps), ("this project (extraction + pipelines)", extract_pps),
                        ("trafilatura.extract", trafilatura_pps), ("readability-lxml", readability_pps)):
        print(f"  {label:<40} {rate:9.1f} pages/s")
    return (f"extract_pps={extract_pps:.1f} lxml_pps={lxml_pps:.1f} trafilatura_pps={trafilatura_pps:.1f} "
            f"vs_trafilatura={extract_pps / trafilatura_pps:.2f} vs_lxml={lxml_pps / extract_pps:.2f}")


# -- crawling ---------------------------------------------------------------------------------

CRAWL_SETTINGS = ["-s", "CRAWL_STATE=", "-s", "SPIDERMON_ENABLED=False", "-s", "AUTOTHROTTLE_ENABLED=0",
                  "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS=32", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=32",
                  "-s", "PROGRESS_INTERVAL=0", "-s", "LOG_LEVEL=INFO"]


# The project's politeness settings as they ship (DOWNLOAD_DELAY, AutoThrottle, 4 at once per site),
# shared by the workers of a distributed crawl through Redis.
DISTRIBUTED_SETTINGS = ["-s", "CRAWL_STATE=redis", "-s", "SPIDERMON_ENABLED=False", "-s", "PROGRESS_INTERVAL=0"]


def crawl(command: list[str], mirror: MirrorServer, output: Path) -> tuple[float, float]:
    """(pages per minute, peak RSS in MB) of one crawl process."""
    settings = ["-s", f"CQN_BASE_URL={mirror.base_url}", "-s", f"OUTPUT_DIR={output}", *CRAWL_SETTINGS]
    started = time.perf_counter()
    process = subprocess.Popen([*command, *settings], cwd=PROJECT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None  # piped above
    log = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if status:
        sys.exit(f"crawl failed ({' '.join(command)}):\n{log[-3000:]}")
    pages = last_run(output)["stats"]["response_received_count"]
    return pages / elapsed * 60, usage.ru_maxrss / 1024


def last_run(output: Path) -> dict:
    """The record of the last run that wrote to `output` (its runs.jsonl), with its full stats."""
    return json.loads((output / RUNS_FILE).read_text(encoding="utf-8").splitlines()[-1])


def bench_stop(articles: int, repeat: int) -> str:
    """How long a `max_articles` crawl goes on after its last article, at the default politeness."""
    lags, walls = [], []
    with tempfile.TemporaryDirectory() as scratch, MirrorServer(demo_sites(articles)["cqn.com.cn"].routes) as mirror:
        for run in range(repeat):
            output = Path(scratch) / str(run)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "scrapy", "crawl", "cqn", "-a", "max_articles=3", "-s", "CRAWL_STATE=",
                            "-s", f"CQN_BASE_URL={mirror.base_url}", "-s", f"OUTPUT_DIR={output}"],
                           cwd=PROJECT, check=True, capture_output=True)
            walls.append(time.perf_counter() - started)
            stats = last_run(output)["stats"]
            stopped, finished = (datetime.fromisoformat(stats[name]) for name in ("stop/time", "finish_time"))
            lags.append((finished - stopped).total_seconds())
    print(f"max_articles=3 on the demo site ({articles} articles), default politeness, {repeat} runs:")
    print(f"  last article -> crawl closed: median {statistics.median(lags):.2f} s, max {max(lags):.2f} s")
    print(f"  whole run: median {statistics.median(walls):.1f} s")
    return f"stop_lag_median_s={statistics.median(lags):.2f} stop_lag_max_s={max(lags):.2f}"


def bench_crawl(articles: int, articles_small: int) -> str:
    ours_command = [sys.executable, "-m", "scrapy", "crawl", "cqn"]
    bare_command = [sys.executable, "-m", "scrapy", "runspider", __file__]
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        with MirrorServer(demo_sites(articles)["cqn.com.cn"].routes) as mirror:
            bare_ppm, bare_rss = crawl(bare_command, mirror, scratch / "bare")
            ours_ppm, ours_rss = crawl(ours_command, mirror, scratch / "ours")
            no_memory_ppm, _ = crawl([*ours_command, "-s", "TEMPLATE_LEARNING=False"], mirror, scratch / "no-memory")
        with MirrorServer(demo_sites(articles_small)["cqn.com.cn"].routes) as mirror:
            _, small_rss = crawl(ours_command, mirror, scratch / "small")
    print(f"demo site of {articles} generated articles, served on loopback")
    print(f"  this project's spider  {ours_ppm:9.0f} pages/min, peak RSS {ours_rss:6.1f} MB")
    print(f"  the same, no template  {no_memory_ppm:9.0f} pages/min")
    print(f"  bare spider            {bare_ppm:9.0f} pages/min, peak RSS {bare_rss:6.1f} MB")
    print(f"  this project's spider at {articles_small} articles: peak RSS {small_rss:6.1f} MB")
    return (f"crawl_ppm={ours_ppm:.0f} bare_ppm={bare_ppm:.0f} ratio={ours_ppm / bare_ppm:.2f} "
            f"no_memory_ppm={no_memory_ppm:.0f} memory_ratio={ours_ppm / no_memory_ppm:.2f} "
            f"rss_mb_{articles_small}={small_rss:.1f} rss_mb_{articles}={ours_rss:.1f}")


def bench_distributed(articles: int, delay: float) -> str:
    """What the site sees of the demo site crawled by 1 worker, then by 3 sharing one Redis, with the
    project's politeness settings: requests, seconds, the busiest 10 s, the least gap between two
    requests (measured at the mirror, as they arrive), and whether every article was written once."""
    from crawler.distributed.connection import redis_client
    from devtools.timeline import busiest_window, least_gap

    figures = {}
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        with redis_server(scratch) as url:
            site = demo_sites(articles)["cqn.com.cn"]
            with MirrorServer(site.routes, delay=delay) as mirror:
                for workers in (1, 3):
                    redis_client({"REDIS_URL": url}).flushdb()
                    mirror.arrivals.clear()
                    started = time.perf_counter()
                    outputs = [scratch / f"{workers}-{number}" for number in range(workers)]
                    processes = [subprocess.Popen(
                        [sys.executable, "-m", "scrapy", "crawl", "cqn", "-s", f"REDIS_URL={url}",
                         "-s", f"CQN_BASE_URL={mirror.base_url}", "-s", f"OUTPUT_DIR={output}", *DISTRIBUTED_SETTINGS],
                        cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for output in outputs]
                    if any(process.wait() for process in processes):
                        sys.exit(f"a worker of the {workers}-worker crawl failed")
                    seconds = time.perf_counter() - started
                    starts = [arrived for arrived, _ in mirror.arrivals]
                    urls = [json.loads(line)["url"] for output in outputs for path in output.glob("articles-*.jsonl")
                            for line in path.read_text(encoding="utf-8").splitlines()]
                    figures[workers] = {"requests": len(starts), "seconds": seconds, "busiest_10s": busiest_window(starts),
                                        "least_gap": least_gap(starts) or 0.0,
                                        "once": sorted(urls) == sorted(article.url for article in site.articles)}
    print(f"demo site of {articles} generated articles, the mirror answering in {delay * 1000:.0f} ms, one Redis, "
          "the project's politeness settings; what the site sees:")
    for workers, figure in figures.items():
        print(f"  {workers} worker{'s' if workers > 1 else ' '}: {figure['requests']:4d} requests "
              f"in {figure['seconds']:5.1f} s, "
              f"busiest 10 s {figure['busiest_10s']:3d}, least gap {figure['least_gap']:.3f} s, "
              f"every article written once: {'yes' if figure['once'] else 'NO'}")
    return " ".join([*(f"workers_{workers}_{name}={figure[name]:.3f}" if name == "least_gap" else
                       f"workers_{workers}_{name}={figure[name]:.1f}" if name == "seconds" else
                       f"workers_{workers}_{name}={figure[name]}"
                       for workers, figure in figures.items() for name in ("requests", "seconds", "busiest_10s", "least_gap")),
                     f"busiest_ratio={figures[3]['busiest_10s'] / figures[1]['busiest_10s']:.2f}",
                     f"written_once={figures[1]['once'] and figures[3]['once']}"])


@contextmanager
def redis_server(directory: Path) -> Iterator[str]:
    """A redis-server on a loopback port of its own, for the benchmark's duration; its URL."""
    port = free_port()
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", directory], stdout=subprocess.DEVNULL)
    try:
        wait_for_port(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait()


def bench_shared_reextraction(articles: int) -> str:
    """Wall time of the re-extraction of the demo site's archive by 1 process, and by 2 sharing it
    through Redis (started together); the per-record cost and the fixed cost of a process, from 1
    process over a small and a large archive; and the speed-up expected of n processes from them:
    T(n) = fixed + records * per_record / n, with n cores free."""
    from crawler.distributed.connection import redis_client

    def reextract(archive: Path, outputs: list[Path], *settings: str) -> tuple[float, float]:
        """(wall seconds, CPU seconds of all the processes)."""
        started = time.perf_counter()
        processes = [subprocess.Popen([sys.executable, "-m", "crawler.extract", "--archive", str(archive),
                                       "-s", f"OUTPUT_DIR={output}", "-s", "CRAWL_STATE=", "-s", "LOG_LEVEL=WARNING",
                                       *settings], cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                     for output in outputs]
        cpu = 0.0
        for process in processes:
            _, status, usage = os.wait4(process.pid, 0)
            if status:
                sys.exit(f"a re-extraction of {archive} failed")
            cpu += usage.ru_utime + usage.ru_stime
        return time.perf_counter() - started, cpu

    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        large, small = demo_archives(scratch, articles)
        records = {archive: len(archived_articles([archive])[0]) for archive in (large, small)}
        with redis_server(scratch) as url:
            one_small, _ = reextract(small, [scratch / "small"])
            one, one_cpu = reextract(large, [scratch / "one"])
            redis_client({"REDIS_URL": url}).flushdb()
            two, two_cpu = reextract(large, [scratch / "two-1", scratch / "two-2"], "-s", f"REDIS_URL={url}")
    per_record = (one - one_small) / (records[large] - records[small])
    fixed = one - records[large] * per_record
    print(f"archive of the demo site: {records[large]} article records (and {records[small]} for the fixed cost); "
          f"wall times, {os.cpu_count()} cores shared with whatever else runs (load average "
          f"{os.getloadavg()[0]:.1f} at the end)")
    print(f"  1 process           {one:6.1f} s, CPU {one_cpu:5.1f} s   ({per_record * 1000:.2f} ms a record, "
          f"{fixed:.1f} s fixed cost)")
    print(f"  2 processes, Redis  {two:6.1f} s, CPU {two_cpu:5.1f} s   speed-up {one / two:.2f}")
    expected = {n: one / (fixed + records[large] * per_record / n) for n in (2, 4, 8, 16)}
    print("  expected with n free cores: " + ", ".join(f"n={n} {speedup:.2f}" for n, speedup in expected.items()))
    return (f"records={records[large]} one_s={one:.1f} two_s={two:.1f} speedup_2={one / two:.2f} "
            f"one_cpu_s={one_cpu:.1f} two_cpu_s={two_cpu:.1f} "
            f"per_record_ms={per_record * 1000:.2f} fixed_s={fixed:.1f} "
            + " ".join(f"expected_{n}={speedup:.2f}" for n, speedup in expected.items()))


def wait_for_port(port: int) -> None:
    """Until a server listens on the loopback port (a Redis client would end the process: refused)."""
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                sys.exit(f"nothing listens on 127.0.0.1:{port}")
            time.sleep(0.1)


def bench_archive(articles: int, repeat: int) -> str:
    """Pages per CPU second of re-extraction from a web archive (`crawler.extract --archive`, the
    whole process), against extraction alone over the same pages and reading the archive alone. The process's fixed cost
    (imports, starting a crawl: about 2 s) is measured on a small archive and also left out, for
    the rate at which a large archive goes."""
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        large, small = demo_archives(scratch, articles)
        pages, small_pages = archived_pages(large), len(archived_pages(small))
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, the re-extraction's too
        extract_rates, read_rates, held_rates, whole_rates, steady_rates = [], [], [], [], []
        for run in range(repeat):
            extract_rates.append(pages_per_second(ours_extract, pages))
            started = time.process_time()
            archived_pages(large)
            read_rates.append(len(pages) / (time.process_time() - started))
            held_rates.append(len(pages) / held_replay_cpu_seconds(large, scratch / f"held{run}"))
            seconds = {archive: reextraction_cpu_seconds(archive, scratch / f"run{run}-{archive.name}")
                       for archive in (large, small)}
            whole_rates.append(len(pages) / seconds[large])
            steady_rates.append((len(pages) - small_pages) / (seconds[large] - seconds[small]))
    extract_pps, read_pps, held_pps, whole_pps, steady_pps = map(
        statistics.median, (extract_rates, read_rates, held_rates, whole_rates, steady_rates))
    print(f"{len(pages)} archived article pages of the demo site, median of {repeat} runs, one core")
    print(f"  extraction alone (as devtools.bench)                    {extract_pps:9.1f} pages/s")
    print(f"  reading the archive alone (index, then each response)  {read_pps:9.1f} pages/s")
    print(f"  replay of the responses held in memory (no WARC read)  {held_pps:9.1f} pages/s")
    print(f"  re-extraction from the archive, the whole process      {whole_pps:9.1f} pages/s")
    print(f"  re-extraction, its fixed cost left out (large archives) {steady_pps:8.1f} pages/s")
    return (f"reextract_pps={whole_pps:.1f} reextract_steady_pps={steady_pps:.1f} extract_pps={extract_pps:.1f} "
            f"warc_read_pps={read_pps:.1f} held_replay_pps={held_pps:.1f} "
            f"ratio={whole_pps / extract_pps:.2f} steady_ratio={steady_pps / extract_pps:.2f}")


SMALL_ARCHIVE = 30  # articles of the demo site whose archive measures the re-extraction's fixed cost


def demo_archives(scratch: Path, articles: int) -> tuple[Path, Path]:
    """The web archives of the demo site crawled at `articles` articles and at a small size, whose
    re-extraction measures a process's fixed cost: (large, small), in `scratch`."""
    small = max(1, min(SMALL_ARCHIVE, articles // 10))
    for size in (articles, small):
        with MirrorServer(demo_sites(size)["cqn.com.cn"].routes) as mirror:
            crawl([sys.executable, "-m", "scrapy", "crawl", "cqn", "-s", f"ARCHIVE_DIR={scratch / f'archive{size}'}"],
                  mirror, scratch / f"crawled{size}")
    return scratch / f"archive{articles}", scratch / f"archive{small}"


@dataclass(frozen=True)
class HeldRecord:
    """An archived response read beforehand: replaying it reads no file."""

    date: str
    received: HttpResponse

    def http_response(self) -> HttpResponse:
        return self.received


def held_replay_cpu_seconds(archive: Path, output: Path) -> float:
    """CPU seconds of a replay (crawler.extract's, in a process of its own, the start of its crawl
    included) of the archive's article responses, read into memory before the clock starts."""
    receiver, sender = multiprocessing.Pipe(duplex=False)

    def run() -> None:
        found, _ = archived_articles([archive])
        jobs = [Job(url, ArchivedResponse(HeldRecord(archived.record.date, archived.record.http_response())))
                for url, archived in found.items()]
        settings, _ = archive_replay_settings([f"OUTPUT_DIR={output}", "CRAWL_STATE=", "LOG_LEVEL=WARNING"])
        started = time.process_time()
        replay(jobs, settings, keep_results=False)
        sender.send(time.process_time() - started)

    process = multiprocessing.get_context("fork").Process(target=run)  # a crawl's reactor runs once a process
    process.start()
    seconds = receiver.recv()
    process.join()
    return seconds


def reextraction_cpu_seconds(archive: Path, output: Path) -> float:
    process = subprocess.Popen([sys.executable, "-m", "crawler.extract", "--archive", str(archive),
                                "-s", f"OUTPUT_DIR={output}", "-s", "CRAWL_STATE=", "-s", "LOG_LEVEL=WARNING"],
                               cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if status:
        sys.exit(f"the re-extraction of {archive} failed")
    return usage.ru_utime + usage.ru_stime


def archived_pages(directory: Path) -> list[tuple[str, bytes]]:
    """(URL, body) of the article responses of a web archive."""
    found, _ = archived_articles([directory])
    pages = []
    for url, archived in found.items():
        response = archived.response(Request(url))
        if response.status == 200:
            pages.append((url, response.body))
    return pages


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, help="a directory of saved pages (default: the labelled pages)")
    parser.add_argument("--repeat", type=int, default=7, help="runs per figure; the median is printed")
    parser.add_argument("--crawl", action="store_true", help="benchmark whole crawls of the demo site")
    parser.add_argument("--distributed", action="store_true", help="1 worker against 3 over one Redis")
    parser.add_argument("--archive", action="store_true", help="re-extraction from a web archive against extraction")
    parser.add_argument("--stop", action="store_true", help="how promptly a max_articles crawl stops")
    parser.add_argument("--shared-archive", action="store_true",
                        help="re-extraction by 1 process, and by 2 sharing the archive through Redis")
    parser.add_argument("--articles", type=int,
                        help="size of the demo site (default: 5,000 with --crawl, 30 with --distributed)")
    parser.add_argument("--articles-small", type=int, default=1000, help="the smaller demo site, for RSS growth")
    args = parser.parse_args(argv)
    if args.stop:
        print(bench_stop(args.articles or 90, min(args.repeat, 3)))
    elif args.distributed:
        print(bench_distributed(args.articles or 30, delay=0.1))
    elif args.shared_archive:
        print(bench_shared_reextraction(args.articles or 2000))
    elif args.archive:
        print(bench_archive(args.articles or 2000, min(args.repeat, 3)))
    elif args.crawl:
        print(bench_crawl(args.articles or 5000, args.articles_small))
    else:
        pages = directory_pages(args.pages) if args.pages else labelled_pages()
        if not pages:
            print(f"python -m devtools.bench: error: --pages {args.pages}: "
                  f"{'no saved pages (*.htm, *.html) there' if args.pages.is_dir() else 'not a directory'}", file=sys.stderr)
            return 2
        print(bench_extraction(pages, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
