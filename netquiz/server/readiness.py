"""Is the quiz server ready for the room? One answer from the workers' pool reports (pure: no I/O).

Each quiz worker reports its pre-heated kernels every few seconds (:mod:`netquiz.server.pool_report`); the
facilitator's dashboard reads the reports of the last :data:`FRESH_S` seconds and shows one line::

    off        no worker reported: the quiz server is not running (or uses another database)
    running    no worker pre-heats for an expected group (no --expect, or everyone expected has arrived)
    preparing  a worker still fills its pool for the group: "k of N kernels ready"
    ready      every pre-heating worker's pool is full: "ready for N participants"

N in "ready for N" is every fresh worker's ready kernels added up: how many people can open the quiz at
this moment without waiting for Python to start. It counts down as the expected people arrive (each takes
a kernel and the pool does not refill for them), and the line says "running" once they all have.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from ..store.base import WorkerRecord

FRESH_S = 30.0
State = Literal["off", "running", "preparing", "ready"]
STATES: tuple[State, ...] = get_args(State)  # the dashboard's text keys are ``ready_<state>`` (tests/test_texts.py)


@dataclass(frozen=True)
class Readiness:
    """The room's state (one of :data:`STATES`), kernels ``ready`` and ``target`` over ``workers`` workers."""

    state: State
    ready: int = 0
    target: int = 0
    workers: int = 0


def readiness(rows: Sequence[WorkerRecord]) -> Readiness:
    """Sum up fresh worker reports (see the module docstring)."""
    if not rows:
        return Readiness("off")
    ready, target = sum(r.ready for r in rows), sum(r.target for r in rows)
    preheating = [r for r in rows if r.expecting > 0]
    state: State
    if not preheating:
        state = "running"
    elif all(r.ready >= r.target for r in preheating):
        state = "ready"
    else:
        state = "preparing"
    return Readiness(state, ready, target, len(rows))
