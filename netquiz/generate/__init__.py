"""Question generation (placeholder: replaced by the generator)."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Article, Bank


def generate_bank(article: Article, seed: int = 0,
                  progress: Callable[[int, int], None] | None = None) -> Bank:
    """Generate a bank of questions for ``article``."""
    return Bank(article=article, questions=())
