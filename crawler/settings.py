"""Settings of the crawler. Every one can be changed per run with `-s NAME=VALUE`.

The ones a user changes most are first; the README lists them.
"""

# -- output ----------------------------------------------------------------------------------
# Directory of the articles-<spider>-<time>.jsonl and rejects-<spider>-<time>.jsonl files of each run.
OUTPUT_DIR = "output"
# The crawl state kept between runs (SQLite): what was captured, so re-runs fetch only what is
# new. Empty: no state, every run crawls everything.
CRAWL_STATE = "state/crawl.sqlite3"
# Learn each site's template (blocks repeated verbatim across its pages) and strip it from bodies
# (crawler.extraction.template); kept in the crawl state. Off for saved pages read one by one.
TEMPLATE_LEARNING = True
# A distributed crawl: every `scrapy crawl` given this Redis shares one queue, one duplicate
# filter and one crawl state with the others (e.g. redis://127.0.0.1:6379/0). Unset: one process.
REDIS_URL = None
# How long a Redis client (crawler.distributed.connection, scrapy-redis's scheduler alike) waits on a
# server that does not answer before it retries, then fails the crawl; scrapy-redis's parameters.
REDIS_PARAMS = {"socket_timeout": 10, "socket_connect_timeout": 10, "retry_on_timeout": True}
# The web archive: every response the crawl receives, with its request, as WARC files (gzipped)
# under this directory (crawler/archive/writer.py). Unset: none. A file is rolled over past this size (0: never).
ARCHIVE_DIR = None
ARCHIVE_MAX_FILE_SIZE = 1024 * 1024 * 1024
# Crawl a mirror of a site instead of the site (e.g. http://127.0.0.1:8000); items keep the
# production URLs.
CQN_BASE_URL = None
ONLINE315_BASE_URL = None

# -- politeness: the defaults are for the real sites -------------------------------------------
# How the sites can reach whoever runs the crawl (an e-mail or URL); it goes into the User-Agent.
CRAWLER_CONTACT = "mailto:crawler-operator@example.org"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
# Every request waits for its site's politeness budget (crawler/downloader/site_budget.py): the
# robots.txt Crawl-delay, and with REDIS_URL the delay and concurrency above for all workers together.
DOWNLOAD_HANDLERS = {"http": "crawler.downloader.site_budget.PoliteDownloadHandler",
                     "https": "crawler.downloader.site_budget.PoliteDownloadHandler"}
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# A response shorter than its Content-Length comes to the spider flagged "dataloss": it is retried,
# then rejected as a truncated page (a page without </html> is no evidence of one).
DOWNLOAD_FAIL_ON_DATALOSS = False
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# The n-th retry of a request waits RETRY_BACKOFF_BASE * 2**(n-1) seconds, at most RETRY_BACKOFF_MAX.
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0
# An article link that answered 404 or 410 is not fetched again for this many days.
DEAD_LINK_RECHECK_DAYS = 30
# Seconds between two progress lines in the log (0: none).
PROGRESS_INTERVAL = 30.0

# -- monitors: a crawl that crosses one of these exits with status 3 and logs one ALERT line ----
MONITOR_MIN_PAGES = 20  # a share (generic, rejected, fetch errors, coverage) is judged over at least this many
MONITOR_MIN_ARTICLES = 1  # a crawl that finds fewer (written, or captured before and unchanged) failed
MONITOR_MAX_GENERIC_SHARE = 0.5  # more than this read by the generic extractor: a template changed
MONITOR_MAX_REJECTED_SHARE = 0.2
MONITOR_MAX_FETCH_ERROR_RATE = 0.1  # share of requests that failed after their retries
MONITOR_MIN_COVERAGE = {"headline": 1.0, "articleBody": 1.0, "datePublished": 0.8, "source": 0.5}

# -- wiring: one job per component -------------------------------------------------------------
BOT_NAME = "cqn"
SPIDER_LOADER_CLASS = "crawler.spiders.loader.SiteSpiderLoader"  # a spider per site of crawler/sites/
ADDONS = {"crawler.output.OutputFeeds": 0, "crawler.downloader.politeness.ContactUserAgent": 0,
          "crawler.distributed.crawl.RedisAddon": 0}
DOWNLOADER_MIDDLEWARES = {"crawler.downloader.mirroring.MirrorMiddleware": 40,
                          "crawler.downloader.politeness.RetryBackoffMiddleware": 560,
                          "crawler.archive.writer.WebArchive": 950}  # next to the downloader: what is sent and received
COMMANDS_MODULE = "crawler.commands"  # `scrapy crawl` that exits 3 when the monitors fail
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ("crawler.monitoring.monitors.CrawlHealth",)
EXTENSIONS = {
    "crawler.state.capture.CrawlStateExtension": 400,
    "crawler.monitoring.summary.CrawlSummary": 500,
    "spidermon.contrib.scrapy.extensions.Spidermon": 510,  # after CrawlSummary: it reads its stats
    "scrapy.extensions.logstats.LogStats": None,  # CrawlSummary says the progress
    "scrapy.extensions.telnet.TelnetConsole": None,
}
# Articles come from the spider whole (crawler.extraction); the pipelines check them against the
# contract and against the other articles of the crawl and of earlier runs.
ITEM_PIPELINES = {
    "pipelines.held.HeldArticlesPipeline": 100,  # only closes: the articles the spider still holds go on
    "pipelines.validate.ValidatePipeline": 500,
    "pipelines.dedup.DedupPipeline": 600,
    "pipelines.revisions.RevisionPipeline": 700,
}
# The run's own files in OUTPUT_DIR: NAME.part renamed to NAME when complete; a failed write stops
# the crawl. A run that writes nothing leaves no file. -o/-O are exports made from them at the end.
FEED_STORAGES = {"": "crawler.output.OutputFileStorage", "file": "crawler.output.OutputFileStorage"}
FEED_STORE_EMPTY = False
FEED_EXPORT_ENCODING = "utf-8"
# INFO: the crawl's own lines (start, progress, problems, summary); Scrapy's banner, settings,
# components and stats dump only at DEBUG (crawler/monitoring/console.py). Stats: OUTPUT_DIR/runs.jsonl.
LOG_LEVEL = "INFO"
# A request that failed after its retries becomes a rejection, logged once as such (one line).
RETRY_GIVE_UP_LOG_LEVEL = "DEBUG"
# The spider retries a truncated download itself (get_retry_request), which carries these on purpose.
META_COPY_WARN_SKIP_KEYS = ["retry_times", "download_latency"]
# Scrapy reads a callback's source to warn of a generator returning a value, again and again for a
# spider's bound methods (its cache misses them): a parse of Python per page. Ours return none.
WARN_ON_GENERATOR_RETURN_VALUE = False
# Scrapy starts this many tasks for every response to run its output through the pipelines side by
# side; ours are synchronous (nothing to overlap) and a response gives one item or a few requests.
CONCURRENT_ITEMS = 1
REMOTE_CONTROL_ENABLED = False
