"""The organiser's session report as one printable HTML file, with pictures (inline SVG, no script).

Participation (joined / started / answered everything), the spread of scores, mastery per section, the
hardest questions with how the first answers split (the right answer dark), and, for a follow-up session,
mastery before and after. Headings follow ``lang`` (default: the article's)::

    html = report_html(store, "K7QM4X", lang="en")
"""

from __future__ import annotations

import math
import time
from collections import Counter

from ..export.print_page import esc, page
from ..store.base import Store
from ..texts import say
from .mastery_change import mastery_change
from .tables import DashboardTables, dashboard_tables

HARDEST = 5
DARK, LIGHT, TRACK = "#1b4965", "#9ec5e8", "#eee"
REPORT_CSS = """
.nq-chart { width: 16rem; height: .9rem; vertical-align: middle; }
.nq-hist { width: 100%; max-width: 32rem; height: 8rem; }
.nq-figure td:first-child { max-width: 24rem; }
"""


def hbar(value: float, total: float, color: str = DARK, label: str = "") -> str:
    """One horizontal bar: ``value`` of ``total`` (an empty track when total is 0)."""
    width = 0.0 if not total or math.isnan(value) else max(0.0, min(100.0, 100.0 * value / total))
    return (f'<svg class="nq-chart" width="160" height="12" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" '
            f'aria-label="{esc(label or f"{width:.0f}%")}"><rect width="100" height="10" fill="{TRACK}"/>'
            f'<rect width="{width:.1f}" height="10" fill="{color}"/></svg>')


def histogram(scores: list[int], top: int) -> str:
    """Columns: how many participants had each score 0..top."""
    counts = Counter(scores)
    most = max(counts.values(), default=1)
    step = 100.0 / (top + 1)
    bars = "".join(f'<rect x="{i * step + step * .1:.2f}" y="{40 - 36 * counts[i] / most:.2f}" '
                   f'width="{step * .8:.2f}" height="{36 * counts[i] / most:.2f}" fill="{DARK}">'
                   f"<title>{i}: {counts[i]}</title></rect>" for i in range(top + 1) if counts[i])
    ticks = "".join(f'<text x="{i * step + step / 2:.2f}" y="47" font-size="4" text-anchor="middle">{i}</text>'
                    for i in range(0, top + 1, max(1, (top + 1) // 8)))
    return (f'<svg class="nq-hist" viewBox="0 0 100 50" role="img" aria-label="scores">'
            f'<line x1="0" y1="40" x2="100" y2="40" stroke="#999" stroke-width=".3"/>{bars}{ticks}</svg>')


def report_html(store: Store, code: str, lang: str | None = None) -> str:
    """The whole report document for session ``code``."""
    tables = dashboard_tables(store, code)
    lang = lang or tables.bank.article.lang
    session = tables.session
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(session.created_at))
    parts = [f"<h1>{esc(say(lang, 'report_title', code=session.code))}</h1>",
             f'<p class="nq-meta">{esc(session.title or "")} · {esc(when)}</p>',
             _participation(tables, lang), _mastery(tables, lang), _hardest(tables, lang),
             _before_after(store, session.code, lang)]
    return page(say(lang, "report_title", code=session.code), lang, "\n".join(parts), REPORT_CSS)


def _participation(tables: DashboardTables, lang: str) -> str:
    people = tables.participants
    joined, total = len(people), len(tables.bank.questions)
    started = int((people["answered"] > 0).sum())
    finished = int((people["answered"] >= total).sum()) if total else 0
    rows = [(say(lang, "joined"), joined), ("≥ 1 " + say(lang, "answers"), started),
            (say(lang, "report_finished"), finished)]
    body = "".join(f'<tr><td>{esc(label)}</td><td class="nq-num">{value}</td><td>{hbar(value, joined)}</td></tr>'
                   for label, value in rows)
    scores = [int(s) for s, a in zip(people["score"], people["answered"], strict=True) if a > 0]
    mean = f"{sum(scores) / len(scores):.1f} / {total}" if scores else "–"
    return (f"<h2>{esc(say(lang, 'participation'))}</h2><table class=\"nq-figure\">{body}"
            f'<tr><td>{esc(say(lang, "mean_score"))}</td><td class="nq-num">{esc(mean)}</td><td></td></tr>'
            f"</table><h3>{esc(say(lang, 'scores'))}</h3>{histogram(scores, total)}")


def _mastery(tables: DashboardTables, lang: str) -> str:
    rows = "".join(
        f'<tr><td>{esc(row.title)}</td><td class="nq-num">{_pct(row.mastery)}</td>'
        f"<td>{hbar(row.mastery, 100.0)}</td></tr>" for row in tables.mastery.itertuples())
    return f"<h2>{esc(say(lang, 'mastery'))}</h2><table class=\"nq-figure\">{rows}</table>"


def _hardest(tables: DashboardTables, lang: str) -> str:
    answered = tables.items[tables.items["n"] > 0].sort_values(["facility", "n"], ascending=[True, False])
    parts = [f"<h2>{esc(say(lang, 'hardest'))}</h2><p class=\"nq-meta\">{esc(say(lang, 'distribution'))}</p>"]
    for item in answered.head(HARDEST).itertuples():
        options = tables.distribution[tables.distribution["question_id"] == item.question_id]
        rows = "".join(
            f'<tr><td>{"<b>" if o.correct else ""}{esc(o.text)}{"</b>" if o.correct else ""}</td>'
            f'<td class="nq-num">{o.count}</td><td>{hbar(o.count, item.n, DARK if o.correct else LIGHT)}</td></tr>'
            for o in options.itertuples())
        parts.append(f'<div class="nq-item"><p><b>{_pct(item.facility)}</b> · {esc(item.stem)}</p>'
                     f'<table class="nq-figure">{rows}</table></div>')
    return "\n".join(parts)


def _before_after(store: Store, code: str, lang: str) -> str:
    change = mastery_change(store, code)
    if not change.room:
        return ""
    rows = "".join(
        f'<tr><td>{esc(title)}</td><td class="nq-num">{_pct(before)}</td><td>{hbar(before or 0, 100, LIGHT)}</td>'
        f'<td class="nq-num">{_pct(after)}</td><td>{hbar(after or 0, 100)}</td></tr>'
        for _, title, before, after in change.room)
    head = (f"<tr><th></th><th colspan=2>{esc(say(lang, 'before'))} ({esc(change.origin)})</th>"
            f"<th colspan=2>{esc(say(lang, 'after'))}</th></tr>")
    return f"<h2>{esc(say(lang, 'mastery'))}: {esc(say(lang, 'before'))} / {esc(say(lang, 'after'))}</h2>" \
           f'<table class="nq-figure">{head}{rows}</table>'


def _pct(value: float | None) -> str:
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.0f}%"
