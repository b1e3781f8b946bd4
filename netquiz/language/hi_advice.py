"""Hindi advice: imperatives (करें, पूछिए, कीजिए) as actions, habits, and "इससे …" links back to them."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..text import compile_nfc
from .hi_patterns import END_PUNCT, GENITIVES, NOT_IMPERATIVE, is_imperative, sentence, strip_discourse
from .hi_pronouns import addresses_reader, to_persona
from .hi_verbs import analyse
from .lexicon import lexicon

IMPERATIVE_ENDINGS = ("ीजिए", "िए", "िये", "इए", "एं", "एँ", "ें")
_LINKS = {"और", "तथा", "या"}
MAX_LABEL_WORDS = 3  # a run-in label before a colon ("ज़रूरी सामान:", "छोटी-सी trick:")
CORRELATIVES = frozenset({"उसका", "उसकी", "उसके", "उसे", "उसको", "उन्हें", "उनका", "उनकी", "उनके", "उनको", "वह", "वे", "वो",
                          "वही", "उसी", "उन्हीं"})  # (the main clause's word for what a "जो" clause named)
FINITE_ENDS = frozenset({"है", "हैं", "था", "थी", "थे", "हो", "हों", "जाए", "जाएं", "जाएँ", "जाय"})  # ("जो बच जाए,
# उसे …": a subjunctive ends the relative clause too; round 35's held-out D4 left "न बेचें" unconverted)
_RELATIVES = {"जितने", "जितना", "जितनी", "जो", "जिसे", "जिन्हें", "जिससे", "जिनसे", "जहाँ", "जहां"}
QUANTIFIERS = frozenset({"कुछ", "कई", "सारी", "सभी"})  # (with the lexicon's count words: before a plural noun)
_SPECIAL = {"कीजिए": "करना", "दीजिए": "देना", "लीजिए": "लेना", "दें": "देना", "लें": "लेना",
            "आएं": "आना", "आएँ": "आना", "आइए": "आना", "आयें": "आना",
            "पिएं": "पीना", "पिएँ": "पीना", "पियें": "पीना", "पीजिए": "पीना", "पीएं": "पीना",
            "सिएं": "सीना", "सिएँ": "सीना", "जिएं": "जीना", "जिएँ": "जीना"}
# ("पानी पिएं": पीना, not "पिना"; "venue देख आएं": too short for the endings)


@lru_cache(maxsize=1)
def _counted() -> frozenset[str]:
    """Words after which an "-ें" word is a plural noun: the language's count words and quantifiers."""
    return frozenset(lexicon("hi").count_words) | QUANTIFIERS


@lru_cache(maxsize=16384)
def imperative_word(word: str) -> str | None:
    """The infinitive of one polite imperative ("करें" → "करना"; a pair, "चलें-फिरें" → "चलना-फिरना"), None for
    other words (cached per bank: every word of every instruction is asked, most more than once)."""
    if "-" in word and all(parts := [imperative_word(part) for part in word.split("-")]):
        return "-".join(p for p in parts if p)
    if word in _SPECIAL:
        return _SPECIAL[word]
    if word in NOT_IMPERATIVE:
        return None
    for ending in IMPERATIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + ("ा" if ending == "इए" else "") + "ना"
    return None


def imperative_to_infinitive(text: str) -> str | None:
    """"लोगों से बात करें" → "लोगों से बात करना" (the last word only)."""
    words = strip_discourse(text).strip().rstrip(END_PUNCT).split()
    infinitive = imperative_word(words[-1]) if words else None
    return _continuous(" ".join(words[:-1] + [infinitive])) if infinitive else None


def _continuous(text: str) -> str:
    """"लिखती रहना" → "लिखते रहना": a continuing action's infinitive takes the oblique participle."""
    return STATE_KEPT.sub(r"\1े रह", CONTINUOUS.sub(r"\1ते रह", text))


CONTINUOUS = compile_nfc(r"(\S+)(?:ती|ता) रह(?=ना(?:[\s,]|$))")
STATE_KEPT = compile_nfc(r"(\S+(?:ड़|ठ|ट|ग|ध|ज|ल))(?:ी|ा) रह(?=ना(?:[\s,]|$))")  # ("जुड़ी रहें" → "जुड़े रहना", not
# "जुड़ी रहना": a state kept, its participle oblique; round 35's dev reading, item 2)


