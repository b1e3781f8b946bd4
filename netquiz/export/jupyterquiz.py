"""jupyterquiz JSON: the list ``display_quiz("quiz.json")`` reads.

One entry per question::

    {"question": "<stem>", "type": "multiple_choice",
     "answers": [{"answer": "<option>", "correct": true, "feedback": "<feedback>"}, ...]}

These are the keys jupyterquiz 2.9 reads for a choice question (``qa.question``, ``qa.type``,
``qa.answers[].answer/.correct/.feedback``). Each question has exactly one right option, so the type
is ``multiple_choice`` (jupyterquiz's ``many_choice`` is for several right options; both types are
drawn by the same class). jupyterquiz has no general feedback, so the explanation follows the right
option's feedback after a ``<br>``.

jupyterquiz puts every string into ``innerHTML`` after turning ``$…$`` into MathJax and
``[text](url)`` into links, so text is HTML-escaped, ``$`` and ``[`` become character references and
newlines become ``<br>``: the quiz shows the bank's text as written. The JSON is ASCII
(``\\uXXXX`` escapes), because ``display_quiz`` opens the file with the platform's default encoding.
"""

from __future__ import annotations

import html
import json
from typing import Any

from ..kinds import kind_of
from ..model import Bank, Question

#: jupyterquiz's question type per export shape (:data:`netquiz.kinds.base.SHAPES`)
QUESTION_TYPES = {"single_choice": "multiple_choice"}


def to_html(text: str) -> str:
    """Plain text as jupyterquiz-safe HTML (no markup, no MathJax, no Markdown links)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    escaped = html.escape(text, quote=False).replace("$", "&#36;").replace("[", "&#91;")
    return escaped.replace("\n", "<br>")


def question_entry(question: Question) -> dict[str, Any]:
    """One question as a jupyterquiz dict (its type from its kind's export shape)."""
    kind = kind_of(question.kind)
    answers = []
    marks = kind.marks(question)
    for index, (option, feedback) in enumerate(zip(question.options, question.feedback, strict=True)):
        correct = marks[index]
        shown = [feedback, question.explanation] if correct else [feedback]
        answers.append({
            "answer": to_html(option),
            "correct": correct,
            "feedback": "<br>".join(to_html(part) for part in shown if part),
        })
    return {"question": to_html(question.stem), "type": QUESTION_TYPES[kind.shape], "answers": answers}


def export_jupyterquiz(bank: Bank) -> str:
    """The whole bank as jupyterquiz JSON text (a list, in bank order)."""
    return json.dumps([question_entry(q) for q in bank.questions], indent=2) + "\n"
