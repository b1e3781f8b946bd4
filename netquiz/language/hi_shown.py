"""Hindi benefit sentences told of the persona: "अपनी गाड़ी की मदद से आप एक ही चक्कर में कई काम निपटा सकती हैं"
→ "अपनी गाड़ी की मदद से आशा एक ही चक्कर में कई काम निपटा सकती है", a situation that shows the benefit
(QUESTIONS.md, "Which benefit")."""

from __future__ import annotations

import re

from ..text import WORD_CHAR, compile_nfc
from .hi_advice import advice
from .hi_patterns import strip_discourse
from .hi_pronouns import to_persona
from .lexicon import lexicon

# what the reader gets, in the sentence's own words ("… सकती हैं", "नहीं छूटती", "आसान", "कम", "मिलता है")
GAIN = compile_nfc(f"(?<!{WORD_CHAR})(?:सकती|सकते|पाती|पाते|नहीं|मिलता|मिलती|मिलते|मिल जाता|मिल जाती|आसान|कम|"
                   f"ज़्यादा|ज्यादा|बेहतर|बचत|बचता|बचती|बच जाता|बच जाती|देता|देती|देते|राहत|छुटकारा|"
                   f"बंद हो|ख़त्म हो|खत्म हो|सिखाती|सिखाता|सिखा देता|सिखा देती|लाता|लाती|लौटाता|लौटाती|बना देता|"
                   f"बना देती|बन जाता|बन जाती|भरोसा)(?!{WORD_CHAR})")
ALSO_GONE = compile_nfc(r" भी नहीं (?=(?:पड़ता|पड़ती|पड़ते|रहता|रहती|रहते|होता|होती|होते)(?:\s|[।.]|$))")
# a condition, a turn of the argument, a hedge, a past habit: no situation of hers
NOT_SHOWN = compile_nfc(r"^(?:अगर|यदि|पर |लेकिन|मगर|तो |और |हो सकता|शायद|पहले |कभी)")
HEDGE = compile_nfc(r"(?:हो सकता है|शायद|ज़रूरत नहीं|जरूरत नहीं|ज़रूरी नहीं|जरूरी नहीं|अक्सर|पहले)")


def shown(sentence: str, name: str) -> str | None:
    """The sentence told of ``name`` in the present, when it tells what the reader gets (a gain word) as a
    statement about her: not an instruction, a question, a quotation, a condition or a hedge."""
    body = ALSO_GONE.sub(" नहीं ", strip_discourse(sentence.strip()))  # ("यानी loan … की टेंशन नहीं रहती": the
    # connective is no part of her moment, round 38's held-out D23; "… भागना भी नहीं पड़ता": a trouble gone, its
    # "also" no pointer; round 34's held-out aside313 s2)
    if body.endswith(("?", ":")) or any(mark in body for mark in "\"“”") or NOT_SHOWN.match(body) \
            or HEDGE.search(body) or not GAIN.search(body) or advice(body):
        return None
    told = to_persona(body, name)
    if told.mentioned and name in told.text:
        return told.text
    if told.mentioned or not IMPERSONAL_GAIN.search(body) or NAMED_OR_POINTED.search(body) or "," in body \
            or len(body.split()) > IMPERSONAL_WORDS or lexicon("hi").names_someone(body):
        return None  # (one clause only: "…, इसलिए …", "… पाया गया है कि …" tell a fact and its reason, no moment)
    return f"अब {PRESENT_BECOMING.sub(_become_done, body)}"  # ("महीनों तक भरे पड़े मर्तबानों की चिंता नहीं
    # रहती": no one named, told after what she has started, "अब …" is hers; round 29's Hindi benefit listicles made
    # no scenario question without it)


# an impersonal gain in the present: a trouble that no longer comes, a thing that ends or lessens ("… की नौबत कम आती
# है", "… की चिंता नहीं रहती", "शिकायतें लगभग खत्म हो जाती हैं")
IMPERSONAL_GAIN = compile_nfc(r"(?:नहीं|कम|ख़त्म|खत्म|बंद)\s+(?:\S+\s+){0,2}(?:आती|आता|आते|रहती|रहता|रहते|होती|होता|होते|"
                              r"जाती|जाता|जाते|पड़ती|पड़ता|पड़ते|रहतीं|आतीं|होतीं)(?:\s+(?:है|हैं))?\s*[।.]?$")
# someone else the sentence names, or a word that points to a sentence before it
NAMED_OR_POINTED = compile_nfc(r"(?<!\S)(?:इस|इन|उस|उन|यह|ये|वह|वे|इसी|उसी|इससे|उससे|ऐसा|ऐसे|ऐसी|भी|उनकी|उनका|उनके|"
                               r"उनसे|उन्हें|इसकी|इसका|इसके|उसकी|उसका|उसके|अब|कि|ग्राहक|ग्राहकों|customer|"
                               r"customers)(?!\S)")
IMPERSONAL_WORDS = 16
# a change told as a habit ("… खींचतान काफी हद तक खत्म हो जाती है"): after "अब" it has come about ("… खत्म हो गई है",
# round 34's development reading: "a copied habitual present where 'हो गई है' is needed")
PRESENT_BECOMING = compile_nfc(r"(?<!नहीं)(?<!न) (जाता|जाती|जाते|जातीं) (है|हैं)(\s*[।.]?)$")
DONE_FORM = {"जाता": "गया", "जाती": "गई", "जाते": "गए", "जातीं": "गईं"}


def _become_done(match: re.Match[str]) -> str:
    return f" {DONE_FORM[match[1]]} {match[2]}{match[3]}"


def gains(text: str) -> bool:
    """True when ``text`` tells in a gain word what someone gets ("… सीट मिल जाती है", "you no longer miss …")."""
    return GAIN.search(text) is not None


__all__ = ["gains", "shown"]
