"""Language-specific rules: Hindi (:mod:`.hi`) and English (:mod:`.en`)."""

from __future__ import annotations

from . import en, hi


def addresses_reader(text: str, lang: str) -> bool:
    """True when ``text`` addresses the reader (आप/आपको/… or you/your as whole words)."""
    return (hi if lang == "hi" else en).addresses_reader(text)
