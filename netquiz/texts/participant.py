"""Shim: the old participant lookup for ``netquiz.server.render_gate``, which another change is moving.

It stays until ``netquiz/server/`` imports :func:`netquiz.texts.say` itself; then delete this module.
"""

from __future__ import annotations

from . import say


def text(lang: str, key: str, **values: object) -> str:
    """:func:`netquiz.texts.say` under its old name."""
    return say(lang, key, **values)
