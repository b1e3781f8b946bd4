"""The live facilitator dashboard: participants, leaderboard, item analysis, mastery, CSV downloads, and
whether the quiz server is ready for the room (:mod:`netquiz.server.readiness`).

:class:`Dashboard` owns the panels; :meth:`Dashboard.refresh` reads the store once and updates them.
:class:`netquiz.ui.ticker.LiveRefresh` calls it every few seconds from an asyncio task on the kernel's own event loop,
so no cell is re-run, the kernel stays responsive between refreshes, and widgets and the SQLite
connection are only ever touched from the kernel's main thread. A refresh that finds nothing new
changes no widget value, so an idle dashboard sends no messages::

    board = Dashboard(store, "AB12")
    live = LiveRefresh(board.refresh, interval=3.0)
    live.start()          # inside a running kernel (Jupyter or Voilà)
"""

from __future__ import annotations

import html
import logging
import math

import ipywidgets as w
import pandas as pd

from ...errors import NetquizError
from ...server.readiness import FRESH_S, Readiness, readiness
from ...store.base import Store
from ...texts import kind_name, say
from ..html import Bar, Segment, chart_html, csv_link, frame_html, heading_html, share_bar
from .dashboard_data import WHERE_KEYS, View, clock, read_view
from .people import PeopleTools

log = logging.getLogger(__name__)


def _html(css: str) -> w.HTML:
    widget = w.HTML()
    widget.add_class(css)
    return widget


COLUMNS = {"name": "col_name", "answered": "col_answered", "score": "col_score", "where": "col_where",
           "last seen": "col_last_seen", "PIN": "col_pin", "question": "col_question", "section": "col_section",
           "kind": "col_kind", "n": "col_n", "facility %": "col_facility", "discrimination": "col_discrimination",
           "stem": "col_stem_text", "rank": "col_rank"}


