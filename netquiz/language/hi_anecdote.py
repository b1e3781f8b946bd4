"""Hindi anecdotes: a named woman's story in the article ("भोपाल की bank officer रुचि ने …", "Gurgaon की HR
professional नेहा हर Sunday …") retold of the persona."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import compile_nfc
from .anecdote import renamed
from .lexicon import lexicon

# what may stand before her name and is left out: her town or age and role ("भोपाल की bank officer",
# "चौबीस साल की"), after a time that stays ("Excel training के बाद")
LEAD = r"(?:(?:\S+\s+){0,4}?(?:बाद|पहले|दौरान|समय),?\s+)?"
INTRO = r"(?:(?:\S+\s+){1,2}?(?:की|में रहने वाली|में काम करने वाली|से आई|की रहने वाली)\s+(?:\S+\s+){0,3}?)?"
FOLLOW = r"(?:ने|हर|अब|रोज़|रोज|को|भी|पिछले|पहले|शुरू|हफ़्ते|हफ्ते|महीने)"
# what she says or thinks is no action of hers ("सुरभि बताती है कि …", "… का कहना है")
REPORTING = compile_nfc(r"(?:बताती|बताते|कहती|कहते|मानती|मानते|सोचती|लगता|का कहना)(?:\s|$)")
HONORIFIC = compile_nfc(r"(?<!\S)(?:थीं|जबकि)(?!\S)|ती\s+हैं(?!\S)")


@lru_cache(maxsize=1)
def _woman() -> re.Pattern[str]:
    words = lexicon("hi")
    names = words.names_alternation
    surnames = "|".join(re.escape(s) for s in words.surnames) or r"(?!)"
    return compile_nfc(rf"^(?P<lead>{LEAD}){INTRO}(?P<name>(?:{names})(?:\s+(?:{surnames}))?)\s+"
                       rf"(?P<rest>{FOLLOW}\s.+)$")


def retold(sentence: str, name: str) -> tuple[str, bool] | None:
    """The sentence told of ``name`` instead of the article's woman (her town and role left out), and whether it
    is told in the past; None when the sentence tells no woman's action by name (one of the language's
    ``given_names``)."""
    found = _woman().match(sentence.strip())
    if found is None:
        return None
    rest = found["rest"]
    if REPORTING.search(rest.split(" कि ")[0]) or '"' in rest or "“" in rest or HONORIFIC.search(rest):
        return None  # (her words; "… की आदी थीं, जबकि …": told with respect and as a clash, no action of the persona)
    text = renamed(found["lead"], found["name"].split()[0], name, rest)
    if text is None:
        return None
    present = text.rstrip("।.!").split()[-1] in ("है", "हैं")
    return text, rest.startswith("ने ") or not present
