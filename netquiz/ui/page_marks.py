"""An invisible widget that marks up the page it is shown on: ``<html lang>``, the title, a banner and a main
landmark (CSS selectors inside ``root``), and ``aria-pressed`` on the active language button. The participant
page does the same through its :class:`netquiz.ui.participant.browser_token.BrowserToken`. Usage::

    marks = PageMarks(root=".netquiz-facilitator", banner=".netquiz-facilitator-controls",
                      main=".netquiz-facilitator-tabs", lang="hi", title="netquiz · डैशबोर्ड")
"""

from __future__ import annotations

from typing import Any

import anywidget
import traitlets

from .assets import asset


def page_marks_js() -> str:
    """The front-end module (package data ``netquiz/ui/page_marks.js``)."""
    return asset("netquiz.ui", "page_marks.js")


class PageMarks(anywidget.AnyWidget):
    """Page language, title and landmarks; change ``lang``/``title`` and the page follows."""

    _esm = traitlets.Unicode(page_marks_js()).tag(sync=True)
    root = traitlets.Unicode("body").tag(sync=True)
    banner = traitlets.Unicode("").tag(sync=True)
    main = traitlets.Unicode("").tag(sync=True)
    lang = traitlets.Unicode("").tag(sync=True)
    title = traitlets.Unicode("").tag(sync=True)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.layout.display = "none"
