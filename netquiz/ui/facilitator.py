"""The facilitator's notebook: open or close a session, show how to join, watch the live dashboard.

In a notebook (``notebooks/facilitator.ipynb``, also served by ``netquiz serve --facilitator``)::

    from netquiz.ui.facilitator import facilitator_app
    facilitator_app()     # db: env NETQUIZ_DB; join URL: env NETQUIZ_JOIN_URL

The dashboard refreshes itself every few seconds (see :class:`netquiz.ui.dashboard.LiveRefresh`).
"""

from __future__ import annotations

import html
import os
import socket
import time
from pathlib import Path

import ipywidgets as w
import segno

from ..bank import bank_to_json, load_bank
from ..errors import NetquizError
from ..serve import PARTICIPANT_PORT, lan_addresses
from ..store import open_store, open_with_new_code
from ..store.base import SessionRecord, Store
from .author import bank_files, project_root
from .dashboard import Dashboard, LiveRefresh
from .dashboard_html import style_html

_RUNNING: list[FacilitatorApp] = []
TABS = (("join", "Join"), ("participants", "Participants"), ("questions", "Questions"),
        ("sections", "Sections"), ("downloads", "Downloads"))


def default_db(root: Path) -> str:
    """Env ``NETQUIZ_DB``, else the SQLite file ``var/netquiz.sqlite3`` of the project."""
    return os.environ.get("NETQUIZ_DB") or f"sqlite:///{root / 'var' / 'netquiz.sqlite3'}"


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


def join_html(url: str, session: SessionRecord | None) -> str:
    """The join screen: URL and QR code, and the session code big enough for the back of the room."""
    if session is None:
        return "<p class='netquiz-muted'>Open a session (above) to show the join screen.</p>"
    state = "" if session.is_open else "<p class='netquiz-dash-error'>This session is closed.</p>"
    title = f"<div class='netquiz-join-title'>{html.escape(session.title)}</div>" if session.title else ""
    return (f"<div class='netquiz-join-screen'><div class='netquiz-join-qr'>{qr_svg(url)}</div><div>{title}"
            "<div class='netquiz-join-label'>Open</div>"
            f"<div class='netquiz-join-url'>{html.escape(url)}</div>"
            f"<div class='netquiz-join-label'>and enter the code</div>"
            f"<div class='netquiz-join-code'>{html.escape(session.code)}</div>{state}</div></div>")


def session_label(session: SessionRecord) -> str:
    """Dropdown label: code, title, open/closed, when opened."""
    opened = time.strftime("%d %b %H:%M", time.localtime(session.created_at))
    state = "open" if session.is_open else "closed"
    return f"{session.code} — {session.title or 'untitled'} ({state}, {opened})"


