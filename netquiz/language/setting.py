"""What the languages' opening-case readers share (``en_setting``, ``hi_setting``): the setting of the woman an
article opens on, told of a persona."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import WORD_CHAR


@dataclass(frozen=True)
class Setting:
    """Who and where the article's opening woman is, with a ``{name}`` slot for the persona.

    ``with_frame`` stands for ``{name}`` in a frame sentence that names her ("{name}, a nurse in Jaipur," or
    "जयपुर के एक अस्पताल में नर्स {name}"); ``alone`` is a sentence of its own ("{name} is a nurse in Jaipur.")."""

    with_frame: str
    alone: str

    def framed(self, frame: str) -> str:
        """``frame`` (a sentence that opens on ``{name}``) with the setting put in at her name."""
        return frame.replace("{name}", self.with_frame, 1) if frame.startswith("{name}") else frame


def recurs(name: str, sentence: str, article: str) -> bool:
    """True when ``name`` (a capitalised or Devanagari word) is named again in the article outside ``sentence``:
    the woman of the opening is, her job or town is not."""
    if len(name) < 2 or not (name[:1].isupper() or "\u0900" <= name[:1] <= "\u097f"):
        return False
    rest = article.replace(sentence, " ", 1)
    return re.search(rf"(?<!{WORD_CHAR}){re.escape(name)}(?!{WORD_CHAR})", rest) is not None
