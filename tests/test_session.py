"""QuizSession over a real SQLite file: joining, grading, resume, mastery, retry rounds, errors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import make_small_bank

from netquiz.bank import bank_to_json
from netquiz.errors import AnswerRefused, NameTaken, PinRefused, SessionError
from netquiz.quiz.order import make_order, participant_seed
from netquiz.quiz.session import Progress, QuizSession, ShownQuestion
from netquiz.store import open_store

CODE = "WORK1"


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'quiz.sqlite3'}"


@pytest.fixture
def store(url: str):
    store = open_store(url)
    store.open_session(CODE, bank_to_json(make_small_bank()), "Small")
    yield store
    store.close()


def answer_key(quiz: QuizSession, shown: ShownQuestion) -> int:
    """The display index of the right option (the test knows the bank; the browser does not)."""
    question = quiz.bank.question(shown.id)
    return shown.options.index(question.options[question.answer])


def wrong(quiz: QuizSession, shown: ShownQuestion) -> int:
    return (answer_key(quiz, shown) + 1) % len(shown.options)


def test_join_and_current_hides_the_answer(store) -> None:
    quiz = QuizSession.join(store, "work1", " Meera ")
    assert (quiz.name, quiz.code, quiz.attempt) == ("Meera", CODE, 1)
    shown = quiz.current()
    assert shown is not None and (shown.number, shown.total) == (1, 4)
    fields = {f.name for f in dataclasses.fields(ShownQuestion)}
    assert fields == {"id", "section_id", "section_title", "kind", "stem", "options", "number", "total"}
    question = quiz.bank.question(shown.id)
    assert sorted(shown.options) == sorted(question.options)
    assert shown.section_title == quiz.bank.section_title(question.section)
    assert not any(text in repr(shown) for text in question.feedback + (question.explanation,))


def test_submit_right_and_wrong(store) -> None:
    quiz = QuizSession.join(store, CODE, "Meera")
    first = quiz.current()
    right = quiz.submit(first.id, answer_key(quiz, first))
    question = quiz.bank.question(first.id)
    assert right.correct and right.chosen == right.answer == answer_key(quiz, first)
    assert right.feedback[right.chosen] == question.feedback[question.answer]
    assert (right.source, right.explanation) == (question.source, question.explanation)
    assert right.section_title == first.section_title
    second = quiz.current()
    assert second is not None and second.id != first.id and second.number == 2
    choice = wrong(quiz, second)
    miss = quiz.submit(second.id, choice)
    q2 = quiz.bank.question(second.id)
    assert not miss.correct and miss.chosen == choice and second.options[miss.answer] == q2.options[q2.answer]
    assert miss.feedback[choice] == q2.feedback[q2.options.index(second.options[choice])]
    assert quiz.progress() == Progress(answered=2, total=4, score=1, attempt=1)


def test_response_is_committed_before_submit_returns(store, url: str) -> None:
    quiz = QuizSession.join(store, CODE, "Meera")
    shown = quiz.current()
    result = quiz.submit(shown.id, answer_key(quiz, shown))
    other = open_store(url)  # a second connection, as the facilitator's kernel would have
    try:
        rows = other.responses(CODE)
    finally:
        other.close()
    question = quiz.bank.question(shown.id)
    assert [(r.question_id, r.attempt, r.option, r.correct) for r in rows] == [
        (shown.id, 1, question.answer, True)]  # the bank's index, not the display index
    assert result.correct


def test_submit_errors(store) -> None:
    quiz = QuizSession.join(store, CODE, "Meera", token="tab")
    shown = quiz.current()
    for bad in (-1, 3, True, "1"):
        with pytest.raises(SessionError, match="choose one of the options") as refused:
            quiz.submit(shown.id, bad)  # type: ignore[arg-type]
        assert refused.value.key == "err_choose"
    assert quiz.progress().answered == 0
    twin = QuizSession.join(store, CODE, "whatever", token="tab")  # the same browser in a second tab
    twin.submit(shown.id, 0)
    with pytest.raises(AnswerRefused, match="already answered") as refused:
        quiz.submit(shown.id, 0)
    assert refused.value.key == "err_answered"
    assert quiz.progress().answered == 1 and quiz.current() == twin.current()  # reloaded from the store
    store.close_session(CODE)
    with pytest.raises(SessionError, match="closed") as refused:
        quiz.submit(quiz.current().id, 0)
    assert refused.value.key == "err_closed"


def test_submit_for_a_question_not_on_screen_is_refused(store) -> None:
    quiz = QuizSession.join(store, CODE, "Meera", token="tab")
    tab_a, tab_b = quiz.current(), QuizSession.resume(store, "tab")
    tab_b.submit(tab_a.id, 0)  # the other tab answers the question both show
    next_id = tab_b.current().id
    with pytest.raises(AnswerRefused) as refused:
        quiz.submit(tab_a.id, 1)  # this tab still shows it: refused, and the state reloaded
    assert refused.value.key == "err_answered" and quiz.current().id == next_id
    later = quiz._order.questions[-1]
    for not_shown in (later, "no-such-question", tab_a.id):
        with pytest.raises(AnswerRefused) as refused:
            quiz.submit(not_shown, 0)
        assert refused.value.key == "err_stale" and str(not_shown) not in str(refused.value.values)
    assert [r.question_id for r in store.responses(CODE)] == [tab_a.id]  # nothing for a question not shown


def test_finished_round_refuses_submit(store) -> None:
    quiz = QuizSession.join(store, CODE, "Meera")
    while (shown := quiz.current()) is not None:
        quiz.submit(shown.id, answer_key(quiz, shown))
    assert quiz.finished and quiz.current() is None
    with pytest.raises(AnswerRefused, match="not the current question"):
        quiz.submit(shown_id := quiz.bank.questions[0].id, 0)
    assert shown_id


def test_resume_after_rejoin(store, url: str) -> None:
    quiz = QuizSession.join(store, CODE, "Meera Devi", token="phone")
    order = [quiz.current().id]
    quiz.submit(quiz.current().id, answer_key(quiz, quiz.current()))
    order.append(quiz.current().id)
    options = quiz.current().options  # display order of the question answered second
    quiz.submit(quiz.current().id, wrong(quiz, quiz.current()))
    after_restart = open_store(url)  # a new kernel: new connection, new object
    try:
        again = QuizSession.resume(after_restart, "phone")
        assert again.participant_id == quiz.participant_id and again.name == "Meera Devi"
        assert QuizSession.join(after_restart, "Work1", "  meera   DEVI ", token="phone").current() == again.current()
        assert again.progress() == quiz.progress() and again.progress().score == 1
        assert again.current() == quiz.current() and again.current().number == 3
        assert make_order(again.bank, participant_seed(CODE, f"#{quiz.participant_id}")).questions[:2] == tuple(order)
        assert again._show(again.bank.question(order[1]), 2, 4).options == options
    finally:
        after_restart.close()


def test_order_differs_across_participants_and_is_stable_per_participant(store) -> None:
    names = [f"person {i}" for i in range(12)]
    orders = {name: QuizSession.join(store, CODE, name, token=name)._order for name in names}
    assert len({o.questions for o in orders.values()}) > 1
    assert len({tuple(sorted(o.options.items())) for o in orders.values()}) > 1
    for name in names[:3]:
        assert QuizSession.resume(store, name)._order == orders[name]
        assert QuizSession.join(store, CODE, name.upper(), as_new=True)._order != orders[name]
    tf = make_small_bank().question("s1-true_false-1")
    assert all(o.options[tf.id] == (0, 1) for o in orders.values())  # सही stays before गलत


def test_summary_mastery_and_reread(store) -> None:
    quiz = QuizSession.join(store, CODE, "Meera")
    while (shown := quiz.current()) is not None:
        section = quiz.bank.question(shown.id).section
        quiz.submit(shown.id, answer_key(quiz, shown) if section == "s1" else wrong(quiz, shown))
    summary = quiz.summary()
    assert (summary.score, summary.total) == (2, 4)
    assert [(s.section_id, s.correct, s.total) for s in summary.sections] == [("s1", 2, 2), ("s2", 0, 2)]
    assert summary.sections[0].fraction == 1.0 and summary.sections[1].fraction == 0.0
    assert summary.reread == ("दूसरा खंड",)


def test_retry_missed_rounds(store, url: str) -> None:
    quiz = QuizSession.join(store, CODE, "Meera", token="tab")
    assert quiz.retry_missed() == 0  # nothing to retry before the round is finished
    missed = []
    while (shown := quiz.current()) is not None:
        if shown.number % 2:
            missed.append(shown.id)
            quiz.submit(shown.id, wrong(quiz, shown))
        else:
            quiz.submit(shown.id, answer_key(quiz, shown))
    assert quiz.retry_missed() == 2 and quiz.attempt == 2
    shown = quiz.current()
    assert (shown.id, shown.number, shown.total) == (missed[0], 1, 2)
    quiz.submit(shown.id, answer_key(quiz, shown))
    quiz.submit(quiz.current().id, wrong(quiz, quiz.current()))
    assert quiz.finished and quiz.progress().score == 2 and quiz.summary().score == 2
    assert quiz.retry_missed() == 1 and quiz.current().id == missed[1] and quiz.attempt == 3
    quiz.submit(quiz.current().id, answer_key(quiz, quiz.current()))
    assert quiz.retry_missed() == 0 and quiz.finished
    again = QuizSession.resume(store, "tab")
    assert again.attempt == 3 and again.finished and again.summary() == quiz.summary()
    assert [(r.attempt, r.correct) for r in store.responses(CODE)][-3:] == [(2, True), (2, False), (3, True)]


def test_join_errors(store) -> None:
    for blank in ("", "   "):
        with pytest.raises(SessionError, match="enter your name"):
            QuizSession.join(store, CODE, blank)
    with pytest.raises(SessionError, match="no session with code NOPE1"):
        QuizSession.join(store, "nope1", "Meera")
    with pytest.raises(SessionError, match="not valid"):
        QuizSession.join(store, "a!", "Meera")
    store.close_session(CODE)
    with pytest.raises(SessionError, match="closed"):
        QuizSession.join(store, CODE, "Meera")


def test_empty_code_with_one_or_several_open_sessions(store) -> None:
    assert QuizSession.join(store, "", "Meera").code == CODE
    store.open_session("OTHER2", bank_to_json(make_small_bank()))
    with pytest.raises(SessionError, match="several sessions are open"):
        QuizSession.join(store, " ", "Meera")
    store.close_session(CODE)
    store.close_session("OTHER2")
    with pytest.raises(SessionError, match="no session is open"):
        QuizSession.join(store, "", "Meera")


def test_same_name_two_people_and_the_pin(store) -> None:
    first = QuizSession.join(store, CODE, "Priya", token="a")
    with pytest.raises(NameTaken):
        QuizSession.join(store, CODE, " priya", token="b")
    second = QuizSession.join(store, CODE, "priya", token="b", as_new=True)
    assert (first.name, second.name) == ("Priya", "priya (2)") and first.participant_id != second.participant_id
    first.submit(first.current().id, 0)
    assert second.progress().answered == 0 and first.progress().answered == 1
    with pytest.raises(PinRefused):
        QuizSession.join(store, CODE, "Priya", token="c", pin="x" + first.pin)
    laptop = QuizSession.join(store, CODE, "Priya", token="c", pin=first.pin)
    assert laptop.participant_id == first.participant_id and laptop.current() == first.current()
    assert QuizSession.resume(store, "c").participant_id == first.participant_id
    assert QuizSession.resume(store, "nobody") is None
    store.close_session(CODE)
    assert QuizSession.resume(store, "a") is None
