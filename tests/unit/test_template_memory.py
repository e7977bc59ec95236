"""The template memory: a block is template once it stands on MIN_TEMPLATE_PAGES pages of its
scope and on TEMPLATE_SHARE of them, never before; what a store keeps adds up to what was seen, across runs and workers."""

from __future__ import annotations

import redis
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.extraction.blocks import Block, Run
from crawler.extraction.template import MIN_TEMPLATE_PAGES, TEMPLATE_SHARE, TemplateMemory, fingerprint
from crawler.state.redis_store import RedisStore
from crawler.state.sqlite import SQLiteStore


def paragraph(text: str) -> Block:
    return Block("p", [Run(text)])


pages = st.lists(st.lists(st.sampled_from([f"第{n}句。" for n in range(12)]), max_size=6), min_size=1, max_size=20)


@given(pages)
def test_a_block_is_template_exactly_when_enough_pages_show_it(texts_of_pages):
    memory = TemplateMemory()
    for texts in texts_of_pages:
        memory.learn("site/layout", [paragraph(text) for text in texts])
    for text in {text for texts in texts_of_pages for text in texts}:
        shown_on = sum(text in texts for texts in texts_of_pages)
        expected = shown_on >= MIN_TEMPLATE_PAGES and shown_on >= TEMPLATE_SHARE * len(texts_of_pages)
        assert memory.is_template("site/layout", paragraph(text)) == expected
        assert not memory.is_template("other/layout", paragraph(text))  # a scope learns only from its own pages


@settings(deadline=None, max_examples=25)
@given(pages, st.integers(min_value=0, max_value=20))
def test_what_the_store_keeps_adds_up_across_runs_and_never_exceeds_what_was_seen(tmp_path_factory, texts_of_pages, cut):
    """Pages seen add up exactly; a block's count never exceeds the pages that showed it, and is
    exact within one run for blocks seen twice or more (a block seen once in a run is not kept)."""
    store = SQLiteStore(tmp_path_factory.mktemp("state") / "state.sqlite3")
    memory = TemplateMemory(store)
    for at, texts in enumerate(texts_of_pages):
        if at == cut:  # a run ends; the next starts from what the store kept
            memory.flush()
            memory = TemplateMemory(store)
        memory.learn("s/l", [paragraph(text) for text in texts])
    memory.flush()
    pages, counts = store.template_counts("s/l")
    store.close()
    assert pages == len(texts_of_pages)
    for text in {text for texts in texts_of_pages for text in texts}:
        shown_on = sum(text in texts for texts in texts_of_pages)
        kept = counts.get(fingerprint(paragraph(text)), 0)
        assert kept <= shown_on
        if cut in (0, len(texts_of_pages)) or cut > len(texts_of_pages):  # one run
            assert kept == (shown_on if shown_on >= 2 else 0)


def test_whitespace_does_not_make_another_block():
    assert fingerprint(paragraph("欢迎 来电洽谈")) == fingerprint(paragraph("欢迎来电 洽谈"))


def test_both_stores_add_up_what_workers_learned(tmp_path, redis_url):
    """Two workers sharing the state each add what they saw: SQLite and Redis alike."""
    for store in (SQLiteStore(tmp_path / "state.sqlite3"), RedisStore(redis.Redis.from_url(redis_url), "test-state")):
        store.add_template_counts("cqn.com.cn/cqn-2012", 5, {"ad": 5, "footer": 4})
        store.add_template_counts("cqn.com.cn/cqn-2012", 3, {"ad": 3})
        assert store.template_counts("cqn.com.cn/cqn-2012") == (8, {"ad": 8, "footer": 4})
        assert store.template_counts("315online.com/315online") == (0, {})
        store.close()
