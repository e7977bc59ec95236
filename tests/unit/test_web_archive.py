"""The web archive's writer: what it cannot write, the crawl does not keep."""

from __future__ import annotations

import os

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.archive.writer import WebArchive
from crawler.spiders.loader import spider_for


def test_a_response_the_archive_cannot_take_stops_the_crawl_and_is_not_kept(tmp_path, monkeypatch):
    stops = []
    monkeypatch.setattr("crawler.archive.writer.stop_crawl", lambda crawler, path, error: stops.append(error.strerror))
    archive = WebArchive.from_crawler(get_crawler(spider_for("cqn"), {"ARCHIVE_DIR": str(tmp_path)}))
    request = Request("https://www.cqn.com.cn/zj/content/2026-06/10/content_9000048.htm")
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    assert archive.process_response(request, response) is response  # the first exchange opens the file
    full = os.open("/dev/full", os.O_WRONLY)  # takes every write and refuses it: No space left on device
    os.dup2(full, archive.file.fd)
    os.close(full)

    with pytest.raises(IgnoreRequest, match="not archived: .*No space left on device"):
        archive.process_response(request, response)
    assert stops == ["No space left on device"]
