"""A warning turned round: the move a sentence rules out, told as a step ("… गंदे पोखर में न छोड़ें" → "… गंदे
पोखर में छोड़ना", "Never end the call with a question" → "End the call with a question"). Only the main verb's
negation is dropped; a clause with a second one ("जब तक पक्का न हो, तब तक … न बताएं") gives none."""

from __future__ import annotations

import re

from ..text import compile_nfc
from .hi_advice import advice
from .reaffirm import en_reaffirm, hi_reaffirm

LAST_CLAUSE = compile_nfc(r",\s*(?:पर|लेकिन|मगर|इसलिए|but|so)\s+|:\s+|;\s+", re.IGNORECASE)  # ("… रेट पता करें, पर …
# होड़ में न पड़ें": the warning is the clause after "पर")
HI_WARNING = compile_nfc(r"^(?:(?:इसलिए|साथ ही|और|तो|बस|कभी भी)\s*,?\s+)*(?P<before>.+?)\s+(?:न|मत|कभी न)\s+"
                         r"(?P<verb>\S+(?:ें|एँ|एं|िए|िये|ीजिए))\s*[।.!]?$")
HI_NEGATIONS = frozenset({"न", "मत", "नहीं", "ना"})
EN_WARNING = re.compile(r"^(?:\*\*[^*]+\*\*\s*)?(?:don't|don’t|do not|never)\s+(?P<rest>.+)$", re.IGNORECASE)
EN_NOT = re.compile(r"\b(?:not|never|no|don't|don’t)\b", re.IGNORECASE)


def _warned_clause(sentence: str, warning: re.Pattern[str]) -> str:
    """The clause of ``sentence`` that warns, the last such ("… रेट पता करें, पर … होड़ में न पड़ें"; "Don't go two
    sizes up, though: oversized shoes …" has its warning before the colon); the last clause where none does."""
    clauses = [c.strip() for c in LAST_CLAUSE.split(sentence.strip()) if c.strip()]
    return next((c for c in reversed(clauses) if warning.match(THOUGH.sub("", c))), clauses[-1] if clauses else "")


THOUGH = re.compile(r",?\s+(?:though|however|either)\s*(?=[.!]?$)", re.IGNORECASE)  # ("Don't go two sizes up, though")


def hi_turned_round(sentence: str) -> str | None:
    """A Hindi warning's clause as the step it rules out, an infinitive; None for any other sentence."""
    clause = _warned_clause(sentence, HI_WARNING)
    before, _, last = clause.rpartition(",")  # ("Stamp अपने पास रखें, counter पर खुला न छोड़ें": the last of two
    # instructions; not "जब तक पक्का न हो, तब तक …", a condition and its warning)
    if before.strip() and advice(before) and HI_WARNING.match(last.strip()):
        clause = last.strip()
    match = HI_WARNING.match(clause)
    if not match or any(w in HI_NEGATIONS for w in match["before"].split()) or hi_reaffirm(clause) is not None:
        return None  # (a second negation; or "… करना न भूलें", a positive step said so)
    return advice(f"{match['before']} {match['verb']}")


def en_turned_round(sentence: str) -> str | None:
    """An English warning ("Don't …", "Never …") as the step it rules out, an imperative; None otherwise."""
    clause = THOUGH.sub("", _warned_clause(sentence, EN_WARNING))
    match = EN_WARNING.match(clause)
    if not match or EN_NOT.search(match["rest"]) or en_reaffirm(clause) is not None:
        return None  # (a second negation; or "Never skip the minutes", a positive step said so)
    rest = match["rest"].strip().rstrip(".!")
    return rest[:1].upper() + rest[1:] if rest else None
