"""The live round's pure state machine: plan, start, reveal, advance, skip, clock, JSON; no browser, no DB."""

from __future__ import annotations

import dataclasses

import pytest

from netquiz.errors import SessionError
from netquiz.live.state import (
    DEFAULT_DURATION,
    LiveState,
    accepting,
    advance,
    from_json,
    plan,
    replan,
    reveal,
    seconds_left,
    select,
    set_duration,
    skip,
    start,
    stop_clock,
    to_json,
)

T0 = 1_000_000.0


def test_plan_orders_by_section_and_filters(small_bank) -> None:
    assert select(small_bank) == ("s1-scenario-1", "s1-true_false-1", "s2-scenario-1", "s2-cloze-1")
    assert select(small_bank, section="s2") == ("s2-scenario-1", "s2-cloze-1")
    assert select(small_bank, kind="scenario") == ("s1-scenario-1", "s2-scenario-1")
    state = plan(small_bank, section="s1")
    assert state.phase == "waiting" and state.question_id is None and state.duration == DEFAULT_DURATION
    with pytest.raises(SessionError, match="no question matches"):
        plan(small_bank, section="s2", kind="true_false")
    with pytest.raises(SessionError, match="5–600 seconds"):
        plan(small_bank, duration=2)


def test_a_whole_round_start_reveal_next_finish(small_bank) -> None:
    state = start(plan(small_bank, kind="scenario", duration=20), T0)
    assert (state.phase, state.question_id, state.deadline) == ("open", "s1-scenario-1", T0 + 20)
    assert accepting(state, T0 + 20) and not accepting(state, T0 + 20.01)
    assert seconds_left(state, T0 + 5.5) == 15 and seconds_left(state, T0 + 99) == 0
    state = reveal(state, T0 + 8)
    assert state.phase == "revealed" and state.done == ("s1-scenario-1",) and state.deadline == T0 + 8
    assert not accepting(state, T0 + 8) and seconds_left(state, T0 + 8) is None
    state = advance(state, T0 + 30)
    assert (state.question_id, state.deadline, state.remaining) == ("s2-scenario-1", T0 + 50, 0)
    state = advance(reveal(state, T0 + 40), T0 + 41)
    assert state.phase == "finished" and state.question_id is None and state.leaderboard_due


def test_wrong_moves_are_refused(small_bank) -> None:
    waiting = plan(small_bank)
    for move in (lambda s: reveal(s, T0), lambda s: advance(s, T0), stop_clock):
        with pytest.raises(SessionError):
            move(waiting)
    opened = start(waiting, T0)
    with pytest.raises(SessionError, match="already started"):
        start(opened, T0)
    with pytest.raises(SessionError, match="reveal the current question first"):
        advance(opened, T0)


def test_skip_open_question_and_next_one(small_bank) -> None:
    state = start(plan(small_bank), T0)
    state = skip(state, T0 + 3)
    assert state.skipped == ("s1-scenario-1",) and state.question_id == "s1-true_false-1"
    assert state.deadline == T0 + 3 + DEFAULT_DURATION and state.done == ()
    state = skip(reveal(state, T0 + 5), T0 + 6)  # revealed: drop the upcoming question
    assert state.queue == ("s1-scenario-1", "s1-true_false-1", "s2-cloze-1")
    assert advance(state, T0 + 7).question_id == "s2-cloze-1"
    last = reveal(advance(state, T0 + 7), T0 + 8)
    with pytest.raises(SessionError, match="no next question"):
        skip(last, T0 + 9)


def test_clock_stop_and_duration(small_bank) -> None:
    state = start(plan(small_bank), T0)
    stopped = stop_clock(state)
    assert stopped.deadline is None and accepting(stopped, T0 + 10_000)
    assert seconds_left(stopped, T0) is None
    assert reveal(stopped, T0 + 99).deadline == T0 + 99
    longer = set_duration(state, 60, now=T0 + 10)
    assert longer.duration == 60 and longer.deadline == T0 + 70
    assert set_duration(plan(small_bank), 45).deadline is None


def test_leaderboard_every_few_revealed_questions(small_bank) -> None:
    state = start(dataclasses.replace(plan(small_bank), leaderboard_every=2), T0)
    state = reveal(state, T0)
    assert not state.leaderboard_due
    state = reveal(advance(state, T0), T0)
    assert state.leaderboard_due


def test_replan_keeps_what_was_shown(small_bank) -> None:
    state = reveal(start(plan(small_bank, section="s1"), T0), T0 + 1)
    state = replan(state, small_bank, section="s2")
    assert state.queue == ("s1-scenario-1", "s2-scenario-1", "s2-cloze-1")
    assert advance(state, T0 + 2).question_id == "s2-scenario-1"


def test_json_round_trip_and_damage(small_bank) -> None:
    state = reveal(start(plan(small_bank), T0), T0 + 4)
    assert from_json(to_json(state)) == state
    assert isinstance(from_json(to_json(LiveState(queue=("a",)))), LiveState)
    with pytest.raises(SessionError, match="damaged"):
        from_json('{"queue": 3, "bogus": 1}')
    with pytest.raises(SessionError, match="unknown phase"):
        from_json('{"queue": ["a"], "phase": "dancing"}')
