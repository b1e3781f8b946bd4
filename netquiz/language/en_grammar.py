"""Small English morphology for rewrites: third-person -s, gerunds, simple past, subject detection."""

from __future__ import annotations

IRREGULAR_PAST = {
    "get": "got", "become": "became", "grow": "grew", "make": "made", "find": "found", "meet": "met",
    "build": "built", "feel": "felt", "have": "had", "come": "came", "go": "went", "give": "gave",
    "take": "took", "know": "knew", "see": "saw", "bring": "brought", "think": "thought", "learn": "learned",
    "hear": "heard", "lead": "led", "win": "won", "begin": "began", "keep": "kept", "leave": "left",
    "say": "said", "tell": "told", "stand": "stood", "understand": "understood", "is": "was", "are": "were",
    "can": "could", "will": "would", "be": "was", "do": "did", "open": "opened", "show": "showed",
}
THIRD_PERSON = {"are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't",
                "aren't": "isn't", "haven't": "hasn't", "weren't": "wasn't", "go": "goes"}
MODALS = {"can", "could", "will", "would", "may", "might", "should", "must", "shall", "cannot", "can't",
          "won't", "wouldn't", "shouldn't", "couldn't", "did", "didn't"}
ADVERBS = {"often", "also", "always", "never", "sometimes", "usually", "really", "just", "still", "even", "only",
           "actually", "regularly", "already", "then", "now", "soon", "easily", "quickly", "gradually", "truly"}
SUBJECT_BEFORE = {"", "if", "when", "whenever", "as", "because", "that", "and", "but", "so", "then", "once",
                  "while", "unless", "before", "after", "where", "until", "since", "though", "although", ",",
                  "more", "less", "the", "whether", "how", "what", "why", "who", "which", "than", "or", ";"}
PREPOSITIONS = {"to", "for", "with", "about", "from", "of", "at", "by", "on", "in", "into", "like", "around",
                "behind", "toward", "towards", "without", "near", "among", "between", "beside", "onto", "upon"}
OBJECT_VERBS = {"help", "helps", "let", "lets", "make", "makes", "give", "gives", "tell", "tells", "show", "shows",
                "remember", "remembers", "ask", "asks", "invite", "invites", "teach", "teaches", "offer", "offers",
                "call", "calls", "see", "sees", "notice", "notices", "hire", "hires", "introduce", "introduces",
                "recommend", "recommends", "trust", "trusts", "know", "knows", "like", "likes", "meet", "meets",
                "support", "supports", "thank", "thanks", "keep", "keeps", "bring", "brings", "take", "takes",
                "get", "gets", "pay", "pays", "contact", "contacts", "greet", "greets", "remind", "reminds",
                "allow", "allows", "enable", "enables", "push", "pushes", "send", "sends", "reward", "rewards"}
DOUBLE_FINAL = {"get", "stop", "plan", "chat", "run", "sit", "put", "shop", "set", "let", "begin", "win", "swim"}


def third_person(verb: str) -> str:
    """talk → talks, go → goes, try → tries, are → is."""
    lower = verb.lower()
    if lower in THIRD_PERSON:
        return THIRD_PERSON[lower]
    if lower in MODALS or not lower.isalpha():
        return verb
    if lower.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def base_form(verb: str) -> str:
    """talks → talk, tries → try, goes → go (best effort)."""
    lower = verb.lower()
    reverse = {v: k for k, v in THIRD_PERSON.items()}
    if lower in reverse:
        return reverse[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return verb[:-3] + "y"
    if lower.endswith(("ches", "shes", "xes", "zes", "sses", "oes")):
        return verb[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return verb[:-1]
    return verb


def gerund(verb: str) -> str:
    """talk → talking, make → making, get → getting, lie → lying."""
    lower = verb.lower()
    if lower.endswith("ie"):
        return verb[:-2] + "ying"
    if lower.endswith("e") and not lower.endswith(("ee", "ye", "oe")) and len(lower) > 2:
        return verb[:-1] + "ing"
    if lower in DOUBLE_FINAL:
        return verb + verb[-1] + "ing"
    return verb + "ing"


def past(verb: str) -> str:
    """grow → grew, talk → talked, try → tried (from a base or third-person form)."""
    lower = verb.lower()
    if lower in IRREGULAR_PAST:
        return IRREGULAR_PAST[lower]
    base = base_form(lower)
    if base in IRREGULAR_PAST:
        return IRREGULAR_PAST[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


def capitalize(text: str) -> str:
    """Upper-case the first letter only."""
    return text[:1].upper() + text[1:] if text else text
