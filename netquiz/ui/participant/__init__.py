"""The participant's quiz (served by Voilà): join form, question card, summary, live screens.

Kept light on purpose: importing this package pulls in ipywidgets and the store, never pandas.
"""

from __future__ import annotations

from .quiz_view import quiz_app

__all__ = ["quiz_app"]
