"""A page's document is freed as soon as its extraction is over: nothing extraction makes refers
back to itself. A reference cycle (a recursive closure, a memo holding its own index) leaves the
whole tree to Python's garbage collector, whose passes then go over every element of it."""

from __future__ import annotations

import gc

from crawler.extraction import extract_article
from crawler.sites import site_of
from devtools.labelled import fixture_pages


def test_extraction_leaves_no_reference_cycle():
    gc.collect()
    gc.disable()
    try:
        for page in fixture_pages():
            site = site_of(page.url)
            extract_article(page.body(), page.url, layouts=site.layouts if site else (),
                            own_outlets=site.own_outlets if site else None, fetched_url=page.fetched_url)
            assert gc.collect() == 0, f"{page.name}: its extraction left objects that only the garbage collector frees"
    finally:
        gc.enable()
