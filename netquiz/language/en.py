"""English rules (placeholder until the generator lands)."""

from __future__ import annotations

import re

SECOND_PERSON_RE = re.compile(r"\b(you|your|yours|yourself|yourselves)\b", re.IGNORECASE)


def addresses_reader(text: str) -> bool:
    """True when the text contains you/your as a whole word."""
    return bool(SECOND_PERSON_RE.search(text))
