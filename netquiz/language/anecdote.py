"""What the languages' anecdote readers share (``en_anecdote``, ``hi_anecdote``): the woman's story told of the
persona, her own name swapped for the persona's wherever the sentence names her again."""

from __future__ import annotations

import re

MAX_WORDS = 35  # a longer story sentence would not fit a stem on a phone


def renamed(lead: str, own: str, name: str, rest: str) -> str | None:
    """``lead`` + ``name`` + ``rest``, with the article's woman (``own``, her first name) named ``name`` in
    ``rest`` too; None when the sentence is too long to be a stem's situation."""
    rest = re.sub(rf"(?<![\w\u0900-\u097F]){re.escape(own)}(?![\w\u0900-\u097F])", name, rest)
    text = f"{lead}{name} {rest}".strip()
    return text if len(text.split()) <= MAX_WORDS else None
