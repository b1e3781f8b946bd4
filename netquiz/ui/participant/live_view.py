"""The participant's screens in a live session: wait → question → locked → reveal → … → the end.

:class:`LiveController` is created by the quiz view once a participant has joined a ``live`` session. It polls
the store from an asyncio task on the kernel's own loop (like the dashboard's refresher: widgets and the SQLite
connection stay on the kernel's main thread) and asks the quiz view to re-render when the round moved. The
screens are built here from a :class:`netquiz.live.participant.LiveScreen`; before the reveal they carry nothing
that tells which option is right (same rule and hooks as the self-paced screens).
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import ipywidgets as w

from ...errors import SessionError
from ...live.participant import LiveParticipant, LiveScreen
from ...quiz.session import QuizSession
from ...store.base import Store
from ...texts import say
from ..ticker import LiveRefresh
from .screens import action_button, classed, esc, feedback_html, html_block, option_buttons, plain

log = logging.getLogger(__name__)
POLL_S = 0.25
#: Refusals live mode words its own way (the participant text of the same key speaks of tabs).
LIVE_ERROR_KEYS = {"err_answered": "live_err_answered"}
Guard = Callable[[Callable[[], None]], Callable[[], None]]


def live_controller(store: Store, quiz: QuizSession, rerender: Callable[[], None]) -> LiveController | None:
    """A started controller when the participant's session runs in live mode, else None."""
    if store.get_session(quiz.code).mode != "live":
        return None
    controller = LiveController(LiveParticipant(store, quiz), rerender, standing=lambda done: live_standing(
        store, quiz, done))
    controller.part.poll()
    controller.start()
    return controller


