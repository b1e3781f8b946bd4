"""Pure helpers of the bank review: the question table, edits with validation, drops, the answer key.

No widgets here: :mod:`netquiz.ui.author.app` calls these and re-renders.
"""

from __future__ import annotations

import dataclasses
import html

import pandas as pd

from ...bank import question_problems
from ...generate.blind import cue_strategies
from ...kinds import kind_of
from ...model import Bank, Question
from ...texts import kind_name, known, say

ALL = "(all)"


def bank_frame(bank: Bank, section: str = ALL, kind: str = ALL) -> pd.DataFrame:
    """One row per question (filtered by section id and kind), answer shown as its option text.

    ``blind guess`` names the article-blind strategies that find the key (``netquiz.generate.blind``):
    a question listed there can be answered from its wording alone and needs another look.
    """
    rows = [
        {"id": q.id, "section": q.section, "kind": q.kind, "form": q.form, "stem": q.stem,
         "answer": f"{q.answer + 1}. {q.options[q.answer]}" if 0 <= q.answer < len(q.options) else "?",
         "options": len(q.options), "blind guess": blind_summary(q, bank.article.lang)}
        for q in bank.questions
        if section in (ALL, q.section) and kind in (ALL, q.kind)
    ]
    return pd.DataFrame(rows, columns=["id", "section", "kind", "form", "stem", "answer", "options", "blind guess"])


def blind_summary(question: Question, lang: str) -> str:
    """Which blind strategies find the key for sure ("—" when none does)."""
    if kind_of(question.kind).fixed_options:
        return "—"  # e.g. true/false: one strategy for every item; the balance across the bank is what counts
    sure = cue_strategies(question, lang)
    return ", ".join(s.replace("_", " ") for s in sure) or "—"


def shown_frame(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A :func:`bank_frame` in the reader's words: headers, kind names and the blind-guess cues."""
    frame = frame.assign(**{"blind guess": [cues_in_words(str(v), lang) for v in frame["blind guess"]],
                            "kind": [kind_name(lang, str(v)) for v in frame["kind"]]})
    return frame.rename(columns={c: say(lang, f"col_{'blind' if c == 'blind guess' else c}")
                                 for c in frame.columns})


def cues_in_words(names: str, lang: str) -> str:
    """"longest, negation" → "the longest option; the only option without a “not”" (plain words)."""
    if names in ("", "—"):
        return "—"
    keys = [f"cue_{name.strip().replace(' ', '_')}" for name in names.split(",")]
    return "; ".join(say(lang, key) if known(key) else key[4:].replace("_", " ") for key in keys)


def lines(text: str) -> tuple[str, ...]:
    """Non-blank lines of a text area, stripped."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def apply_edit(bank: Bank, question_id: str, *, stem: str, options: str, answer: int,
               feedback: str, explanation: str) -> tuple[Bank, list[str]]:
    """Replace one question from edit-form values; ``answer`` counts from 1 and the option and
    feedback texts are one per line. Returns the new bank and no problems, or the old bank and
    what is wrong."""
    old = bank.question(question_id)
    option_list = lines(options)
    if not 1 <= answer <= len(option_list):
        return bank, [f"the correct option number must be between 1 and {len(option_list)}"]
    new = dataclasses.replace(old, stem=stem.strip(), options=option_list, answer=answer - 1,
                              feedback=lines(feedback), explanation=explanation.strip())
    problems = question_problems(new, bank.article)
    if problems:
        return bank, problems
    questions = tuple(new if q.id == question_id else q for q in bank.questions)
    return dataclasses.replace(bank, questions=questions), []


def drop_question(bank: Bank, question_id: str) -> Bank:
    """The bank without one question (KeyError if it is not there)."""
    bank.question(question_id)
    return dataclasses.replace(bank, questions=tuple(q for q in bank.questions if q.id != question_id))


def answer_key_html(question: Question, lang: str = "en") -> str:
    """What participants see only after answering: the right option, feedback, explanation, source."""

    items = "".join(
        f"<li class='{'netquiz-author-right' if i == question.answer else ''}'>"
        f"{html.escape(option)} <em>— {html.escape(feedback)}</em></li>"
        for i, (option, feedback) in enumerate(zip(question.options, question.feedback, strict=False))
    )
    return (f"<div class='netquiz-author-key'><b>{html.escape(say(lang, 'key_feedback'))}</b><ol>{items}</ol>"
            f"<p><b>{html.escape(say(lang, 'key_explanation'))}</b> {html.escape(question.explanation)}</p>"
            f"<p><b>{html.escape(say(lang, 'key_source'))}</b> {html.escape(question.source)}</p></div>")
