"""The facilitator's notebook: open or close a session, show how to join, present a live round, watch the
dashboard.

In a notebook (``notebooks/facilitator.ipynb``, also served by ``netquiz serve --facilitator``)::

    from netquiz.ui.facilitator.app import facilitator_app
    facilitator_app()     # db: env NETQUIZ_DB; join URL: env NETQUIZ_JOIN_URL

The dashboard refreshes itself every few seconds and the Present view every second (see
:class:`netquiz.ui.ticker.LiveRefresh`). Labels come from :mod:`netquiz.texts` (Hindi/English toggle).
"""

from __future__ import annotations

import html
import ipaddress
import os
import socket
import time
from pathlib import Path
from urllib.parse import urlsplit

import ipywidgets as w
import segno

from ...bank import bank_to_json, load_bank
from ...errors import NetquizError
from ...model import Bank
from ...server.voila import PARTICIPANT_PORT, lan_addresses
from ...store import default_db_url, open_store, open_with_new_code
from ...store.base import SessionRecord, Store
from ...texts import LANG_LABELS, facilitator_lang, say
from ..author.app import bank_files, data_folder
from ..html import style_html
from ..page_marks import PageMarks
from ..ticker import LiveRefresh
from .dashboard import Dashboard
from .present import PresentView
from .takeaway_panel import TakeawayPanel

_RUNNING: list[FacilitatorApp] = []
TABS = ("join", "present", "participants", "questions", "sections", "downloads")
PRESENT_INTERVAL = 1.0


def join_url() -> str:
    """Env ``NETQUIZ_JOIN_URL``; else port 8866 on this machine's LAN address (what a phone on the same
    Wi-Fi reaches, and what ``netquiz serve --host 0.0.0.0`` prints), its host name, or 127.0.0.1."""
    configured = os.environ.get("NETQUIZ_JOIN_URL", "").strip()
    if configured:
        return configured
    lan = lan_addresses()
    host = lan[0] if lan else socket.gethostname()
    try:
        socket.gethostbyname(host)
    except OSError:
        host = "127.0.0.1"
    return f"http://{host or '127.0.0.1'}:{PARTICIPANT_PORT}/"


def qr_svg(url: str) -> str:
    """The URL as an inline SVG QR code."""
    return segno.make(url, error="m").svg_inline(scale=11, border=2)


