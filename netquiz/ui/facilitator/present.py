"""The Present view of a live session: the projector screen and the facilitator's buttons.

Thin: each button applies one pure transition of :mod:`netquiz.live.state` through :class:`netquiz.live.round.LiveRound`
(which saves it; participant kernels see it on their next poll) and re-renders. :meth:`PresentView.tick`
runs every second from the facilitator app's refresher: it picks up changes made in another tab and updates
the countdown and the answer count (unchanged values send nothing to the browser).
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Collection

import ipywidgets as w

from ...errors import NetquizError, SessionError
from ...live import state as live
from ...live.round import LiveRound
from ...model import Bank, Question
from ...store.base import Store
from ...texts import kind_name, say
from .present_html import clock_html, count_html, leaderboard_html, question_html, split_html, waiting_html

BUTTONS = ("start", "stop", "reveal", "next", "skip", "new-round")
ALL = ""  # the "all sections/kinds" choice (a Dropdown shows None as an empty box)


def _html(*classes: str) -> w.HTML:
    widget = w.HTML()
    for css in classes:
        widget.add_class(css)
    return widget


class PresentView:
    """Projector screen and controls for one live session at a time."""

    def __init__(self, store: Store, url: str, lang: str = "en",
                 clock: Callable[[], float] | None = None) -> None:
        self.store, self.url, self.lang = store, url, lang
        self.clock = clock or (lambda: time.time())
        self.round: LiveRound | None = None
        self.code: str | None = None
        self.buttons = {name: w.Button() for name in BUTTONS}
        for name, button in self.buttons.items():
            button.add_class(f"netquiz-present-{name}")
            button.on_click(lambda _b, name=name: self._act(name))
        self.section = w.Dropdown(layout=w.Layout(width="auto"))
        self.kind = w.Dropdown(layout=w.Layout(width="auto"))
        self.seconds = w.BoundedIntText(value=live.DEFAULT_DURATION, min=live.MIN_DURATION,
                                        max=live.MAX_DURATION, layout=w.Layout(width="auto"))
        for control in (self.section, self.kind, self.seconds):
            control.observe(lambda _change: self._replan(), names="value")
        self.section.add_class("netquiz-present-section")
        self.kind.add_class("netquiz-present-kind")
        self.message = _html("netquiz-present-message")
        self.meta, self.timer = _html("netquiz-present-head"), _html("netquiz-present-timer")
        self.count = _html("netquiz-present-count")
        self.question = _html("netquiz-present-question")
        self.split, self.board = _html("netquiz-present-split"), _html("netquiz-present-leaderboard")
        top = w.HBox([self.count, self.timer])
        top.add_class("netquiz-present-top")
        self.screen = w.VBox([top, self.question, self.split, self.board])
        self.screen.add_class("netquiz-present")
        self.controls = w.HBox([*self.buttons.values(), self.seconds, self.section, self.kind])
        self.controls.add_class("netquiz-present-controls")
        self.widget = w.VBox([self.controls, self.message, self.screen])
        self._syncing = False
        self.set_lang(lang)

    # ---- session and language -----------------------------------------------------------
    def show(self, code: str | None) -> None:
        """Present session ``code`` (a self-paced or missing session shows how to get a live one)."""
        self.code, self.round = code, None
        self._say("")
        if code:
            try:
                self.round = LiveRound.load(self.store, code)
            except NetquizError:
                pass
        self._fill_filters()
        self.render()

    def set_lang(self, lang: str) -> None:
        """Switch the labels and the screen's language."""
        self.lang = lang
        for name, button in self.buttons.items():
            button.description = say(lang, f"p_{name.replace('-', '_')}")
        self.seconds.description = say(lang, "p_seconds")
        self.section.description, self.kind.description = say(lang, "p_section"), say(lang, "p_kind")
        self._fill_filters()
        self.render()

    def _fill_filters(self) -> None:
        sections: list[tuple[str, str]] = [(say(self.lang, "p_all_sections"), ALL)]
        kinds: list[tuple[str, str]] = [(say(self.lang, "p_all_kinds"), ALL)]
        if self.round is not None:
            bank = self.round.bank
            used = {q.section for q in bank.questions}
            sections += [(bank.section_title(s.id), s.id) for s in bank.article.sections if s.id in used]
            kinds += [(kind_name(self.lang, kind), kind) for kind in sorted({q.kind for q in bank.questions})]
        chosen = self._planned_filter()
        self._syncing = True
        try:
            for dropdown, options, planned in ((self.section, sections, chosen[0]), (self.kind, kinds, chosen[1])):
                value = dropdown.value if dropdown.value in {v for _, v in options} else ALL
                if planned is not None:
                    value = planned if planned in {v for _, v in options} else ALL
                dropdown.options, dropdown.value = options, value
            if self.round is not None:
                self.seconds.value = self.round.state.duration
        finally:
            self._syncing = False

    def _planned_filter(self) -> tuple[str | None, str | None]:
        """The section and kind the saved round was planned with, read back from its queue (a reload shows
        the round's real filter, not "all"); None: keep the menu as it is."""
        if self.round is None or not self.round.state.queue:
            return None, None
        bank = self.round.bank
        planned = [bank.question(q) for q in self.round.state.queue]
        return _only(bank, planned, "section"), _only(bank, planned, "kind")

    # ---- actions ------------------------------------------------------------------------
    def _say(self, text: str, error: bool = False) -> None:
        css = "netquiz-dash-error" if error else "netquiz-muted"
        self.message.value = f"<span class='{css}'>{html.escape(text)}</span>" if text else ""

    def _transition(self, name: str) -> Callable[[live.LiveState], live.LiveState]:
        now = self.clock()
        if name == "new-round":
            return self._new_round
        return {"start": lambda s: live.start(s, now), "stop": live.stop_clock,
                "reveal": lambda s: live.reveal(s, now), "next": lambda s: live.advance(s, now),
                "skip": lambda s: live.skip(s, now)}[name]

    def _act(self, name: str) -> None:
        if self.round is None:
            return
        self._say("")
        try:
            self.round.apply(self._transition(name))
        except NetquizError as exc:
            self._say(str(exc), error=True)
        self.render()

    def _fresh(self, asked: Collection[str] = ()) -> live.LiveState:
        """A waiting round over the chosen section and kind, without the questions already asked in this
        session (``asked``, or answered by anyone: a phone keeps one answer per question)."""
        assert self.round is not None
        round_ = self.round
        chosen = live.select(round_.bank, self.section.value or None, self.kind.value or None)
        queue = tuple(q for q in chosen if q not in asked and not round_.answer_count(q))
        if not queue:
            raise SessionError(say(self.lang, "p_all_asked" if chosen else "p_no_match"))
        return live.LiveState(queue=queue, duration=self.seconds.value, skipped=tuple(sorted(asked)))

    def _new_round(self, state: live.LiveState) -> live.LiveState:
        """New round: back to waiting (menus unlocked), the questions asked so far left out (kept in the new
        state's ``skipped``, so a later change of the menus leaves them out too)."""
        return self._fresh(set(state.queue[:state.index + 1]) | set(state.done) | set(state.skipped))

    def _replan(self) -> None:
        """A menu changed: before the first question it plans the round; once the round runs, the section
        and kind are locked (only the time limit of the next questions changes)."""
        if self._syncing or self.round is None:
            return
        seconds, waiting = self.seconds.value, self.round.state.phase == "waiting"
        try:
            self.round.apply(lambda s: self._fresh(s.skipped) if waiting else live.set_duration(s, seconds))
            self._say("")
        except NetquizError as exc:
            self._say(str(exc), error=True)
        self.render()

    # ---- rendering ----------------------------------------------------------------------
    def tick(self) -> None:
        """Every second: pick up changes from elsewhere, update clock and count."""
        if self.round is None:
            return
        if self.round.reload():
            self._fill_filters()
            self.render()
        else:
            self._update_live_parts()

    def _update_live_parts(self) -> None:
        if self.round is None:
            return
        state, round_ = self.round.state, self.round
        question_id = state.question_id
        people = len(self.store.participants(round_.code))
        if question_id is None:
            self.count.value = ""
        else:
            self.count.value = count_html(self.lang, round_.answer_count(question_id), people)
        now = self.clock()
        self.timer.value = clock_html(self.lang, live.seconds_left(state, now), state.phase == "open")
        for name, button in self.buttons.items():
            button.disabled = not _allowed(name, state)
        locked = state.phase != "waiting"
        self.section.disabled = self.kind.disabled = locked

    def render(self) -> None:
        """Redraw the whole screen from the round's state."""
        if self.round is None:
            text = say(self.lang, "p_self_paced", code=self.code) if self.code else say(self.lang, "p_none")
            self.question.value = f"<p class='netquiz-muted'>{html.escape(text)}</p>"
            self.count.value = self.timer.value = self.split.value = self.board.value = ""
            for button in self.buttons.values():
                button.disabled = True
            self.section.disabled = self.kind.disabled = True
            return
        state, round_ = self.round.state, self.round
        question_id = state.question_id
        if state.phase == "waiting":
            people = len(self.store.participants(round_.code))
            self.question.value = waiting_html(self.lang, self.url, round_.code, people, len(state.queue))
        elif question_id is None:
            self.question.value = ""
        else:
            question = round_.bank.question(question_id)
            self.question.value = question_html(self.lang, round_.bank, question, state.index + 1,
                                                len(state.queue), options=state.phase != "revealed")
        if state.phase == "revealed" and question_id is not None:
            question = round_.bank.question(question_id)
            self.split.value = split_html(self.lang, question, round_.split(question_id),
                                          round_.bank.section_title(question.section))
        else:
            self.split.value = ""
        due = state.leaderboard_due
        self.board.value = leaderboard_html(self.lang, round_.leaderboard(5), state.phase == "finished") if due else ""
        self._update_live_parts()


def _allowed(name: str, state: live.LiveState) -> bool:
    """Which buttons make sense in this phase."""
    return {"start": state.phase == "waiting", "reveal": state.phase == "open",
            "stop": state.phase == "open" and state.deadline is not None, "next": state.phase == "revealed",
            "skip": state.phase != "finished" and not (state.phase != "open" and state.remaining == 0),
            "new-round": state.phase != "waiting"}[name]


def _only(bank: Bank, questions: list[Question], field: str) -> str:
    """The one section (or kind) all ``questions`` share when the bank has several; "" (all) otherwise."""
    values = {getattr(q, field) for q in questions}
    every = {getattr(q, field) for q in bank.questions}
    return next(iter(values)) if len(values) == 1 and len(every) > 1 else ALL
