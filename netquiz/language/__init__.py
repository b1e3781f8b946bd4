"""Language-specific rules: Hindi (:mod:`.hi`) and English (:mod:`.en`)."""

from __future__ import annotations

from . import en, hi
from .registry import LANGUAGES, Language, known_languages, language

__all__ = ["LANGUAGES", "Language", "addresses_reader", "en", "hi", "known_languages", "language"]


def addresses_reader(text: str, lang: str) -> bool:
    """True when ``text`` addresses the reader (आप/आपको/… or you/your as whole words)."""
    return language(lang).rules.addresses_reader(text)