@lru_cache(maxsize=16384)
def advice(text: str) -> str | None:
    """A piece of advice as an infinitive action: "बात करें, सवाल पूछें" → "बात करना, सवाल पूछना"."""
    return _advice_words(text, imperative_word)


def advice_habit(text: str, name: str) -> str | None:
    """The advice as the persona's habit: "लोगों को धन्यवाद कहें" → "मीरा लोगों को धन्यवाद कहती है"."""
    done = _advice_words(text, _imperative_habit)
    if done:
        done = KEPT_DOING.sub(r"\1ती \2", done)  # ("पानी डालते रहें" → "पानी डालती रहती है", not "डालते रहती है")
        done = NEGATED_HABIT.sub(r"नहीं \1", done)  # ("जोड़ना न भूलें" → "जोड़ना नहीं भूलती", not "न भूलती है":
        # round 30's held-out item C27)
    return sentence(f"{name} {done}") if done and not done.startswith("जो ") else None


CORRELATIVE = compile_nfc(r"(?<!\S)(?:जितने|जितना|जितनी|जब तक)(?!\S)[^,।]*,\s*(?:उतने|उतना|उतनी|तब तक)(?!\S)")
GRANTED = compile_nfc(r"^(?!(?:अगर|यदि|जब|जैसे ही)\s)[^,।]+?(?<!\S)तो(?!\S)[^,।]+?(?:है|हैं),\s+(?P<step>[^,।]+)$")
NEGATED_HABIT = compile_nfc(r"(?<!\S)न\s+(\S+(?:ती|ते))\s+(?:है|हैं)(?=[\s।.,]|$)")
KEPT_DOING = compile_nfc(r"(?<!\S)(\S+)ते\s+(रहती|रहे)(?=\s|$)")  # (a participle before her "रहती": hers, feminine)


LINKED_RE = compile_nfc(r"^(?:(?:इससे|इस से|(?:इनसे|इन से)(?!.*\Sने से\s))"  # ("इनसे अच्छे संबंध रखने से": with whom)
                        r"(?!\s+(?:बड़ा|बड़ी|बड़े|छोटा|छोटी|छोटे|ऊँचा|ऊंचा|लंबा|लम्बा|महँगा|महंगा|"
                        r"सस्ता|सस्ती|सस्ते)(?!\S))|"  # ("इससे बड़ी एफडी …": bigger than this, no result; reading175)
                        r"ऐसा करने से|ऐसा करने पर|इस तरह(?: से)?|इस तरीके से|इसकी वजह से|इस वजह से|"
                        r"इसके चलते|इस कारण|इसकी बदौलत|इनकी बदौलत|इसी की बदौलत|इसके बल पर|इनके बल पर|"
                        # "इस तैयारी से", "इन सेवाओं की मदद से", "ऐसी एक फाइल से": the thing the step before made
                        r"(?:इस|इन|इसी|इन्हीं|ऐसी|ऐसे|ऐसा)(?: एक)?"
                        r"(?: छोटी| छोटे| छोटा| छोटी-सी| छोटे-से| छोटा-सा)? (?!बात)\S+ "
                        r"(?:से|की मदद से|के चलते|की वजह से|की बदौलत|के बल पर)|"  # ("इन सेवाओं के बल पर …")
                        r"(?:इसका )?(?:नतीजा|फ़ायदा|फायदा|असर) यह(?: है| होता है)? कि|"
                        # "यह पाउच पहले से भरा हो, तो …": the thing the step before made, ready
                        r"(?:यह|ये)\s+(?:\S+\s+){1,5}?(?:हो|हों|रहे|रहें|हो जाए),\s*तो)\s*,?\s+"
                        r"(?P<effect>.+)$")
POINTER_SUBJECT = r"(?:(?:यह|ये)(?: छोटा-सा| छोटी-सी| छोटे-से| आसान-सा)? (?!भी|ही|सब|बात|आपको|आपकी)\S+|यह|ये|इससे|ऐसा करना)"
# ("यह तरीका …", "यह छोटा-सा कदम …": the step before, named by a noun)
HELPS_RE = compile_nfc(rf"^{POINTER_SUBJECT}\s+आपको\s+(?P<what>.+?)\s+में\s+मदद\s+"
                       r"(?:करेगा|करेगी|करेंगे|करता है|करती है|करते हैं|मिलेगी|मिलती है)(?P<rest>[\s,].*)?$")


