"""One woman per question: a persona name the bank has already given to another question is changed to a free
one (readers found "फ़ातिमा" in two questions of one bank and wondered whether they were one story)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..model import Question
from ..text import compile_nfc, normalize
from .context import PERSONAS


def distinct_personas(questions: list[Question], lang: str, article_text: str) -> list[Question]:
    """The questions with every persona name used once in the bank, where free names last (in order: a
    later question gets a name neither the article nor an earlier question uses). A facilitator's situation
    (form ``situation``) keeps the name she gave; a generated question with that name gets another."""
    names = PERSONAS.get(lang, ())
    free = [n for n in names if n not in article_text]
    used = {n for q in questions if q.form == "situation" for n in free if named(n, q.stem)}
    result = []
    for question in questions:
        if question.kind not in ("scenario", "benefit"):
            result.append(question)  # (a quoted sentence of the article keeps its own names)
            continue
        if question.form == "situation":  # (the facilitator's woman keeps her name; others give way to her)
            result.append(question)
            continue
        own = [n for n in free if named(n, question.stem)]
        for name in own:
            if name in used:
                spare = next((n for n in free if n not in used and n not in own), None)
                if spare is not None:
                    question = _renamed(question, name, spare)
                    name = spare
            used.add(name)
        result.append(question)
    return result


def named(name: str, text: str) -> bool:
    """True when ``text`` names ``name`` as a whole word (the substring test first: most texts name nobody)."""
    return _normalized(name) in text and _name(name).search(text) is not None


@lru_cache(maxsize=256)
def _normalized(name: str) -> str:
    """:func:`~netquiz.text.normalize` of a persona name (the names are few and fixed: asked of every question)."""
    return normalize(name)


@lru_cache(maxsize=256)
def _name(name: str) -> re.Pattern[str]:
    """The name as a whole word; "Priya's" holds it (``text.compile_words`` counts the apostrophe as a letter)."""
    return compile_nfc(rf"(?<![\w\u0900-\u097F]){re.escape(name)}(?![\w\u0900-\u097F])")


def _renamed(question: Question, old: str, new: str) -> Question:
    pattern = _name(old)

    def swap(text: str) -> str:
        return pattern.sub(new, text)
    return replace(question, stem=swap(question.stem), options=tuple(swap(o) for o in question.options),
                   feedback=tuple(swap(f) for f in question.feedback), explanation=swap(question.explanation))
