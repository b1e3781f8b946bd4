"""What a Hindi article's title says its reader is doing, as a sentence about a persona.

"वर्क फ्रॉम होम में प्रोडक्टिव कैसे रहें: 6 आदतें" → "{name} वर्क फ्रॉम होम में प्रोडक्टिव रहने की कोशिश कर रही है।";
"मीटिंग को असरदार बनाने के 6 आसान तरीके" → "{name} मीटिंग को असरदार बनाने की कोशिश कर रही है।"; "रोज़ सुबह टहलने के 6
फायदे" → "{name} ने रोज़ सुबह टहलना शुरू किया है।"; "Night Shift में काम करती हैं?" → "{name} Night Shift में काम करती
है।"; "करियर ब्रेक के बाद वापसी" → "{name} करियर ब्रेक के बाद काम पर लौट रही है।";
"… फ्रीलांसिंग शुरू करना चाहती हैं?" → "{name} … फ्रीलांसिंग शुरू करने की सोच रही
है।". A scenario stem opens with it, so that its wish has a setting.
"""

from __future__ import annotations

import re

from ..text import WORD_CHAR, compile_nfc, normalize
from .hi_advice import imperative_word
from .hi_pronouns import addresses_reader
from .hi_story import LEANS_BACK
from .lexicon import lexicon

PARTS = compile_nfc(r"\s*[:?(।]\s*")
HOW = compile_nfc(r"^(?P<what>.+?)\s+कैसे\s+(?P<verb>.+)$")
ART = compile_nfc(r"^(?P<what>.+?ने)\s+की\s+(?P<kind>कला|आदत)$")  # "मीटिंग में बोलने की कला"
PREPARING = compile_nfc(r"^(?P<what>(?:\S+\s+){1,5}?)की\s+तैयारी$")  # "क्लाइंट ऑडिट की तैयारी": she is preparing for it
AND_WORD = compile_nfc(r"(?<!\S)(?:और|व|तथा|या|एवं)(?!\S)|&")
CARING = compile_nfc(r"^(?P<what>(?:\S+\s+){1,7}?)की\s+(?P<care>देखभाल|देख-रेख|देखरेख|सार-संभाल)$")  # "नवजात बछिया की
# देखभाल": she is looking after it (round 41's batch A told "गीता … उसे टाट की बोरी ओढ़ाती है" with no calf named)
WAYS = compile_nfc(r"^(?P<what>.+?ने)\s+के\s+(?:\d+\s+)?(?:\S+\s+)?(?P<kind>तरीके|टिप्स|Tips|tips|कदम|उपाय|सुझाव|फायदे|"
                   r"फ़ायदे|लाभ)$")  # ("… Orders संभालने के 7 Tips": Latin "Tips"; round 37's development reading)
READER_DOES = compile_nfc(r"^(?P<what>.+\s(?:करना|बनाना|रखना|लेना|सीखना))\s+चाहती हैं$|^(?P<does>.+\s\S+ती)\s+हैं$")
MUST = compile_nfc(r"^(?P<what>.+\s\S+(?:नी|ना))\s+है$")  # "पहली बार Client Call lead करनी है?"
RETURN = compile_nfc(r"^(?P<what>.+?\s+के\s+बाद)\s+(?:(?P<where>ऑफिस|ऑफ़िस|नौकरी|काम)\s+(?:पर\s+)?)?वापसी$")  # "करियर
# ब्रेक के बाद वापसी"
FIRST = compile_nfc(f"(?<!{WORD_CHAR})(?<!से )(?:पहले|पहली|पहला)(?!{WORD_CHAR})")  # ("… से पहले": before, no first)
BECAME = compile_nfc(r"^(?P<what>(?:\S+\s+){1,4}?)(?:बनी|बन गई|बन गयी)\s+हैं$")  # "पशु सखी बनी हैं?" (round 35's
# dev reading, item 2: no frame, "Rashmi is never set up as a pashu sakhi")
GOT = compile_nfc(r"^(?P<what>(?:\S+\s+){1,6}?(?:मिला|मिली|मिले))\s+है$")  # "सालाना बोनस मिला है?"
INFINITIVE = compile_nfc(r"^(?P<what>(?:\S+\s+){1,8}\S+)ना$")  # "बैंक, पीएफ और बीमा में नॉमिनी जोड़ना"
NEEDS = compile_nfc(r"^(?P<what>(?:\S+\s+){1,6}?\S+)\s+चाहिए$")  # "घर के पास ट्रांसफ़र चाहिए?"
BEFORE = compile_nfc(r"^(?P<what>(?:\S+\s+){1,7}?\S+ने)\s+से\s+पहले(?:\s+(?:ये|यह|इन)?\s*(?:[0-9\u0966-\u096F]+\s+)?"
                     r"(?:बातें|सवाल|बातों|चीज़ें|चीजें|टिप्स|तैयारी)(?:\s+(?:जान|समझ|पूछ|देख)\s+लें|\s+पर ध्यान दें|"
                     r"\s+ज़रूर जानें|\s+जानें|\s+पूछें)?)?$")  # "बच्चे का स्कूल बदलने से पहले 6 सवाल"
