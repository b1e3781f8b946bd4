"""What "many women do" in a Hindi tip's section, told as what one persona does: the slip the tip corrects.

"टारगेट जल्दी पूरा करने के चक्कर में बहुत-सी महिलाएँ दोपहर का खाना टाल देती हैं और सोचती हैं कि घर जाकर खा लेंगी।"
→ "टारगेट जल्दी पूरा करने के चक्कर में रीना दोपहर का खाना टाल देती है और सोचती है कि घर जाकर खा लेगी।" A situation of
her own (what she does), not the article's step or result re-voiced, which readers of round 15 found in every
scenario stem. What many women *think* or *say* is a belief (``hi_advice.common_belief``), not a habit.
"""

from __future__ import annotations

from ..text import WORD_CHAR, compile_nfc, normalize

MANY = (r"(?:अक्सर\s+)?(?:बहुत-सी|बहुत सी|बहुत-से|बहुत से|कई|ज़्यादातर|ज्यादातर|अधिकतर)\s+"
        r"(?:(?:कामकाजी|नौकरीपेशा|working|नई|युवा)\s+)?(?:महिलाएँ|महिलाएं|औरतें|लोग|माँएँ|माएँ)")
OPENING = compile_nfc(rf"^(?P<lead>(?:\S+\s+){{0,8}}?){MANY}\s+(?P<rest>.+)$")
PLURAL_VERB = compile_nfc(rf"(?<!{WORD_CHAR})(?P<verb>\S+?)(?:ती|ते)\s+हैं(?!{WORD_CHAR})")
NOT_VERB = compile_nfc(rf"(?<!{WORD_CHAR})नहीं\s+(?P<verb>\S+?)(?:तीं|ते)(?!{WORD_CHAR})")  # "… नहीं बतातीं"
SAYING = compile_nfc(r"(?:^|\s)(?:मान|सोच|समझ|बता|कह|मान\s+ले|महसूस\s+कर)$")  # (before "कि": a belief, a report)
GETTING = compile_nfc(r"(?:^|\s)(?:पा|पा\s+ले|सीख\s+जा)$")  # (what they come to have, "… दोस्त पा लेते हैं": no slip)
THAT = compile_nfc(rf"^\S*\s*(?:\S+\s+){{0,2}}?(?:कि|जैसे)(?!{WORD_CHAR})")
REST = compile_nfc(rf"(?<!{WORD_CHAR})(?:हम|हमें|हमारी|आप|आपको|आपकी|आपके|आपका|वे|इन्हें|ये|यह|ऐसा|ऐसे|इसलिए|फिर|उस|उन|इस|इन|"
                   rf"वही|वहीं|यही|इसका|इसकी|इसके)"
                   rf"(?!{WORD_CHAR})")  # (the reader, or a word that points to a sentence before)
BECAUSE = compile_nfc(r"इसलिए(?=.*\sकि\s)")  # ("… इसलिए बार-बार देखती हैं कि …": a reason to come, no pointing back)
PRONOUNS = {"उन्हें": "उसे", "उनकी": "उसकी", "उनके": "उसके", "उनका": "उसका", "उनसे": "उससे", "उनको": "उसको"}
ENDINGS = (("ेंगी", "ेगी"), ("ेंगे", "ेगी"), ("थीं", "थी"), ("हों", "हो"))
CONTRAST = compile_nfc(r",?\s+(?:लेकिन|मगर|जबकि|और\s+फिर)\s+|,\s+पर\s+|;\s*|:\s*")  # (not "… न रहने पर")
MIN_WORDS, MAX_WORDS = 5, 30


def common_habit(sentence: str, name: str) -> str | None:
    """What many women (or people) do, told of ``name`` in the present; None when the sentence is no such habit,
    is a belief or a report ("… मानती हैं कि …"), speaks to the reader or leans on a sentence before it."""
    sentence = CONTRAST.split(normalize(sentence.strip()).rstrip("।").strip(), maxsplit=1)[0]
    found = OPENING.match(sentence)
    if not found or REST.search(BECAUSE.sub("", found["rest"])) or REST.search(found["lead"]):
        return None
    verbs = [m for m in (PLURAL_VERB.search(found["rest"]), NOT_VERB.search(found["rest"])) if m]
    first = min(verbs, key=lambda m: m.start(), default=None)
    if first is None:
        return None  # (no verb of hers in the present: "कई महिलाएँ पिछले साल …")
    head = found["rest"][: first.start("verb")] + first["verb"]
    if GETTING.search(head) or (SAYING.search(head) and THAT.match(found["rest"][first.end():])):
        return None
    rest = NOT_VERB.sub(lambda m: f"नहीं {m['verb']}ती", PLURAL_VERB.sub(lambda m: f"{m['verb']}ती है", found["rest"]))
    words = []
    for word in rest.split():
        for plural, single in ENDINGS:
            if word.endswith(plural):
                word = word[: -len(plural)] + single
        words.append(PRONOUNS.get(word, word))
    told = f"{found['lead']}{name} {' '.join(words)}।"
    return told if MIN_WORDS <= len(told.split()) <= MAX_WORDS and " हैं" not in told else None