def is_loopback(url: str) -> bool:
    """True when the join URL names this computer only (127.x, localhost, ::1): no phone can open it."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def join_html(url: str, session: SessionRecord | None, lang: str = "en") -> str:
    """The join screen: URL and QR code, and the session code big enough for the back of the room; a loopback
    URL gets a warning (``netquiz-join-warning``) instead of a QR code no phone can open."""
    if session is None:
        return f"<p class='netquiz-muted'>{html.escape(say(lang, 'join_none'))}</p>"
    if is_loopback(url):
        return (f"<div class='netquiz-join-warning' role='alert'>{html.escape(say(lang, 'join_loopback', url=url))}"
                f"</div><div class='netquiz-join-label'>{html.escape(say(lang, 'join_enter_code'))}</div>"
                f"<div class='netquiz-join-code'>{html.escape(session.code)}</div>")
    closed = html.escape(say(lang, "join_closed"))
    state = "" if session.is_open else f"<p class='netquiz-dash-error'>{closed}</p>"
    title = f"<div class='netquiz-join-title'>{html.escape(session.title)}</div>" if session.title else ""
    return (f"<div class='netquiz-join-screen'><div class='netquiz-join-qr'>{qr_svg(url)}</div><div>{title}"
            f"<div class='netquiz-join-label'>{html.escape(say(lang, 'join_open'))}</div>"
            f"<div class='netquiz-join-url'>{html.escape(url)}</div>"
            f"<div class='netquiz-join-label'>{html.escape(say(lang, 'join_enter_code'))}</div>"
            f"<div class='netquiz-join-code'>{html.escape(session.code)}</div>{state}</div></div>")


def session_label(session: SessionRecord, lang: str = "en") -> str:
    """Dropdown label: code, title, open/closed, live, when opened."""
    opened = time.strftime("%d/%m %H:%M", time.localtime(session.created_at))  # no English month names
    state = say(lang, "state_open" if session.is_open else "state_closed")
    live = f" · {say(lang, 'mode_live_short')}" if session.mode == "live" else ""
    return f"{session.code} — {session.title or say(lang, 'untitled')} ({state}{live}, {opened})"


class FacilitatorApp:
    """Session controls, join screen, Present view and dashboard over one store."""

    def __init__(self, store: Store, root: Path, url: str, interval: float = 3.0, lang: str | None = None) -> None:
        self.store, self.root, self.url = store, root, url
        self.lang = lang or facilitator_lang()
        self.dashboard = Dashboard(store, lang=self.lang)
        self.present = PresentView(store, url, self.lang)
        self.live = LiveRefresh(self.refresh, interval)
        self.present_live = LiveRefresh(self.present.tick, PRESENT_INTERVAL)
        self._confirm_close = self._syncing = False
        self._build_controls()
        self.join = w.HTML()
        self.join.add_class("netquiz-join-panel")
        self.takeaway = TakeawayPanel(store, self.lang, lambda code: self.refresh(select=code))
        sections = self.dashboard.panels["sections"]
        sections.children = (*sections.children, self.takeaway.widget)  # handouts, report, follow-up
        panels = {"join": self.join, "present": self.present.widget, **self.dashboard.panels}
        self.tabs = w.Tab(children=[panels[key] for key in TABS])
        self.tabs.add_class("netquiz-facilitator-tabs")
        self.marks = PageMarks(root=".netquiz-facilitator", banner=".netquiz-facilitator-controls",
                               main=".netquiz-facilitator-main")
        body = w.VBox([self.dashboard.status, self.dashboard.ready, self.tabs])
        body.add_class("netquiz-facilitator-main")
        self.widget = w.VBox([w.HTML(style_html()), self.marks, self.controls, body])
        self.widget.add_class("netquiz-facilitator")
        for name in ("session", "close", "bank", "code", "title", "open", "mode", "projector"):
            getattr(self, name).add_class(f"netquiz-facilitator-{name}")
        self.lang_toggle.add_class("netquiz-facilitator-lang")
        self._label()
        self.refresh()

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)

    def _build_controls(self) -> None:
        self.lang_toggle = w.ToggleButtons(options=LANG_LABELS, value=self.lang)
        self.lang_toggle.observe(lambda change: self.set_lang(change["new"]), names="value")
        self.session = w.Dropdown(layout=w.Layout(width="460px"))
        self.session.observe(lambda _: self._select(), names="value")
        self.close = w.Button(button_style="warning", icon="lock")
        self.close.on_click(lambda _: self._close())
        banks = [str(p.relative_to(self.root)) for p in bank_files(self.root)]
        self.bank = w.Dropdown(options=banks, value=banks[0] if banks else None, layout=w.Layout(width="460px"))
        self.code = w.Text(layout=w.Layout(width="220px"))
        self.title = w.Text(layout=w.Layout(width="300px"))
        self.mode = w.Dropdown(options=[("", "self"), ("", "live")], value="self", layout=w.Layout(width="260px"))
        self.open = w.Button(button_style="primary", icon="play")
        self.open.on_click(lambda _: self._open())
        self.projector = w.ToggleButton(value=False, icon="desktop", layout=w.Layout(width="auto"))
        self.projector.observe(lambda change: self._projector(change["new"]), names="value")
        self.message = w.HTML()
        self.message.add_class("netquiz-facilitator-message")
        self.present.controls.children = (*self.present.controls.children, self.projector)
        self.controls = w.VBox([w.HBox([self.session, self.close, self.lang_toggle]),
                                w.HBox([self.bank, self.code, self.title, self.mode, self.open]), self.message])
        self.controls.add_class("netquiz-facilitator-controls")

    def _label(self) -> None:
        """Put every label in the current language."""
        t = lambda key: say(self.lang, key)  # noqa: E731
        self.session.description, self.bank.description = t("session"), t("bank")
        self.close.description = t("close")
        self.code.description, self.code.placeholder = t("code"), t("code_ph")
        self.title.description, self.title.placeholder = t("title"), t("title_ph")
        self._syncing = True
        try:
            value = self.mode.value
            self.mode.options, self.mode.value = [(t("mode_self"), "self"), (t("mode_live"), "live")], value
        finally:
            self._syncing = False
        self.mode.description, self.open.description = t("mode"), t("open")
        self.projector.description = t("p_projector")
        for index, key in enumerate(TABS):
            self.tabs.set_title(index, t(f"tab_{key}"))
        self.marks.lang, self.marks.title = self.lang, t("dashboard_page_title")

    def set_lang(self, lang: str) -> None:
        """Switch every facilitator screen to ``lang`` (``hi`` or ``en``)."""
        self.lang = lang
        self._label()
        self.dashboard.set_lang(lang)
        self.present.set_lang(lang)
        self.takeaway.set_lang(lang)
        self.refresh()

    def _projector(self, on: bool) -> None:
        (self.widget.add_class if on else self.widget.remove_class)("netquiz-projector")

    # ---- actions ---------------------------------------------------------------------------
    def _say(self, message: str, error: bool = False) -> None:
        css = "netquiz-dash-error" if error else "netquiz-author-ok"
        self.message.value = f"<span class='{css}'>{html.escape(message)}</span>" if message else ""

    def _open(self) -> None:
        if not self.bank.value:
            self._say(say(self.lang, "no_banks"), True)
            return
        try:
            bank = load_bank(self.root / self.bank.value)
            title = self.title.value.strip() or default_title(bank) or Path(self.bank.value).stem
            code, mode = self.code.value.strip(), self.mode.value
            record = (self.store.open_session(code, bank_to_json(bank), title, mode) if code
                      else open_with_new_code(self.store, bank_to_json(bank), title, mode))
        except NetquizError as exc:
            self._say(say(self.lang, "not_opened", error=exc), True)
            return
        self.code.value = ""
        self._say(say(self.lang, "opened", code=record.code, count=len(bank.questions)))
        self.refresh(select=record.code)
        self.tabs.selected_index = 0

    def _close(self) -> None:
        code = self.session.value
        if not code:
            return
        if not self._confirm_close:
            self._confirm_close = True
            self.close.description = say(self.lang, "confirm_close", code=code)
            self._say(say(self.lang, "confirm_close_msg", code=code))
            return
        self._confirm_close = False
        self.close.description = say(self.lang, "close")
        try:
            self.store.close_session(code)
        except NetquizError as exc:
            self._say(say(self.lang, "not_closed", error=exc), True)
            return
        self._say(say(self.lang, "closed_msg", code=code))
        self.refresh(select=code)

    def _select(self) -> None:
        if self._syncing:
            return
        self._confirm_close = False
        self.close.description = say(self.lang, "close")
        self.refresh()

    # ---- rendering -------------------------------------------------------------------------
    def _load_sessions(self, select: str | None = None) -> None:
        """Sync the session list with the store (sessions opened or closed elsewhere show up too)."""
        sessions = self.store.list_sessions()
        options = tuple((session_label(s, self.lang), s.code) for s in sessions)
        codes = {s.code for s in sessions}
        if select not in codes:
            preferred = [s.code for s in sessions if s.is_open] or [s.code for s in sessions]
            current = self.session.value
            select = current if current in codes else (preferred[0] if preferred else None)
        if options != tuple(self.session.options) or select != self.session.value:
            self._syncing = True
            try:
                self.session.options = options
                self.session.value = select
            finally:
                self._syncing = False

    def refresh(self, select: str | None = None) -> None:
        """Re-read the store: session list, join screen, close button, Present view and dashboard panels."""
        self._load_sessions(select)
        code = self.session.value
        record = None
        if code:
            try:
                record = self.store.get_session(code)
            except NetquizError as exc:
                self._say(str(exc), True)
        self.join.value = join_html(self.url, record, self.lang)
        self.close.disabled = record is None or not record.is_open
        if code != self.present.code:
            self.present.show(code)
            if record is not None:  # the mode menu shows the chosen session's mode, not a stale default
                self.mode.value = "live" if record.mode == "live" else "self"
        self.dashboard.show(code)
        self.takeaway.show(record)


def default_title(bank: Bank) -> str | None:
    """A session title from the bank: the article's title, else its first heading."""
    if bank.article.title:
        return bank.article.title
    return next((s.title for s in bank.article.sections if s.title), None)


def facilitator_app(db: str | None = None, url: str | None = None, interval: float = 3.0,
                    root: str | Path | None = None) -> FacilitatorApp:
    """Build the facilitator app and start its live refresh (displays itself as a cell's last value)."""
    base = Path(root) if root else data_folder()
    app = FacilitatorApp(open_store(db or default_db_url()), base, url or join_url(), interval)
    for earlier in _RUNNING:  # re-running the cell in JupyterLab: one refresh loop per kernel is enough
        earlier.live.stop()
        earlier.present_live.stop()
    _RUNNING[:] = [app]
    app.live.start()
    app.present_live.start()
    return app