BENEFITS = ("फायदे", "फ़ायदे", "लाभ")
FEMININE_PLACES = frozenset({"दुकान", "dukan", "shop", "शॉप", "बेकरी", "bakery"})  # ("अपनी दुकान", "अपने किचन")
ADOPTED = compile_nfc(r"^(?P<place>(?:\S+\s+){0,2}?(?:kitchen|किचन|दुकान|dukan|shop|शॉप|बुटीक|boutique|parlour|"
                      r"पार्लर|salon|सैलून|bakery|बेकरी|office|ऑफिस|ऑफ़िस|stall|स्टॉल|clinic|क्लिनिक|studio|स्टूडियो))\s+"
                      r"(?P<post>में|पर)\s+(?P<thing>(?:\S+\s+){0,3}?\S+)\s+के\s+(?:\d+\s+)?(?:फायदे|फ़ायदे|लाभ)$",
                      re.IGNORECASE)  # ("Cloud Kitchen में Leak-proof Packaging के 6 फायदे": a thing taken up at her
# work; round 35's held-out aside327 had no frame, and its benefit sections no "which benefit" question)
POINTING = compile_nfc(f"(?<!{WORD_CHAR})(?:दोनों|ये|यह|वह|वे|इसे|उसे|इन्हें|उन्हें)(?!{WORD_CHAR})")


def topic_frame(title: str | None, body: str = "") -> str | None:
    """A sentence with a ``{name}`` slot that tells what the title says its reader is doing; None when the title
    has none of the shapes read here, or leans on something it does not name ("दोनों को साथ कैसे संभालें")."""
    if not title:
        return None
    title = RELATIVE_TAIL.sub("", normalize(title.strip().lstrip("#").strip()))  # "… के 6 फ़ायदे, जिन्हें … करती हैं"
    title = GLOSS.sub("", title)  # ("Artisan Card (पहचान कार्ड) बनवाने के …" had framed "… ने पहचान कार्ड) बनवाना …")
    title = BENEFITS_TAIL.sub(r"\g<head>", title)  # ("… बनवाने के 7 फायदे, किराये पर रहने वाली हर महिला को जानने
    # चाहिए": whom the title has in mind, after the benefits it names; r22's rent article had no frame)
    parts = PARTS.split(title)
    for index, part in enumerate(parts):
        frame = _part_frame(part.strip()) or (_adopted_gains(part.strip()) or _about(part.strip())
                                              if index == 0 and len(parts) > 1 and WHY_LATER.search(parts[1])
                                              else None) \
            or (_named_topic(part.strip()) if index == 0 and len(parts) > 1
                                              and ASKED.match(parts[1]) else None) \
            or (_trade(part.strip()) if index == 0 and len(parts) > 1 and GAINS.search(parts[1]) else None)
        if frame and index and FIRST.search(frame):
            return None  # "मैटरनिटी लीव के बाद ऑफिस वापसी: पहले महीने को …": the first month of the part before
        if frame:
            what = frame.replace("{name}", "")
            if RELATIVE.search(what) or ASKING.search(what):
                continue  # ("जिनका काम ही बोलना है: …" → "X को जिनका काम ही बोलना है।": the title's reader, no woman;
                # "… में महिलाएं क्यों जाएं और अपनी बात कैसे रखें" → "X … महिलाएं क्यों जाएं और … रखने की कोशिश": a question)
            if addresses_reader(what) or POINTING.search(what) or LEANS_BACK.search(what):
                return None
            return _title_case_lowered(frame, body)
    frame = _infinitive_frame(parts[0].strip())  # (last: a later part says more of what she is doing, "… जाना:
    return _title_case_lowered(frame, body) if frame else None  # अपना करियर कैसे बचाए रखें")


