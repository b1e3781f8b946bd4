"""The participant's language, a part of :class:`~netquiz.ui.participant.quiz_view.QuizApp`: the हिन्दी/English
toggle and the choice kept in the browser across a reload (until she chooses, :mod:`.joining` follows the bank's
language).

A mixin: it reads and sets the view's ``lang`` and redraws through the view's ``render``.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w

from ...texts import LANGS
from .browser_token import BrowserToken


class LanguageChoice:
    """Which language the participant reads, and the toggle that shows it."""

    lang: str
    _lang_chosen: bool  # she picked one (here or before a reload): the bank's language no longer applies
    browser: BrowserToken
    lang_toggle: w.ToggleButtons
    render: Callable[[], None]

    def _on_lang(self, change: dict) -> None:
        if change["new"] in LANGS and change["new"] != self.lang:
            self.lang, self._lang_chosen = change["new"], True
            self.browser.saved_lang = self.lang  # kept in this browser: a reload stays in this language
            self.render()

    def _on_saved_lang(self, change: dict) -> None:
        """The browser remembered a language chosen before a reload: use it."""
        if change["new"] in LANGS and change["new"] != self.lang:
            self.lang, self._lang_chosen = change["new"], True
            self._set_toggle(self.lang)
            self.render()
        elif change["new"] in LANGS:
            self._lang_chosen = True

    def _set_toggle(self, lang: str) -> None:
        """Show ``lang`` on the toggle without it counting as her choice."""
        self.lang_toggle.unobserve(self._on_lang, names="value")
        try:
            self.lang_toggle.value = lang
        finally:
            self.lang_toggle.observe(self._on_lang, names="value")
