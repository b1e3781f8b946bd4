"""The live facilitator dashboard: participants, leaderboard, item analysis, mastery, CSV downloads.

:class:`Dashboard` owns the panels; :meth:`Dashboard.refresh` reads the store once and updates them.
:class:`LiveRefresh` calls it every few seconds from an asyncio task on the kernel's own event loop,
so no cell is re-run, the kernel stays responsive between refreshes, and widgets and the SQLite
connection are only ever touched from the kernel's main thread::

    board = Dashboard(store, "AB12")
    live = LiveRefresh(board.refresh, interval=3.0)
    live.start()          # inside a running kernel (Jupyter or Voilà)
"""

from __future__ import annotations

import asyncio
import html
import logging
import time
from collections.abc import Callable

import ipywidgets as w
import pandas as pd

from ..errors import NetquizError
from ..store.base import Store
from .dashboard_data import Tables, build_tables, read_snapshot
from .dashboard_html import Bar, Segment, chart_html, csv_link, frame_html, heading_html, share_bar

log = logging.getLogger(__name__)
PANELS = ("participants", "questions", "sections", "downloads")


def _html(css: str) -> w.HTML:
    widget = w.HTML()
    widget.add_class(css)
    return widget


def distribution_chart(tables: Tables) -> str:
    """One stacked bar per answered question, hardest first: the right option green, others grey."""
    items = tables.items.dropna(subset=["facility"]).sort_values(["facility", "question"])
    bars = []
    for row in items.itertuples():
        options = tables.distribution[tables.distribution["question"] == row.question]
        segments = tuple(
            Segment(opt.count / row.n, "netquiz-chart-good" if opt.correct else "netquiz-chart-wrong",
                    str(opt.option) if opt.count else "",
                    f"{opt.option}. {opt.text}: {opt.count}" + (" (right answer)" if opt.correct else ""))
            for opt in options.itertuples())
        bars.append(Bar(label=f"{row.question}: {row.stem}", segments=segments,
                        value=f"{round(100 * row.facility)}%", title=row.stem))
    return chart_html(bars, empty="No answers yet.")


def mastery_chart(tables: Tables) -> str:
    """One bar per section: the share of first answers that were right."""
    rows = tables.mastery.dropna(subset=["mastery"]).sort_values("mastery")
    bars = [share_bar(str(r.title), float(r.mastery), f"{round(100 * r.mastery)}%",
                      title=f"{r.title}: {r.correct} of {r.answers} right")
            for r in rows.itertuples()]
    return chart_html(bars, empty="No answers yet.")


class Dashboard:
    """Panels for one session; call :meth:`refresh` to re-read the store."""

    def __init__(self, store: Store, code: str | None = None) -> None:
        self.store, self.code = store, code
        self.tables: Tables | None = None
        self.status = _html("netquiz-dash-status")
        self.participants = _html("netquiz-dash-participants")
        self.leaderboard = _html("netquiz-dash-leaderboard")
        self.items, self.distribution = _html("netquiz-dash-items"), _html("netquiz-dash-distribution")
        self.mastery, self.downloads = _html("netquiz-dash-mastery"), _html("netquiz-downloads")
        self.panels: dict[str, w.Widget] = {
            "participants": w.VBox([w.HTML(heading_html("Participants")), self.participants,
                                    w.HTML(heading_html("Leaderboard")), self.leaderboard]),
            "questions": w.VBox([w.HTML(heading_html("Answers per question (hardest first; green = right)")),
                                 self.distribution, w.HTML(heading_html("Item analysis")), self.items]),
            "sections": w.VBox([w.HTML(heading_html("Section mastery (weakest first)")), self.mastery]),
            "downloads": w.VBox([w.HTML(heading_html("Download")), self.downloads]),
        }
        for name, panel in self.panels.items():
            panel.add_class(f"netquiz-dash-{name}-panel")

    def show(self, code: str | None) -> None:
        """Switch to another session (or none) and refresh."""
        self.code = code
        self.refresh()

    def refresh(self) -> None:
        """Read the store once and update every panel; problems go to the status line."""
        if not self.code:
            self._clear("No session selected: open one or pick one above.")
            return
        try:
            snapshot = read_snapshot(self.store, self.code)
        except NetquizError as exc:
            self._clear(f"Cannot read session {self.code}: {exc}", error=True)
            return
        self.tables = tables = build_tables(snapshot)
        state = "open" if snapshot.session.is_open else "closed"
        self.status.value = (
            f"Session <b>{html.escape(snapshot.session.code)}</b> ({state}) · "
            f"{len(snapshot.participants)} participants · {len(snapshot.responses)} answers · "
            f"updated {time.strftime('%H:%M:%S', time.localtime(snapshot.taken_at))}")
        self.participants.value = frame_html(tables.participants, "Nobody has joined yet.")
        self.leaderboard.value = frame_html(tables.leaderboard, "Nobody has joined yet.")
        self.items.value = frame_html(self._items_view(tables.items), "No questions.")
        self.distribution.value = distribution_chart(tables)
        self.mastery.value = mastery_chart(tables)
        self._set_downloads(snapshot.session.code, tables)

    @staticmethod
    def _items_view(items: pd.DataFrame) -> pd.DataFrame:
        """Item analysis sorted hardest first; unanswered questions last."""
        return items.sort_values(["facility", "question"], na_position="last")

    def _set_downloads(self, code: str, tables: Tables) -> None:
        links = [csv_link(tables.responses, f"{code}-responses.csv", "Responses (CSV, every answer)"),
                 csv_link(tables.leaderboard, f"{code}-scores.csv", "Scores (CSV, one row per participant)"),
                 csv_link(tables.items, f"{code}-questions.csv", "Item analysis (CSV, one row per question)")]
        value = "".join(links)
        if self.downloads.value != value:
            self.downloads.value = value

    def _clear(self, message: str, error: bool = False) -> None:
        css = "netquiz-dash-error" if error else "netquiz-muted"
        self.status.value = f"<span class='{css}'>{html.escape(message)}</span>"
        self.tables = None
        for panel in (self.participants, self.leaderboard, self.items, self.distribution, self.mastery,
                      self.downloads):
            panel.value = ""


class LiveRefresh:
    """Run ``refresh`` every ``interval`` seconds as an asyncio task on the running event loop."""

    def __init__(self, refresh: Callable[[], None], interval: float = 3.0) -> None:
        self.refresh, self.interval = refresh, interval
        self.task: asyncio.Task | None = None
        self.ticks = 0

    @property
    def running(self) -> bool:
        """True while the task is scheduled."""
        return self.task is not None and not self.task.done()

    def start(self) -> bool:
        """Start refreshing; False (and nothing scheduled) when no event loop runs, e.g. in a script."""
        if self.running:
            return True
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return False
        self.task = loop.create_task(self._run())
        return True

    def stop(self) -> None:
        """Stop refreshing."""
        if self.task is not None:
            self.task.cancel()
            self.task = None

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                self.refresh()
            except Exception:  # keep the loop alive: a bad read must not freeze the dashboard
                log.exception("dashboard refresh failed")
            self.ticks += 1