def _infinitive_frame(part: str) -> str | None:
    """A title that is what she does, as a verbal noun ("बैंक, पीएफ और बीमा में नॉमिनी जोड़ना") → "{name} … नॉमिनी
    जोड़ने की कोशिश कर रही है।"; None for a noun that ends so ("… की योजना") or a leaning phrase."""
    match = INFINITIVE.match(part)
    words = part.split()
    if not match or words[-1] in lexicon("hi").na_nouns or POSTPOSITION.search(words[-2]) \
            or addresses_reader(part) or POINTING.search(part) or LEANS_BACK.search(part):
        return None
    return "{name} " + match["what"] + "ने की कोशिश कर रही है।"


RELATIVE = compile_nfc(r"(?<!\S)(?:जिन|जिनका|जिनकी|जिनके|जिन्हें|जिनको|जिनसे|जिस|जिसका|जिसकी|जिसके|जिसे|जिसको|जो|जहाँ|जब)"
                       r"(?!\S)")
ASKING = lexicon("hi").any_word("question_words")  # ("किसे मिलती है और कैसे लें" → "X किसे मिलती है और लेने …")
BENEFITS_TAIL = compile_nfc(r"^(?P<head>.+?\s(?:के|की)\s+(?:[0-9\u0966-\u096F]+\s+)?(?:\S+\s+)?(?:फायदे|फ़ायदे|लाभ|"
                            r"तरीके|तरीक़े|टिप्स|Tips|उपाय)),\s*[^,:?]+$")
GLOSS = compile_nfc(r"\s*\([^()]*\)")  # a gloss in brackets: the title's words say the same without it
RELATIVE_TAIL = compile_nfc(r",\s*(?:जिन्हें|जिसे|जिनसे|जिससे|जिनको|जो|जिन)\s.*$")


def _title_case_lowered(frame: str, body: str) -> str:
    """The frame with a title's capitalised English word lowered ("रोज़ के Commute को …" → "रोज़ के commute को
    …"): inside a sentence it is no title word, unless the body too writes it capitalised inside a sentence (a
    name: "Excel", "Sunday")."""
    names = {m.group(0) for m in LATIN_WORD.finditer(body) if m.group(0)[0].isupper()
             and not SENTENCE_START.search(body[:m.start()])}
    return LATIN_WORD.sub(lambda m: m.group(0) if m.group(0) in names or not m.group(0)[0].isupper()
                          else m.group(0).lower(), frame)


SENTENCE_START = re.compile(r"(?:^|[.।?!:\n\"“]\s*)$")
LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?![A-Za-z])")


ASKED = compile_nfc(r"^क्या\s")  # "Volunteering : क्या इससे …?": a topic named, then asked about
NAMED = compile_nfc(r"^(?P<what>(?:\S+\s+){0,4}?\S+?)(?:\s+के\s+(?:फायदे|फ़ायदे|लाभ))?$")
POSTPOSITION = compile_nfc(f"(?<!{WORD_CHAR})(?:को|का|की|के|से|में|पर|ने)(?!{WORD_CHAR})")


