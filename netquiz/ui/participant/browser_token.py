"""The browser's resume token: a tiny anywidget that reads (or makes) a random token in localStorage
and hands it to the kernel as its ``token`` trait. It also keeps the language chosen in this browser
(``saved_lang``) and sets the page's ``<html lang>``, title and landmarks (``lang``, ``title``).

Works under Voilà (anywidget's front end is a JupyterLab federated extension that Voilà loads) and
under the Content-Security-Policy of :mod:`netquiz.server.voila` (no ``script-src`` restriction, so the
module loads from its blob URL). The token is this browser's own secret; the store keeps only its
sha256. Usage::

    token = BrowserToken()
    token.observe(lambda change: print(change["new"]), names="token")
"""

from __future__ import annotations

import re

import anywidget
import traitlets

from ..assets import asset

VALID_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,128}")


def browser_token_js() -> str:
    """The front-end module (package data ``netquiz/ui/browser_token.js``)."""
    return asset("netquiz.ui.participant", "browser_token.js")


class BrowserToken(anywidget.AnyWidget):
    """Invisible widget whose ``token`` is set by the browser once the page shows it."""

    _esm = traitlets.Unicode(browser_token_js()).tag(sync=True)
    token = traitlets.Unicode("").tag(sync=True)
    saved_lang = traitlets.Unicode("").tag(sync=True)  # the language chosen in this browser ("" = none yet)
    lang = traitlets.Unicode("").tag(sync=True)  # the UI language now: the page's <html lang>
    title = traitlets.Unicode("").tag(sync=True)  # the page's title
    announce = traitlets.Unicode("").tag(sync=True)  # said by screen readers (a polite live region)
    checked = traitlets.Bool(False).tag(sync=True)  # the kernel tried this token: the page may show the join form

    @property
    def valid_token(self) -> str | None:
        """The token if the browser sent a well-formed one, else None."""
        return self.token if VALID_TOKEN.fullmatch(self.token or "") else None


# Voilà writes "Loading widget..." (English) into the output until the widget's model arrives; this style,
# shown as a plain HTML output before the widget, keeps that placeholder blank in every language.
NO_LOADING_TEXT = ("<style>.jp-OutputArea-output.lm-Panel:not(:has(*)) { font-size: 0; color: transparent; }"
                   "</style>")


def hide_loading_text() -> bool:
    """In a kernel (Voilà, Jupyter): display :data:`NO_LOADING_TEXT`; True when it did."""
    try:
        from IPython import get_ipython
        from IPython.display import HTML, display
    except ImportError:
        return False
    shell = get_ipython()
    if shell is None or not hasattr(shell, "kernel"):
        return False
    display(HTML(NO_LOADING_TEXT))
    return True
