"""Download links for printable documents (handouts, reports) as data URLs, for the dashboard and the author
notebook: the file reaches the browser with the page, no server route needed."""

from __future__ import annotations

import base64
import html

from ..export.handout import handout_html
from ..model import Bank
from ..texts import say


def html_link(document: str, filename: str, label: str) -> str:
    """An ``<a download>`` link carrying an HTML document as a data URL."""
    href = "data:text/html;charset=utf-8;base64," + base64.b64encode(document.encode("utf-8")).decode("ascii")
    return (f"<a download='{html.escape(filename, quote=True)}' href='{href}' target='_blank'>"
            f"{html.escape(label)}</a>")


def handout_links(bank: Bank, stem: str, lang: str, labels: tuple[str, str] | None = None) -> str:
    """The question sheet and the answer key of ``bank`` as two links (``STEM-sheet.html``, ``STEM-key.html``)."""
    sheet_label, key_label = labels or (say(lang, "sheet_title"), say(lang, "key_title"))
    return " · ".join((html_link(handout_html(bank, False, lang), f"{stem}-sheet.html", sheet_label),
                       html_link(handout_html(bank, True, lang), f"{stem}-key.html", key_label)))
