"""The sites this crawler knows: their hosts, their production URLs and the outlets they are."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit


@dataclass(frozen=True)
class Site:
    domain: str  # the host without www./m., as items name the site
    production_base: str  # scheme and host of the canonical article URLs
    hosts: frozenset[str]
    mirror_setting: str  # the setting that sends this site's requests to a mirror
    # What "本报" (our paper), "本网" (this site) and the like mean in this site's datelines.
    own_outlets: dict[str, str] = field(default_factory=dict)


SITES = (
    Site(
        domain="cqn.com.cn",
        production_base="https://www.cqn.com.cn",
        hosts=frozenset({"cqn.com.cn", "www.cqn.com.cn", "m.cqn.com.cn"}),
        mirror_setting="CQN_BASE_URL",
        own_outlets={"本报": "中国质量报", "本网": "中国质量新闻网", "本站": "中国质量新闻网"},
    ),
    Site(
        domain="315online.com",
        production_base="http://315online.com",
        hosts=frozenset({"315online.com", "www.315online.com"}),
        mirror_setting="ONLINE315_BASE_URL",
        own_outlets={"本刊": "中国质量万里行", "本网": "中国质量万里行", "本站": "中国质量万里行"},
    ),
)

SITE_BY_DOMAIN = {site.domain: site for site in SITES}


@lru_cache(maxsize=4096)  # asked several times per page: by the spider, layouts and pipelines
def site_of(url: str) -> Site | None:
    host = (urlsplit(url).hostname or "").lower()
    return next((site for site in SITES if host in site.hosts), None)


@lru_cache(maxsize=4096)
def site_name(url: str) -> str | None:
    """The `site` of an item: a known site's domain, else the host without www./m., else None."""
    site = site_of(url)
    if site is not None:
        return site.domain
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.").removeprefix("m.") or None


@lru_cache(maxsize=4096)
def production_url(url: str) -> str:
    """The canonical production form of a URL of a known site: its scheme and host, no fragment.

    `http://www.cqn.com.cn/x` and `https://m.cqn.com.cn/x` are both `https://www.cqn.com.cn/x`,
    so that one article is one item whichever host or scheme linked it.
    """
    site = site_of(url)
    parts = urlsplit(url)
    if site is None:
        return urlunsplit(parts._replace(fragment=""))
    base = urlsplit(site.production_base)
    return urlunsplit((base.scheme, base.netloc, parts.path or "/", parts.query, ""))


def section_of(path: str) -> str:
    """The section a URL path belongs to: its first segment (`/zj/...`), or the channel of the
    legacy `/news/{channel}/...`."""
    segments = [segment for segment in path.split("/") if segment]
    if segments and segments[0] == "news" and len(segments) > 1:
        return segments[1]
    return segments[0] if segments else ""


def worker_id() -> str:
    """This crawler process, among the workers of a distributed crawl: its host and pid."""
    return f"{socket.gethostname()}-{os.getpid()}"
