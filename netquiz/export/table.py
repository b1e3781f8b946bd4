"""CSV for spreadsheets: one row per question, written with pandas as UTF-8 with a BOM.

Columns: ``id, section, section_title, kind, stem, option_1..option_N, answer, answer_text,
feedback_1..feedback_N, explanation, source`` where N is the largest number of options in the bank
(shorter questions leave the extra cells empty). ``answer`` is the **1-based** number of the right
option (``answer == 2`` means ``option_2``); ``answer_text`` repeats that option's text.

The text starts with a BOM (``\\ufeff``) so that, written as UTF-8, Excel shows Devanagari;
read it back with ``encoding="utf-8-sig"``. Text cells that a spreadsheet would run as a formula
(``=``, ``+``, ``-``, ``@``, tab, CR first) get a leading ``'`` (:mod:`netquiz.export.csv_safe`).
pandas is imported only when the export runs.
"""

from __future__ import annotations

from typing import Any

from ..model import Bank, Question
from .csv_safe import frame_csv

BOM = "\ufeff"


def columns(n_options: int) -> list[str]:
    """The column names for a bank whose questions have at most ``n_options`` options."""
    options = [f"option_{i}" for i in range(1, n_options + 1)]
    feedback = [f"feedback_{i}" for i in range(1, n_options + 1)]
    head = ["id", "section", "section_title", "kind", "stem"]
    return head + options + ["answer", "answer_text"] + feedback + ["explanation", "source"]


def question_row(bank: Bank, question: Question, n_options: int) -> dict[str, Any]:
    """One question as a row dict keyed by :func:`columns` (a single-answer shape: one right option)."""
    row: dict[str, Any] = {
        "id": question.id, "section": question.section, "section_title": bank.section_title(question.section),
        "kind": question.kind, "stem": question.stem,
        "answer": question.answer + 1, "answer_text": question.options[question.answer],
        "explanation": question.explanation, "source": question.source,
    }
    for i in range(n_options):
        row[f"option_{i + 1}"] = question.options[i] if i < len(question.options) else ""
        row[f"feedback_{i + 1}"] = question.feedback[i] if i < len(question.feedback) else ""
    return row


def export_csv(bank: Bank) -> str:
    """The whole bank as CSV text (BOM first, ``\\n`` line ends, header row always present)."""
    import pandas as pd

    n_options = max((len(q.options) for q in bank.questions), default=0)
    rows = [question_row(bank, q, n_options) for q in bank.questions]
    frame = pd.DataFrame(rows, columns=columns(n_options))
    return frame_csv(frame, bom=True)
