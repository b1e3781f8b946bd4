"""A "don't" heading whose verb is itself a neglect ("Don't skip the team lunch", "… को नज़रअंदाज़ न करें",
"… करना न भूलें") said as the step it recommends: two negatives make a positive, and its body tells what the
step brings, not a harm."""

from __future__ import annotations

import re

from ..text import compile_nfc, normalize
from .en_grammar import base_form, only_verb

EN_NEGLECT = re.compile(
    r"^(?:don['’]t|do not|never)\s+(?P<verb>skip|miss|ignore|overlook|neglect|underestimate|forget to|forget|"
    r"be afraid to|hesitate to|be shy to|be shy about|shy away from|be afraid of)\s+(?P<rest>\S.*)$", re.IGNORECASE)
EN_REWRITE = {"skip": "Make time for {rest}", "miss": "Make time for {rest}", "ignore": "Pay attention to {rest}",
              "overlook": "Pay attention to {rest}", "neglect": "Look after {rest}",
              "underestimate": "Make use of {rest}",
              "forget": "Remember {rest}"}

EN_SECOND_MOVE = re.compile(r"\s+(?:or|and|,)\s+", re.IGNORECASE)  # (before a second verb: a second move)
EN_PURPOSE = re.compile(r"\s+(?:just\s+|only\s+)?(?:in order to|so that|so|to)\s+", re.IGNORECASE)
TO_COMPLEMENT = frozenset({"the", "a", "an", "your", "any", "chance", "opportunity", "time", "need", "way", "right"})


def _without_purpose(rest: str) -> str:
    """``rest`` without the slip's purpose ("Lunch [to Finish Early]"); a noun's own complement stays ("the
    chance to speak")."""
    found = EN_PURPOSE.search(rest)
    if not found or not found.start():
        return rest
    before = rest[:found.start()]
    if found.group(0).strip().lower() == "to" and (len(before.split()) > 2
                                                   or {w.lower() for w in before.split()} & TO_COMPLEMENT):
        return rest
    return before


def en_reaffirm(heading: str) -> str | None:
    """"Don't skip the first team lunch" → "Make time for the first team lunch", "Don't forget to follow up"
    → "Follow up"; None for any other heading."""
    match = EN_NEGLECT.match(heading.strip())
    if not match:
        return None
    verb, rest = match.group("verb").lower(), match.group("rest").strip()
    if any(only_verb(second.split()[0]) for second in EN_SECOND_MOVE.split(rest)[1:] if second.split()):
        return None  # ("Don't Skip a Vaccine or Let Visitors In": two warned moves, the second no neglect; "Make
        # time for a vaccine or let visitors in" told the opposite of the second, round 43's batch D items 17–32)
    if verb in EN_REWRITE:
        if verb != "forget":  # ("Don't Skip Lunch to Finish Early": the purpose is the slip's, not the step's)
            rest = _without_purpose(rest)
        return EN_REWRITE[verb].format(rest=rest)
    if verb in ("be shy about", "shy away from", "be afraid of"):  # "Don't be shy about asking for help"
        first, _, tail = rest.partition(" ")
        if not first.lower().endswith("ing"):
            return None  # "Don't be afraid of failure": no step
        rest = f"{base_form(first)} {tail}".strip()
    return rest[:1].upper() + rest[1:]  # "forget to", "be afraid to", "hesitate to": the step itself


NOT = r"(?:न|मत)"
HI_IGNORE = compile_nfc(rf"^(?P<x>.+?)\s+(?:को\s+)?(?:नज़रअंदाज़|नजरअंदाज|नज़रअंदाज|नजरअंदाज़|अनदेखा)\s+{NOT}\s+"
                           r"(?:करें|कीजिए|करिए|करो)\s*[।!]?$")
HI_FORGET = compile_nfc(rf"^(?P<x>.+?)\s+(?P<verb>\S+)ना\s+{NOT}\s+(?:भूलें|भूलिए|भूलो)\s*[।!]?$")
HI_SHY = compile_nfc(rf"^(?P<x>.+?)\s+(?P<verb>\S+)ने\s+(?:से|में)\s+{NOT}\s+(?:हिचकिचाएँ|हिचकिचाएं|झिझकें|घबराएँ|"
                     r"घबराएं|डरें|कतराएँ|कतराएं|शर्माएँ|शर्माएं|बचें)\s*[।!]?$")  # ("… से न बचें")
HI_DELAY = compile_nfc(rf"^(?P<x>.+?)\s+(?P<verb>\S+)ने\s+में\s+(?:देरी|देर)\s+{NOT}\s+(?:करें|कीजिए)\s*[।!]?$")
# ("… शुरू करने में देरी न करें")
HI_HOW = compile_nfc(r"^(?P<thing>.+?)\s+को\s+\S.*\S+कर$")
VOWEL_SIGNS = "ािीुूृॉो"


def hi_imperative(stem: str) -> str:
    """The polite imperative of a verb stem: "कर" → "करें", "ले" → "लें", "जा" → "जाएँ"."""
    if stem.endswith("े"):
        return stem + "ं"
    return stem + ("एँ" if stem[-1] in VOWEL_SIGNS else "ें")


def hi_reaffirm(heading: str) -> str | None:
    """"Returnship programs को नज़रअंदाज़ न करें" → "Returnship programs पर ध्यान दें", "फॉलो-अप करना न भूलें" →
    "फॉलो-अप करें", "मदद माँगने से न हिचकिचाएँ" → "मदद माँगें"; None for any other heading."""
    text = normalize(heading.strip())
    ignore = HI_IGNORE.match(text)
    if ignore:
        how = HI_HOW.match(ignore.group("x"))  # "थकान को 'नॉर्मल' मानकर …": the manner goes, the thing stays
        return f"{how.group('thing') if how else ignore.group('x')} पर ध्यान दें"
    verb = HI_FORGET.match(text) or HI_SHY.match(text) or HI_DELAY.match(text)
    if verb:
        return f"{verb.group('x')} {hi_imperative(verb.group('verb'))}"
    return None
