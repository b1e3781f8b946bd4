"""Follow-up sets: drawn from her weakest sections, never a question she answered; she lands in her set."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import ROOT

from netquiz.bank import bank_to_json, load_bank
from netquiz.quiz.follow_up import (
    SET_SIZE,
    _fingerprints,
    bank_for,
    choose_set,
    fit_share,
    plan_follow_up,
    weakest_sections,
)
from netquiz.quiz.session import QuizSession
from netquiz.store import open_store

SEED_BANK = ROOT / "data" / "banks" / "networking.hi.json"


@pytest.fixture(scope="module")
def bank():
    return load_bank(SEED_BANK)


@pytest.fixture
def store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'f.sqlite3'}")
    yield store
    store.close()


def answer_all(store, code, name, bank, weak: set[str], token: str | None = None):
    """She answers every question once: wrong in ``weak`` sections, right elsewhere."""
    person = store.join(code, name, token=token)
    for question in bank.questions:
        right = question.section not in weak
        option = question.answer if right else (question.answer + 1) % len(question.options)
        store.record_response(person.id, question.id, 1, option, right)
    return person


def test_weakest_sections_rank_by_share_then_misses(bank):
    first = {q.id: q.section != "s3" for q in bank.questions}
    s1 = [q.id for q in bank.questions if q.section == "s1"]
    first.update({s1[0]: False, s1[1]: False})
    assert weakest_sections(bank, first)[:2] == ("s3", "s1")
    count = Counter(q.section for q in bank.questions)
    a, b = next((a, b) for a in sorted(count) for b in sorted(count) if a != "s0" != b and count[a] > count[b])
    only_some = {q.id: False for q in bank.questions if q.section in (a, b)}  # equal share: most missed first
    assert weakest_sections(bank, only_some) == (a, b), (count, a, b)


def test_choose_set_skips_seen_and_alike_and_starts_with_the_weakest(bank):
    seen = [q.id for q in bank.questions if q.section != "s2"]
    chosen = choose_set(bank, seen, ("s2", "s1"), size=4)
    assert len(chosen) == 4 and all(bank.question(q).section == "s2" for q in chosen)
    assert not set(chosen) & set(seen)


def test_fit_share_keeps_four_in_five_from_the_weak_sections():
    assert fit_share(tuple("abcdefgh"), 8) == tuple("abcdefgh")
    assert fit_share(tuple("abcdefgh"), 4) == tuple("abcde")  # 4 of 5 = 80 %
    assert fit_share(tuple("abc"), 0) == tuple("abc")


def test_plan_draws_her_set_from_her_weak_sections_without_repeats(store, bank):
    store.open_session("ORIG", bank_to_json(bank))
    asha = answer_all(store, "ORIG", "Asha", bank, weak={"s1", "s3"})
    ravi = answer_all(store, "ORIG", "Ravi", bank, weak={"s3"})
    plan = plan_follow_up(store, "ORIG")
    by_id = {q.id: q for q in plan.bank.questions}
    answered = {q.id for q in bank.questions}
    seen_marks = set().union(*(_fingerprints(q) for q in bank.questions))
    for person, weak in ((asha, {"s1", "s3"}), (ravi, {"s3"})):
        chosen = plan.sets[person.id]
        assert set(plan.weakest[person.id]) >= weak
        assert not set(chosen) & answered and not any(_fingerprints(by_id[q]) & seen_marks for q in chosen)
        in_weak = sum(by_id[q].section in plan.weakest[person.id] for q in chosen)
        # s3's unseen questions across the generator's other seeds are few (since issue 14 round 3 dropped the
        # "which step does the article suggest?" fallback, two): a set of 2 is the floor here
        assert in_weak >= 0.8 * len(chosen) and len(chosen) >= 2
    # 7 of SET_SIZE (8) since round 3 of issue 14: s1 and s3 hold fewer unseen questions than before
    assert SET_SIZE - 1 <= len(plan.sets[asha.id]) <= SET_SIZE


def test_she_rejoins_into_her_set_and_a_newcomer_gets_the_whole_bank(store, bank):
    store.open_session("ORIG", bank_to_json(bank))
    asha = answer_all(store, "ORIG", "Asha", bank, weak={"s1", "s3"}, token="asha-browser")
    store.close_session("ORIG")
    plan = plan_follow_up(store, "ORIG")
    store.open_follow_up("FUP1", "ORIG", bank_to_json(plan.bank), None, plan.sets)
    again = QuizSession.resume(store, "asha-browser")
    assert again is not None and again.code == "FUP1"
    assert {q.id for q in again.bank.questions} == set(plan.sets[asha.id])
    assert again.progress().total == len(plan.sets[asha.id])
    by_pin = QuizSession.join(store, "FUP1", "Asha", pin=asha.pin)
    assert by_pin.participant_id == again.participant_id
    newcomer = QuizSession.join(store, "FUP1", "Meera")
    assert [q.id for q in newcomer.bank.questions] == [q.id for q in bank.questions]
    assert bank_for(store, newcomer.participant_id, plan.bank).questions == bank.questions