def localized(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A shown table in the facilitator's language: headers, statuses and kind names (names, codes and the
    article's own text stay as they are)."""
    frame = frame.copy()
    if "where" in frame:
        frame["where"] = [say(lang, v) if v in WHERE_KEYS else v for v in frame["where"]]
    if "kind" in frame:
        frame["kind"] = [kind_name(lang, str(v)) for v in frame["kind"]]
    for column in frame.columns:  # a missing index (too few answers) shows as a dash, not "<NA>"
        if str(frame[column].dtype) == "Int64":
            frame[column] = [("—" if pd.isna(v) else int(v)) for v in frame[column]]
    return frame.rename(columns={c: say(lang, COLUMNS[c]) for c in frame.columns if c in COLUMNS})


def items_download(items: pd.DataFrame) -> pd.DataFrame:
    """The item analysis for the CSV download, indices to one decimal (62.5, not 62.49999999999999)."""
    return items.round({"facility": 1, "discrimination": 1})


def distribution_chart(view: View, lang: str = "en") -> str:
    """One stacked bar per answered question (labelled by its stem), hardest first: the right option green,
    others grey, each segment labelled with the option's text."""
    raw = view.raw
    items = raw.items.dropna(subset=["facility"]).sort_values(["facility", "question_id"], kind="stable")
    options = {qid: group for qid, group in raw.distribution.groupby("question_id", sort=False)}
    bars = []
    for row in items.itertuples():
        # the option's own words, not its place: everyone saw the options in their own shuffled order
        segments = tuple(
            Segment(opt.count / row.n, "netquiz-chart-good" if opt.correct else "netquiz-chart-wrong",
                    str(opt.text) if opt.count else "",
                    f"{opt.text}: {opt.count}" + (f" ({say(lang, 'p_key')})" if opt.correct else ""))
            for opt in options[row.question_id].itertuples())
        bars.append(Bar(label=str(row.stem), segments=segments,
                        value=say(lang, "share_of", share=round(row.facility), n=row.n),
                        title=f"{row.question_id}: {row.stem}"))
    return chart_html(bars, empty=say(lang, "no_answers"))


def mastery_chart(view: View, lang: str = "en") -> str:
    """One bar per section, weakest first: the share of first answers that were right."""
    rows = view.raw.mastery.dropna(subset=["mastery"]).sort_values("mastery", kind="stable")
    bars = [share_bar(str(r.title), r.mastery / 100, say(lang, "share_of", share=round(r.mastery), n=r.responses),
                      title=say(lang, "mastery_bar_title", title=r.title, correct=r.correct,
                                responses=r.responses, participants=r.participants))
            for r in rows.itertuples()]
    return chart_html(bars, empty=say(lang, "no_answers"))


def reliability_html(view: View, lang: str = "en") -> str:
    """Cronbach's alpha and SEM, or why they are not available yet."""
    raw = view.raw
    if math.isnan(raw.alpha):
        return f"<p class='netquiz-muted'>{html.escape(say(lang, 'reliability_na', complete=raw.complete))}</p>"
    said = say(lang, "reliability", alpha=f"{raw.alpha:.2f}", sem=f"{raw.sem:.2f}", complete=raw.complete)
    return f"<p>{html.escape(said)}</p>"


def ready_html(room: Readiness, lang: str = "en") -> str:
    """The quiz server's readiness as one line with the state's CSS class (``netquiz-ready-<state>``)."""
    if room.state == "ready":
        text = say(lang, "ready_full_one") if room.ready == 1 else say(lang, "ready_full", count=room.ready)
    elif room.state == "preparing":
        text = say(lang, "ready_preparing", ready=room.ready, target=room.target)
    else:
        text = say(lang, f"ready_{room.state}")
    return f"<span class='netquiz-ready-{room.state}'>{html.escape(text)}</span>"


class Dashboard:
    """Panels for one session; call :meth:`refresh` to re-read the store."""

    def __init__(self, store: Store, code: str | None = None, lang: str = "en") -> None:
        self.store, self.code, self.lang = store, code, lang
        self.view: View | None = None
        self.status = _html("netquiz-dash-status")
        self.ready = _html("netquiz-ready")
        self.participants = _html("netquiz-dash-participants")
        self.leaderboard = _html("netquiz-dash-leaderboard")
        self.items, self.distribution = _html("netquiz-dash-items"), _html("netquiz-dash-distribution")
        self.reliability = _html("netquiz-dash-reliability")
        self.mastery, self.downloads = _html("netquiz-dash-mastery"), _html("netquiz-downloads")
        self.people = PeopleTools(store, self.refresh, lang)
        self.headings = {key: w.HTML() for key in ("h_participants", "h_leaderboard", "h_people", "h_answers",
                                                    "h_items", "h_mastery", "h_download")}
        h = self.headings
        self.panels: dict[str, w.Widget] = {
            "participants": w.VBox([h["h_participants"], self.participants, h["h_leaderboard"], self.leaderboard,
                                    h["h_people"], self.people.widget]),
            "questions": w.VBox([h["h_answers"], self.distribution, h["h_items"], self.reliability, self.items]),
            "sections": w.VBox([h["h_mastery"], self.mastery]),
            "downloads": w.VBox([h["h_download"], self.downloads]),
        }
        for name, panel in self.panels.items():
            panel.add_class(f"netquiz-dash-{name}-panel")
        self.set_lang(lang, refresh=False)

    def set_lang(self, lang: str, refresh: bool = True) -> None:
        """Headings, status and notes in ``lang`` (tables and charts keep their column names)."""
        self.lang = lang
        for key, widget in self.headings.items():
            widget.value = heading_html(say(lang, key))
        self.people.set_lang(lang)
        if refresh:
            self.refresh()

    def show(self, code: str | None) -> None:
        """Switch to another session (or none) and refresh."""
        self.code = code
        self.refresh()

    def refresh(self) -> None:
        """Read the store once and update every panel; problems go to the status line."""
        self.refresh_ready()
        if not self.code:
            self._clear(say(self.lang, "no_session"))
            return
        try:
            self.view = view = read_view(self.store, self.code)
        except NetquizError as exc:
            self._clear(say(self.lang, "cannot_read", code=self.code, error=exc), error=True)
            return
        session = view.raw.session
        self.status.value = say(
            self.lang, "status", code=html.escape(session.code),
            state=say(self.lang, "state_open" if session.is_open else "state_closed"),
            people=len(view.participants), answers=len(view.raw.responses), latest=clock(view.latest) or "—",
            mode=say(self.lang, f"mode_{'live' if session.mode == 'live' else 'self'}_short"))
        nobody, lang = say(self.lang, "nobody"), self.lang
        roster = self.store.participants(session.code)
        pins = {p.name: p.pin for p in roster}
        people = view.participants
        if self.people.show_pins.value:  # PINs only when asked for: dashboards get projected
            people = people.assign(PIN=[pins.get(name, "") for name in people["name"]])
        self.participants.value = frame_html(localized(people, lang), nobody)
        self.people.update(roster)
        self.leaderboard.value = frame_html(localized(view.raw.leaderboard, lang), nobody)
        bank = view.raw.bank  # rows named by their stem and section title, not by internal ids
        items = view.items.drop(columns=["question"]).assign(
            section=[bank.section_title(str(section)) for section in view.items["section"]])
        self.items.value = frame_html(localized(items, lang), say(self.lang, "no_questions"))
        self.reliability.value = reliability_html(view, lang)
        self.distribution.value = distribution_chart(view, lang)
        self.mastery.value = mastery_chart(view, lang)
        self._set_downloads(session.code, view)

    def refresh_ready(self) -> None:
        """The quiz server's line, from the workers' reports of the last :data:`FRESH_S` seconds (empty if the
        database cannot be read: the status line says why)."""
        try:
            value = ready_html(readiness(self.store.workers(within=FRESH_S)), self.lang)
        except NetquizError:
            value = ""
        if self.ready.value != value:
            self.ready.value = value

    def _set_downloads(self, code: str, view: View) -> None:
        value = "".join((
            csv_link(view.responses, f"{code}-responses.csv", say(self.lang, "dl_responses")),
            csv_link(view.raw.leaderboard, f"{code}-scores.csv", say(self.lang, "dl_scores")),
            csv_link(items_download(view.raw.items), f"{code}-questions.csv", say(self.lang, "dl_items"))))
        if self.downloads.value != value:
            self.downloads.value = value

    def _clear(self, message: str, error: bool = False) -> None:
        css = "netquiz-dash-error" if error else "netquiz-muted"
        self.status.value = f"<span class='{css}'>{html.escape(message)}</span>"
        self.view = None
        self.people.update([])
        for panel in (self.participants, self.leaderboard, self.items, self.reliability, self.distribution,
                      self.mastery, self.downloads):
            panel.value = ""