class LiveController:
    """View state of one participant's live screen and the polling task that keeps it current."""

    def __init__(self, part: LiveParticipant, rerender: Callable[[], None], interval: float = POLL_S,
                 clock: Callable[[], float] | None = None,
                 standing: Callable[[tuple[str, ...]], Standing] | None = None) -> None:
        self.part, self.rerender, self.interval = part, rerender, interval
        self._standing = standing
        self.clock = clock or (lambda: time.time())
        self.selected: int | None = None
        self.error: str | None = None
        self.poller = LiveRefresh(self.tick, interval)
        self._question: str | None = None
        self._was_open = False
        self._buttons: list[w.Button] = []

    @property
    def finished(self) -> bool:
        """The round is over (the end screen shows)."""
        return self.part.state is not None and self.part.state.phase == "finished"

    def announcement(self, lang: str) -> str:
        """One line for screen readers about the state now: a new question, answer locked, time up, the reveal,
        the end (the page's polite live region says it when it changes)."""
        screen = self.part.screen(self.clock())
        if screen.shown is None:
            return say(lang, "live_finished" if screen.phase == "finished" else
                             ("wait_start" if screen.counted == 0 else "wait_next"))
        if screen.phase == "revealed":
            if screen.result is None:
                return say(lang, "missed")
            return say(lang, "correct" if screen.result.correct else "incorrect")
        if screen.chosen is not None:
            return say(lang, "locked")
        if not screen.open:
            return say(lang, "time_up")
        number = say(lang, "question_of", number=screen.shown.number, total=screen.shown.total)
        return f"{number}: {screen.shown.stem}"

    # ---- polling ---------------------------------------------------------------------------
    def start(self) -> bool:
        """Poll on the running event loop; False when none runs (tests call :meth:`tick`)."""
        return self.poller.start()

    def stop(self) -> None:
        """Stop polling."""
        self.poller.stop()

    def tick(self) -> bool:
        """One poll: re-render when the round moved or the open question's time ran out."""
        moved = self.part.poll()
        screen = self.part.screen(self.clock())
        expired = self._was_open and not screen.open
        self._was_open = screen.open
        if moved or expired:
            question = screen.shown.id if screen.shown else None
            if question != self._question:
                self._question, self.selected, self.error = question, None, None
            self.rerender()
        return moved or expired

    # ---- actions ---------------------------------------------------------------------------
    def choose(self, index: int) -> None:
        """Mark an option (in place: only the chosen button changes)."""
        screen = self.part.screen(self.clock())
        if screen.chosen is not None or not screen.open or not 0 <= index < len(self._buttons):
            return
        self.selected = index
        for i, button in enumerate(self._buttons):
            (button.add_class if i == index else button.remove_class)("netquiz-selected")

    def submit(self) -> None:
        """Commit the chosen option; refusals become a localized message (re-rendered by the guard)."""
        screen = self.part.screen(self.clock())
        if screen.shown is None or screen.chosen is not None:
            return
        if self.selected is None:
            self.error = "err_choose"
            return
        try:
            self.part.answer(screen.shown.id, self.selected)
            self.error = None
        except SessionError as exc:  # late, moved on, answered; or the session closed, the participant merged
            self.error = exc.key
        self.part.poll()

    # ---- screens ---------------------------------------------------------------------------
    def screen(self, lang: str, guard: Guard) -> w.Widget:
        """The widget tree for the current state (a new tree each time; the caller closes the old one)."""
        screen = self.part.screen(self.clock())
        self._question = screen.shown.id if screen.shown else None
        self._was_open = screen.open
        self._buttons = []
        if screen.shown is None:
            if screen.phase != "finished":
                return wait_box(lang, screen)
            done = self.part.state.done if self.part.state else ()
            return finished_box(lang, screen, self._standing(done) if self._standing else None)
        return self._question_box(lang, screen, guard)

    def _question_box(self, lang: str, screen: LiveScreen, guard: Guard) -> w.Widget:
        shown = screen.shown
        assert shown is not None
        chosen = screen.chosen if screen.chosen is not None else self.selected
        revealed = screen.phase == "revealed"
        options = option_buttons(shown.options, chosen, screen.result, self.choose, lettered=True)
        if screen.chosen is not None or not screen.open or revealed:
            for button in options:
                button.disabled = True
        if revealed:
            options[self.part.reveal_of(shown.id).answer].add_class("netquiz-right-answer")
        self._buttons = options
        # no section in the badge: for benefit/attribution questions it is the key (issue 15)
        badge = html_block(esc(say(lang, "question_of", number=shown.number, total=shown.total)),
                           "netquiz-badge")
        children: list[w.DOMWidget] = [badge, html_block(esc(shown.stem), "netquiz-stem"),
                                       classed(w.VBox(options, **plain()), "netquiz-options")]
        children += self._below(lang, screen, guard)
        children.append(html_block(esc(say(lang, "live_score", score=screen.score, counted=screen.counted)),
                                   "netquiz-status"))
        return classed(w.VBox(children, **plain()), "netquiz-question", "netquiz-live")

    def _below(self, lang: str, screen: LiveScreen, guard: Guard) -> list[w.DOMWidget]:
        """Under the options: error, then timer + submit, or the locked note, or the reveal."""
        shown = screen.shown
        assert shown is not None
        parts: list[w.DOMWidget] = []
        if self.error:
            parts.append(html_block(esc(error_text(lang, self.error)), "netquiz-error"))
        if screen.phase == "revealed":
            return parts + [reveal_block(lang, self.part, screen),
                            html_block(esc(say(lang, "wait_next")), "netquiz-wait-note")]
        if screen.chosen is not None:
            return parts + [html_block(esc(say(lang, "locked")), "netquiz-locked")]
        if not screen.open:
            return parts + [html_block(esc(say(lang, "time_up")), "netquiz-locked")]
        parts.append(timer_block(lang, screen.deadline, self.clock()))
        parts.append(action_button(say(lang, "submit"), "netquiz-submit", guard(self.submit)))
        return parts


def error_text(lang: str, key: str) -> str:
    """A refusal's message: live mode's own wording where it has one, else the participant text of the key."""
    return say(lang, LIVE_ERROR_KEYS.get(key, key))


def timer_block(lang: str, deadline: float | None, now: float) -> w.HTML:
    """A bar that empties by itself until the deadline (a CSS animation: no message per second)."""
    if deadline is None:
        return html_block(esc(say(lang, "no_limit")), "netquiz-timer-label")
    left = max(0.0, deadline - now)
    label = esc(say(lang, "time_limit", seconds=int(left + 0.999)))
    return html_block(f'<div class="netquiz-timer-label">{label}</div><div class="netquiz-timer">'
                      f'<div class="netquiz-timer-fill" style="animation-duration:{left:.1f}s"></div></div>',
                      "netquiz-timer-box")