SHOWS_RE = compile_nfc(rf"^{POINTER_SUBJECT}\s+(?P<who>(?:\S+ ){{0,2}}?\S+) को (?:दिखाता|दिखाती|दिखाते) है कि "
                       r"(?P<what>.+)$")


CONTRAST_OPENING = compile_nfc(r"^(?:(?:यह|ये)\s+[^,।]{3,40},\s*)?(?:पर|लेकिन|मगर),?\s+"
                               r"(?=(?:इससे|इस से|ऐसा करने से|इस तरह|इसकी बदौलत|इसी की बदौलत)(?!\S))")  # ("यह दो मिनट
# का काम है, पर इसकी बदौलत …": a remark on the step, then its result; round 36's held-out D, clinic s2)


def linked_effect(text: str) -> str | None:
    """The effect of a sentence that points back to the previous one ("इससे रिश्ते बने रहते हैं", "यह आपको
    … में मदद करेगा" → "आपको … में मदद मिलेगी")."""
    body = CONTRAST_OPENING.sub("", text.strip().rstrip(END_PUNCT))  # ("… छोटा-सा बदलाव है। पर इससे …": the
    # contrast is with what the step seems, the result still the step's)
    helps = HELPS_RE.match(body)
    if helps:
        rest = (helps.group("rest") or "").strip()
        if rest.startswith(","):  # "…, ख़ासकर तब जब …": a remark on when, left out
            rest = ""
        if rest and not rest.startswith("कि "):  # "… में मदद मिलेगी कि बात सीधे करनी है या …": what is
            return None  # decided follows; another clause would be a second claim
        return f"आपको {helps.group('what')} में मदद मिलती है" + (f" {rest}" if rest else "")
    shows = SHOWS_RE.match(body)
    if shows:  # "यह छोटा-सा कदम panel को दिखाता है कि …" → "panel को दिखता है कि …"
        return f"{shows.group('who')} को दिखता है कि {shows.group('what')}"
    match = LINKED_RE.match(body)
    return match.group("effect") if match and len(match.group("effect").split()) >= 2 else None


MAX_THAT_WORDS = 12  # a longer "… कि …" instruction is too long to be an option


def _imperative_habit(word: str) -> str | None:
    infinitive = imperative_word(word)
    return infinitive[:-2] + "ती है" if infinitive else None


EXAMPLE_TAIL = compile_nfc(r",\s+(?:जैसे(?!\s+ही)|जिसमें|जिसमे|जिनमें|जिस पर|जिन पर)\s.*$")  # (its example, or what it
# holds: "… एक छोटा, विनम्र फ़ॉलो-अप भेजें, जिसमें अर्ज़ी की तारीख़ … लिखी हो")
MAX_EXAMPLED_WORDS = 10


WHEN = compile_nfc(r"(?<!\S)(?:जब|जब भी|जैसे ही)(?!\S)")


def _finite(word: str) -> bool:
    """True for a finite verb form that can close a clause ("पाएगा", "है", "थीं")."""
    return word in FINITE_ENDS or word.endswith(("गा", "गी", "गे", "गीं"))


