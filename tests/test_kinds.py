"""The kinds registry: every rule that depends on a question's kind is looked up there."""

from __future__ import annotations

import random
import time
from dataclasses import replace

import pytest

from netquiz.bank import bank_to_json, question_problems
from netquiz.errors import ExportError, SessionError
from netquiz.export import export_bank
from netquiz.kinds import REGISTRY, check_option, grade, kind_of
from netquiz.kinds.choice import Choice
from netquiz.live import state as live
from netquiz.live.participant import LiveParticipant
from netquiz.live.round import LiveRound
from netquiz.model import KINDS, Bank
from netquiz.quiz.order import make_order
from netquiz.quiz.session import QuizSession
from netquiz.store import open_store


def test_the_registry_is_the_contracts_list_of_kinds():
    assert tuple(REGISTRY) == KINDS
    assert all(kind.name == name for name, kind in REGISTRY.items())


def test_grade_checks_the_option_then_compares_with_the_answer(small_bank: Bank):
    question = small_bank.question("s1-scenario-1")
    assert grade(question, question.answer) is True
    assert grade(question, (question.answer + 1) % len(question.options)) is False
    for bad in (-1, len(question.options), True, "1", None, 1.0):
        with pytest.raises(SessionError) as refused:
            grade(question, bad)
        assert refused.value.key == "err_choose"
    assert check_option(question, 0) == 0


def test_true_false_keeps_its_order_and_has_two_options(small_bank: Bank):
    tf = small_bank.question("s1-true_false-1")
    rng = random.Random(1)
    assert kind_of("true_false").option_order(tf, rng) == (0, 1)
    assert rng.random() == random.Random(1).random()  # the generator was not used
    three = replace(tf, options=(*tf.options, "Maybe"), feedback=(*tf.feedback, ""))
    assert "a true_false question has exactly two options" in question_problems(three, small_bank.article)


def test_choice_kinds_shuffle_with_the_participants_generator(small_bank: Bank):
    question = small_bank.question("s1-scenario-1")
    orders = {kind_of("scenario").option_order(question, random.Random(seed)) for seed in range(30)}
    assert len(orders) > 1 and all(sorted(order) == list(range(len(question.options))) for order in orders)
    order = make_order(small_bank, 7)
    assert order.options["s1-true_false-1"] == (0, 1)


def test_marks_name_the_one_right_option(small_bank: Bank):
    for question in small_bank.questions:
        marks = kind_of(question.kind).marks(question)
        assert marks.index(True) == question.answer and marks.count(True) == 1


def test_scenario_alone_refuses_a_stem_addressing_the_reader(small_bank: Bank):
    question = small_bank.question("s1-scenario-1")
    lang = small_bank.article.lang
    second = "आप क्या करेंगी?" if lang == "hi" else "What would you do?"
    assert any("addresses the reader" in p for p in question_problems(replace(question, stem=second),
                                                                       small_bank.article))
    cloze = replace(question, kind="cloze", stem=second)
    assert question_problems(cloze, small_bank.article) == []


def test_an_export_refuses_a_kind_of_a_shape_it_cannot_write(small_bank: Bank, monkeypatch):
    monkeypatch.setitem(REGISTRY, "cloze", replace(REGISTRY["cloze"], shape="ordering"))
    with pytest.raises(ExportError, match="cannot write question s2-cloze-1"):
        export_bank(small_bank, "gift")


class _Lenient(Choice):
    """A kind for the test below: every option counts as right."""

    def grade(self, question, option) -> bool:
        return True


