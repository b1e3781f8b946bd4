"""What "many women do" in an English tip's section, told as what one persona does: the slip the tip corrects.

"Many people treat references as a formality, a line at the bottom of the form that nobody reads." → "Neha
treats references as a formality, …". A situation of her own (what she does), not the article's step or result
re-voiced; what many people *think* or *say* is a belief (``en.common_belief``), not a habit.
"""

from __future__ import annotations

import re

OPENING = re.compile(r"^(?P<lead>(?:[A-Z][^,]{0,60},\s+)?)(?:Many|Most|A lot of|Plenty of)\s+"
                     r"(?:\w+\s+){0,2}?(?:people|women|of us|employees|candidates|professionals|freelancers|"
                     r"parents|workers|students|managers|mothers)\s+(?P<adverb>(?:never|often|still|simply|just|"
                     r"rarely|usually|only|also|quietly)\s+)?(?P<verb>[a-z]+)\s+(?P<rest>[^;]+?)[.;]?$")
SAYING = frozenset({"think", "believe", "assume", "say", "find", "feel", "report", "tell", "agree", "worry", "know",
                    "are", "were", "have", "had", "will", "would", "can", "could", "do", "don't", "did", "should",
                    "may", "might", "need", "want", "expect", "hope", "fear", "wonder", "discover", "realise",
                    "realize", "notice", "learn", "get", "see", "struggle"})
REST = re.compile(r"\b(?:they|they're|we|us|our|you|your|this|these|those|that way|such)\b", re.IGNORECASE)
PRONOUNS = {"their": "her", "them": "her", "themselves": "herself", "ourselves": "herself"}
AND_VERB = re.compile(r"(\s(?:and|or|then)\s+)([a-z]+)(?=\s)")
MIN_WORDS, MAX_WORDS = 5, 30


def common_habit(sentence: str, name: str) -> str | None:
    """What many women (or people) do, told of ``name`` in the present; None when the sentence is no such habit,
    is a belief or a report ("Many women think …"), speaks to the reader or leans on a sentence before it."""
    found = OPENING.match(re.split(r",?\s+(?:but|while|whereas)\s+", sentence.strip(), maxsplit=1)[0].strip())
    if not found or found["verb"] in SAYING or REST.search(found["rest"]) or REST.search(found["lead"]):
        return None
    verb = _third_person(found["verb"])
    if verb is None:
        return None
    rest = AND_VERB.sub(lambda m: f"{m[1]}{_third_person(m[2]) or m[2]}", found["rest"])  # ("… and regret it")
    rest = " ".join(PRONOUNS.get(w, w) for w in rest.split())
    lead = found["lead"]
    told = f"{lead}{name} {found['adverb'] or ''}{verb} {rest}."
    return told if MIN_WORDS <= len(told.split()) <= MAX_WORDS else None


def _third_person(verb: str) -> str | None:
    """"treat" → "treats", "waited" → "waited"; None for a word that is no verb in the present or past."""
    from lemminflect import getAllLemmas, getInflection  # imported on first use (English generation pays for it)

    lemmas = getAllLemmas(verb).get("VERB")
    if not lemmas:
        return None
    if lemmas[0] != verb:
        return verb if verb.endswith("ed") and verb.isalpha() else None  # (past: as written; a gerund or an
        # -s form is no habit)
    inflected = getInflection(lemmas[0], tag="VBZ")
    return inflected[0] if inflected else None