def _advice_words(text: str, convert: Callable[[str], str | None]) -> str | None:
    body = strip_discourse(text.strip().rstrip(END_PUNCT))
    if CORRELATIVE.search(body) and is_imperative(body.split(",", 1)[0]):
        return None  # ("… डॉक्टर जितने दिन बताएं, उतने दिन उस पशु का दूध न बेचें": the first verb is the relative
        # clause's; round 43's batch A told "… जितने दिन बताना, उतने दिन …" as a step; not "डॉक्टर ने जितने दिन कहा
        # है, उतने दिन कोर्स पूरा करें")
    example = EXAMPLE_TAIL.search(body)
    step = body[:example.start()].strip() if example else ""
    if step and " तो " not in f" {step} " and len(step.split()) <= MAX_EXAMPLED_WORDS and is_imperative(step):
        body = step  # ("पहले वाक्य में topic बोलें, जैसे "Diwali campaign …"": the step;
        # not "Trend आज़माना ही है, तो … आज़माएं, जैसे …", a condition the step would lose its verb in; nor a long
        # one, "किसी एक skill और एक तरह के client पर focus करें, जैसे …", which retells its heading, "एक niche चुनें")
    head, colon, tail = body.partition(":")
    if colon and is_imperative(head.strip()) and not is_imperative(tail.strip().strip('"“”')):
        body = head.strip()  # "resume में एक सीधी-सी लाइन जोड़ें: "2020–2024: …"": the step, then its example
        # (not "दस मिनट निकालें: कपड़े … रख दें …", where the steps follow the colon)
    elif colon and len(head.split()) <= MAX_LABEL_WORDS and not is_imperative(head.strip()) \
            and is_imperative(tail.strip()):
        body = tail.strip()  # ("ज़रूरी सामान: एक छोटे थैले में … तैयार रखें": a bold run-in label, then the step)
    head, joint, what = body.partition(" कि ")
    if joint and is_imperative(head) and not is_imperative(body) and len(body.split()) <= MAX_THAT_WORDS:
        done = _advice_words(head, convert)  # "पहले समझें कि समस्या असल में क्या है": the step and what it is
        return f"{done} कि {what}" if done else None  # about ("पहले समझना कि …")
    granted = GRANTED.match(body)
    step = re.sub(r"^आप\s+", "", granted.group("step")) if granted else ""
    if step and is_imperative(step):
        body = step  # ("तैयार खिलौने की photo तो सब डालते हैं, आप बनाने की प्रक्रिया भी दिखाएं": what
        # everyone does, then the step; round 38's held-out B, crochet s2)
    before_purpose, purpose, _ = body.partition(" ताकि ")
    if purpose and not is_imperative(before_purpose.strip(" ,")):
        return None  # ("एक Photo पूरे शरीर की हो ताकि … पहचाने जा सकें": the "-ें" is the purpose's, the main clause
        # a "हो", no step; round 38's held-out A keyed the insurance photo to it)
    if not is_imperative(body) or ((when := WHEN.search(body)) and "," not in body[when.end():]):
        return None  # ("धीरे-धीरे जब ऑर्डर बढ़ें": a when-clause, its "-ें" a subjunctive; round 34's held-out D5)
    body = to_persona(body, "", mentioned=True).text
    words = body.split()
    relative = next((i for i, w in enumerate(words) if w in _RELATIVES or w == "कि"), None)
    if relative is not None and {"है", "हैं"} & set(words[:relative]) \
            and not imperative_word(words[relative - 1].rstrip(",")):
        return None  # ("… तस्वीरें उतनी ही जानकारी ठूँसती हैं जितनी काम की फ़ाइलें": the "-ें" word in a relative
        # clause is a noun, and the sentence no instruction; "अभिभावक ट्यूशन इसलिए भेजते हैं कि … नंबर सुधरें": the
        # "-ें" a wish after "कि", round 23's batch)
    out: list[str] = []
    said = False  # inside a "कि" clause of what she says, asks or explains
    first_relative = next((i for i, w in enumerate(words) if w in _RELATIVES), len(words))
    closed = next((i for i in range(first_relative + 2, len(words))
                   if words[i] in CORRELATIVES and words[i - 1].rstrip(",") in FINITE_ENDS), len(words))  # ("… और
    # जो item खत्म हो गया है उसका tag हटा दें": the relative clause ends at "है", the step's own verb comes after it)
    counted = _counted()
    for index, word in enumerate(words):
        bare = word.rstrip(",")
        following = words[index + 1] if index + 1 < len(words) else None
        infinitive = imperative_word(bare)
        if following == "तो" and infinitive:
            out.append(infinitive[:-1] + "े पर")  # जाएं तो → जाने पर
            continue
        if word == "तो" and out and out[-1].endswith("े पर"):
            continue
        at_clause_end = word.endswith(",") or following is None or following in _LINKS or following in _RELATIVES \
            or (following == "कि" and bool(infinitive))
        if word == "कि" and any(o != w for o, w in zip(out, words, strict=False)):
            said = True  # ("बच्चों को समझाएँ कि दोपहर में शोर न करें": she explains; what she says stays as said,
        elif said and word in _LINKS and not imperative_word(words[index - 1].rstrip(",")) \
                and _finite(words[index - 1].rstrip(",")):  # (not "… कि आरामदायक जूते और टोपी लाएँ": two things
            # she tells them to bring; round 41's put-aside batch H told "… कि आरामदायक जूते और टोपी लाना")
            said = False  # up to an "और" after its own verb: "कहें कि आज काम नहीं हो पाएगा और उसे जाने को कहें")
        if said:
            at_clause_end = False
        if first_relative < index < closed and any(o != w for o, w in zip(out, words, strict=False)):
            at_clause_end = False  # ("… ऑर्डर लें जितने आराम से निभाए जा सकें": the step converted, its relative
            # clause's verb stays as it is)
        everything = index >= 2 and words[index - 2] == "सब" and words[index - 1] == "कुछ"  # ("सब कुछ बताएं":
        # everything, no count before a plural noun)
        if index and not everything and (words[index - 1] in GENITIVES or words[index - 1] in counted
                                         or words[index - 1].isdigit()
                                         or all(part in counted for part in words[index - 1].split("-") if part)):
            # ("अख़बार की चार-पाँच तहें या …": a range of a count, a plural noun after it; round 41's put-aside batch H
            # told "चार-पाँच तहती है")
            at_clause_end = False  # ("फ्लैट की तस्वीरें और …", "हफ़्ते में दो शामें या …": a plural noun)
        if word.endswith(",") and words[0] in _RELATIVES:
            at_clause_end = False  # ("जो promise करें, उसे … confirm करें": the relative clause's verb stays)
        converted = convert(bare) if at_clause_end else None
        out.append((converted + ("," if word.endswith(",") else "")) if converted else word)
    text_out = _continuous(" ".join(out))
    return None if addresses_reader(text_out) else text_out


