"""The participant's question screen as one widget, updated in place: :class:`QuestionCard`.

One ``screen`` state (a dict) draws the whole screen in the page: badge, stem, the options as buttons
(``netquiz-option``), submit (``netquiz-submit``) or feedback (``netquiz-feedback`` + ``netquiz-correct``
/ ``netquiz-incorrect``) and next (``netquiz-next``), progress bar (``netquiz-progress``) and score.
Per question the page sends one message (submit, with the chosen option) and gets one back (the result,
with the next question as ``upcoming``): choosing an option and tapping next happen in the page. The
screen built by :func:`card_screen` carries nothing that tells which option is right before that
question's submit.

Usage::

    card = QuestionCard(lambda event: print(event))   # {"event": "submit", "n": 3, "choice": 1} …
    card.screen = card_screen("hi", shown, progress, None, n=3)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import anywidget
import traitlets

from ...texts import say
from ..assets import asset
from .feedback import details_html, verdict_text

if TYPE_CHECKING:
    from ...quiz.session import Progress, Result, ShownQuestion

EVENTS = ("submit", "next")


def question_card_js() -> str:
    """The front-end module (package data ``netquiz/ui/participant/question_card.js``)."""
    return asset("netquiz.ui.participant", "question_card.js")


def card_screen(lang: str, shown: ShownQuestion, progress: Progress, result: Result | None, n: int,
                rev: int = 0, upcoming: ShownQuestion | None = None, questions: int | None = None) -> dict[str, Any]:
    """Everything the page draws for question screen ``n`` (``rev`` makes every redraw a change).

    With a ``result``, ``upcoming`` is the question after it, numbered ``n + 1``: the page shows it when
    next is tapped, without a message (a question carries no answer before it is answered). Without an
    upcoming question, next asks the kernel (the summary, or a question redrawn after a refusal).
    ``questions``: how many the whole quiz has (the retry round's status counts the first tries over it)."""
    last = progress.answered >= progress.total
    screen: dict[str, Any] = {
        **_question(lang, shown, n), "rev": rev, "lang": lang,
        "labels": {"submit": say(lang, "submit"), "choose": say(lang, "err_choose"),
                   "next": say(lang, "finish" if last else "next"), "options": say(lang, "options")},
        "progress": {"value": progress.answered, "max": max(progress.total, 1),
                     "text": progress_text(lang, progress, questions or shown.total)},
        "result": None, "upcoming": None,
    }
    if result is not None:
        screen["result"] = {"answer": result.answer, "chosen": result.chosen, "correct": result.correct,
                            "verdict": verdict_text(lang, result),
                            "feedback_html": details_html(lang, shown, result)}
        if upcoming is not None:
            screen["upcoming"] = _question(lang, upcoming, n + 1)
    return screen


def progress_text(lang: str, progress: Progress, questions: int) -> str:
    """"3 / 16 answered · score 2 / 3"; in a retry round the retry's own count and the first-try score over
    the whole quiz (never "score 15 / 1")."""
    if progress.attempt > 1:
        return say(lang, "retry_progress", answered=progress.answered, total=progress.total,
                    score=progress.score, questions=questions)
    return (f"{say(lang, 'progress', answered=progress.answered, total=progress.total)}"
            f" · {say(lang, 'score', score=progress.score, answered=progress.answered)}")


def _question(lang: str, shown: ShownQuestion, n: int) -> dict[str, Any]:
    """The parts of a screen that belong to the question itself. The badge names no section: for
    which-benefit and attribution questions the options are section titles and the key is the question's own
    section (issue 15)."""
    return {"n": n, "stem": shown.stem, "options": list(shown.options),
            "badge": say(lang, "question_of", number=shown.number, total=shown.total)}  # no section: it can be the key


class QuestionCard(anywidget.AnyWidget):
    """The question screen; ``on_event`` gets each well-formed event the page sends."""

    _esm = traitlets.Unicode(question_card_js()).tag(sync=True)
    screen = traitlets.Dict().tag(sync=True)

    def __init__(self, on_event: Callable[[dict[str, Any]], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._on_event = on_event
        self.on_msg(self._received)
        self.add_class("netquiz-question")

    def _received(self, _widget: object, content: Any, _buffers: object) -> None:
        event = parse_event(content)
        if event is not None:
            self._on_event(event)


def parse_event(content: Any) -> dict[str, Any] | None:
    """A page event as ``{"event", "n"[, "choice"]}`` with the right types, or None (anything else)."""
    if not isinstance(content, dict) or content.get("event") not in EVENTS:
        return None
    n, choice = content.get("n"), content.get("choice")
    if type(n) is not int:
        return None
    if content["event"] == "submit":
        if type(choice) is not int or choice < 0:
            return None
        return {"event": "submit", "n": n, "choice": choice}
    return {"event": "next", "n": n}