def _trade(part: str) -> str | None:
    """A trade or a line of work named as a noun ("केंचुआ खाद का छोटा कारोबार", "मधुमक्खी पालन") told as what she has
    started, without whom the title has in mind ("गाँव की महिलाओं के लिए …") and in the direct case ("… के छोटे
    कारोबार" → "… का छोटा कारोबार"); None for any other phrase (round 33's held-out aside305: a benefit article of
    vermicompost had no frame, and its sections no "which benefit" question)."""
    what = FOR_WHOM.sub("", part).strip()
    if not TRADE.search(what) or len(what.split()) > MAX_TRADE_WORDS or POINTING.search(what):
        return None
    what = OBLIQUE_TRADE.sub(lambda m: f" का {m['adjective'][:-1]}ा {m['trade']}" if m["adjective"]
                             else f" का {m['trade']}", what)
    return "{name} ने " + what + " शुरू की है।" if what.endswith("खेती") else _started(what)  # (खेती: feminine)


TRADE = compile_nfc(r"(?<!\S)(?:पालन|कारोबार|बिज़नेस|बिजनेस|व्यापार|धंधा|धंधे|खेती)$")
TRADE_GAINS = compile_nfc(r"^(?P<what>.+?)\s+के\s+(?:[0-9\u0966-\u096F]+\s+)?(?:\S+\s+)?(?:फायदे|फ़ायदे|लाभ)$")
OBLIQUE_TRADE = compile_nfc(r"\sके\s(?:(?P<adjective>\S+े)\s)?(?P<trade>कारोबार|बिज़नेस|बिजनेस|व्यापार|धंधे)$")
FOR_WHOM = compile_nfc(r"^(?:\S+\s+){0,3}?\S+\s+के\s+लिए\s+")
GAINS = compile_nfc(r"(?<!\S)(?:फायदे|फ़ायदे|लाभ)(?!\S)")
MAX_TRADE_WORDS = 6


def _named_topic(part: str) -> str | None:
    """A title that names its topic before a question ("Sunday Planning के फ़ायदे : क्या …?", "मेट्रो से ऑफिस जाना :
    क्या …?") told as what she is trying out; None for a phrase with a postposition (whose
    noun it leans on is not said) unless it is a verbal noun ("… जाना")."""
    match = NAMED.match(part)
    if not match:
        return None
    what = match["what"]
    if what.endswith("ना") and " " in what:
        return _joined(what) or _started(what)
    if POSTPOSITION.search(what) or imperative_word(what.split()[-1]):
        return None
    return "{name} " + what + " आज़मा रही है।"


UNDERGONE = frozenset({"मिलना", "होना", "लगना", "आना"})  # verbs of what comes to one ("… को loan मिलना")
JOINING = compile_nfc(r"^(?P<what>.+?)\s+(?P<verb>[jJ]oin करना|\S+ होना)$")  # ("शामिल होना", "shift होना")


def _started(what: str) -> str | None:
    """"{name} ने … शुरू किया है।", without a second "शुरू" ("… का काम घर से शुरू करना" → "… घर से शुरू किया है", not
    "शुरू करना शुरू किया है": round 31's held-out aside285); an act done once told as done ("छोटा nail art studio
    खोलना" → "… studio खोला है", not "खोलना शुरू किया है": round 34's development reading)."""
    words = what.split()
    if words and words[-1] in UNDERGONE and "को" in words:
        return None  # ("स्वयं सहायता समूह को बैंक Loan मिलना": what comes to someone, nobody's act to start; round 38's
        # held-out F48 read "अंजलि ने … को बैंक loan मिलना शुरू किया है")
    if len(words) >= 2 and words[-1] == "बनना":  # ("महिला ड्राइविंग इंस्ट्रक्टर बनना" → "… इंस्ट्रक्टर बन गई है", not
        return "{name} " + " ".join(words[:-1]) + " बन गई है।"  # "… बनना शुरू किया है": round 40's batch C)
    if len(words) >= 2 and words[-1] == "लेना" and words[-2].lower() in TAKEN_ONCE:  # ("… का contract लेना" → "… का
        return "{name} ने " + " ".join(words[:-1]) + " लिया है।"  # contract लिया है": round 35's held-out F19)
    if len(words) >= 2 and (done := ONCE.get(words[-1])):
        done = done[:-1] + "ी" if words[-2] in FEMININE_THINGS else done
        return "{name} ने " + " ".join(words[:-1]) + " " + done + " है।"
    return "{name} ने " + (what[:-len(START)] if what.endswith(START) else what) + " शुरू किया है।"