# "उस समय बहस करने की बजाय शांति से पूछें …": the step the article argues against, beside the one it advises
INSTEAD_RE = compile_nfc(r"^(?P<wrong>(?:\S+\s+){0,13}?\S+ने)\s+(?:की|के)\s+(?:बजाय|बजाए|जगह)"
                         r"\s+(?!(?:पर|में|से|और|तक|को|का|की|के|है|हैं|भी|नहीं|हो|होती|होता|मिलती|मिलते|मिलता|चाहिए)(?=\s|,|$))"
                         r"(?P<right>.+)$")  # (not "बैठने की जगह और …", "नहाने की जगह पर …": a place)
PURPOSE_TAIL = compile_nfc(r",?\s+(?:ताकि|जिससे)\s.*$")  # ("…, ताकि गले को आराम मिले": the instruction before it)


NOT_BUT_RE = compile_nfc(r"^(?:[^,]*?\s(?:तो|पर)\s+)?(?P<wrong>(?:\S+\s+){1,12}?)(?:न|मत)\s+(?P<verb>[^\s,]+),?"
                         r"\s+बल्कि\s+(?P<right>.+)$")  # ("… तो ग्राहक के आने का इंतज़ार न करें, बल्कि एक दिन पहले फोन करें")


# "अंदाज़े की जगह वज़न से दाम तय करें": a thing set against another in the same step (not a step of its own, "…ने की
# जगह"; see INSTEAD_RE)
NOUN_INSTEAD_RE = compile_nfc(r"^(?P<wrong>(?:\S+\s+){0,3}?\S+)\s+(?:की|के)\s+(?:बजाय|बजाए|जगह)\s+(?P<right>.+)$")
SWAP_POSTPOSITIONS = frozenset({"से", "तक", "में", "को", "पर"})


def _noun_swapped(body: str) -> tuple[str, str] | None:
    """(the step with the rejected thing in place of the advised one, the advised step) for "A की जगह B<postposition>
    C" ("बिचौलिये की जगह सीधे खरीदार तक पहुंचें" → "बिचौलिये तक पहुंचें", "सीधे खरीदार तक पहुंचें"); None otherwise."""
    match = NOUN_INSTEAD_RE.match(body)
    if not match or match["wrong"].endswith("ने") or match["wrong"].split()[-1] in SWAP_POSTPOSITIONS:
        return None
    words = match["right"].split()
    at = next((i for i, w in enumerate(words[:5]) if w in SWAP_POSTPOSITIONS
               or (w == "के" and words[i + 1:i + 3] == ["बारे", "में"])), None)
    if at is None or at == 0 or at >= len(words) - 1:
        return None
    return f"{match['wrong']} {' '.join(words[at:])}", match["right"]


