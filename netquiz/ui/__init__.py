"""Widgets for people in the room: the participant quiz (:func:`quiz_app`).

Kept light on purpose: importing this package pulls in ipywidgets and the store, never pandas.
"""

from __future__ import annotations

from .quiz_view import quiz_app

__all__ = ["quiz_app"]
