"""The two fixture pages rebuilt from the seeds must show exactly the seed text in a browser."""
import re
from pathlib import Path

import lxml.html
import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDED = ["cqn-2021-09-08-content_8731350", "315online-zhijian-local-185441"]

BLOCK = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "html", "legend", "li", "nav", "ol", "p", "pre", "section", "table", "tbody",
    "tfoot", "thead", "tr", "ul",
}
HIDDEN = {"head", "title", "script", "style", "noscript", "template", "iframe", "object"}


def render_text(data: bytes) -> str:
    """Approximate the text a browser shows for a page (no CSS, no scripts run).

    Decodes with the charset of the page's <meta> (gb2312/gbk read as GB18030, as browsers do);
    block elements and <br> start new lines, table cells are separated by a space, <img> shows
    its alt text, head/script/style/noscript/iframe and comments show nothing; whitespace in
    text collapses to one space and &nbsp; stays a space.
    """
    match = re.search(rb"<meta[^>]*charset=[\"']?([\w-]+)", data, re.I)
    charset = match.group(1).decode("ascii").lower() if match else "utf-8"
    if charset in ("gb2312", "gbk", "x-gbk"):
        charset = "gb18030"
    root = lxml.html.document_fromstring(data.decode(charset))
    out = []

    def text(s):
        if s:
            out.append(re.sub(r"[ \t\n\r\f]+", " ", s).replace("\xa0", " "))

    def walk(el):
        if isinstance(el.tag, str) and el.tag not in HIDDEN:  # comments have a non-str tag
            if el.tag in BLOCK or el.tag == "br":
                out.append("\n")
            elif el.tag in ("td", "th"):
                out.append(" ")
            if el.tag == "img":
                text(el.get("alt"))
            text(el.text)
            for child in el:
                walk(child)
            if el.tag in BLOCK:
                out.append("\n")
        text(el.tail)

    walk(root)
    return "".join(out)


def _lines(text, strip_markers=False):
    result = []
    for line in text.split("\n"):
        line = line.strip()
        if strip_markers:
            line = re.sub(r"^(?:\d+\.|•)\s+", "", line)
        line = re.sub(r"\s+", " ", line)
        if line:
            result.append(line)
    return result


@pytest.mark.parametrize("name", SEEDED)
def test_page_renders_as_seed(name):
    page = (FIXTURES / "pages" / f"{name}.html").read_bytes()
    seed = (FIXTURES / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
    assert _lines(render_text(page)) == _lines(seed, strip_markers=True)