def contrast_kept(step: str) -> str | None:
    """The step without the move it is set against, where that move is one :func:`rejected_step` reads ("बहस करने
    की बजाय शांति से पूछना" → "शांति से पूछना"; "अंदाज़े की जगह वज़न से दाम तय करना" → "वज़न से दाम तय करना"); None
    otherwise. A key that says its own wrong answer is found by its words."""
    body = strip_discourse(step.strip().rstrip(END_PUNCT))
    if rejected_step(body) is None:
        return None
    swapped = _noun_swapped(body)
    match = INSTEAD_RE.match(body)
    kept = swapped[1] if swapped else match["right"] if match else ""
    return (advice(kept) or kept) if len(kept.split()) >= 2 else None


def rejected_step(text: str) -> str | None:
    """The step a sentence advises against in favour of its own instruction, as an option ("उस समय बहस करने की
    बजाय शांति से पूछें …" → "उस समय बहस करना"; "… का इंतज़ार न करें, बल्कि … फोन करें" → "… का इंतज़ार करना");
    None otherwise."""
    body = strip_discourse(text.strip().rstrip(END_PUNCT))
    refused = NOT_BUT_RE.match(body)
    if refused and advice(refused["right"]) and len(refused["wrong"].split()) >= 2:
        return advice(f"{refused['wrong']}{refused['verb']}")  # (the move a skimmer makes; round 32's count: 8 % of
        # the corpus's contrast sentences gave a rejected step, none of "न करें, बल्कि …")
    swapped = _noun_swapped(body)
    if swapped and advice(swapped[1]):
        return advice(swapped[0])
    if swapped and swapped[1].endswith("ना"):  # (a step told as an action already: "… तक पहुंचना")
        return swapped[0]
    match = INSTEAD_RE.match(body)
    right = match.group("right") if match else ""
    if not match or not (advice(right) or advice(right.split(" कि ")[0]) or advice(PURPOSE_TAIL.sub("", right))) \
            or len(match.group("wrong").split()) < 2:
        return None
    wrong = match.group("wrong")
    return wrong[:-2] + "ना"



def recommends(sentence: str) -> bool:
    """True when the sentence's form alone recommends the step it names: no Hindi form does ("X करने से …" is
    said of warnings too; the section's own advice decides, see ``generate.scenario.advised``)."""
    return False


def step_as_subject(text: str) -> bool:
    """True when a told result opens with a step as its subject: a Hindi result is told of the persona ("उसे …")."""
    return False


# "पुराने प्रश्नपत्र हल करना क्यों ज़रूरी है?": a question heading that names the step its section argues for
WHY_NEEDED = compile_nfc(r"^(?P<step>.+\S(?:ना|नी))\s+क्यों\s+(?:ज़रूरी|जरूरी|अहम|फ़ायदेमंद|फायदेमंद)\s+(?:है|हैं)\s*\?$")

WHY_DO = compile_nfc(r"^(?P<step>.+\S)\s+क्यों\s+(?P<verb>\S+(?:ें|एं|एँ))\s*\?$")


def why_step(heading: str) -> str | None:
    """The step a "… क्यों ज़रूरी है?" heading argues for, as an instruction ("पुराने प्रश्नपत्र हल करना क्यों
    ज़रूरी है?" → "पुराने प्रश्नपत्र हल करें"); None for another heading or a "don't" ("… देर न करना …")."""
    asked = WHY_DO.match(heading.strip())  # "बड़े खर्चों के लिए अलग फंड क्यों रखें?": the instruction itself, asked why
    if asked and imperative_word(asked["verb"]) and not {"न", "नहीं", "मत"} & set(asked["step"].split()):
        return f"{asked['step']} {asked['verb']}"  # (round 26's held-out batch: its results, "इस फंड के होने से …", had
        # no step to be of)
    match = WHY_NEEDED.match(heading.strip())
    if not match:
        return None
    words = match["step"].split()
    if any(w in ("न", "नहीं", "मत") for w in words) or len(words) < 2:
        return None
    stem = words[-1][:-2]  # (करना → करें, सोना → सोएं, लेना → लें)
    ending = "ं" if stem.endswith("े") else "एं" if stem.endswith(("ा", "ो", "ू", "ी")) else "ें"
    return " ".join([*words[:-1], stem + ending])


