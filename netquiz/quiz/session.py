"""One participant's self-paced quiz: what to show next, her answers, score, mastery and retry rounds.

Answers are graded in Python by the question's kind (:func:`netquiz.kinds.grade`, the one grading rule for
self-paced and live mode alike); the browser only ever gets a :class:`ShownQuestion` (no answer, no
feedback) until :meth:`QuizSession.submit` has committed the response to the store. :func:`result_of` builds
the :class:`Result` both modes show after grading. All state is rebuilt from the store on
:meth:`QuizSession.join`, so a participant whose kernel restarts resumes where she was. A participant is her
browser's resume token (:meth:`QuizSession.resume`); a name only says whether it is taken (see
:mod:`netquiz.store.identity`)::

    quiz = QuizSession.join(store, "K7QM4X", "Meera", token=browser_token)
    quiz = QuizSession.resume(store, browser_token)   # after a reload: None if this browser never joined
    shown = quiz.current()                  # ShownQuestion, options in this participant's order
    result = quiz.submit(shown.id, 2)       # only for the question on screen; graded, committed, returned
    quiz.current(); quiz.progress(); quiz.summary(); quiz.retry_missed()

Rounds: attempt 1 covers every question; :meth:`retry_missed` starts attempt 2 over the questions
missed in attempt 1, and so on. The score and mastery count first attempts only. Responses store
the option's index in the bank (not the shuffled display index), so reports compare like with like.
In live mode (:mod:`netquiz.live.participant`) this object only carries the participant and the bank.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..bank import bank_from_json
from ..errors import AnswerRefused, SessionError
from ..kinds import check_option, grade
from ..model import Bank, Question
from ..store.base import ParticipantRecord, Store
from ..store.keys import normalize_code
from .follow_up import bank_for
from .order import Order, make_order, participant_seed

MASTERY_THRESHOLD = 0.7
Answers = dict[tuple[str, int], tuple[int, bool]]  # (question id, attempt) -> (bank option, correct)


@dataclass(frozen=True)
class ShownQuestion:
    """What the browser may see of a question: no answer, no feedback."""

    id: str
    section_id: str
    section_title: str
    kind: str
    stem: str
    options: tuple[str, ...]
    number: int
    total: int


@dataclass(frozen=True)
class Result:
    """The graded answer; ``chosen`` and ``answer`` index the display order, as does ``feedback``."""

    question_id: str
    chosen: int
    correct: bool
    answer: int
    feedback: tuple[str, ...]
    explanation: str
    source: str
    section_title: str


@dataclass(frozen=True)
class Progress:
    """Answered and total of the current round; ``score`` = correct first attempts."""

    answered: int
    total: int
    score: int
    attempt: int = 1


@dataclass(frozen=True)
class SectionMastery:
    """Correct first attempts out of the section's questions."""

    section_id: str
    title: str
    correct: int
    total: int

    @property
    def fraction(self) -> float:
        """Share of the section answered right first time (0 for an empty section)."""
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True)
class Summary:
    """Score over the bank, mastery per section, and titles of sections worth re-reading."""

    score: int
    total: int
    sections: tuple[SectionMastery, ...]
    reread: tuple[str, ...]


