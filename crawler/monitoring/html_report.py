"""The report of `python -m crawler.report --html`: one self-contained HTML page with charts.

The charts are drawn by matplotlib as SVG and written into the page: the file needs nothing from
the network and runs no script (its Content-Security-Policy allows none), and it opens the same in
any browser, from a mail attachment, in a year. matplotlib is the best kept of the plotting
libraries and draws static charts well; an interactive library (plotly) would put some 4 MB of
JavaScript into every report for zooming that these few bars do not need.

Every string that comes from a crawled page or a site (headlines, URLs, sections, reasons, alerts)
is escaped where it goes into the HTML, and drawn as glyph outlines (no text) inside the SVGs.
"""

from __future__ import annotations

import io
import warnings
from collections import Counter
from datetime import date, datetime, time, timedelta
from html import escape

import numpy
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from crawler.monitoring.health import COVERED_FIELDS
from crawler.report import LATEST_RUNS, UNDATED, Output, SiteReport, duration

RECENT_DAYS = 90  # the publication days charted: the latest ones (a site's archive goes back years)
BAR_WIDTH_DAYS = 0.4  # of a day, a site's bar: two sites' bars fit side by side in a day
STATUS_COLOURS = {"ok": "#2e7d32", "alert": "#c62828", "failed": "#6a1b9a", "stopped": "#ef6c00"}
LATEST_ARTICLES = 10
STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; padding: 0 1em; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
.charts { display: flex; flex-wrap: wrap; gap: 1em; }
figure.chart { margin: 0; flex: 0 1 calc(50% - 1em); min-width: 420px; } figure.chart svg { width: 100%; height: auto; }
figcaption { font-weight: 600; }
table { border-collapse: collapse; margin: .5em 0; }
td, th { padding: .2em .6em; border-bottom: 1px solid #eee; text-align: left; }
td.number { text-align: right; } .ok { color: #2e7d32; } .alert, .failed { color: #c62828; }
"""
# Nothing fetched, nothing run: styles inline only, images only as data (the SVGs are inline).
POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def svg(figure: Figure) -> str:
    """A figure as an inline <svg> element (its text drawn as outlines, the default)."""
    buffer = io.StringIO()
    with warnings.catch_warnings():  # a glyph its font lacks (a Chinese section name) is drawn as a box
        warnings.simplefilter("ignore", UserWarning)
        figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def chart(name: str, caption: str, figure: Figure) -> str:
    return (f'<figure class="chart" data-chart="{escape(name)}"><figcaption>{escape(caption)}</figcaption>'
            f"{svg(figure)}</figure>")


def new_figure(height: float = 3.2) -> tuple[Figure, Axes]:
    figure = Figure(figsize=(7, height), layout="constrained")
    axes = figure.subplots()
    axes.spines[["top", "right"]].set_visible(False)
    return figure, axes


def articles_per_day(sites: dict[str, SiteReport]) -> Figure:
    """Articles per publication day, per site, over the RECENT_DAYS up to the latest day."""
    figure, axes = new_figure()
    dated = [date.fromisoformat(day) for report in sites.values() for day in report.days if day != UNDATED]
    since = max(dated) - timedelta(days=RECENT_DAYS) if dated else date.min  # (no dated day then: none compared)
    for offset, (site, report) in enumerate(sites.items()):
        days = sorted((date.fromisoformat(day), count) for day, count in report.days.items()
                      if day != UNDATED and date.fromisoformat(day) > since)
        # Each site's bars side by side: shifted by a bar's width, which a datetime can be and a date
        # cannot (a date plus hours is the same date). An array, as matplotlib's stubs type its x.
        shifted = [datetime.combine(day, time()) + timedelta(days=BAR_WIDTH_DAYS * offset) for day, _ in days]
        axes.bar(numpy.asarray(shifted), [count for _, count in days], width=BAR_WIDTH_DAYS, label=site)
    axes.set_ylabel("articles")
    locator = axes.yaxis.get_major_locator()
    if isinstance(locator, MaxNLocator):  # the default one (AutoLocator) is
        locator.set_params(integer=True)
    axes.legend(loc="upper left", fontsize=8)
    figure.autofmt_xdate()
    return figure


def layouts_per_run(output: Output) -> Figure:
    runs = [run for run in output.runs[-LATEST_RUNS * 2:] if run.get("stats")]
    layouts = sorted({key.removeprefix("articles/layout/") for run in runs for key in run["stats"]
                      if key.startswith("articles/layout/")})
    figure, axes = new_figure()
    labels = [f"{run.get('spider', '?')}\n{(run.get('started') or '?')[:16]}" for run in runs]
    bottom = [0] * len(runs)
    for layout in layouts:
        counts = [run["stats"].get(f"articles/layout/{layout}", 0) for run in runs]
        axes.bar(range(len(runs)), counts, bottom=bottom, label=layout)
        bottom = [below + count for below, count in zip(bottom, counts, strict=True)]
    axes.set_xticks(range(len(runs)), labels, fontsize=7)
    axes.set_ylabel("articles written")
    if layouts:
        axes.legend(fontsize=8)
    return figure


def rejections_by_reason(output: Output, sites: dict[str, SiteReport]) -> Figure:
    reasons: Counter[str] = Counter()
    for site, report in sites.items():
        for reason, count in report.health.rejected.items():
            reasons[f"{site}: {reason}"] += count
    figure, axes = new_figure(max(2.0, 0.4 * len(reasons) + 1))
    ordered = sorted(reasons.items(), key=lambda pair: pair[1])
    axes.barh([label for label, _ in ordered], [count for _, count in ordered], color="#c62828")
    axes.set_xlabel("pages rejected")
    if not ordered:
        axes.text(0.5, 0.5, "no rejections", transform=axes.transAxes, ha="center")
    return figure


def field_fill_rates(sites: dict[str, SiteReport]) -> Figure:
    figure, axes = new_figure(4.2)
    height = 0.8 / max(1, len(sites))
    for index, (site, report) in enumerate(sites.items()):
        coverage = report.health.coverage()
        axes.barh([position + index * height for position in range(len(COVERED_FIELDS))],
                  [coverage[name] for name in COVERED_FIELDS], height=height, label=site)
    axes.set_yticks([position + 0.4 - height / 2 for position in range(len(COVERED_FIELDS))], COVERED_FIELDS)
    axes.invert_yaxis()
    axes.set_xlim(0, 1)
    axes.set_xlabel("share of articles with the field")
    axes.legend(fontsize=8, loc="lower right")
    return figure


def runs_by_status(output: Output) -> Figure:
    runs = output.runs[-LATEST_RUNS * 2:]
    figure, axes = new_figure()
    seconds = [duration(run) or 0 for run in runs]
    colours = [STATUS_COLOURS.get(run.get("status", ""), "#777") for run in runs]
    axes.bar(range(len(runs)), seconds, color=colours)
    axes.set_xticks(range(len(runs)), [f"{run.get('spider', '?')}\n{(run.get('started') or '?')[:16]}" for run in runs],
                    fontsize=7)
    axes.set_ylabel("seconds")
    for status, colour in STATUS_COLOURS.items():
        axes.bar([0], [0], color=colour, label=status)  # the legend's key
    axes.legend(fontsize=8)
    return figure


def cells(*values: object, numbers: tuple[int, ...] = (), status: str | None = None) -> str:
    """A table row of escaped values; `numbers`: the columns aligned right; `status`: the row's class."""
    row = f'<tr class="{escape(status)}">' if status else "<tr>"
    return row + "".join(f'<td class="number">{escape(str(value))}</td>' if index in numbers
                            else f"<td>{escape(str(value))}</td>" for index, value in enumerate(values)) + "</tr>"


def html_table(headers: tuple[str, ...], rows: list[str]) -> str:
    head = "".join(f"<th>{escape(header)}</th>" for header in headers)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def html_report(output: Output) -> str:
    sites = output.sites()
    charts = [chart("articles-per-day", f"Articles per day published (the latest {RECENT_DAYS} days)", articles_per_day(sites)),
              chart("rejections-by-reason", "Rejections by reason", rejections_by_reason(output, sites)),
              chart("field-fill-rates", "Field fill rates", field_fill_rates(sites))]
    if output.runs:
        charts += [chart("layouts-per-run", "Layouts per run (a redesign shows as a new colour)", layouts_per_run(output)),
                   chart("runs", "Runs: duration, coloured by status", runs_by_status(output))]
    summary = [cells(site, report.health.articles, sum(report.health.rejected.values()),
                     f"{report.health.generic_share():.3f}", numbers=(1, 2, 3)) for site, report in sites.items()]
    alerts = [cells(run.get("started", "?"), run.get("spider", "?"), alert) for run, alert in output.alerts()]
    runs = [cells(run.get("started", "?"), run.get("spider", "?"), run.get("status", "?"), f"{duration(run) or 0:.0f} s",
                  run.get("articlesWritten", 0), sum((run.get("rejected") or {}).values()), run.get("fetchErrors", 0),
                  numbers=(3, 4, 5, 6), status=str(run.get("status"))) for run in reversed(output.runs[-LATEST_RUNS:])]
    latest = [cells(item.get("site"), (item.get("datePublished") or UNDATED)[:16], item.get("headline"), item.get("url"))
              for report in sites.values() for item in report.latest[:LATEST_ARTICLES]]
    rejected = [cells(url, item.get("rejected")) for url, item in list(output.rejected.items())[-LATEST_ARTICLES:]]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{POLICY}">
<title>Crawl report</title><style>{STYLE}</style></head>
<body>
<h1>Crawl report</h1>
{html_table(("site", "articles", "rejected", "read by the generic extractor"), summary)}
<h2>Charts</h2>
<div class="charts">{"".join(charts)}</div>
<h2>Latest alerts</h2>
{html_table(("run started", "spider", "alert"), alerts) if alerts else "<p>None in the latest runs.</p>"}
<h2>Latest runs</h2>
{html_table(("started", "spider", "status", "took", "articles", "rejected", "fetch errors"), runs)}
<h2>Latest articles</h2>
{html_table(("site", "published", "headline", "URL"), latest)}
<h2>Latest rejections</h2>
{html_table(("URL", "why"), rejected) if rejected else "<p>None.</p>"}
</body></html>
"""