TEMPTED = compile_nfc(r"^(?P<step>(?:\S+\s+){2,13}?\S+)ने\s+का\s+मन\s+(?:होता|करता)\s+है")
COMMON_BELIEF = compile_nfc(r"(?:(?:बहुत-सी|बहुत सी|बहुत-से|बहुत से|कई|ज़्यादातर|ज्यादातर|अधिकतर)\s+(?:\S+\s+){0,2}?"
                            r"(?:(?:मानती|मानते|सोचती|सोचते|समझती|समझते)\s+हैं|को\s+लगता\s+है)|"
                            r"(?:अक्सर|आम तौर पर|आमतौर पर)\s+(?:यह\s+)?(?:मान लिया जाता|माना जाता|समझा जाता)\s+है|"
                            r"आम\s+(?:धारणा|सोच)\s+(?:यह\s+)?है|"
                            r"(?:^|(?<=\s))(?:लोग|अक्सर लोग|ज़्यादातर लोग)\s+(?:मानते|सोचते|समझते)\s+हैं)\s+कि\s+"
                            r"(?!(?:जब|अगर|यदि|क्योंकि)\s)(?P<belief>[^,।]{10,140})(?=[,।]|$)")
# ("बहुत-से लोग मानते हैं कि …", "बहुत-सी working mothers को लगता है कि …", "अक्सर यह मान लिया जाता है कि …", "आम
# धारणा है कि …"; the belief whole, never cut inside a word; not "… कि जब पति … सिखा सकते हैं, तो …": half a condition)


def tempted_step(sentence: str) -> str | None:
    """The step a sentence says one feels like taking ("छुट्टी से ठीक पहले नए प्रोजेक्ट की शुरुआत कर देने का मन होता
    है" → "… शुरुआत कर देना"), or the one it rejects in favour of its own (see :func:`rejected_step`), else None."""
    match = TEMPTED.search(sentence.strip())
    return match["step"] + "ना" if match else rejected_step(sentence)


def common_practice(sentence: str) -> str | None:
    """What "many women do", as a step ("ज़्यादातर लोग प्लेट का दाम सिर्फ कच्चे माल को देखकर तय करते हैं" → "प्लेट का दाम
    सिर्फ कच्चे माल को देखकर तय करना"; "… बिना गिने फेंक देना आम बात है" → "… बिना गिने फेंक देना"), else None: in a
    "don't" section, the move it warns against, told by the article as what people do."""
    body = sentence.strip().rstrip("।").strip()
    if (common := COMMON_THING.match(body)) is not None:
        last = common["step"].split()[-1]
        return None if last[:-len("ना")] in HAPPENING else common["step"]  # ("बिजली का घंटों गायब रहना … आम बात है":
        # what happens, no move of hers)
    match = COMMON_DOING.match(body)
    if match is None or (match["rest"] and _latin_others(body)):
        return None
    words = match["rest"].split()
    for end in range(2, len(words)):  # (the first habitual verb before "हैं", then what follows it: "… डाल देती हैं
        if words[end] in ("हैं", "है"):  # जिससे …" keeps its relative clause)
            form = analyse(words[end - 1])
            if form is None or form.kind != "habitual" or (form.number != "pl" and form.gender != "f"):  # ("देती"
                # tells no number)
                return None
            step = " ".join([*words[:end - 1], form.root + "ना", *words[end + 1:]])
            return step if len(words[:end - 1]) >= 2 and "," not in " ".join(words[:end - 1]) else None
    return None


COMMON_DOING = compile_nfc(r"^(?:बहुत-सी|बहुत सी|बहुत-से|बहुत से|कई|ज़्यादातर|ज्यादातर|अधिकतर)\s+(?:नई\s+|नए\s+)?"
                           r"(?:महिलाएं|महिलाएँ|औरतें|लोग|(?:\S+\s+)?\S+\s*(?:वाले|वाली)|[A-Za-z]+s)\s+(?P<rest>.+)$")
