"""English benefit sentences told of the persona: "With even basic language skills, you can sort out a delayed
train on your own" → "With even basic language skills, Asha can sort out a delayed train on her own", a situation
that shows the benefit (QUESTIONS.md, "Which benefit")."""

from __future__ import annotations

import re

from .en import advice, instruction, rewrite

# what the reader gets, in the sentence's own words ("no longer", "can", "easier", "fewer")
GAIN = re.compile(r"\b(?:no longer|stops?|can|easier|less|fewer|more|better|faster|quicker|calmer|helps?|lets?|"
                  r"gives?|brings?|without|instead of|rather than|fades?|shrinks?|becomes?|saves?|widens?|sharpens?|"
                  r"teaches|stays with|is gone|recover|reset)\b", re.IGNORECASE)
# an instruction, a condition, a turn of the argument or a hedge: no situation of hers
NOT_SHOWN = re.compile(r"^(?:If|Unless|But|Yet|So|And|Or|First|Second|Third|Finally|Of course|Always|Never|Even if|"
                       r"Try|Start|Ask|Do|Don't|Make|Keep|Take|Set|Use|Send|Remember|Note)\b")
NEEDS_NOT = re.compile(r"\b(?:does ?n[o’']t|do ?n[o’']t|does not|do not) (?:need|mean)\b|\bmay\b|\bmight\b|\bused to\b|"
                       r"\busually\b|\ball (?:three|four|five|of the above|of them|of this)\b|\bboth\b", re.IGNORECASE)
# (a hedge, a denial or words that count what the sentence before listed)


def shown(sentence: str, name: str) -> str | None:
    """The sentence told of ``name`` in the present, when it tells what the reader gets (a gain word) as a
    statement about her: not an instruction, a question, a quotation, a condition or a hedge."""
    body = sentence.strip()
    if body.endswith(("?", ":")) or any(mark in body for mark in "\"“”") or NOT_SHOWN.match(body) \
            or not GAIN.search(body) or NEEDS_NOT.search(body) or instruction(body) or advice(body):
        return None
    text, mentioned = rewrite(body, name, False)
    return text if mentioned else None


def gains(text: str) -> bool:
    """True when ``text`` tells in a gain word what someone gets ("… सीट मिल जाती है", "you no longer miss …")."""
    return GAIN.search(text) is not None


__all__ = ["gains", "shown"]
