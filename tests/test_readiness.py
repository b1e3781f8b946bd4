"""The room's readiness from worker reports (pure) and its line on the dashboard in both languages."""

from __future__ import annotations

import pytest

from netquiz.server.readiness import Readiness, readiness
from netquiz.store import WorkerRecord
from netquiz.ui.facilitator.dashboard import ready_html


def row(worker: str, ready: int, target: int, expecting: int, live: int = 0) -> WorkerRecord:
    return WorkerRecord(worker, ready, target, expecting, live or ready, 1000.0)


@pytest.mark.parametrize("rows, expected", [
    ([], Readiness("off")),
    ([row("a:1/", 1, 1, 0)], Readiness("running", 1, 1, 1)),
    ([row("a:1/", 0, 1, 0)], Readiness("running", 0, 1, 1)),  # refilling its base pool: no group expected
    ([row("a:1/", 1, 3, 3)], Readiness("preparing", 1, 3, 1)),
    ([row("a:1/w0/", 2, 2, 2), row("b:1/w1/", 1, 2, 2)], Readiness("preparing", 3, 4, 2)),
    ([row("a:1/w0/", 2, 2, 2), row("b:1/w1/", 2, 2, 2)], Readiness("ready", 4, 4, 2)),
    # a worker whose expected people all arrived refills its base pool: the room stays ready
    ([row("a:1/w0/", 3, 3, 3), row("b:1/w1/", 0, 1, 0)], Readiness("ready", 3, 4, 2)),
])
def test_readiness_of_the_fresh_reports(rows, expected) -> None:
    assert readiness(rows) == expected


@pytest.mark.parametrize("room, lang, text", [
    (Readiness("ready", 40, 40, 2), "en", "Ready for 40 participants"),
    (Readiness("ready", 1, 1, 1), "en", "Ready for 1 participant"),
    (Readiness("preparing", 12, 40, 2), "en", "Preparing: 12 of 40 kernels ready"),
    (Readiness("running", 1, 1, 1), "en", "Quiz server running"),
    (Readiness("off"), "en", "Quiz server not running on this database"),
    (Readiness("ready", 40, 40, 2), "hi", "क्विज़ 40 प्रतिभागियों के लिए तैयार है"),
    (Readiness("ready", 1, 1, 1), "hi", "क्विज़ 1 प्रतिभागी के लिए तैयार है"),
    (Readiness("preparing", 12, 40, 2), "hi", "तैयारी चल रही है: 40 में से 12 कर्नेल तैयार हैं"),
    (Readiness("running", 1, 1, 1), "hi", "क्विज़ सर्वर चल रहा है"),
    (Readiness("off"), "hi", "इस डेटाबेस पर कोई क्विज़ सर्वर नहीं चल रहा"),
])
def test_ready_line_text_and_css_hook(room: Readiness, lang: str, text: str) -> None:
    assert ready_html(room, lang) == f"<span class='netquiz-ready-{room.state}'>{text}</span>"