class QuizSession:
    """One participant's state over a stored session; build it with :meth:`join`."""

    def __init__(self, store: Store, participant: ParticipantRecord, bank: Bank, order: Order,
                 answers: Answers | None = None) -> None:
        self._store, self._participant, self._bank, self._order = store, participant, bank, order
        self._answers: Answers = dict(answers or {})
        self._attempt = max((attempt for _, attempt in self._answers), default=1)

    @classmethod
    def join(cls, store: Store, code: str, name: str, seed: int | None = None, *, token: str | None = None,
             pin: str | None = None, as_new: bool = False) -> QuizSession:
        """Join session ``code`` (``""`` picks the only open session) as ``name``; see
        :meth:`netquiz.store.base.Store.join` for ``token`` (this browser), ``pin`` and ``as_new``.

        ``seed`` overrides the order's seed (by default derived from the code and the participant).
        """
        code = normalize_code(code) if code.strip() else _only_open_code(store)
        participant = store.join(code, name, token=token, pin=pin, as_new=as_new)
        return cls._load(store, participant, seed)

    @classmethod
    def resume(cls, store: Store, token: str, code: str | None = None) -> QuizSession | None:
        """The quiz this browser token joined (in ``code``, or the open session seen last); None if none."""
        participant = store.find_token(token, code) if token else None
        if participant is None or not store.get_session(participant.session_code).is_open:
            return None
        store.touch(participant.id)
        return cls._load(store, participant, None)

    @classmethod
    def _load(cls, store: Store, participant: ParticipantRecord, seed: int | None) -> QuizSession:
        record = store.get_session(participant.session_code)
        bank = bank_from_json(record.bank_json, source=f"session {record.code}", validate=False)
        bank = bank_for(store, participant.id, bank)  # a follow-up participant's own set
        answers = _answers(store, participant, bank)
        seed = participant_seed(record.code, f"#{participant.id}") if seed is None else seed
        return cls(store, participant, bank, make_order(bank, seed), answers)

    # -- identity ----------------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self._participant.name

    @property
    def code(self) -> str:
        return self._participant.session_code

    @property
    def pin(self) -> str:
        """The 4-digit resume PIN, to continue on another device."""
        return self._participant.pin

    @property
    def participant_id(self) -> int:
        return self._participant.id

    @property
    def bank(self) -> Bank:
        return self._bank

    @property
    def attempt(self) -> int:
        """The current round: 1 for the first pass, 2… for retries."""
        return self._attempt

    # -- the question loop ---------------------------------------------------------------------------

    def _round(self, attempt: int) -> tuple[str, ...]:
        """Question ids of one round in this participant's order."""
        if attempt == 1:
            return self._order.questions
        previous = attempt - 1
        return tuple(q for q in self._order.questions
                     if (q, previous) in self._answers and not self._answers[(q, previous)][1])

    def current(self) -> ShownQuestion | None:
        """The first unanswered question of the current round; None when the round is finished."""
        ids = self._round(self._attempt)
        for number, question_id in enumerate(ids, start=1):
            if (question_id, self._attempt) not in self._answers:
                return self._show(self._bank.question(question_id), number, len(ids))
        return None

    @property
    def finished(self) -> bool:
        """True when every question of the current round is answered."""
        return self.current() is None

    def _show(self, question: Question, number: int, total: int) -> ShownQuestion:
        return ShownQuestion(
            id=question.id, section_id=question.section,
            section_title=self._bank.section_title(question.section), kind=question.kind,
            stem=question.stem, options=self._order.display(question.id, question.options),
            number=number, total=total)

    def submit(self, question_id: str, option: int) -> Result:
        """Grade ``option`` (display order) for ``question_id``, which must be the current question (the one
        on screen), commit it, then return the result. AnswerRefused (and the state reloaded from the store)
        when that question is not the current one any more, e.g. another tab answered it."""
        shown = self.current()
        if shown is None or shown.id != question_id:
            self._reload()
            raise AnswerRefused(f"question {question_id} is not the current question", key="err_stale")
        question = self._bank.question(shown.id)
        bank_option = self._order.to_bank(question.id, check_option(question, option))
        correct = grade(question, bank_option)
        try:
            self._store.record_response(self.participant_id, question.id, self._attempt, bank_option, correct)
        except SessionError:
            self._reload()  # e.g. answered meanwhile in another tab: show the real state next time
            raise
        self._answers[(question.id, self._attempt)] = (bank_option, correct)
        return result_of(self._bank, question, bank_option, self._order)

    def _reload(self) -> None:
        self._answers = _answers(self._store, self._participant, self._bank)
        self._attempt = max(self._attempt, max((attempt for _, attempt in self._answers), default=1))

    def retry_missed(self) -> int:
        """Start a round over the questions missed in this one; how many (0: no new round started).

        Nothing is written until an answer is submitted, so a re-join before that resumes at the summary.
        """
        if not self.finished:
            return 0
        missed = len(self._round(self._attempt + 1))
        if missed:
            self._attempt += 1
        return missed

    # -- scores ----------------------------------------------------------------------------------------

    def _first_correct(self) -> set[str]:
        return {q for (q, attempt), (_, correct) in self._answers.items() if attempt == 1 and correct}

    def progress(self) -> Progress:
        """Answered/total in the current round, and the first-attempt score."""
        ids = self._round(self._attempt)
        answered = sum((q, self._attempt) in self._answers for q in ids)
        return Progress(answered, len(ids), len(self._first_correct()), self._attempt)

    def summary(self, threshold: float = MASTERY_THRESHOLD) -> Summary:
        """First-attempt score, mastery per section (article order), sections below ``threshold``."""
        right = self._first_correct()
        sections = []
        for section in self._bank.article.sections:
            ids = [q.id for q in self._bank.questions if q.section == section.id]
            if ids:
                sections.append(SectionMastery(section.id, self._bank.section_title(section.id),
                                               sum(q in right for q in ids), len(ids)))
        reread = tuple(s.title for s in sections if s.fraction < threshold)
        return Summary(len(right), len(self._bank.questions), tuple(sections), reread)


def result_of(bank: Bank, question: Question, bank_option: int | None, order: Order | None = None) -> Result:
    """The graded answer to show: ``bank_option`` (bank order; None: she did not answer) graded by its kind,
    indexes and feedback in ``order``'s display order (None: the bank's order, as in live mode)."""
    def display(index: int) -> int:
        return order.to_display(question.id, index) if order else index

    chosen, correct = (-1, False) if bank_option is None else (display(bank_option), grade(question, bank_option))
    return Result(
        question_id=question.id, chosen=chosen, correct=correct, answer=display(question.answer),
        feedback=order.display(question.id, question.feedback) if order else question.feedback,
        explanation=question.explanation, source=question.source,
        section_title=bank.section_title(question.section))


def _only_open_code(store: Store) -> str:
    """The code of the single open session (SessionError when none or several are open)."""
    sessions = store.list_sessions(open_only=True)
    if not sessions:
        raise SessionError("no session is open yet: ask the facilitator for the session code",
                           key="err_code_needed")
    if len(sessions) > 1:
        raise SessionError("several sessions are open: enter the session code shown by the facilitator",
                           key="err_code_needed")
    return sessions[0].code


def _answers(store: Store, participant: ParticipantRecord, bank: Bank) -> Answers:
    """A participant's stored answers: (question id, attempt) → (bank option, correct)."""
    known = {q.id for q in bank.questions}
    rows = store.responses(participant.session_code, participant.id)
    return {(r.question_id, r.attempt): (r.option, r.correct) for r in rows if r.question_id in known}
