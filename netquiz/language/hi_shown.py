"""Hindi benefit sentences told of the persona: "अपनी गाड़ी की मदद से आप एक ही चक्कर में कई काम निपटा सकती हैं"
→ "अपनी गाड़ी की मदद से आशा एक ही चक्कर में कई काम निपटा सकती है", a situation that shows the benefit
(QUESTIONS.md, "Which benefit")."""

from __future__ import annotations

from ..text import WORD_CHAR, compile_nfc
from .hi_advice import advice
from .hi_pronouns import to_persona

# what the reader gets, in the sentence's own words ("… सकती हैं", "नहीं छूटती", "आसान", "कम", "मिलता है")
GAIN = compile_nfc(f"(?<!{WORD_CHAR})(?:सकती|सकते|पाती|पाते|नहीं|मिलता|मिलती|मिलते|मिल जाता|मिल जाती|आसान|कम|"
                   f"ज़्यादा|ज्यादा|बेहतर|बचत|बचता|बचती|बच जाता|बच जाती|देता|देती|देते|राहत|छुटकारा|"
                   f"बंद हो|ख़त्म हो|खत्म हो|सिखाती|सिखाता|सिखा देता|सिखा देती|लाता|लाती|लौटाता|लौटाती|बना देता|"
                   f"बना देती|बन जाता|बन जाती|भरोसा)(?!{WORD_CHAR})")
# a condition, a turn of the argument, a hedge, a past habit: no situation of hers
NOT_SHOWN = compile_nfc(r"^(?:अगर|यदि|पर |लेकिन|मगर|तो |और |हो सकता|शायद|पहले |कभी)")
HEDGE = compile_nfc(r"(?:हो सकता है|शायद|ज़रूरत नहीं|जरूरत नहीं|ज़रूरी नहीं|जरूरी नहीं|अक्सर|पहले)")


def shown(sentence: str, name: str) -> str | None:
    """The sentence told of ``name`` in the present, when it tells what the reader gets (a gain word) as a
    statement about her: not an instruction, a question, a quotation, a condition or a hedge."""
    body = sentence.strip()
    if body.endswith(("?", ":")) or any(mark in body for mark in "\"“”") or NOT_SHOWN.match(body) \
            or HEDGE.search(body) or not GAIN.search(body) or advice(body):
        return None
    told = to_persona(body, name)
    if not told.mentioned or name not in told.text:
        return None
    return told.text


def gains(text: str) -> bool:
    """True when ``text`` tells in a gain word what someone gets ("… सीट मिल जाती है", "you no longer miss …")."""
    return GAIN.search(text) is not None


__all__ = ["gains", "shown"]
