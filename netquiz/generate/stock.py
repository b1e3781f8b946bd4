"""Stock material a facilitator can edit: interview frames, general advice and results the article may not give.

The lists are package data, ``netquiz/generate/distractors/<lang>.json`` (``$NETQUIZ_DISTRACTORS`` names another
folder). An entry is offered as a distractor only when it shares no content word with the article, so it cannot
be right by accident.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import NetquizError
from ..model import Article
from .keywords import content_tokens, stem, word_stems

DEFAULT_DIR = Path(__file__).resolve().parent / "distractors"
FIELDS = ("interview_frames", "frame_when", "office_words", "business_words", "home_words", "work_step_words",
          "interview_words", "hiring_words", "actions", "outcomes", "measures")


@dataclass(frozen=True)
class Stock:
    """Per-language stock lists (already filtered against one article where that matters)."""

    frame_when: tuple[str, ...] = ()  # an article that names these words seldom is not about work
    office_words: tuple[str, ...] = ()  # a claim that names none of these is not set among colleagues: no frame
    business_words: tuple[str, ...] = ()  # an article that names these often is about one's own trade: no career stock
    home_words: tuple[str, ...] = ()  # a section that names these and no work word is about home: no interview
    work_step_words: tuple[str, ...] = ()  # a step (or its result) that names one is told to an interviewer
    interview_frames: tuple[str, ...] = ()  # for a claim about an interview: she is a candidate
    interview_words: tuple[str, ...] = ()
    hiring_words: tuple[str, ...] = ()  # a claim about getting hired (a test, a CV) is no work story to tell
    actions: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()


def stock_dir() -> Path:
    """The folder holding the stock lists."""
    return Path(os.environ.get("NETQUIZ_DISTRACTORS") or DEFAULT_DIR)


@lru_cache(maxsize=8)
def _load(path: str) -> Stock:
    file = Path(path)
    if not file.is_file():
        return Stock()
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise NetquizError(f"cannot read the distractor list {file}: {error}; fix or delete it") from error
    return Stock(**{name: tuple(str(x) for x in data.get(name, [])) for name in FIELDS})


def load_stock(lang: str) -> Stock:
    """The stock lists for ``lang`` (empty lists when the file is missing)."""
    return _load(str(stock_dir() / f"{lang}.json"))


def stock_for(article: Article) -> Stock:
    """The stock lists for the article's language, without entries that share a content word with it."""
    stock = load_stock(article.lang)
    words = {stem(t) for s in article.sections for t in content_tokens(s.text, article.lang)}  # (lower-cased)

    def foreign(text: str) -> bool:
        return not (_entry_stems(text, article.lang) & words)

    return Stock(frame_when=stock.frame_when, office_words=stock.office_words, business_words=stock.business_words,
                 home_words=stock.home_words, work_step_words=stock.work_step_words,
                 interview_frames=stock.interview_frames,
                 interview_words=stock.interview_words, hiring_words=stock.hiring_words,
                 actions=tuple(filter(foreign, stock.actions)),
                 outcomes=tuple(filter(foreign, stock.outcomes)),
                 measures=tuple(filter(foreign, stock.measures)))


@lru_cache(maxsize=4096)
def _entry_stems(text: str, lang: str) -> frozenset[str]:
    """The content-word stems of a stock entry (the lists are the same for every article: read once)."""
    return frozenset(word_stems(text, lang))
