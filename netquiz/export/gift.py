"""Moodle GIFT: one multiple-choice question per block, a ``$CATEGORY`` line per section.

Each question is written as (answers indented with a tab)::

    ::s1-scenario-1::[plain]stem{
        =right answer#its feedback
        ~wrong answer#its feedback
        ####general feedback (the explanation)
    }

Text is escaped as Moodle's own GIFT exporter does: ``\\`` ``~`` ``=`` ``#`` ``{`` ``}`` ``:`` get a
backslash and a newline becomes ``\\n``. The stem is marked ``[plain]`` so Moodle shows the text as
written (no HTML); answers and feedback inherit that format. A field that starts with ``[`` or ``%``
gets its own ``[plain]`` marker, so it is not read as a format marker or an answer weight.
"""

from __future__ import annotations

from ..kinds import kind_of
from ..model import Bank, Question

CATEGORY_ROOT = "netquiz"
_ESCAPES = str.maketrans({c: "\\" + c for c in "\\~=#{}:"} | {"\n": "\\n"})


def escape(text: str) -> str:
    """Escape GIFT's special characters and newlines in ``text``."""
    return _newlines(text).translate(_ESCAPES)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _field(text: str) -> str:
    """An escaped answer or feedback, guarded against being read as ``[format]`` or ``%weight%``."""
    marker = "[plain]" if text.startswith(("[", "%")) else ""
    return marker + escape(text)


def category_line(title: str) -> str:
    """``$CATEGORY: netquiz/<title>``; Moodle reads ``//`` as a literal ``/`` in a category name."""
    name = " ".join(_newlines(title).split()).replace("\\", "\\\\").replace("/", "//")
    return f"$CATEGORY: {CATEGORY_ROOT}/{name}"


def question_block(question: Question) -> str:
    """One question as a GIFT block (no blank lines inside); its kind's right options get ``=``."""
    lines = [f"::{escape(question.id)}::[plain]{escape(question.stem)}{{"]
    marks = kind_of(question.kind).marks(question)
    for index, (option, feedback) in enumerate(zip(question.options, question.feedback, strict=True)):
        mark = "=" if marks[index] else "~"
        line = f"\t{mark}{_field(option)}"
        if feedback:
            line += f"#{_field(feedback)}"
        lines.append(line)
    if question.explanation:
        lines.append(f"\t####{_field(question.explanation)}")
    lines.append("}")
    return "\n".join(lines)


def export_gift(bank: Bank) -> str:
    """The whole bank as GIFT text: per section a category line, then its questions."""
    blocks: list[str] = []
    for title, questions in bank.by_section():
        blocks.append(category_line(title))
        blocks.extend(question_block(question) for question in questions)
    return "\n\n".join(blocks) + "\n"
