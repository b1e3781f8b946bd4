"""Getting into the quiz, a part of :class:`~netquiz.ui.participant.quiz_view.QuizApp`: the join form's Start and
Enter, a taken name's PIN, the silent resume after a reload (this browser's token), and "my review" fetched from
the join page.

A mixin: these actions read and set the view's state (declared below, set up by ``QuizApp``) and leave the
redraw to the view, which runs each of them through its ``_act`` (a refusal becomes a message).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import ipywidgets as w

from ...errors import NameTaken, NetquizError, PinRefused, SessionError
from ...quiz.session import QuizSession, ShownQuestion
from ...store.base import Store
from ...texts import LANGS
from .browser_token import BrowserToken
from .live_view import LiveController, live_controller
from .review_offer import ReviewOffer

log = logging.getLogger(__name__)
ENTER_WAIT_S = 0.4


class Joining:
    """Join, resume and the join page's review for one participant's tab."""

    # the view's state these actions use (QuizApp sets it up)
    lang: str
    _lang_chosen: bool
    session: QuizSession | None
    live: LiveController | None
    error: tuple[str, dict[str, object]] | None
    _skip_render: bool
    review: ReviewOffer
    browser: BrowserToken
    name_box: w.Text
    code_box: w.Text
    pin_box: w.Text
    pin_for: str | None
    start_button: w.Button
    render: Callable[[], None]
    _open: Callable[[], Store]
    _show: Callable[[ShownQuestion | None], None]
    _set_toggle: Callable[[str], None]

    def _join(self) -> None:
        if self.session is not None:
            self._skip_render = True  # a late tap on the join screen after joining: nothing to do
            return
        name, code, pin = self.name_box.value.strip(), self.code_box.value.strip(), self.pin_box.value.strip()
        if not name:
            self.error = ("err_name", {})
            return
        asked = self.pin_for is not None and " ".join(name.split()) == self.pin_for
        try:
            session = QuizSession.join(self._open(), code, name, token=self.browser.valid_token,
                                       pin=pin if asked else None, as_new=asked and not pin)
        except NameTaken as exc:
            self.pin_for, self.pin_box.value = " ".join(name.split()), ""
            self.error = (exc.key, exc.values)
            return
        except PinRefused as exc:
            self.pin_box.value = ""  # a wrong PIN is typed again from scratch
            self.error = (exc.key, exc.values)
            return
        self._start(session)

    def _fetch_review(self) -> None:
        """The join page's "my review": by this browser's token, or by name and PIN, for the code typed."""
        code = self.code_box.value.strip()
        if not code:
            self.error = ("err_code_needed", {})
            return
        name = " ".join(self.name_box.value.split())
        pin = self.pin_box.value.strip() if self.pin_for is not None else ""
        try:
            self.review.fetch(self._open(), code, self.browser.valid_token, name, pin, self.lang)
        except SessionError as exc:
            if exc.key != "err_review_none" or not name or pin:
                raise
            self.pin_for, self.pin_box.value = name, ""  # another device: ask for her PIN
            self.error = ("review_pin", {})

    def _start(self, session: QuizSession) -> None:
        self.session, self.pin_for = session, None
        self._show(session.current())
        self.live = live_controller(self._open(), session, self.render)
        bank_lang = session.bank.article.lang
        if not self._lang_chosen and bank_lang in LANGS and bank_lang != self.lang:
            self.lang = bank_lang
            self._set_toggle(bank_lang)

    def _on_enter(self, _box: object) -> None:
        """Enter in the code field joins, a moment later: the page may send the last typed letters after the
        Enter (ipywidgets holds back value updates while messages are pending), so the join waits for them."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.start_button.click()
            return
        loop.call_later(ENTER_WAIT_S, self.start_button.click)

    def _on_token(self, change: dict) -> None:
        """The browser sent its token: a reload (or a lost kernel) resumes silently. The page keeps the join
        form hidden until then (``checked``), so a returning participant does not see it flash."""
        try:
            self._resume()
        finally:
            self.browser.checked = True

    def _resume(self) -> None:
        if self.session is not None or self.browser.valid_token is None:
            return
        try:
            session = QuizSession.resume(self._open(), self.browser.valid_token)
        except NetquizError as exc:
            log.info("no resume: %s", exc)
            return
        except Exception:
            log.exception("resume failed")
            return
        if session is not None and self.session is None:
            self._start(session)
            self.error = None
            self.render()