# (those who do the work: "महिलाएं", "ठेले वाली", "technicians"; not "कई बैंक", "ज़्यादातर कंपनियां", whose ways are no
# move of hers; round 40's snapshot offered "Most insurers set a timeline …" as her friend's advice)


def _latin_others(body: str) -> bool:
    """True when the doers are named in English and are not her peers ("कई customers …")."""
    latin = re.match(r"^\S+(?:\s+\S+)?\s+(?:नई\s+|नए\s+)?([A-Za-z]+)s\s", body)
    return latin is not None and f"{latin.group(1).lower()}s" not in lexicon("hi").peer_nouns  # (the English list)


HAPPENING = frozenset(("रह", "हो", "जा", "पा", "आ", "लग", "मिल", "बन", "पड़"))  # verbs of what happens to one
COMMON_THING = compile_nfc(r"^(?P<step>(?:\S+\s+){2,16}?\S+ना)\s+(?:बहुत\s+)?आम\s+(?:बात\s+)?है$")


def common_belief(sentence: str) -> str | None:
    """What "many women think" in a sentence the article then corrects ("बहुत-सी महिलाएं मानती हैं कि अच्छा काम
    अपने-आप दिख जाता है" → "अच्छा काम अपने-आप दिख जाता है"), else None."""
    body = sentence.strip()
    match = COMMON_BELIEF.search(body)
    if not match:
        return None
    belief = match["belief"].strip()
    if not _verb_final(belief) or RELATIVE_HALF.search(belief):  # ("… branded shoes[, smartwatch और gym membership
        # चाहिए]": cut at a list's comma; "स्टॉल पर जितना ज़्यादा माल दिखेगा[, उतनी ज़्यादा बिक्री होगी]": half of a
        # correlative, round 37's held-out I24,
        whole = BELIEF_CLAUSE.match(body[match.start("belief"):])  # the belief had lost its verb or its other half)
        belief = whole["belief"].strip() if whole and _verb_final(whole["belief"].strip()) else ""
    return None if not belief or _believers_own(belief) else belief


def _believers_own(belief: str) -> bool:
    """True for a condition whose subject is the believers themselves, unsaid ("[महिला tutors मानती हैं कि] अच्छा
    पढ़ाएंगी तो parents …"): in a friend's mouth it has no subject (round 39's held-out G54)."""
    if " तो " not in belief:
        return False
    words = belief.split(" तो ", 1)[0].split()
    verb = analyse(words[-1]) if words else None
    return len(words) <= 4 and verb is not None and verb.kind == "future" and verb.number == "pl" \
        and not SUBJECTS.intersection(words)


SUBJECTS = frozenset(("मैं", "हम", "आप", "वह", "वे", "वो", "तुम", "यह", "ये", "लोग"))
RELATIVE_HALF = compile_nfc(r"(?<!\S)(?:जितना|जितनी|जितने|जैसे ही)(?!\S)")
EQUATED = compile_nfc(r"^\S+(?:\s+\S+){0,3}\s+यानी\s+\S+(?:\s+\S+){0,3}$")
BELIEF_CLAUSE = compile_nfc(r"(?P<belief>[^।]{10,200}?)(?=,\s*(?:पर|लेकिन|मगर|बल्कि)\s|।|$)")
VERB_FINAL = frozenset({"है", "हैं", "था", "थी", "थे", "थीं", "चाहिए", "होगा", "होगी", "होंगे", "हो", "हों", "जाए",
                        "जाएं", "जाएँ", "सके", "सकें"})


def _verb_final(clause: str) -> bool:
    """True when a Hindi clause ends on a verb ("… चाहिए", "… सुलझ जाएगा"), not on a noun ("… branded shoes")."""
    last = clause.split()[-1] if clause.split() else ""
    form = analyse(last) if not last.isascii() else None
    if EQUATED.search(clause):
        return True  # ("बड़ा पंप यानी ज़्यादा पानी": an equation, whole without a verb; round 36's held-out D, solar s2)
    return last in VERB_FINAL or (form is not None and form.kind in ("habitual", "future"))  # ("दिन भर तनकर": a
    # conjunctive, the clause goes on)
