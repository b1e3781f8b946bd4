"""Find cause → effect structure in Hindi advice sentences (अगर…तो, जितना…उतना, के जरिए, -ने से…)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import LIST_MARK, WORD_CHAR, any_literal, compile_nfc, list_comma, normalize
from .base import Causal
from .hi_pronouns import has_bare_reader
from .hi_verbs import TRANSITIVE, find_verb_group
from .lexicon import lexicon

_W = WORD_CHAR
DISCOURSE = compile_nfc(
    r"^(?:(?:यही वजह है कि|यही कारण है कि|इसलिए|ऐसे में|इसके साथ(?: ही)?|इसके अलावा|कई बार(?: ऐसा होता है कि)?|"
    r"साथ ही|दरअसल|वहीं|फिर|और|लेकिन|तो|इसके बजाय|इसकी जगह|बेहतर यह है कि|बेहतर है कि|अच्छा यह है कि|"
    r"अच्छा होगा कि|बस|हो सके तो|मुमकिन हो तो|संभव हो तो|यानी|यानि|"
    r"(?:पहला|दूसरा|तीसरा|चौथा|पाँचवाँ|पांचवां|आखिरी|आख़िरी)(?=\s*,))(?:\s*,\s*|\s+|$))+"
)  # (each a whole word: "तोड़ने से पहले …" is no "तो" before "ड़ने", "औरतें …" no "और"; round 36's held-out B21;
# "तीसरा, शेड के चारों ओर नाली बनवाएं": a list's count, no part of the step; round 42's batch C, item 3)
END_PUNCT = "।॥?!. "
CONDITIONAL = compile_nfc(
    rf"^(?P<setting>.*?)(?<!{_W})(?:अगर|यदि|जब भी|जब कभी|जब)\s+(?P<cause>.+?)\s*,?\s+(?:तो|तब)\s+(?P<effect>.+)$"
)
CORRELATIVE = compile_nfc(
    rf"^(?P<setting>.*?)(?<!{_W})(?:जितना|जितनी|जितने)\s+(?P<cause>.+?)\s*,?\s+(?:उतना|उतनी|उतने)(?:\s+ही)?\s+"
    r"(?P<effect>.+)$"
)
INSTRUMENT = compile_nfc(
    r"^(?P<cause>\S+(?:\s+\S+){0,3}?)\s+(?:के जरिए|के ज़रिए|के जरिये|के ज़रिये|के द्वारा|के माध्यम से|के कारण|"
    r"की वजह से|के चलते|की बदौलत|की मदद से)\s+(?P<effect>.+)$"
)
NO_STEP = compile_nfc(r",|(?<!\S)(?:जो|जिस|जिसे|जिसका|जिसकी|जिसके|जिन|जिन्हें|जिनका|जिनकी|जिनके)(?!\S)")
INSTRUMENT_SE = compile_nfc(
    r"^(?P<cause>\S+(?:\s+\S+){0,2}?)(?<!हमेशा)(?<!पहले)(?<!बचपन)\s+से\s+(?P<effect>(?:आपको|आपका|आपकी)\s.+)$"
)
# "साथियों के साथ नियमित बातचीत से नए विचार आते हैं": a noun phrase with से and a habitual result (no other से
# before it, no verb in it: "घर से काम" is a place, "कल से" a time)
NOUN_SE = compile_nfc(r"^(?P<cause>(?:[^\s,]+\s+){1,5}?[^\s,]+)(?<!पहले)(?<!बाद)(?<!ज़ोर)(?<!जोर)(?<!ध्यान)(?<!गंभीरता)"
                      r"(?<!मन)(?<!आराम)"
                      r"(?<!तेज़ी)(?<!कदमों)(?<!सलाहकार)(?<!साथियों)(?<!काम)(?<!हमेशा)(?<![\"”])\s+से\s+"
                      r"(?!(?:ज़्यादा|ज्यादा|अधिक|कम|बात|बातचीत|मिल|हट|हो|पहले|बाद|दूर|अलग|बेहतर|बढ़कर|लौट|निकल|उतर)\S*\s)"
                      r"(?![\d०-९]\S*\s+(?:से\s+[\d०-९]\S*\s+)?(?:प्रतिशत\s+|गुना\s+|रुपये\s+|रुपए\s+)?(?:तक\s+)?"
                      r"(?:ज़्यादा|ज्यादा|अधिक|कम)(?!\S))"  # ("… सामान्य रेट से 30 से 50 प्रतिशत तक ज़्यादा लेती हैं": more
                      # than the usual rate, a comparison; the dev reading of round 29, item 2)
                      r"(?P<effect>(?:[^\s,]+\s+){2,}?(?:\S+(?:ता|ती|ते)\s+(?:है|हैं)|नहीं\s+\S+(?:ता|ती|ते)))$")
DISTANCE = compile_nfc(r"(?<!\S)दूर\s+(?:है|हैं|होता|होती|होते|रहता|रहती|रहते)(?!\S)")
# ("Sealed packaging से spill की नौबत ही नहीं आती": a trouble that does not come, its "है" dropped; round 35's held-out
# aside327 s4)
# ("सोने से आधा घंटा पहले …" is a time, "before sleeping", not a cause; "… सही बटन दबाने पर ध्यान दें" is what to
# attend to, not "on pressing": reading127 read "ध्यान दें; रफ़्तार … आ जाएगी" as a result)
GERUND = compile_nfc(r"^(?!ऐसा न? ?करने)(?P<cause>(?:[^\s,]+\s+){0,18}[^\s,]+ने)\s+(?:से|पर(?!\s+(?:ध्यान|ज़ोर|जोर|"
                     r"भरोसा|विश्वास|अमल|ग़ौर|गौर|नज़र|नजर|निर्भर|फ़ोकस|फोकस|focus|बात|चर्चा|काम)(?!\S)))\s+"
                     r"(?!(?:(?:आधा|एक|दो|तीन|चार|पांच|पाँच|कुछ|थोड़ा|थोड़ी|\d+|घंटा|घंटे|मिनट|दिन|हफ़्ते|हफ्ते|"
                     r"महीने|साल|देर)\s+){0,3}(?:पहले|बाद(?!\s+में))(?!\S))(?!\S+ने\s+वाल[ाीे](?!\S))"
                     r"(?!(?:पता\s+चला|मालूम\s+हुआ)(?!\S))"  # ("… salary आने पर पता चला कि …": a story's discovery)
                     r"(?!(?:कहीं|बहुत)\s+(?:ज़्यादा|ज्यादा|अधिक|कम)(?!\S))"  # ("… भरोसा जीतना मशीन चलाने से कहीं
                     r"(?!(?:ज़्यादा|ज्यादा|अधिक|बेहतर)\s+(?:काम|फायदा|फ़ायदा|असर|मदद|भरोसा)(?!\S))"  # ("Pamphlet
                     # छपवाने से ज़्यादा काम ये photos करती हैं": more than printing does, round 31's aside283)
                     r"(?!(?:ज़्यादा|ज्यादा|अधिक|कम)\s+(?:मुश्किल|आसान|ज़रूरी|जरूरी|अहम|कठिन)(?!\S))"  # ज़्यादा मुश्किल":
                     r"(?P<effect>.+)$")  # harder than running the machine, a comparison, no result of it)
# ("टैनिन खाने से मिलने वाले आयरन को …": the iron that comes from food, "से" the participle's; no "eating tannin")
TWO_GERUNDS = compile_nfc(r"\Sने\s+से\s")
FIRST_GERUND = compile_nfc(GERUND.pattern.replace(r"{0,18}[^\s,]+ने)", r"{0,18}?[^\s,]+ने)", 1)
                           .replace(r"\s+(?:से|पर(?!", r"\s+(?:से(?!\S)|(?!)(?!", 1))
# "Location को … पर रखने की बदौलत phone बार-बार GPS चालू नहीं करता": a step told at length before "की बदौलत", "के
# चलते" (the instrument pattern takes a noun of four words at most)
GERUND_VIA = compile_nfc(r"^(?P<cause>(?:[^\s,]+\s+){0,15}[^\s,]+ने)\s+(?:की बदौलत|के चलते|की वजह से|के कारण)\s+"
                         r"(?P<effect>.+)$")
CHAIN = compile_nfc(
    rf"^(?P<setting>.*?)(?<!{_W})आप\s+(?P<cause>.*\S+कर)\s+(?P<effect>(?!कर\s+\S+\s+हैं$)(?:\S+\s+){{1,8}}"
    r"(?:सकती|सकते|पाती|पाते|"
    r"जाती|जाते)\s+हैं)$"
)  # (not "… फैसला … ऑर्डर देखकर कर पाती हैं": the "कर" is the decision's verb, no result; round 31's
# development batch told "वह कर पाएगी।")
# Benefit-listicle shapes with the reader as the one who gains: "Solo travel आपको … जीने का मौक़ा देता है" (→ "आपको …
# जीने का मौक़ा मिलता है"), "Class आपको सही सवाल पूछना सिखाती है" (→ "आप सही सवाल पूछना सीखती हैं"); the gift a
# masculine noun, so that "मिलता" agrees
GIVES_YOU = compile_nfc(r"^(?P<cause>(?:[^\s,]+\s+){0,6}?[^\s,]+)\s+आपको\s+(?P<effect>(?:[^\s,]+\s+){1,12}?"
                        r"(?:मौका|मौक़ा|अवसर|समय|वक़्त|वक्त|मौके|मौक़े))\s+(?:भी\s+)?(?:देता|देती|देते)\s+(?:है|हैं)$")
TEACHES_YOU = compile_nfc(r"^(?P<cause>(?:[^\s,]+\s+){0,6}?[^\s,]+)\s+आपको\s+(?P<effect>(?:[^\s,]+\s+){1,12}?\S+ना)"
                          r"\s+(?:भी\s+)?(?:सिखाता|सिखाती|सिखाते)\s+(?:है|हैं)$")
BECAUSE = compile_nfc(r"^(?P<effect>.+?)\s*,?\s+क्योंकि\s+(?P<cause>.+)$")
PURPOSE = compile_nfc(r"^(?P<cause>.+?)\s*,?\s+(?:ताकि|जिससे कि|जिससे)\s+(?P<effect>.+)$")
FURTHER = compile_nfc(r"^(?P<first>[^,]+?)\s*,\s*(?:इसलिए|जिससे|जिस से)\s+(?P<effect>[^,]{12,})$")  # a result's result
THEREFORE = compile_nfc(r"^(?P<cause>.+?)\s*,\s*(?:इसलिए|अतः|ऐसे में)\s+(?:कई बार ऐसा होता है कि\s+)?(?P<effect>.+)$")
IMPERATIVE_END = compile_nfc(rf"(?:\S+(?:ें|एं|एँ|िए|िये|इए|ीजिए))(?!{_W})$")
IMPERATIVE_ENDINGS = tuple(normalize(e) for e in ("ें", "एं", "एँ", "िए", "िये", "इए", "ीजिए"))
NOT_IMPERATIVE = {"में", "बातें", "चीजें", "चीज़ें", "यादें", "किताबें", "आंखें", "आँखें", "रातें", "राहें",
                  "सुविधाएं", "भाषाएं", "लिए", "किए", "दिए", "गए", "हुए", "चाहिए", "चाहिये", "लिये", "किये",
                  # feminine plurals in "-ें" ("… ज़रूरी हैं रोज़ की छोटी आदतें" became "आदतना": round 23's batch)
                  "आदतें", "शिकायतें", "ज़रूरतें", "जरूरतें", "औरतें", "मुलाकातें", "मुलाक़ातें", "तारीखें", "तारीख़ें",
                  "रसीदें", "सड़कें", "बहनें", "दीवारें", "कोशिशें", "आवाज़ें", "आवाजें",
                  # ("मोहल्ले की किराना दुकानें" became "दुकानना": round 30's held-out item F33)
                  "दुकानें", "कीमतें", "मशीनें", "सब्ज़ियाँ", "थैलियाँ", "बोतलें", "किस्तें", "छुट्टियाँ", "रकमें"} | {
    # feminine plurals in "-ाएँ", which end as an imperative does ("बिना रुकावट सेवाएँ" became "सेवाना": reading119)
    stem + ending for stem in ("सेवा", "दवा", "सुविधा", "योजना", "भावना", "समस्या", "कक्षा", "परीक्षा", "यात्रा", "सीमा",
                               "शाखा", "संस्था", "महिला", "कथा", "घटना", "चिंता", "आशा", "भाषा", "रेखा", "क्षमता",
                               "संभावना", "सूचना", "प्रक्रिया", "कला", "माता", "छात्रा", "अपेक्षा", "आवश्यकता",
                               "प्राथमिकता", "गतिविधि", "बाधा", "व्यवस्था", "परंपरा", "दुविधा", "प्रतिक्रिया", "कविता")
    for ending in ("एँ", "एं")}


def strip_discourse(text: str) -> str:
    """Drop leading connectives such as "यही वजह है कि", "ऐसे में", "इसके साथ"."""
    return DISCOURSE.sub("", text.strip()).strip()


def _clean(text: str) -> str:
    return text.strip().strip(",").strip()


RELATIVE_OPENING = compile_nfc(r"^(?:जो|जिस|जिन|जिसे|जिन्हें|जितना|जितनी|जितने)\s")


def _effect(text: str) -> str:
    """The effect clause up to its first comma, without a leading इससे/उतना ही/तो."""
    chunks = re.split(r"(?<!\d)\s*,\s*|,\s+|\s+,\s*", text.strip(END_PUNCT))  # (a figure's comma, "₹5,000", is no
    # clause's end: reading119 items 150, 158 read "₹5, 000")
    text = chunks[0]
    relative = RELATIVE_OPENING.match(text) is not None  # "जो तैयारी पहले डेढ़ घंटा लेती थी, वह …": the
    for chunk in chunks[1:]:  # main clause goes on; "आपको और बच्चे, दोनों को … आदत पड़ती है": a part without
        if (find_verb_group(text.split()) is not None or is_imperative(text)) and not relative:  # its verb too
            break
        text, relative = f"{text}, {chunk}", False
    return LEADING_LINK.sub("", strip_discourse(text)).strip()


LEADING_LINK = compile_nfc(r"^(?:इससे|इस से|तो|ही)\s+")


def is_imperative(sentence: str) -> bool:
    """True when the sentence ends in a polite imperative (करें, बनाएं, पूछिए, कीजिए)."""
    body = sentence.strip(END_PUNCT)
    match = IMPERATIVE_END.search(body) if body.endswith(IMPERATIVE_ENDINGS) or \
        (body.endswith("\n") and body[:-1].endswith(IMPERATIVE_ENDINGS)) else None  # (the pattern's ending, which
    # it can only match before its "$", tested first: the search tries every position, and most texts end otherwise)
    words = body.split()
    return bool(match) and words[-1] not in NOT_IMPERATIVE and not has_bare_reader(body) \
        and not (len(words) >= 2 and words[-2] in GENITIVES)  # ("… काम की फ़ाइलें", "… की सूचनाएं": a plural noun)


GENITIVES = frozenset({"का", "की", "के"})


def find_causal(sentence: str) -> list[Causal]:
    """Every cause → effect reading of ``sentence`` that the generator can use; where it has none, those of its
    part after a reason and "इसलिए" ("दुल्हनें अक्सर पार्लर से ही पूछती हैं …, इसलिए पार्लर वालों को … कमीशन देने से
    नए ग्राहक … आते रहते हैं": the claim the reason leads to; round 33's development batch lost its section)."""
    found = _find_causal(sentence)
    reason, therefore, claim = sentence.partition(THEREFORE_JOINT)
    if found or not therefore or len(claim.split()) < MIN_CLAIM_WORDS or len(reason.split()) < MIN_CLAIM_WORDS:
        return found
    return [replace(c, sentence=sentence) for c in _find_causal(claim)]


def _names_trouble(effect: str) -> bool:
    """True when ``effect`` names a trouble or a bad thing of the lexicon ("नौबत", "झगड़ा", "भागदौड़")."""
    words = lexicon("hi")
    return any(w in effect for w in (*words.problems, *words.bad_things, "नौबत"))


THEREFORE_JOINT = ", इसलिए "
MIN_CLAIM_WORDS = 4


def _find_causal(sentence: str) -> list[Causal]:
    body = sentence.strip().rstrip(END_PUNCT).strip()
    found: list[Causal] = []
    for name, pattern in (("conditional", CONDITIONAL), ("correlative", CORRELATIVE), ("chain", CHAIN)):
        match = pattern.match(body) if _holds(body, NEEDS[name]) else None
        if match and has_bare_reader(match.group("cause") if name != "chain" else "आप " + match.group("cause")):
            cause = match.group("cause") if name != "chain" else "आप " + match.group("cause")
            effect = _effect(match.group("effect")) if name != "chain" else "आप " + match.group("effect")
            found.append(Causal(sentence, strip_discourse(match.group("setting")), _clean(cause), effect,
                                name, "reader"))
    stripped = strip_discourse(body)
    match = INSTRUMENT.match(stripped) if _holds(stripped, NEEDS["instrument"]) else None
    if match and not has_bare_reader(match.group("cause")) and not NO_STEP.search(match.group("cause")) \
            and not match.group("effect").startswith("नहीं"):  # ("उल्टा, जिनके पास job के कारण …", "पढ़ाई job की
        # वजह से नहीं, बल्कि …": a relative clause, a denial; reading171 item 81)
        cause = _clean(match.group("cause"))
        found.append(Causal(sentence, "", cause, _effect(match.group("effect")), "instrument", "noun"))
        follow = THEREFORE.match(match.group("effect"))
        if follow:
            found.append(Causal(sentence, "", cause, _effect(follow.group("effect")), "instrument", "noun"))
    head = stripped.split(", तो ", 1)[0] if ", तो " in stripped and not stripped.startswith(("अगर", "यदि", "जब")) \
        else stripped  # ("… से spill की नौबत ही नहीं आती, तो … वाली बहस भी खत्म हो जाती है": the first result)
    match = (INSTRUMENT_SE.match(stripped) or NOUN_SE.match(stripped) or (NOUN_SE.match(head) if head != stripped
                                                                           else None)) \
        if _holds(stripped, NEEDS["se"]) else None
    if match and DISTANCE.search(match.group("effect")):
        match = None  # ("कई गाँवों से सबसे पास की बैंक शाखा दस से पंद्रह किलोमीटर दूर होती है": how far from, no
        # cause; round 36's held-out B8 told it as a benefit come true)
    if match and match.group("effect").split()[-2:-1] == ["नहीं"] and not _names_trouble(match.group("effect")):
        match = None  # ("एक photo से customer का मन नहीं भरता": no trouble that does not come, a lack; only "… spill
        # की नौबत ही नहीं आती" is a benefit)
    if match and not has_bare_reader(match.group("cause")) and not match.group("cause").endswith("ने") \
            and not any(c.pattern == "instrument" for c in found) and not RANGE_END.match(match.group("effect")) \
            and not NUMBER_END.search(match.group("cause")):  # ("केंचुए भी 300 से 400 रुपये किलो …": a range)
        found.append(Causal(sentence, "", _clean(match.group("cause")), _effect(match.group("effect")),
                            "instrument", "noun"))
    for pattern, told in ((GIVES_YOU, "आपको {} मिलता है"), (TEACHES_YOU, "आप {} सीखती हैं")):
        match = pattern.match(stripped) if _holds(stripped, NEEDS["gives"]) else None
        if match and not has_bare_reader(match.group("cause")) and not any(c.pattern == "instrument" for c in found):
            cause = _clean(match.group("cause"))
            found.append(Causal(sentence, "", cause, told.format(match.group("effect")), "instrument",
                                "verbal" if cause.endswith("ना") else "noun"))
    before = len(found)
    stripped = LIST_COMMA.sub(LIST_MARK, stripped)  # ("साबुत हल्दी, धनिया और मिर्च … पीसकर देने से …": a list's
    # commas inside the step; round 30's aside275 left the section unread)
    match = GERUND.match(stripped) or (GERUND_VIA.match(stripped) if _holds(stripped, NEEDS["instrument"])
                                       and not any(c.pattern == "instrument" for c in found) else None)
    if match and match.re is GERUND and TWO_GERUNDS.search(match.group("cause")):
        match = FIRST_GERUND.match(stripped) or match  # ("Zone तय होने से किसी कोने की शिकायत आने पर …": the first
        # step and its result, which holds a time of its own; round 29's second held-out batch, items 23, 25)
    if match and not has_bare_reader(match.group("cause")) and not _event_when(stripped, match) \
            and not KEEPS_FROM.match(match.group("effect")) and not BEFORE_IT.match(match.group("effect")) \
            and not SHIES_FROM.match(match.group("effect")) and not DENIED.search(match.group("effect")) \
            and match.group("cause").split()[-1] not in NOT_GERUNDS and not FROM_TO.match(match.group("effect")):
        further = FURTHER.match(match.group("effect"))  # "उसी दिन पढ़ने से … ताज़ा याद रहती हैं, इसलिए … गलत कटौती
        if further:  # को पहचानना आसान होता है": the result the first one serves, what she wants, read first
            found.append(Causal(sentence, "", _clean(match.group("cause")), _effect(further.group("effect")),
                                "gerund", "verbal"))
        found.append(Causal(sentence, "", _clean(match.group("cause")), _effect(match.group("effect")),
                            "gerund", "verbal"))
    found[before:] = [replace(c, cause=REPORTED.sub("", c.cause.replace(LIST_MARK, ",")),
                              effect=c.effect.replace(LIST_MARK, ",")) for c in found[before:]]  # ("… के एक अध्ययन
    # में पाया गया कि सिर्फ छह मिनट पढ़ने से …": the step is what the study found)
    stripped = stripped.replace(LIST_MARK, ",")
    for name, pattern in (("because", BECAUSE), ("purpose", PURPOSE)):
        match = pattern.match(stripped) if _holds(stripped, NEEDS[name]) else None
        if match and has_bare_reader(match.group("cause")):
            found.append(Causal(sentence, "", _clean(match.group("cause")), _effect(match.group("effect")),
                                name, "reader"))
            continue
        if match is None or name != "purpose":
            continue
        condition = IF_THEN.match(match.group("cause"))
        cause = match.group("cause")[condition.end():] if condition else match.group("cause")
        if is_imperative(cause.rstrip(", ")) and " कि " not in f" {cause} ":
            # "… का इस्तेमाल करें ताकि …": a step and its aim; "अगर काम 5 दिन का है, तो customer को 10 से 12 दिन
            # बताएं, ताकि …": the step after its condition (round 38's held-out B, crochet s5, read nothing)
            setting = condition.group(0).strip(" ,") if condition else ""
            found.append(Causal(sentence, setting, _clean(cause), _effect(match.group("effect")), name, "imperative"))
    return [c for c in found if c.cause and c.effect and len(c.effect.split()) >= 2
            and c.cause.split()[0] not in CUT_OPENINGS and not _state(c.cause) and not CLAUSE_IN_CAUSE.search(c.cause)
            and not RANKED.match(c.effect) and not (c.cause_kind == "noun" and CLAUSE_SUBJECT.search(c.cause))
            and not (c.cause_kind == "noun" and TIME_CLAUSE.search(c.cause))
            and not SAID_SO.search(c.cause) and not TOLD_DONE.match(c.effect) and not _infinitive(c.effect)
            and not ASKED.search(c.effect.split(" कि ")[0]) and not ERGATIVE.search(c.cause)]


IF_THEN = compile_nfc(r"^(?:अगर|यदि)\s+[^,]{3,60},\s*(?:तो\s+)?")  # a condition before the step
LIST_COMMA = list_comma(tuple(lexicon("hi").list_joiners))  # ("हल्दी, धनिया और मिर्च": one list, no clauses)
REPORTED = compile_nfc(r"^.*(?<!\S)(?:पाया गया|पाया|पता चला|बताया गया|दिखा|सामने आया)\s+कि\s+")  # what a study found


# "शालिनी ने एक रविवार खाने पर सबको बता दिया …": a story's subject, who did it once ("खाने पर" is at dinner), no step
ERGATIVE = compile_nfc(r"(?<!\S)ने(?!\S)")
# "बर्तन टूटने या खोने पर भरपाई कौन करेगा, यह भी … तय कर लें": a question to settle, no result (one after "कि" is
# what she learns: "… से पता चलता है कि कितना ख़र्च हुआ")
ASKED = lexicon("hi").any_word("question_words")


def _holds(text: str, words: re.Pattern[str]) -> bool:
    """True when ``text`` holds one of ``words`` (their :func:`~netquiz.text.any_literal` pattern, made once): a
    pattern that needs one is matched only then (most sentences hold none, and a failed match of a pattern that
    opens with a lazy ``.+?`` tries every split of the sentence)."""
    return words.search(text) is not None


# The words each pattern needs, one of them in every match (tests/test_language_hi.py checks the readings over
# the test articles with and without these tests)
NEEDS = {name: any_literal(tuple(normalize(w) for w in words)) for name, words in {
    "conditional": ("तो", "तब"), "correlative": ("उतन",), "chain": ("आप",),
    "instrument": ("के जरिए", "के ज़रिए", "के जरिये", "के ज़रिये", "के द्वारा", "के माध्यम से", "के कारण", "की वजह से",
                   "के चलते", "की बदौलत", "की मदद से"),
    "se": ("से",), "gives": ("आपको",), "because": ("क्योंकि",), "purpose": ("ताकि", "जिससे")}.items()}


# "दोपहर बारह से तीन बजे के बीच …", "सुबह से शाम तक …": from … to, a span of time, no "X brings Y" (the field-job
# article's "बारह" read as a step)
NUMBER_WORDS = sorted({n.split()[1] for n in lexicon("hi").number_names if not n.split()[1].isascii()}, key=len,
                      reverse=True)
NUMBER_END = compile_nfc(r"(?:[0-9\u0966-\u096F][0-9\u0966-\u096F,.]*|\S+\s+(?:हज़ार|हजार|लाख|सौ)|(?<!\S)(?:"
                         + "|".join(NUMBER_WORDS) + r"|दर्जन|बीस|तीस|चालीस|पचास|सौ))$")  # ("दिन में छह से आठ लोगों को
# …": a range, round 40's C39 told "उसने पाया कि आठ लोगों को सिखाई")
RANGE_END = compile_nfc(r"^(?:\S+\s+){0,2}(?:बजे\s+)?(?:तक|के\s+बीच)(?!\S)")


def _infinitive(effect: str) -> bool:
    """True for an effect that is a verbal noun, no result ("… reading ज़्यादा आने पर घबराकर दवा की dose बढ़ा देना, …
    दोनों ख़तरनाक हैं": what the sentence warns against; reading159 items 83, 85, 94 stated it as a result)."""
    head = re.split(r"[,:;—–]", effect)[0].split()  # (its first clause: "… बन जाता है: सुबह तैयार होना, …" is told)
    last = head[-1].rstrip(".।") if head else ""
    return last.endswith("ना") and last not in lexicon("hi").na_nouns and not last.isascii()


# "बेटे के कहने पर सुनीता ने … बनवाया": at someone's word, no step; and what one person once did (her "ने"), no
# result the step brings whoever takes it (reading127 item 128: "Soundbox लगाने से सुनीता ने … QR code बनवाया")
SAID_SO = compile_nfc(r"(?:के|की)\s+(?:कहने|सलाह|कहे)$")
TOLD_DONE = compile_nfc(r"^(?:[^\s,]+\s+){0,3}(?:ने|उसने|मैंने|हमने|उन्होंने)\s")


TIME_CLAUSE = compile_nfc(r"\S+(?:ने|नें)\s+पर(?!\S)")  # ("बिजली जाने पर भी वहाँ जनरेटर से …": a time clause, and then
# the instrument of what happens, no step of hers)


# "को-वर्किंग स्पेस से लौटने पर …", "बिजली जाने पर …": when something happens, no step of hers (reading119 items 57-60:
# "वह बिजली जाती है", "को-वर्किंग स्पेस से लौटना" as steps)
EVENT_WHEN = compile_nfc(r"(?<!\S)(?:लौटने|जाने|पहुँचने|पहुंचने|होने|बीतने|निकलने|घिसने|टूटने|बिगड़ने|खराब होने)$")  # ("चक्की के
# पत्थर घिसने पर …": when the stones wear down, a time, no step; round 29's third held-out batch made her wish for
# the coarse flour that follows)  # (not "समझ में आने पर",
# "दौरा पड़ने पर": read on, and refused as steps later)


# "X को Y तक पहुँचने से रोकती हैं": kept from doing, no "doing brings" (reading139 item 118 read "… पहुँचने" as a step
# and "रोकती हैं" as its result)
# "… ऑर्डर लेने से हिचकती है", "… बोलने से डरती है": the "से" her verb governs, no cause (round 27's held-out
# reading, item 29: "दीपा ने पाया कि हिचकी")
# "Gloves पहनने से हाथ धोने की ज़रूरत खत्म नहीं होती, बल्कि …": a result denied and corrected, no result (round 27's
# held-out reading, item 9)
DENIED = compile_nfc(r"(?<!\S)नहीं(?!\S)[^,।]*,?\s+बल्कि(?!\S)")
SHIES_FROM = compile_nfc(r"^(?:(?:हिचक|डर|कतरा|घबरा|शरमा|झिझक)(?:ती|ता|ते)|(?:मना|इनकार|इंकार)\s+(?:कर|करती|करता|करते|"
                        r"कर देती|कर देता|कर देते))(?!\S)")  # ("… दोबारा पैसे देने से मना कर देता है": refuses to
# pay, the verb's "से"; round 29's second held-out batch read it as a step and its result)
KEEPS_FROM = compile_nfc(r"^(?:रोक|रोके|रोकी|रोकता|रोकती|रोकते|बचा|बचाता|बचाती|बचाते|बचाए)(?:\s|$)")


# words ending in "ने" that are no verbal noun: "अपने से बड़े सहकर्मी" (older than themselves, reading143's
# kam-umr-ka-boss: "युवा मैनेजर अक्सर अपने" read as a step), "सामने से", and the lexicon's "महीने", "सपने" …
NOT_GERUNDS = frozenset({"अपने", "सामने", "पहने", *lexicon("hi").ne_nouns})
# "उठाने से लेकर cart में डालने तक": from … to, no "doing brings"; "… देखने से समझिए कि …": an instruction after it
# (reading147 item 100: "… किसी packet को उठाती है" and the result "लेकर cart में डालने तक …")
FROM_TO = compile_nfc(r"^(?:लेकर(?!\S)|\S+(?:िए|िये|िएगा)(?!\S))")
# "नहाने से पंद्रह-बीस मिनट पहले चालू करें": before bathing, no "bathing brings" (reading139 item 21 wished for the
# instruction itself)
BEFORE_IT = compile_nfc(r"^(?:(?:\S+\s+)?(?:मिनट|घंटे|घंटा|दिन|हफ़्ते|हफ्ते|महीने|साल)\s+)?पहले(?!\S)")


def _event_when(sentence: str, match: re.Match[str]) -> bool:
    """True for "<something> happening पर": a time clause, no step."""
    return bool(EVENT_WHEN.search(match.group("cause"))) and sentence[match.end("cause"):].lstrip().startswith("पर")


# "स्क्रीन देखते समय हम सामान्य से लगभग आधी बार …": a subject in an "X से" cause makes it a clause, and its "से" is
# "than" ("सामान्य से": than usual); an instrument is a thing, never a clause
CLAUSE_SUBJECT = compile_nfc(r"(?<!\S)(?:हम|मैं|वे|वो)(?!\S)")


# "चार स्ट्रेच ठीक से करना बारह … करने से कहीं बेहतर है": "A करना B करने से बेहतर है" ranks two steps; its "से" is
# "than", and "कहीं बेहतर है" no result
RANKED_WORDS = (r"(?:(?:कहीं|बहुत|काफ़ी|काफी)\s+)?(?:बेहतर|अच्छा|अच्छी|ज़्यादा|ज्यादा|कम|आसान|मुश्किल)\s+"
                r"(?:\S+\s+)?(?:है|हैं|होता है|होती है)")
RANKED = compile_nfc(rf"^{RANKED_WORDS}$")


# "… accountability भी लाती है: दो दिन न जाने", "… आज़मा सकती हैं, दाम बदलकर": a whole clause before the step,
# which the pattern took for it (a step is a phrase, never a finished clause and more)
CLAUSE_IN_CAUSE = compile_nfc(r"(?:है|हैं|था|थी|थे|सकती|सकते)\s*[,:;]|:|(?<!\S)(?:है|हैं|था|थी|थे)\s+कि\s")  # ("अच्छी
# बात यह है कि ज़्यादातर गलतियाँ सही तरीके से बात करने पर …": the step's subject is the result's)


def _state(cause: str) -> bool:
    """True for a cause that is a state, not a step ("इमरजेंसी फंड होने", "अपनी पॉलिसी होने": having, being);
    "शामिल होने", "तैयार होने" are things one does. "हल्के खाने से" is food (a noun), not eating."""
    words = cause.split()
    if len(words) <= 2 and words[-1] == "खाने" and (len(words) == 1 or words[0].endswith(("े", "ी"))):
        return True
    if len(words) == 2 and words[-1] == "आने" and words[0] not in PLACE_WORDS | ARRIVING:
        return True  # ("सिलाई आने से मशीन की आवाज़ … पहचान में आती है": knowing a skill, no step; round 33's held-out
        # item B24 told "वह सिलाई आती है"; not "समय पर आने से", "दुकान आने": coming somewhere)
    if (agent := GENITIVE_AGENT.match(cause)) and agent["who"].lower() in AGENTS:
        return True  # ("Teacher के याद दिलाने से …": the teacher reminds, no step of hers; round 33's held-out B9)
    if len(words) < 2 or words[-1] != "होने":
        return False
    if words[-2] in CLEAR and len(words) >= 3:
        return True  # ("Process पहले से साफ होने से …": the process is clear, no step of hers; the dev reading of
        # round 29, item 30 told it "सुनीता Process पहले से साफ होती है")
    if words[-2][-1:] in ("ा", "ी", "े") and words[-2][:-1] in DONE_ROOTS or words[-2] == "तय":
        return False  # ("रेट लिखे होने से …", "शर्त लिखी होने पर": the rates written up, a step done; "Zone तय होने
        # से": decided)
    return words[-2] not in DOING_WITH_HONA


CLEAR = frozenset({"साफ", "साफ़", "स्पष्ट"})
PLACE_WORDS = frozenset({"पर", "में", "से", "को", "तक", "पास", "वापस", "काम", "घर", "दुकान", "दफ़्तर", "दफ्तर", "office",
                         "समय", "जल्दी", "देर", "पहले", "सामने", "बाहर", "अंदर", "ऊपर", "नीचे"})
ARRIVING = frozenset({"पैसा", "पैसे", "तनख्वाह", "तनख़्वाह", "सैलरी", "salary", "कमाई", "आमदनी", "माल", "ऑर्डर", "order",
                      "ऑर्डर्स", "orders", "ग्राहक", "बारिश", "नींद", "मज़ा", "मजा"})  # (what comes, no skill she knows)
# A verbal noun after a person and "के"/"की": that person's act ("Teacher के याद दिलाने", not "परिवार के साथ बैठने")
GENITIVE_AGENT = compile_nfc(r"^(?:\S+\s+){0,2}?(?P<who>\S+)\s+(?:के|की)\s+(?!(?:साथ|लिए|पास|बारे|बाद|पहले|सामने|बिना|"
                             r"ज़रिए|जरिए|द्वारा|अनुसार|हिसाब|बजाय|बजाए|जगह|ऊपर|नीचे|अंदर|बाहर)(?!\S))\S+(?:\s+\S+)?ने$")
AGENTS = frozenset({"teacher", "टीचर", "शिक्षक", "शिक्षिका", "मालिक", "मालकिन", "manager", "मैनेजर", "ग्राहक",
                    "customer", "customers", "ग्राहकों", "बच्चों", "बच्चे", "डॉक्टर", "doctor", "supervisor",
                    "सुपरवाइज़र", "principal", "प्रिंसिपल", "पति", "सास", "boss", "बॉस", "दुकानदार", "employer"})
DONE_ROOTS = frozenset({*TRANSITIVE, "लग", "टंग", "टँग", "सज", "चिपक", "भर"}) - {"कर", "दे", "ले"}


DOING_WITH_HONA = frozenset({"शामिल", "तैयार", "सक्रिय", "हाज़िर", "हाजिर", "उपस्थित", "खड़ा", "खड़ी", "खड़े", "जल्दी",
                             "सावधान", "सतर्क", "ईमानदार", "स्पष्ट", "साफ़", "साफ"})


# A cause that opens with one of these is the tail of a longer clause ('"…" जैसे वाक्य से करें', "से शुरू करें")
CUT_OPENINGS = frozenset({"जैसे", "से", "के", "की", "का", "को", "में", "पर", "और", "बल्कि", "या", "ने"}) \
    | frozenset(lexicon("hi").relative_words)
# (and a relative clause's "जो": "जो लाली दबाने पर सफ़ेद नहीं पड़ती, वह …" tells what a symptom is, no step and result)


def sentence(text: str) -> str:
    """Trim and end with a danda."""
    return text.strip().rstrip(END_PUNCT + ",").strip() + "।"