def reveal_block(lang: str, part: LiveParticipant, screen: LiveScreen) -> w.HTML:
    """Right/wrong with the chosen option's feedback, or the key for someone who did not answer."""
    shown = screen.shown
    assert shown is not None
    if screen.result is not None:
        block = html_block(feedback_html(lang, shown, screen.result), "netquiz-feedback")
        block.add_class("netquiz-correct" if screen.result.correct else "netquiz-incorrect")
        return block
    key = part.reveal_of(shown.id)
    parts = [f'<div class="netquiz-verdict">{esc(say(lang, "missed"))}</div>',
             f"<p><b>{esc(say(lang, 'right_answer'))}</b> {esc(shown.options[key.answer])}</p>"]
    if key.explanation:
        parts.append(f"<p><b>{esc(say(lang, 'why'))}</b> {esc(key.explanation)}</p>")
    if key.source:
        label = say(lang, "source", section=key.section_title)
        parts.append(f'<p class="netquiz-quote"><b>{esc(label)}</b> {esc(key.source)}</p>')
    return html_block("".join(parts), "netquiz-feedback", "netquiz-missed")


def wait_box(lang: str, screen: LiveScreen) -> w.VBox:
    """The waiting screen (before the first question)."""
    head = say(lang, "wait_start" if screen.counted == 0 else "wait_next")
    children = [html_block(f'<div class="netquiz-big">{esc(head)}</div>'
                           f"<p>{esc(say(lang, 'wait_hint'))}</p>")]
    if screen.counted:
        children.append(html_block(esc(say(lang, "live_score", score=screen.score, counted=screen.counted)),
                                   "netquiz-status"))
    return classed(w.VBox(children, **plain()), "netquiz-wait")


@dataclass(frozen=True)
class Standing:
    """Where a participant stands at the end of a live round: rank among everyone who joined, and her right
    answers per section over the revealed questions."""

    rank: int
    people: int
    sections: tuple[tuple[str, int, int], ...]  # (section title, right, revealed)


def live_standing(store: Store, quiz: QuizSession, done: tuple[str, ...]) -> Standing:
    """One read of the session's answers: rank (ties share a place) and per-section right answers."""
    revealed = set(done)
    right: Counter[int] = Counter()
    mine: dict[str, bool] = {}
    for response in store.responses(quiz.code):
        if response.attempt != 1 or response.question_id not in revealed:
            continue
        right[response.participant_id] += int(response.correct)
        if response.participant_id == quiz.participant_id:
            mine[response.question_id] = response.correct
    people = store.participants(quiz.code)
    own = right[quiz.participant_id]
    rank = 1 + sum(1 for person in people if right[person.id] > own)
    bank = quiz.bank
    sections: dict[str, tuple[int, int]] = {}
    for question_id in done:
        section = bank.question(question_id).section
        got, total = sections.get(section, (0, 0))
        sections[section] = (got + int(mine.get(question_id, False)), total + 1)
    rows = tuple((bank.section_title(section), got, total) for section, (got, total) in sections.items())
    return Standing(rank, max(len(people), 1), rows)


def finished_box(lang: str, screen: LiveScreen, standing: Standing | None = None) -> w.VBox:
    """The end of the round: the score over the revealed questions, the rank and the sections."""
    score = say(lang, "final_score", score=screen.score, counted=screen.counted)
    parts = [f"<h2>{esc(say(lang, 'live_finished'))}</h2>", f'<div class="netquiz-big">{esc(score)}</div>']
    if standing is not None and screen.counted:
        rank = say(lang, "rank", rank=standing.rank, people=standing.people)
        parts.append(f'<p class="netquiz-rank">{esc(rank)}</p>')
        rows = "".join(f"<tr><td>{esc(title)}</td><td class=\"netquiz-num\">"
                       f"{esc(say(lang, 'mastery_row', correct=got, total=total))}</td></tr>"
                       for title, got, total in standing.sections)
        parts.append(f"<h3>{esc(say(lang, 'mastery_heading'))}</h3><table>{rows}</table>")
    return classed(w.VBox([html_block("".join(parts))]), "netquiz-summary", "netquiz-live-end")