class FacilitatorApp:
    """Session controls, join screen and dashboard over one store."""

    def __init__(self, store: Store, root: Path, url: str, interval: float = 3.0) -> None:
        self.store, self.root, self.url = store, root, url
        self.dashboard = Dashboard(store)
        self.live = LiveRefresh(self.refresh, interval)
        self._confirm_close = self._syncing = False
        self._build_controls()
        self.join = w.HTML()
        self.join.add_class("netquiz-join-panel")
        self.tabs = w.Tab(children=[self.join, *(self.dashboard.panels[key] for key, _ in TABS[1:])],
                          titles=[title for _, title in TABS])
        self.widget = w.VBox([w.HTML(style_html()), self.controls, self.dashboard.status, self.tabs])
        self.widget.add_class("netquiz-facilitator")
        for name in ("session", "close", "bank", "code", "title", "open"):
            getattr(self, name).add_class(f"netquiz-facilitator-{name}")
        self.refresh()

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)

    def _build_controls(self) -> None:
        self.session = w.Dropdown(description="Session", layout=w.Layout(width="460px"))
        self.session.observe(lambda _: self._select(), names="value")
        self.close = w.Button(description="Close session", button_style="warning", icon="lock")
        self.close.on_click(lambda _: self._close())
        banks = [str(p.relative_to(self.root)) for p in bank_files(self.root)]
        self.bank = w.Dropdown(options=banks, value=banks[0] if banks else None, description="Bank",
                               layout=w.Layout(width="460px"))
        self.code = w.Text(placeholder="optional, e.g. NET1", description="Code",
                           layout=w.Layout(width="220px"))
        self.title = w.Text(placeholder="optional", description="Title", layout=w.Layout(width="300px"))
        self.open = w.Button(description="Open session", button_style="primary", icon="play")
        self.open.on_click(lambda _: self._open())
        self.message = w.HTML()
        self.message.add_class("netquiz-facilitator-message")
        self.controls = w.VBox([w.HBox([self.session, self.close]),
                                w.HBox([self.bank, self.code, self.title, self.open]), self.message])

    # ---- actions ---------------------------------------------------------------------------
    def _say(self, message: str, error: bool = False) -> None:
        css = "netquiz-dash-error" if error else "netquiz-author-ok"
        self.message.value = f"<span class='{css}'>{html.escape(message)}</span>" if message else ""

    def _open(self) -> None:
        if not self.bank.value:
            self._say("No bank files in data/banks or var/banks: generate one first (author notebook).", True)
            return
        try:
            bank = load_bank(self.root / self.bank.value)
            title = self.title.value.strip() or bank.article.title or Path(self.bank.value).stem
            code = self.code.value.strip()
            record = (self.store.open_session(code, bank_to_json(bank), title) if code
                      else open_with_new_code(self.store, bank_to_json(bank), title))
        except NetquizError as exc:
            self._say(f"Not opened: {exc}", True)
            return
        self.code.value = ""
        self._say(f"Session {record.code} is open ({len(bank.questions)} questions).")
        self.refresh(select=record.code)
        self.tabs.selected_index = 0

    def _close(self) -> None:
        code = self.session.value
        if not code:
            return
        if not self._confirm_close:
            self._confirm_close = True
            self.close.description = f"Confirm: close {code}"
            self._say(f"Click again to close {code}: nobody can join or answer after that.")
            return
        self._confirm_close = False
        self.close.description = "Close session"
        try:
            self.store.close_session(code)
        except NetquizError as exc:
            self._say(f"Not closed: {exc}", True)
            return
        self._say(f"Session {code} is closed; its answers stay in the dashboard and downloads.")
        self.refresh(select=code)

    def _select(self) -> None:
        if self._syncing:
            return
        self._confirm_close = False
        self.close.description = "Close session"
        self.refresh()

    # ---- rendering -------------------------------------------------------------------------
    def _load_sessions(self, select: str | None = None) -> None:
        """Sync the session list with the store (sessions opened or closed elsewhere show up too)."""
        sessions = self.store.list_sessions()
        options = tuple((session_label(s), s.code) for s in sessions)
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
        """Re-read the store: session list, join screen, close button and every dashboard panel."""
        self._load_sessions(select)
        code = self.session.value
        record = None
        if code:
            try:
                record = self.store.get_session(code)
            except NetquizError as exc:
                self._say(str(exc), True)
        self.join.value = join_html(self.url, record)
        self.close.disabled = record is None or not record.is_open
        self.dashboard.show(code)


def facilitator_app(db: str | None = None, url: str | None = None, interval: float = 3.0,
                    root: str | Path | None = None) -> FacilitatorApp:
    """Build the facilitator app and start its live refresh (displays itself as a cell's last value)."""
    base = Path(root) if root else project_root()
    app = FacilitatorApp(open_store(db or default_db(base)), base, url or join_url(), interval)
    for earlier in _RUNNING:  # re-running the cell in JupyterLab: one refresh loop per kernel is enough
        earlier.live.stop()
    _RUNNING[:] = [app]
    app.live.start()
    return app