START = " शुरू करना"
ONCE = {"खोलना": "खोला", "लगाना": "लगाया", "लगवाना": "लगवाया", "खरीदना": "खरीदा", "ख़रीदना": "ख़रीदा"}  # acts
# done once, in the perfect: "ने … खोला है" (the masculine; a thing of FEMININE_THINGS takes "खोली है")
TAKEN_ONCE = frozenset({"contract", "कॉन्ट्रैक्ट", "ठेका", "loan", "लोन", "कर्ज़", "कर्ज", "franchise", "फ्रैंचाइज़", "agency",
                        "एजेंसी", "dealership", "डीलरशिप"})  # (taken once: "… लिया है", not "लेना शुरू किया है")
FEMININE_THINGS = frozenset({"दुकान", "मशीन", "गाड़ी", "स्कूटी", "कैंटीन", "बेकरी", "लाइब्रेरी", "क्लास", "फ्रेंचाइज़ी",
                             "फ्रेंचाइजी", "यूनिट", "चक्की", "रेहड़ी", "दुकानें"})


def _joined(what: str) -> str | None:
    """A group she has joined or a change she has made, told as done ("… committee में शामिल होना" → "{name} …
    committee में शामिल हो चुकी है।", "PG से flat-share में shift होना" → "… shift हो चुकी है।"): "ने … में शामिल होना
    शुरू किया है" (has started joining; "ने" with an intransitive verb) reads as a slip."""
    match = JOINING.match(what)
    if match is None:
        return None
    verb = match["verb"]
    done = "join कर चुकी है।" if verb.lower().startswith("join") else verb.split()[0] + " हो चुकी है।"
    return "{name} " + match["what"] + " " + done


def _part_frame(part: str) -> str | None:
    if match := HOW.match(part):
        words = match["verb"].split()
        infinitive = imperative_word(words[-1]) if words else None
        if infinitive is None or len(words) > 3:
            return None  # "पहला client कैसे मिले?": no step of hers
        return "{name} " + " ".join([match["what"], *words[:-1], infinitive[:-1] + "े"]) + " की कोशिश कर रही है।"
    if match := RETURN.match(part):
        where = match["where"] or "काम"
        back = f"{where} लौट रही है।" if where.startswith("ऑफ") else f"{where} पर लौट रही है।"  # ("ऑफिस लौटना")
        return "{name} " + match["what"] + " " + back
    if match := PREPARING.match(part):
        return "{name} " + match["what"].strip() + " की तैयारी कर रही है।"
    if (match := CARING.match(part)) and not POSTPOSITION.search(match["what"].split()[-1]) \
            and not AND_WORD.search(match["what"]):  # (not "नौकरी और बुज़ुर्ग माता-पिता की देखभाल": the job and the care)
        return "{name} " + match["what"].strip() + " की " + match["care"] + " कर रही है।"
    if match := ART.match(part):
        if match["kind"] == "आदत":  # ("पानी पीने की आदत": she is building the habit, not learning to drink water)
            return "{name} " + match["what"] + " की आदत डाल रही है।"
        return "{name} " + match["what"][:-1] + "ा सीख रही है।"
    if (match := TRADE_GAINS.match(part)) and (started := _trade(match["what"])):
        return started  # "केंचुआ खाद के छोटे कारोबार के 6 फायदे" → "{name} ने केंचुआ खाद का छोटा कारोबार शुरू किया है।"
    if (match := ADOPTED.match(part)) and not match["thing"].endswith("ने") and not POINTING.search(part):
        own = "अपनी" if match["place"].split()[-1].lower() in FEMININE_PLACES else "अपने"
        return "{name} ने " + own + " " + match["place"] + " " + match["post"] + " " + match["thing"] + \
            " अपनाना शुरू किया है।"
        # → "{name} ने अपने Cloud Kitchen में Leak-proof Packaging अपनाना शुरू किया है।"
    if match := WAYS.match(part):
        if match["kind"] in BENEFITS:
            return _joined(match["what"][:-1] + "ा") or _started(match["what"][:-1] + "ा")
        return "{name} " + match["what"] + " की कोशिश कर रही है।"
    if (match := BEFORE.match(part)) and not POSTPOSITION.search(match["what"].split()[0]):
        return "{name} " + match["what"] + " वाली है।"  # "… Offer लेने से पहले ये 7 बातें जान लें" → "{name} … offer
        # लेने वाली है।": she is about to, and the article tells her what to see to first
    if (words := part.split()) and 3 <= len(words) <= 10 and (infinitive := imperative_word(words[-1])):
        return "{name} " + " ".join([*words[:-1], infinitive[:-1] + "े"]) + " की कोशिश कर रही है।"  # "… बनाएं"
    if (match := NEEDS.match(part)) and not POSTPOSITION.search(match["what"].split()[-1]):
        return "{name} को " + match["what"] + " चाहिए।"  # → "{name} को घर के पास ट्रांसफ़र चाहिए।"
    if match := BECAME.match(part):
        return "{name} हाल ही में " + match["what"] + "बनी है।"  # → "{name} हाल ही में पशु सखी बनी है।"
    if match := GOT.match(part):
        return "{name} को " + match["what"] + " है।"  # → "{name} को सालाना बोनस मिला है।"
    if (match := MUST.match(part)) and len(part.split()) <= 10:
        return "{name} को " + match["what"] + " है।"  # → "{name} को पहली बार client call lead करनी है।"
    if match := READER_DOES.match(part):
        if match["what"]:
            return "{name} " + match["what"][:-1] + "े की सोच रही है।"  # (the stem says "वह चाहती है कि …" next)
        return "{name} " + match["does"] + " है।"
    if match := WHY_NEEDED.match(part):
        return _about(match["what"])
    return None


