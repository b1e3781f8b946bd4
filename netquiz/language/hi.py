"""Hindi rules (placeholder until the generator lands)."""

from __future__ import annotations

from ..text import compile_words

SECOND_PERSON_RE = compile_words("आप|आपको|आपका|आपकी|आपके|आपने|आपसे|आपमें|आपपर")


def addresses_reader(text: str) -> bool:
    """True when the text contains a second-person pronoun as a whole word."""
    return bool(SECOND_PERSON_RE.search(text))
