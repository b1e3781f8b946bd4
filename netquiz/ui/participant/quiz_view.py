"""The participant quiz view: join → question → feedback → … → summary, as ipywidgets.

Thin by design: every callback calls :class:`netquiz.quiz.session.QuizSession` and re-renders from the
view state (session, shown question, chosen option, last result, language, error). Grading happens
only in ``QuizSession.submit``; the answer key never enters widget state before that.

Rendering changes only what changed: the question screen is one :class:`QuestionCard` kept for the
whole quiz (a new question or its result is one message to the page), and the error line and the
resume PIN are kept widgets whose text is updated. A screen is numbered; a tap from an older screen
is dropped.

Identity (:mod:`.joining`): a :class:`~netquiz.ui.participant.browser_token.BrowserToken` hands the kernel this
browser's resume token; if it already joined an open session, the quiz resumes without the join form. A taken
name shows the PIN field (``netquiz-pin``): the right PIN resumes that participant here, an empty one joins as a
new participant "Name (2)". The language toggle is :mod:`.language_choice`. Every refusal redraws the real
current state with a message in the participant's language (never an internal id or a raw exception text).

Usage (the whole participant notebook)::

    from netquiz.ui.participant import quiz_app
    quiz_app()
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable

import ipywidgets as w

from ...errors import NetquizError, SessionError
from ...quiz.session import QuizSession, Result, ShownQuestion
from ...store import default_db_url, open_store
from ...store.base import Store
from ...texts import LANG_LABELS, LANGS, default_lang, known, say
from .browser_token import BrowserToken, hide_loading_text
from .joining import Joining
from .language_choice import LanguageChoice
from .live_view import LiveController
from .question_card import QuestionCard, card_screen
from .review_offer import ReviewOffer, fetch_button
from .screens import (
    action_button,
    classed,
    close_tree,
    esc,
    html_block,
    join_screen,
    style_widget,
    summary_screen,
)

log = logging.getLogger(__name__)


def quiz_app(db: str | None = None, lang: str | None = None) -> w.Widget:
    """Build the participant quiz widget (db: URL, default env ``NETQUIZ_DB`` or ``var/`` SQLite)."""
    hide_loading_text()
    return QuizApp(db or default_db_url(), lang).widget


class QuizApp(Joining, LanguageChoice):
    """View state and callbacks for one participant's browser tab (one kernel)."""

    def __init__(self, db: str, lang: str | None = None,
                 opener: Callable[[str], Store] = open_store) -> None:
        self.db, self._opener = db, opener
        self._store: Store | None = None
        self.lang = lang if lang in LANGS else default_lang()
        self._lang_chosen = lang in LANGS
        self.session: QuizSession | None = None
        self.live: LiveController | None = None  # set when the session runs in live mode
        self.shown: ShownQuestion | None = None
        self.selected: int | None = None
        self.result: Result | None = None
        self.nothing_to_retry = False
        self.review = ReviewOffer()  # "download my review" at the round's end and on the join page
        self.error: tuple[str, dict[str, object]] | None = None  # (strings key, values)
        self._generation = 0
        self._serial = 0  # number of the question screen shown (the card drops taps of older ones)
        self._rev = 0
        self._card: QuestionCard | None = None
        self._upcoming: ShownQuestion | None = None  # after a result: the question the page's next shows
        self._skip_render = False
        self._error_note: w.HTML | None = None  # made on first use: none on a page that needs none
        self._pin_note: w.HTML | None = None
        self.name_box = classed(w.Text(), "netquiz-name")
        self.code_box = classed(w.Text(), "netquiz-code")
        self.pin_box = classed(w.Text(), "netquiz-pin")
        self.pin_for: str | None = None  # the taken name the PIN field is shown for
        # one Start button for every join screen: a tap while a refusal redraws the screen still joins
        self.start_button = action_button(say(self.lang, "start"), "netquiz-start",
                                          self._guard(self._join, any_screen=True))
        self.browser = BrowserToken(layout=w.Layout(display="none"))
        self.browser.observe(self._on_token, names="token")
        self.browser.observe(self._on_saved_lang, names="saved_lang")
        with warnings.catch_warnings():  # on_submit is the one hook for Enter (the page still sends it)
            warnings.simplefilter("ignore", DeprecationWarning)
            self.code_box.on_submit(self._on_enter)
        self.lang_toggle = classed(w.ToggleButtons(options=LANG_LABELS, value=self.lang), "netquiz-lang")
        self.lang_toggle.observe(self._on_lang, names="value")
        self.title = html_block("", "netquiz-title")
        self.body = classed(w.VBox(), "netquiz-body")
        header = classed(w.HBox([self.title, self.lang_toggle]), "netquiz-header")
        self.widget = classed(w.VBox([style_widget(), self.browser, header, self.body]), "netquiz-app")
        self.render()

    # ---- rendering -------------------------------------------------------------------------
    def render(self) -> None:
        """Draw the screen for the current state: kept widgets are updated (nothing is sent for what did
        not change), the widgets of a screen that is gone are closed."""
        self._generation += 1
        old = self.body.children
        self.title.value = f"<h1>{esc(self._title_text())}</h1>"
        self.browser.lang, self.browser.title = self.lang, f"{self._title_text()} · {say(self.lang, 'app_title')}"
        self.browser.announce = self.live.announcement(self.lang) if self.live is not None else ""

        children = (*self._error_widgets(), self._screen(), *self._pin_widgets())
        if children != old:
            self.body.children = children
        kept = (self.name_box, self.code_box, self.pin_box, self.start_button, self._error_note, self._pin_note,
                self._card)
        for widget in old:
            if not any(widget is child for child in children):
                close_tree(widget, keep=kept)

    def _error_widgets(self) -> list[w.Widget]:
        if self.error is None:
            return []
        key, values = self.error
        if self._error_note is None:
            self._error_note = html_block("", "netquiz-error")
        self._error_note.value = esc(say(self.lang, key, **values))
        return [self._error_note]

    def _pin_widgets(self) -> list[w.Widget]:
        """The participant's own resume PIN, under every screen after the join."""
        if self.session is None or not self.session.pin or (self.live is not None and self.live.finished):
            return []  # nothing to continue once a live round is over
        if self._pin_note is None:
            self._pin_note = html_block("", "netquiz-resume-pin")
        self._pin_note.value = esc(say(self.lang, "resume_pin", pin=self.session.pin))
        return [self._pin_note]

    def _title_text(self) -> str:
        if self.session is None:
            return say(self.lang, "app_title")
        return say(self.lang, "welcome", name=self.session.name)

    def _screen(self) -> w.Widget:
        if self.session is None:
            pin_box = self.pin_box if self.pin_for is not None else None
            return self.review.at_join(join_screen(self.lang, self.name_box, self.code_box, self.start_button,
                                                   pin_box), self.lang,
                                       fetch_button(self.lang, self._guard(self._fetch_review)))
        if self.live is not None:
            return self.review.at_round_end(self.live.screen(self.lang, self._guard), self._open(), self.session,
                                            self.lang)
        if self.shown is None:
            return self.review.at_round_end(summary_screen(self.lang, self.session.name, self.session.summary(),
                                                           self._guard(self._retry), self.nothing_to_retry),
                                            self._open(), self.session, self.lang)
        if self._card is None:
            self._card = QuestionCard(self._on_card)
        self._rev += 1
        self._card.screen = card_screen(self.lang, self.shown, self.session.progress(), self.result,
                                        self._serial, self._rev, self._upcoming,
                                        questions=len(self.session.bank.questions))
        return self._card

    def _guard(self, action: Callable[[], None], any_screen: bool = False) -> Callable[[], None]:
        """Wrap a callback: ignore clicks from stale screens (unless ``any_screen``: a widget kept across
        renders), show errors, re-render."""
        generation = self._generation

        def run() -> None:
            if generation != self._generation and not any_screen:
                return
            self._act(action)
        return run

    def _act(self, action: Callable[[], None]) -> None:
        """Run an action: a refusal becomes a message in the participant's language; then re-render."""
        had_error, self.error = self.error is not None, None
        self._skip_render = False
        try:
            action()
        except NetquizError as exc:
            log.info("quiz refused: %s", exc)
            self.error = problem(exc)
        except Exception:  # a participant must never see a traceback; the log keeps it
            log.exception("quiz callback failed")
            self.error = ("err_unexpected", {})
        if not (self._skip_render and self.error is None and not had_error):
            self.render()

    def _on_card(self, event: dict) -> None:
        """A tap on the question card: submit (with the chosen option) or next, for screen ``n`` only.

        A submit for the upcoming screen (``n + 1``) means the page's next already showed it: the view
        moves there first."""
        if self.live is not None or self.shown is None:
            return
        if self._upcoming is not None and event["n"] == self._serial + 1:
            self._show(self._upcoming)
        if event["n"] != self._serial or self.shown is None:
            return  # a tap from an older screen (a double tap, a slow phone)
        if event["event"] == "submit":
            choice = event["choice"]
            if choice >= len(self.shown.options) or self.result is not None:
                return
            self.selected = choice
            self._act(self._submit)
        else:
            self._act(self._next)

    # ---- actions on the question and summary screens -----------------------------------------
    def _show(self, shown: ShownQuestion | None) -> None:
        """Show a (new) question screen: nothing chosen, no result, a new screen number."""
        self.shown, self.selected, self.result, self._upcoming = shown, None, None, None
        self._serial += 1

    def _submit(self) -> None:
        if self.session is None or self.shown is None or self.result is not None:
            self._skip_render = True  # a stale or repeated click: nothing changes
            return
        if self.selected is None:
            self.error = ("err_choose", {})
            return
        try:
            self.result = self.session.submit(self.shown.id, self.selected)
        except SessionError:
            self._show(self.session.current())  # the real state
            raise
        self._upcoming = self.session.current()  # sent with the result: the page's next needs no round trip

    def _next(self) -> None:
        if self.session is None or self.result is None:
            self._skip_render = True
            return
        self._show(self.session.current())

    def _retry(self) -> None:
        if self.session is None:
            return
        self.nothing_to_retry = self.session.retry_missed() == 0
        self._show(self.session.current())

    def _open(self) -> Store:
        if self._store is None:
            self._store = self._opener(self.db)
        return self._store


def problem(exc: NetquizError) -> tuple[str, dict[str, object]]:
    """The localised message for a refusal: the error's own key, or a generic one (never its raw text,
    which may name internal ids)."""
    key = getattr(exc, "key", None)
    if key and known(key):
        return key, dict(getattr(exc, "values", {}))
    return ("err_session" if isinstance(exc, SessionError) else "err_store"), {}