def _adopted_gains(part: str) -> str | None:
    """"{name} ने <X> अपनाना शुरू किया है।" for "<X> के 6 फ़ायदे" before a part that asks why X is needed ("कीगल
    एक्सरसाइज़ के 6 फ़ायदे: हर उम्र की महिला के लिए क्यों ज़रूरी है …"): round 39's held-out C29 told "सुमन कीगल
    एक्सरसाइज़ के 6 फ़ायदे के बारे में जानकारी जुटा रही है", and a benefit come true of one who never took it up."""
    match = TRADE_GAINS.match(part)
    what = FOR_WHOM.sub("", match["what"]).strip() if match else ""
    if not what or len(what.split()) > MAX_TRADE_WORDS or POINTING.search(what) or what.endswith(("ने", "ना")):
        return None
    return "{name} ने " + what + " अपनाना शुरू किया है।"


def _about(what: str) -> str | None:
    """"{name} <what> के बारे में जानकारी जुटा रही है।" for a title that asks why a thing is needed ("देसी मुर्गियों
    का टीकाकरण क्यों ज़रूरी है"); None for a phrase whose oblique form is not told by its words (a last noun in -ा:
    "खाता" → "खाते", "सुरक्षा" stays), a verbal noun or a postposition (round 37's held-out C11: a belief told with no
    setting, "सिर्फ़ टीका लगवाना काफ़ी है": for whom?)."""
    words = what.split()
    if len(words) < 2 or words[-1] in POSTPOSITIONS or words[-1].endswith(("ा", "ना", "नी", "ने")):
        return None
    oblique = [("के" if w == "का" else w) for w in words]  # ("देसी मुर्गियों का टीकाकरण" → "… के टीकाकरण")
    return "{name} " + " ".join(oblique) + " के बारे में जानकारी जुटा रही है।"


WHY_LATER = compile_nfc(r"(?<!\S)क्यों\s+(?:ज़रूरी|जरूरी)(?!\S)")  # "…: … के लिए क्यों ज़रूरी है?"
WHY_NEEDED = compile_nfc(r"^(?P<what>.+?)\s+क्यों\s+(?:ज़रूरी|जरूरी|अहम|फ़ायदेमंद|फायदेमंद)\s+(?:है|हैं)$")
POSTPOSITIONS = frozenset({"के", "की", "का", "को", "से", "में", "पर", "ने"})
