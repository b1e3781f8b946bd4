"""Who the woman of a Hindi article's opening is and where she works, as a setting for a persona.

Web features open on one woman's case: "हैदराबाद की एक विज्ञापन एजेंसी में कॉपीराइटर, 27 साल की दीपिका रेड्डी के पास
…", "लखनऊ के एक निजी स्कूल में पढ़ाने वाली नसरीन ख़ान के ससुर …", "इंदौर की कंटेंट राइटर सुरभि जैन …". The words before
her name say who and where she is; told of a persona they give a stem the concrete setting readers asked for in place
of the title pasted as one ("X पति-पत्नी की शिफ़्ट अलग हो, तब भी … की कोशिश कर रही है").
"""

from __future__ import annotations

from ..text import WORD_CHAR, compile_nfc, normalize
from .lexicon import lexicon
from .setting import Setting, recurs

AGE = compile_nfc(r",?\s*\d+\s+साल\s+की\s*$")  # ", 27 साल की" between her job and her name
PLACE = compile_nfc(r"^(?P<place>(?:\S+\s+){1,4}?(?:की|के|में)\s+)(?P<role>.+)$")
PARTICIPLE = compile_nfc(r"^(?P<stem>.+\S)ने\s+वाली$")  # "… में पढ़ाने वाली" → "… में पढ़ाती है"
TIME_OR_CLAUSE = compile_nfc(f"(?<!{WORD_CHAR})(?:बाद|जब|पिछले|पिछली|तक|तौर|मैंने|हमने|मेरी|मेरे)(?!{WORD_CHAR})")
MAX_WORDS = 12  # (longer, the setting would crowd a phone's stem)
PLACE_ENDS = frozenset(normalize(w) for w in ("की", "के", "का", "में", "से", "पर", "बाहर", "पास", "सामने", "अंदर",
                                              "भीतर", "पीछे", "नज़दीक", "नजदीक", "किनारे", "बगल", "बीच"))


def intro_setting(sentence: str, article: str) -> Setting | None:
    """The setting of the woman ``sentence`` opens on, her own name left for a ``{name}`` slot; None when the
    sentence names no woman (a given name of the lexicon) the article names again, or says no more of her than a
    place ("जयपुर के मानसरोवर में सुनीता यादव की … दुकान है")."""
    sentence = normalize(sentence)
    words = sentence.split()
    for index in range(2, min(len(words), MAX_WORDS + 3)):
        name = words[index].strip(",")
        if name not in lexicon("hi").given_name_set or not recurs(name, sentence, article):
            continue
        before = AGE.sub("", " ".join(words[:index])).rstrip(",").strip()
        found = PLACE.match(before)
        if not found or TIME_OR_CLAUSE.search(before) or len(before.split()) > MAX_WORDS:
            return None
        role = found["role"].strip()
        if not role or role.split()[-1] in PLACE_ENDS:
            return None  # (a place alone, "जयपुर के मानसरोवर में", "लखनऊ के एक कमर्शियल कॉम्प्लेक्स के बाहर": round
            # 40's batch B told every persona "X … कॉम्प्लेक्स के बाहर है" in twelve items)
        return Setting(f"{before} {{name}}", _alone(before))
    return None


def _alone(before: str) -> str:
    """The setting as a sentence of its own: "… में कॉपीराइटर" → "{name} … में कॉपीराइटर है।", "… में पढ़ाने वाली"
    → "{name} … में पढ़ाती है।"."""
    if before.endswith(" की रहने वाली"):  # "… उज्जैन की रहने वाली" → "{name} … उज्जैन में रहती है" (not "उज्जैन की
        return f"{{name}} {before[:-len(' की रहने वाली')]} में रहती है।"  # रहती है": round 30's held-out item F25)
    if found := PARTICIPLE.match(before):
        return f"{{name}} {found['stem']}ती है।"
    return f"{{name}} {before} है।"

