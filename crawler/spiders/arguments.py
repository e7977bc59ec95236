"""The spider arguments (`-a name=value`), read and checked before a crawl makes any request.

A bad value or an unknown name is an `ArgumentError` whose text names the argument and what it
accepts; `scrapy crawl` says it in one line and exits with status 2 (crawler/commands/crawl.py).
A line of `urls=` or `url_file=` that is no URL is no such error: it is that line's rejection
(`url_problem`, said by the spider), and the other lines are crawled.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

# Arguments that scrapyd adds to every job it runs (_job, and the like) are its own.
SCHEDULER_ARGUMENT_PREFIX = "_"
TRUE, FALSE = ("1", "true", "yes"), ("0", "false", "no", "")


class ArgumentError(ValueError):
    """A spider argument that cannot be used, said in words for the command line."""


def _whole_number(name: str, text: str, minimum: int) -> int:
    try:
        number = int(text)
    except ValueError:
        number = None
    if number is None or number < minimum:
        raise ArgumentError(f"-a {name}={text}: give a whole number of at least {minimum}")
    return number


def _day(name: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ArgumentError(f"-a {name}={text}: give a date as YYYY-MM-DD") from None


def _flag(name: str, text: str) -> bool:
    if text.lower() not in TRUE + FALSE:
        raise ArgumentError(f"-a {name}={text}: give 1 or 0")
    return text.lower() in TRUE


def url_problem(text: str) -> str | None:
    """Why `text` is no URL a crawl can fetch (an absolute http(s) URL), if it is not."""
    try:
        parts = urlsplit(text)
        hostname = parts.hostname
    except ValueError as error:  # e.g. a bad port, an unclosed [IPv6 address
        return f"{text!r} is not a URL ({error})"
    if parts.scheme not in ("http", "https") or not hostname:
        return f"{text!r} is not an absolute http(s) URL" + (" (it has no scheme)" if text.startswith("//") else "")
    return None


def _urls_of_file(name: str, text: str) -> list[str]:
    try:
        lines = Path(text).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise ArgumentError(f"-a {name}={text}: cannot read it ({reason}); give a file of URLs, one a line") from None
    entries = (line.split("#", 1)[0].strip() for line in lines)
    return [entry for entry in entries if entry]


@dataclass(frozen=True)
class CrawlScope:
    """What a crawl is asked to do, from its spider arguments."""

    urls: tuple[str, ...] = ()  # urls=A,B and url_file=FILE: exactly these articles (each a rejection if no URL)
    sections: frozenset[str] | None = None  # sections=zj,ms
    since: date | None = None
    until: date | None = None
    max_articles: int | None = None
    refresh: bool = False
    recheck_days: int | None = None

    @classmethod
    def from_arguments(cls, arguments: dict[str, str]) -> CrawlScope:
        """The scope of `-a` arguments (strings, as the command line gives them)."""
        known = {field.name for field in fields(cls)} | {"url_file"}
        for name in arguments:
            if name not in known and not name.startswith(SCHEDULER_ARGUMENT_PREFIX):
                raise ArgumentError(f"-a {name}: unknown argument; the arguments are {', '.join(sorted(known))}")
        given = {name: value if isinstance(value, list | tuple) else str(value)
                 for name, value in arguments.items() if value is not None and name in known}
        listed = given.get("urls", "")  # a list where a program calls the spider, not the command line
        urls = [url.strip() for url in (listed.split(",") if isinstance(listed, str) else listed) if url.strip()]
        if "url_file" in given:
            urls += _urls_of_file("url_file", given["url_file"])
        sections = {name.strip() for name in given.get("sections", "").split(",") if name.strip()}
        if "sections" in given and not sections:
            raise ArgumentError(f"-a sections={given['sections']}: give section names, e.g. sections=zj,ms")
        scope = cls(
            urls=tuple(urls),
            sections=frozenset(sections) or None,
            since=_day("since", given["since"]) if "since" in given else None,
            until=_day("until", given["until"]) if "until" in given else None,
            max_articles=_whole_number("max_articles", given["max_articles"], 1) if "max_articles" in given else None,
            refresh=_flag("refresh", given["refresh"]) if "refresh" in given else False,
            recheck_days=_whole_number("recheck_days", given["recheck_days"], 0) if "recheck_days" in given else None,
        )
        if scope.since and scope.until and scope.since > scope.until:
            raise ArgumentError(f"-a since={scope.since} until={scope.until}: since must not be after until")
        return scope
