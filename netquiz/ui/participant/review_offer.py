"""The participant's review as a download: at the end of a self-paced or live round, and again from the
join page (this browser's token, or name + code + PIN) while the session is open and for its
``review_days`` after it closed.

The file reaches the browser as a ``data:`` URL on a plain link with ``download`` (no script, works
offline once shown); the hook ``netquiz-review-download`` is on the widget around it. Built from the
stored answers only after the round is over, so it shows nothing that was still hidden.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import ipywidgets as w

from ...errors import NetquizError
from ...quiz.review import fetch_review, review_filename, review_for
from ...texts import say
from .screens import action_button, esc, html_block

if TYPE_CHECKING:
    from ...quiz.session import QuizSession
    from ...store.base import Store

log = logging.getLogger(__name__)
LINK_STYLE = ("display:block;box-sizing:border-box;width:100%;padding:.6rem 1rem;text-align:center;"
              "border-radius:.4rem;background:#1b4965;color:#fff;text-decoration:none;font-weight:600")


def download_block(lang: str, filename: str, document: str) -> w.HTML:
    """The "download my review" link (the whole widget is the link) with the file inside a data: URL."""
    payload = base64.b64encode(document.encode("utf-8")).decode("ascii")
    link = (f'<a href="data:text/html;charset=utf-8;base64,{payload}" download="{esc(filename)}" '
            f'style="{LINK_STYLE}">{esc(say(lang, "review_download"))}</a>')
    return html_block(link, "netquiz-review-download")


class ReviewOffer:
    """One tab's review links: appended to the end-of-round screen and to the join screen."""

    def __init__(self) -> None:
        self.fetched: tuple[str, str] | None = None  # (file name, document) fetched from the join page

    def at_round_end(self, box: w.Box, store: Store, quiz: QuizSession, lang: str) -> w.Box:
        """``box`` plus the download link when it is an end-of-round screen (``netquiz-summary``)."""
        if "netquiz-summary" not in box._dom_classes:
            return box
        try:
            participant = next(p for p in store.participants(quiz.code) if p.id == quiz.participant_id)
            document = review_for(store, participant, lang)
        except (NetquizError, StopIteration):
            log.exception("no review for participant %s", quiz.participant_id)
            return box
        box.children = (*box.children, download_block(lang, review_filename(quiz.code, participant.name),
                                                      document))
        return box

    def at_join(self, box: w.Box, lang: str, action: w.Button | None) -> w.Box:
        """``box`` (the join form) plus the "my review of an earlier session" button and, once fetched,
        the download link."""
        extra: list[w.Widget] = []
        if action is not None:
            extra.append(html_block(f'<p class="netquiz-hint">{esc(say(lang, "review_fetch_hint"))}</p>'))
            extra.append(action)
        if self.fetched is not None:
            extra.append(download_block(lang, *self.fetched))
        box.children = (*box.children, *extra)
        return box

    def fetch(self, store: Store, code: str, token: str | None, name: str, pin: str, lang: str) -> None:
        """Fetch her review (SessionError with a participant-text key when none or too late)."""
        self.fetched = None
        self.fetched = fetch_review(store, code, token=token, name=name or None, pin=pin or None, lang=lang)


def fetch_button(lang: str, run: Callable[[], None]) -> w.Button:
    """The join page's "my review of an earlier session" button (``netquiz-review-fetch``)."""
    return action_button(say(lang, "review_fetch"), "netquiz-review-fetch", run)
