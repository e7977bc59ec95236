"""A crawl learns its site's template from the site's pages: blocks repeated verbatim on many pages
(a one-line advertisement between paragraphs, a footer line) leave every body, a real sentence two
pages share stays, and what was learned lasts in the crawl state for the next run."""

from __future__ import annotations

import sqlite3

from crawler.mirror import Route
from helpers import WITHOUT_MONITORS, run_crawl

BASE = "/zj/content/2024-03/{day:02d}/content_{number}.htm"
# No link and no number to call: nothing on one page tells it from a line of the article.
ADVERTISEMENT = "优质阀门厂家直销 欢迎来电洽谈 量大从优"
FOOTER = "质量资讯 每日更新 敬请垂注"  # a footer line no rule of one page knows
SHARED_SENTENCE = "国家市场监督管理总局表示，将持续加大对特种设备的安全监管力度，坚决守住安全底线。"
SUBJECTS = ("电梯", "锅炉", "压力容器", "起重机械", "游乐设施", "客运索道", "场内机动车辆", "压力管道", "气瓶", "大型游乐设施")


def article(number: int, quoted: bool = False) -> bytes:
    subject = SUBJECTS[number % len(SUBJECTS)]
    paragraphs = [f"{subject}安全专项检查第{number}批结果日前公布，某地检查使用单位{number * 7}家，发现隐患{number}处。",
                  f"检查人员重点查看了{subject}的维护保养记录、安全管理制度和作业人员持证情况，对问题单位当场下达整改通知。",
                  f"下一步，该局将对第{number}批问题单位开展回头看，确保隐患整改到位，保障人民群众生命财产安全。"]
    if quoted:
        paragraphs.insert(2, SHARED_SENTENCE)
    body = [f"<p>{paragraphs[0]}</p>", f"<p>{ADVERTISEMENT}</p>", *(f"<p>{text}</p>" for text in paragraphs[1:]),
            f"<p>{FOOTER}</p>"]
    headline = f"某地开展{subject}安全专项检查（第{number}批）"
    return (f"<html><head><title>{headline}_中国质量新闻网</title></head><body><h1>{headline}</h1>"
            f"<div class='info'>2024-03-{number:02d} 09:30 来源：中国质量新闻网</div><div class='text'>{''.join(body)}</div>"
            "</body></html>").encode()


def crawl(loopback_site, output, numbers, quoted=(), state=None, *settings):
    routes = {BASE.format(day=number, number=number): Route(article(number, number in quoted)) for number in numbers}
    site = loopback_site(routes)
    urls = ",".join(f"https://www.cqn.com.cn{path}" for path in routes)
    settings = [*settings, "-s", f"CRAWL_STATE={state or ''}"]
    result = run_crawl("cqn", output, "-a", f"urls={urls}", "-s", f"CQN_BASE_URL={site.base_url}", *settings,
                       *WITHOUT_MONITORS)
    assert result.returncode == 0, result.log[-3000:]
    assert result.rejects == [] and len(result.articles) == len(numbers)
    return result.articles


def test_a_crawl_strips_its_site_s_repeated_blocks_and_keeps_a_sentence_two_pages_share(loopback_site, tmp_path):
    state = tmp_path / "state.sqlite3"
    articles = crawl(loopback_site, tmp_path / "first", range(1, 9), quoted=(2, 5), state=state)
    for item in articles:
        assert ADVERTISEMENT not in item["articleBody"] and FOOTER not in item["articleBody"], item["url"]
        assert ADVERTISEMENT not in item["articleBodyHtml"] and "检查人员重点查看了" in item["articleBody"]
    quoting = [item for item in articles if SHARED_SENTENCE in item["articleBody"]]
    assert sorted(item["url"][-6:] for item in quoting) == ["_2.htm", "_5.htm"]

    with sqlite3.connect(state) as db:  # what was learned is in the crawl state ...
        assert db.execute("SELECT pages FROM template_scopes").fetchall() == [(8,)]
    # ... and strips the next run's first page at once, however few pages it crawls.
    [later] = crawl(loopback_site, tmp_path / "second", [20], state=state)
    assert ADVERTISEMENT not in later["articleBody"] and FOOTER not in later["articleBody"]
    assert later["articleBody"].startswith("电梯安全专项检查第20批")


def test_without_a_crawl_state_the_template_is_learned_within_the_run_and_not_at_all_when_off(loopback_site, tmp_path):
    learned = crawl(loopback_site, tmp_path / "learned", range(1, 5))
    assert not any(ADVERTISEMENT in item["articleBody"] for item in learned)  # fewer pages than the warm-up: all released
    alone = crawl(loopback_site, tmp_path / "alone", range(1, 5), (), None, "-s", "TEMPLATE_LEARNING=False")
    assert all(ADVERTISEMENT in item["articleBody"] and FOOTER in item["articleBody"] for item in alone)  # alone, a page
    # cannot tell its template
