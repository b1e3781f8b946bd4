"""One participant in a live round: what to show now, and her one answer per question.

The facilitator's kernel owns the round (:mod:`netquiz.live.state`, saved in the store); a participant's kernel
only reads it. :meth:`LiveParticipant.poll` costs one indexed read and reports whether the round moved.
Answers are graded here, in Python, by the question's kind (:func:`netquiz.kinds.grade`, as in self-paced
mode); the store accepts the answer only while the question is open and before its deadline. Before the reveal
a :class:`LiveScreen` carries nothing that tells which option is right (no result, no score change); after it,
the :class:`netquiz.quiz.session.Result` (:func:`netquiz.quiz.session.result_of`) with feedback::

    part = LiveParticipant(store, quiz)        # quiz: the participant's QuizSession (identity, bank)
    if part.poll():                            # a few times a second
        screen = part.screen(time.time())
    part.answer(screen.shown.id, 2)            # LiveAnswerRefused when late or no longer current

Options keep the bank's order in live mode, so "option 2" on a phone is option 2 on the projector.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import SessionError
from ..kinds import grade
from ..quiz.session import QuizSession, Result, ShownQuestion, result_of
from ..store.base import Store
from .state import LiveState, accepting, from_json


@dataclass(frozen=True)
class LiveScreen:
    """What a participant's screen shows now. ``result`` is set only after the reveal (and only when she
    answered); ``score``/``counted`` cover revealed questions only."""

    phase: str
    shown: ShownQuestion | None
    chosen: int | None
    result: Result | None
    deadline: float | None
    open: bool
    score: int
    counted: int


class LiveParticipant:
    """Reads the live round of the participant's session and records her answers."""

    def __init__(self, store: Store, quiz: QuizSession) -> None:
        self._store, self._quiz = store, quiz
        self.version = -1
        self.state: LiveState | None = None
        self._answers: dict[str, tuple[int, bool]] = {}
        self._load_answers()

    @property
    def code(self) -> str:
        return self._quiz.code

    def _load_answers(self) -> None:
        rows = self._store.responses(self.code, self._quiz.participant_id)
        self._answers = {r.question_id: (r.option, r.correct) for r in rows if r.attempt == 1}

    def poll(self) -> bool:
        """Re-read the round if its version moved; True when it did (the screen should change)."""
        version = self._store.live_version(self.code)
        if version == self.version:
            return False
        record = self._store.get_live(self.code)
        self.version = record.version if record else 0
        self.state = from_json(record.state_json) if record else None
        return True

    def screen(self, now: float) -> LiveScreen:
        """The screen for the state last polled."""
        state = self.state
        done = state.done if state else ()
        score = sum(1 for q in done if self._answers.get(q, (0, False))[1])
        counted = len(done)
        question_id = state.question_id if state else None
        if state is None or question_id is None:
            phase = state.phase if state else "waiting"
            return LiveScreen(phase, None, None, None, None, False, score, counted)
        shown = self._show(state, question_id)
        chosen = self._answers.get(question_id, (None, False))[0]
        result = self._result(question_id, chosen) if state.phase == "revealed" and chosen is not None else None
        return LiveScreen(state.phase, shown, chosen, result, state.deadline, accepting(state, now),
                          score, counted)

    def _show(self, state: LiveState, question_id: str) -> ShownQuestion:
        bank = self._quiz.bank
        question = bank.question(question_id)
        return ShownQuestion(id=question.id, section_id=question.section,
                             section_title=bank.section_title(question.section), kind=question.kind,
                             stem=question.stem, options=question.options, number=state.index + 1,
                             total=len(state.queue))

    def _result(self, question_id: str, chosen: int) -> Result:
        return result_of(self._quiz.bank, self._quiz.bank.question(question_id), chosen)

    def reveal_of(self, question_id: str) -> Result:
        """The key, explanation and source of a revealed question (for someone who did not answer)."""
        if self.state is None or self.state.phase != "revealed" or self.state.question_id != question_id:
            raise SessionError("this question has not been revealed yet")
        return result_of(self._quiz.bank, self._quiz.bank.question(question_id), None)

    def answer(self, question_id: str, option: int) -> None:
        """Grade and commit one answer (bank order) to the open question (LiveAnswerRefused when late or moved
        on; SessionError ``err_choose`` when ``option`` is no option)."""
        correct = grade(self._quiz.bank.question(question_id), option)
        try:
            self._store.record_live_response(self._quiz.participant_id, question_id, option, correct)
        finally:
            self._load_answers()