def test_self_paced_and_live_grade_through_the_kind(small_bank: Bank, tmp_path, monkeypatch):
    monkeypatch.setitem(REGISTRY, "scenario", _Lenient("scenario"))
    wrong = (small_bank.question("s1-scenario-1").answer + 1) % 3
    store = open_store(f"sqlite:///{tmp_path / 'kinds.sqlite3'}")
    try:
        store.open_session("SELF7", bank_to_json(small_bank))
        quiz = QuizSession.join(store, "SELF7", "Asha")
        while (shown := quiz.current()).id != "s1-scenario-1":
            quiz.submit(shown.id, 0)
        display = quiz._order.to_display("s1-scenario-1", wrong)
        assert quiz.submit("s1-scenario-1", display).correct
        store.open_session("LIVE7", bank_to_json(small_bank), mode="live")
        LiveRound.load(store, "LIVE7").apply(lambda s: live.start(s, time.time()))
        part = LiveParticipant(store, QuizSession.join(store, "LIVE7", "Ravi"))
        part.answer("s1-scenario-1", wrong)
        assert [(r.option, r.correct) for r in store.responses("LIVE7")] == [(wrong, True)]
        with pytest.raises(SessionError) as refused:
            part.answer("s1-scenario-1", 7)
        assert refused.value.key == "err_choose"
    finally:
        store.close()


def test_every_kind_has_a_shape_the_exporters_know():
    from netquiz.export import FORMATS, SHAPES
    from netquiz.kinds import SHAPES as KIND_SHAPES

    assert all(kind.shape in KIND_SHAPES for kind in REGISTRY.values())
    assert all(SHAPES[fmt] <= set(KIND_SHAPES) for fmt in FORMATS)


def test_the_kinds_say_which_rules_apply_to_them():
    """The rules the review, the follow-up, the handout and the author's blind column used to read off kind
    names are flags of the kinds (issue 17): each lands on the kinds it did before."""
    def having(flag: str) -> set[str]:
        return {name for name, kind in REGISTRY.items() if getattr(kind, flag)}

    assert having("ranks_answers") == {"interview"}
    assert having("one_per_sentence") == {"interview", "attribution", "true_false"}
    assert having("blind_graded") == {"scenario", "interview", "true_false"}
    assert having("fixed_options") == {"true_false"}


def test_review_follow_up_handout_and_author_dispatch_through_the_kind(small_bank: Bank, monkeypatch):
    """Give cloze the interview's and true/false's rules in the registry alone: every consumer follows."""
    from netquiz.export.handout import handout_items
    from netquiz.kinds.true_false import TrueFalse
    from netquiz.quiz.follow_up import _fingerprints
    from netquiz.quiz.review import FirstAnswers, _interviews
    from netquiz.ui.author.edit import blind_summary

    cloze = small_bank.question("s2-cloze-1")
    answers = FirstAnswers({cloze.id: (cloze.answer, True)})
    shuffled = {item.question.kind for item in handout_items(small_bank) if item.order != tuple(sorted(item.order))}
    assert _interviews(small_bank, answers, "en") == ""
    assert (cloze.kind, cloze.source) not in _fingerprints(cloze)
    assert shuffled and "true_false" not in shuffled  # the sheet shuffles choice kinds
    assert blind_summary(cloze, small_bank.article.lang) == "longest"  # its options' wording gives it away
    for kind in shuffled | {"cloze"}:
        monkeypatch.setitem(REGISTRY, kind, TrueFalse(kind, ranks_answers=True, one_per_sentence=True,
                                                      fixed_options=True))
    assert cloze.stem in _interviews(small_bank, answers, "en")
    assert (cloze.kind, cloze.source) in _fingerprints(cloze)
    assert all(item.order == tuple(sorted(item.order)) for item in handout_items(small_bank))
    assert blind_summary(cloze, small_bank.article.lang) == "—"


def test_no_kind_name_is_written_out_above_the_core():
    """Above the core (and the generator, which makes each kind), code names no kind: a rule that depends
    on the kind asks the registry, so a new kind touches kinds/ and not every screen."""
    import ast
    from pathlib import Path

    import netquiz

    root = Path(netquiz.__file__).parent
    places = [path for folder in ("quiz", "live", "analysis", "export", "store", "server", "ui", "cli")
              for path in sorted((root / folder).rglob("*.py"))]
    assert len(places) > 50
    named = [(str(path.relative_to(root)), node.lineno) for path in places
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Constant) and node.value in REGISTRY]
    assert named == []
