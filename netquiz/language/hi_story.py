"""Hindi pieces for stories and statements: first-person results, actions in any person, comparisons.

``first_person_result(causal, "f")`` turns "आपको नया अवसर मिलेगा" into "मुझे नया अवसर मिला" (for an
interview answer); ``action_in(action, "second")`` turns "उसकी मदद करना" into "आपकी मदद करना";
``contrast_pairs`` reads "आपके बायोडाटा से अधिक आपके बातचीत के कौशल पर …" as ("बायोडाटा", "बातचीत के कौशल").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import WORD_CHAR, any_literal, compile_nfc, normalize
from .base import Causal
from .hi_anecdote import retold as retold  # (the Story protocol's, re-exported)
from .hi_patterns import END_PUNCT, GENITIVES, sentence, strip_discourse
from .hi_pronouns import addresses_reader, to_first_person
from .hi_shown import gains as gains  # (the Story protocol's, re-exported)
from .hi_shown import shown as shown  # (the Story protocol's, re-exported)
from .hi_verbs import ROOTS, VOWEL_ROOTS, analyse, conjugate, find_verb_group
from .lexicon import lexicon

PERSON_WORDS = {
    "first": {"उसे": "मुझे", "उसका": "मेरा", "उसकी": "मेरी", "उसके": "मेरे", "उससे": "मुझसे", "उसने": "मैंने",
              "उसमें": "मुझमें", "वह": "मैं", "उस": "मुझ"},
    "second": {"उसे": "आपको", "उसका": "आपका", "उसकी": "आपकी", "उसके": "आपके", "उससे": "आपसे",
               "उसने": "आपने", "उसमें": "आपमें", "वह": "आप", "उस": "आप"},
}
PRONOUN_AFTER_NAME = {"": "वह", "को": "उसे", "का": "उसका", "की": "उसकी", "के": "उसके", "से": "उससे",
                      "ने": "उसने", "में": "उसमें", "पर": "उस पर"}
# "X होता है" takes an experiencer (उसे अभ्यास होता है) only for nouns of experience; "मन हल्का होता है" has
# its own subject. "मिलता है" always does (उसे अवसर मिलता है).
EXPERIENCE_NOUNS = {"अभ्यास", "अनुभव", "एहसास", "अहसास", "ज्ञान", "फायदा", "फ़ायदा", "लाभ", "पता", "यकीन",
                    "भरोसा", "महसूस", "अंदाज़ा", "अंदाजा", "मौका", "अवसर"}
STAYED = {"रहा": "लगा", "रही": "लगी", "रहे": "लगे"}
WENT = {"गया": "लगा", "गई": "लगी", "गए": "लगे"}
DANGLING_START = compile_nfc(
    r"^(?:ऐसे में|इससे|इस से|इसके(?! बजाय)|इसलिए|इस तरह|यही|"
    r"यह(?!\s+(?:\S+\s+){0,3}?(?:पता|समझ|मालूम|याद|साफ़|साफ|दिख)\S*\s+(?:\S+\s+){0,4}?कि\s)|ये|"  # ("यह कभी पता नहीं
    # चलता कि …": what the "कि" clause says, no word before; round 40's development batch A)
    r"वे(?! लोग)(?!\s+(?:\S+\s+){1,6}?(?:जो|जिन्हें|जिनसे)\s)|"  # ("वे बारीकियां … जो …": the clause says which)
    r"वो(?! लोग)|उन्हें|उनसे|उनका|उनकी|उनके|इन्हें|इनसे|जो कि|नीचे(?! से)|"
    r"साथ ही|इसी|इनकी|इनका|इनके|इनमें|इनको|इन्हीं|इसका|इसकी|इसमें|इसे|इसको)(?![\u0900-\u0963\u0966-\u097F])"
)
DANGLING_ANYWHERE = compile_nfc(r"(?:ऐसे में|जो कि(?![\u0900-\u097F])|निम्नलिखित|इस दौरान|इसी दौरान|"
                                r"(?<!\S)इसी में (?:आता|आती|आते)(?!\S)|"  # ("… भी इसी में आता है": under what? round
                                # 43's put-aside G56, a sample answer told from its last two sentences)
                                r"(?:^|(?<=कि ))(?:बात|मामला) (?:\S+ ){0,2}(?:साफ|सुलझ|खत्म|ख़त्म|निपट)|"  # ("… पाया कि
                                # बात मिनटों में साफ हो गई": which matter? round 33's development item 10)
                                r"इसके साथ|वहीं से|वहीं पर|^वहां |^वहाँ |वह उसे |वह उसको |"
                                r"(?<!, )(?:इसके|उसके) बाद ही|"  # ("… की बात इसके बाद ही सोचना": after what? round 33's
                                # held-out item B30)
                                r"(?<!\S)(?:यहीं|वहीं) (?:सबसे|अक्सर|ज़्यादा|ज्यादा|कई)|"  # ("यहीं सबसे ज़्यादा गलतियाँ होती
                                # हैं": here, where? round 32's held-out item D5)
                                r"(?<!\S)(?:नीचे|ऊपर) (?:की|के|दी|दिए|दिया|लिखी|लिखे|बताई|बताए|बताया) |"  # ("नीचे की
                                # बातें समझ लेना": the points below the intro, not in the question; reading165)
                                r"चाहती है कि (?:यह|ये|इससे|इसका|इसकी) |यह आदत|ये आदतें|इन आदतों|"
                                r"^(?!.*\S(?:ते|ती|ने) ही )(?:.*\s)?उसी (?:वक़्त|वक्त|पल|समय)(?!.* जब )|"  # ("लॉकर खुलते ही …
                                # उसी समय": the time its own sentence names)
                                r"(?:^|वह |कि |ने )भी |(?<!से )(?<!\S)पहले वाल[ेीा](?!\S)|"  # ("पहले वाले का अंश")
                                # "… प्लेट ऊपर रख देना": on top of what? "खत्म होते ही …": as soon as what runs out?
                                r"(?<!के )(?<!से )(?<!थोड़ी )(?<!थोड़ा )(?<!थोड़े )(?<!\S)(?:ऊपर|नीचे) "
                                r"(?:रख|रखें|रखना|रख दें|रख देना)|"  # (not "रकम थोड़ी ऊपर रखना": higher)
                                r"^\S+ (?:होते|होती) ही )")
# "उतनी ही एकाग्रता", "बाकी लोगों", "बाद में": a comparison or a time that needs the sentence before it (fine
# inside a quoted sentence of the article, not in a stem or an option that stands alone)
POINTS_BACK = compile_nfc(r"(?:उतनी|उतना|उतने) ही (?!.*जितन)|(?:^| )बाकी (?!सब|जगह)|पहले जैसी |वैसा ही |वैसी ही |"
                          r"नहीं \S+(?:ता|ती|ते),\s+और\s")  # (a habitual left before "…, और <future>")
THEY_RE = compile_nfc(f"(?<!{WORD_CHAR})(?:वे|वो|उन्हें|उनसे|उनका|उनकी|उनके|उनको|उनमें)(?!{WORD_CHAR})(?! लोग)")
PLURAL_ANTECEDENTS = ("लोग", "साथी", "साथियों", "सहकर्मी", "सहकर्मियों", "दोस्त", "सहेलियाँ", "सहेलियों", "मेंटर",
                      "संपर्क", "परिचित", "अधिकारी", "अधिकारियों", "दूसरों",
                      # an honorific "उनकी" stands for one respected person named before it
                      "manager", "मैनेजर", "बॉस", "boss", "client", "क्लाइंट", "टीचर", "डॉक्टर", "माँ", "पिता",
                      "interviewer", "इंटरव्यूअर", "HR", "recruiter", "ग्राहक", "ग्राहकों", "customer", "मरीज़",
                      "मरीज", "मरीज़ों", "बुज़ुर्ग", "बुजुर्ग", "बच्चे", "बच्चों", "माता-पिता", "parents")  # ("डिवाइस
# ग्राहक की ओर घुमाएँ और उन्हें खुद नंबर डालने दें": the customer, honoured; round 28's held-out reading, bank mitra s1)
CONTRAST_RE = compile_nfc(
    r"(?P<a>(?:\S+\s+){0,2}?\S+)\s+से\s+(?:कहीं\s+)?(?:अधिक|ज्यादा|ज़्यादा|बढ़कर)\s+(?P<b>(?:\S+\s+){0,4}?\S+)\s+"
    r"(?P<post>पर|को|में)(?=\s)"
)
POSSESSIVE = {"आपके", "आपका", "आपकी", "उसके", "उसका", "उसकी", "मेरे", "मेरा", "मेरी", "अपने", "अपना", "अपनी",
              "तो", "कि", "इससे", "सिर्फ", "सिर्फ़", "केवल", "में", "लेकिन", "पर", "बल्कि", "भी", "ही", "असल",
              "दरअसल", "वास्तव"}
WEIGHT_NOUNS = {"महत्व", "महत्त्व", "अहमियत", "ध्यान", "जोर", "ज़ोर", "तवज्जो"}


def action_in(action: str, person: str) -> str:
    """An infinitive action told for the first (मेरी …) or second (आपकी …) person."""
    words = PERSON_WORDS[person]
    return " ".join(words.get(w, w) for w in action.split())


def oblique(action: str) -> str | None:
    """The infinitive as an oblique ("बात करना" → "बात करने"), for "… करने से"."""
    words = action.rstrip(END_PUNCT).split()
    if not words or not words[-1].endswith("ना"):
        return None
    joined = [w[:-3] + "ने," if w.endswith("ना,") else w[:-1] + "े" if w.endswith("ना") and after in ("और", "या")
              else w for w, after in zip(words[:-1], words[1:], strict=True)]  # ("… रखना, … लगाने": each step of
    return " ".join(joined + [words[-1][:-1] + "े"])  # a list takes the oblique, "… रखने, … लगाने से")


def first_person_result(causal: Causal, gender: str) -> str | None:
    """The effect as something that already happened to me ("मुझे नया अवसर मिला"), no final danda; None when a
    clause keeps its present tense ("… समझ आ जाता है कि …, और … आसान हो गया")."""
    done = _first_person_result(causal, gender)
    return None if done is None or PRESENT_LEFT.search(done) else done


PRESENT_LEFT = compile_nfc(r"\S(?:ता|ती|ते) (?:है|हैं)(?=[\s,।]|$)")


def _first_person_result(causal: Causal, gender: str) -> str | None:
    """The effect as something that already happened to me ("मुझे नया अवसर मिला"), no final danda."""
    effect = causal.effect.strip().rstrip(END_PUNCT)
    if addresses_reader(effect):
        text = to_first_person(effect, gender)
    else:
        text = effect
        if needs_experiencer(text) and not text.startswith(("मुझे", "मेरे")):
            text = "मुझे " + text
    words = [w for w in text.split() if w != "भी"]
    clauses = re.split(r",?\s+और\s+", " ".join(words))  # ("गुंजाइश नहीं रहती, और …": both clauses)
    if len(clauses) > 1 and all(find_verb_group(c.split()) for c in clauses):  # "समय बचता है और … हो जाते हैं"
        done = [_perfective(c.split()) for c in clauses]
        return None if None in done or addresses_reader(" ".join(words)) else " और ".join(d for d in done if d)
    return None if addresses_reader(" ".join(words)) else _perfective(words)


def _perfective(words: list[str]) -> str | None:
    """One clause's final verb group in the perfective ("बढ़ता है" → "बढ़ने लगा", "मिलता है" → "मिला")."""
    group = find_verb_group(words)
    new = conjugate(group, "perfective") if group else None
    if not new or group is None:
        return None
    if new[-1] in STAYED:  # "याद रहा" reads as over and done: a state that set in is "याद रहने लगा"
        new = new[:-1] + ["रहने", STAYED[new[-1]]]
    elif len(new) >= 2 and new[-1] in WENT and (form := analyse(new[-2])) and form.kind == "habitual":
        new = new[:-2] + [form.root + "ने", WENT[new[-1]]]  # "कम होता गया" → "कम होने लगा"
    return " ".join(words[: group.start] + new)


def needs_experiencer(clause: str) -> bool:
    """True when the clause's verb wants someone to whom it happens: "… मिलता है", "अभ्यास होता है"."""
    words = clause.split()
    group = find_verb_group(words)
    form = analyse(group.finite) if group else None
    if group is None or form is None:
        return False
    inner = analyse(group.main[-1]) if group.main else None
    root = inner.root if inner and form.root in ("सक", "पा") else form.root
    before = words[group.start - 1] if group.start else ""
    if "को" in words[:group.start]:
        return False  # ("ऑडिटर को अलग-अलग जवाब नहीं मिलते": it has one; "उसे ऑडिटर को …" would give it two)
    return root == "मिल" or (root == "हो" and before in EXPERIENCE_NOUNS)


def reader_effect(causal: Causal) -> str:
    """The effect as the article states it, without a trailing danda or a leading "भी"."""
    return " ".join(w for w in causal.effect.strip().rstrip(END_PUNCT).split() if w != "भी")


def pronominalize(text: str, name: str) -> str:
    """Replace the persona's first mention with a pronoun ("मीरा को" → "उसे"), for a stem that named her."""
    words = text.split()
    for index, word in enumerate(words):
        if word == name:
            following = words[index + 1] if index + 1 < len(words) else ""
            suffix = following if following in PRONOUN_AFTER_NAME else ""
            replacement = PRONOUN_AFTER_NAME[suffix].split()
            return " ".join(words[:index] + replacement + words[index + 1 + bool(suffix):])
    return text


MEASURES = frozenset({"ज़रूरत", "जरूरत", "हद", "सीमा", "उम्मीद", "अंदाज़े", "अंदाजे", "पहले", "सोच",
                      "घंटों", "घंटे", "दिनों", "मिनटों", "हफ़्तों", "हफ्तों", "महीनों", "सालों", "रुपयों", "दर"})
# "ज़रूरत से ज़्यादा लोगों को CC करना": more than needed, no weighing of "ज़रूरत" against "लोग"; "तय घंटों से ज़्यादा
# काम": more work than the hours set (r22 item 44 read "more weight to work than to the hours")
CUT_OFF = frozenset({"के", "की", "का", "को", "से", "में", "पर", "ने"})  # ("[पार्लर] के महँगे पैकेज": its noun cut off)
MORE_OF = frozenset({"असर", "फ़ायदा", "फायदा", "फ़र्क", "फर्क", "नुकसान", "समय", "पैसा", "मेहनत", "काम"})  # "ज़्यादा असर …
# दिखता है": "more effect", no weight given to B over A


@lru_cache(maxsize=4096)
def contrast_pairs(source: str) -> list[tuple[str, str]]:
    """(what counts less, what counts more) for "A से अधिक B पर/को/में …" comparisons."""
    pairs: list[tuple[str, str]] = []
    if not _compares(source):
        return pairs
    for match in CONTRAST_RE.finditer(source):
        a = _trim(match.group("a").split(), from_start=False)
        b = _trim(match.group("b").split(), from_start=True)
        if len(a) >= 2 and a[0] in OUTCOME_SUBJECTS:
            a = a[1:]  # ("कमाई speed से कहीं ज़्यादा सही entries पर टिकी होती है": what earnings rest on, "कमाई" the
            # subject, not a side; round 29's first held-out batch, item 16: "बस कमाई speed पर ध्यान दो")
        if a and b and len(a) <= 3 and not any(analyse(w) for w in a + b) and not any(QUANTITY.match(w) for w in a) \
                and a[0] not in CUT_OFF and b[0] not in MORE_OF and a[-1] not in MEASURES and a[-1] not in AT_MOST \
                and a[0] not in PRONOUNS and a[0] not in CLAUSE_OPENERS and not POINTED.match(" ".join(b)) \
                and not (AHEAD.match(" ".join(b)) and " कि " in source[match.start("b"):]):
            pairs.append((" ".join(a), " ".join(b)))
    return pairs


OUTCOME_SUBJECTS = frozenset(normalize(w) for w in ("कमाई", "सफलता", "तरक्की", "तरक़्की", "बिक्री", "नतीजा", "नतीजे",
                                                   "सेहत", "income", "growth"))
# "वह दाम से ज़्यादा इस बात पर ध्यान देती है कि …": "वह" is the subject, "इस बात" the कि clause ahead (reading175
# item 108: "वह दाम" and "इस बात" offered as things)
PRONOUNS = frozenset(normalize(w) for w in ("वह", "वे", "यह", "ये", "वो"))
# "…, जबकि होटल तेज़ी से ज़्यादा भरोसे … को देखते हैं": a clause's opener and its subject before the thing weighed
# (round 28's development batch: "सलाह ठीक है: … जबकि होटल तेज़ी को दी जाती है")
CLAUSE_OPENERS = frozenset(normalize(w) for w in ("जबकि", "लेकिन", "पर", "मगर", "बल्कि", "और", "तो", "क्योंकि",
                                                  "इसलिए", "फिर"))
POINTED = compile_nfc(r"^(?:इस|उस|इन|उन|इसी|उसी)\s+(?:बात|बातों|चीज़|चीज|चीज़ों|चीजों)(?!\S)")
# "… marks से ज़्यादा इस भरोसे में होता है कि बच्चा …": "इस भरोसे" is the कि clause ahead, which the side leaves out
# (round 26's development batch: "सलाह ठीक नहीं है: … इस भरोसे को दी जाती है")
AHEAD = compile_nfc(r"^(?:इस|उस|इन|उन|इसी|उसी)\s")


# "ज़्यादा से ज़्यादा दो बेटियों के नाम पर": "at most", an idiom, no comparison (reading131 items 53, 69)
AT_MOST = frozenset(normalize(w) for w in ("ज़्यादा", "ज्यादा", "अधिक", "कम"))
# "बारह घंटे से ज़्यादा …", "दो हफ़्ते से अधिक": more than an amount, no comparison of two things
QUANTITY = compile_nfc(r"^(?:[0-9\u0966-\u096F]+|एक|दो|तीन|चार|पाँच|पांच|छह|छः|सात|आठ|नौ|दस|ग्यारह|बारह|पंद्रह|बीस|"
                       r"पच्चीस|तीस|चालीस|पचास|सौ|हज़ार|हजार|लाख|करोड़|आधा|आधे|आधी|तिहाई|चौथाई|डेढ़|ढाई|कुछ|कई)"
                       r"(?:\s|$)")
# ("आज 30 करोड़ से ज़्यादा घरों में": a count anywhere before "से", reading143 items 1, 6; "15 से 49 साल की आधी से
# ज़्यादा महिलाओं में": more than half, reading183 items 89, 98)


@lru_cache(maxsize=4096)
def swap_contrast(source: str) -> str | None:
    """The sentence with its comparison reversed, in place ("A से अधिक B पर" → "B से अधिक A पर")."""
    if not _compares(source):
        return None
    for match in CONTRAST_RE.finditer(source):
        pairs = contrast_pairs(match.group(0) + " ")
        if pairs:
            a, b = pairs[0]
            span = match.group(0)
            if any(mark in span for mark in QUOTE_MARKS):
                return None  # ("मैं अच्छी टीम प्लेयर हूँ" जैसे दावे से …: a quotation's words are no compared thing)
            swapped = span.replace(a, "\0").replace(b, a).replace("\0", b)
            return source[: match.start()] + swapped + source[match.end():]
    return None


QUOTE_MARKS = ('"', "“", "”")


def _compares(source: str) -> bool:
    """A quick test before :data:`CONTRAST_RE` (whose search backtracks at every word): a comparison word."""
    return "से" in source and any(word in source for word in COMPARING)


COMPARING = tuple(normalize(w) for w in ("अधिक", "ज्यादा", "ज़्यादा", "बढ़कर"))


def _trim(words: list[str], from_start: bool) -> list[str]:
    """Drop possessives: the leading ones (``from_start``) or everything up to the last one."""
    if from_start:
        while words and (words[0] in POSSESSIVE or words[0] in WEIGHT_NOUNS):
            words = words[1:]
        return words
    kept: list[str] = []
    for word in reversed(words):
        if word in POSSESSIVE or word.endswith(","):
            break
        kept.insert(0, word)
    return kept


def persona_phrase(phrase: str) -> str:
    """A phrase of the article told about the persona (Hindi phrases carry no possessive here)."""
    return phrase


def name_them(cause: str, effect: str) -> str:
    """An effect that opens with वे/वो, when the cause names the people: "वे …" → "वे लोग …"."""
    words = effect.split()
    if words and words[0] in ("वे", "वो") and any(w in cause for w in PLURAL_ANTECEDENTS):
        return " ".join(["वे", "लोग", *words[1:]])
    return effect


LONE_WHEN = compile_nfc(r"(?<!\S)जब(?!\s+(?:तक|से)(?!\S))(?!\S)")
MAIN_AFTER_WHEN = compile_nfc(r",|(?<!\S)(?:तो|तब|तभी|वह|वो|वे)(?!\S)")
NO_VERB_BEFORE_WHEN = compile_nfc(r"(?<!\S)(?:बजाय|कि)\s*$")  # (no main clause before it: "… के बजाय जब …"; "… बताइए
# जब आपने …" has its verb, "उन घंटों में जब …" its noun)


@lru_cache(maxsize=65536)
def dangling(text: str) -> bool:
    """True when ``text`` leans on something outside it (ऐसे में, इससे, जो कि, वे without antecedent)."""
    body = text.strip().lstrip("“\"‘").strip()
    if DANGLING_START.match(body) or ((_holds_any(body, ANYWHERE_LITERALS) or body.startswith(ALSO_FIRST))
                                      and DANGLING_ANYWHERE.search(body)):
        return True
    if _holds_any(body, IN_IT_LITERALS) and IN_IT.search(FIRST_CLAUSE_END.split(body, maxsplit=1)[0]):
        return True
    if "," in body and BARE_GIVING.search(body):
        return True  # ("पहले nurse से पूछना, फिर देना": gives what? the heading's "कुछ भी खाने-पीने को" left out; round
        # 27's held-out reading, items 5, 6, 8)
    counted = COUNTED_LIST.search(body) if _holds_any(body, LIST_NOUNS) else None
    if counted and "," not in body[:counted.start()] and not LIST_FOLLOWS.search(body[counted.end():]):
        return True  # ("दो बातें पहले से जान लेना": which two, the question does not say; "तीन सवाल पूछें: …" says,
        # and "थोड़ी तैयारी, साफ बातचीत और …, यही तीन चीज़ें …" has said)
    if _holds_any(body, SAME_ONE_LITERALS) and _same_one(body):
        return True
    if "तब" in body and "जब" not in body and LONE_THEN.search(body):
        return True  # ("… नए ग्राहक उसे तब ढूंढ लें": then when? its "जब …" clause cut; round 44's batch C2, item 28)
    when = LONE_WHEN.search(body) if "जब" in body else None
    if when and not MAIN_AFTER_WHEN.search(body[when.end():]) and NO_VERB_BEFORE_WHEN.search(body[:when.start()]):
        return True  # ("… आठ dishes बनाने के बजाय जब आठ अलग रसोइयों से dishes आईं।": a when-clause without its main
        # one; round 35's snapshot)
    match = THEY_RE.search(body) if _holds_any(body, THEY_LITERALS) else None
    return match is not None and not any(word in body[: match.start()] for word in PLURAL_ANTECEDENTS) \
        and not WHO_BEFORE.search(body[: match.start()]) and not WHO_AFTER.match(body[match.start():]) \
        and not _after_participle(body[: match.start()])  # ("… सैंपल हैंपर बनाकर उनकी फोटो … भेजें": the
    # participle's object, in the same sentence; round 30's last held-out batch, rakhi s2)


LONE_THEN = compile_nfc(r"(?<!\S)(?<!,\s)तब(?!\S)(?!\s+से(?!\S))")  # (not "तब से", since then, nor "… अलग हो, तब भी
# …": its condition just before)


def _after_participle(before: str) -> bool:
    """True when the text before a pronoun ends on a "-कर" participle ("… खर्च लिखकर [उस पर]", "… हैंपर बनाकर
    [उनकी फोटो]"): the pronoun stands for the participle's object, in the same sentence."""
    words = before.split()
    return bool(words) and words[-1].endswith("कर")


def _same_one(body: str) -> bool:
    """True for "यही काम", "उसी रजिस्टर", "बाकी 19,000": the very thing a sentence before named (round 30's
    development batch, items 11, 24, 26). Not one the sentence names itself: before the word ("…, यही सही दूरी है",
    "… master resume बनाकर रखें और हर job के लिए उसी में से चुनें"), after it ("यही होती है कि …", "यही आता है: …",
    "उसी कमरे तक … जहां …"), nor a time ("उसी महीने")."""
    for match in SAME_ONE.finditer(body):
        before, after = body[:match.start()], body[match.end():]
        if match["word"] == "बाकी":
            if DIGIT_NEXT.match(after):
                return True
            continue
        noun = after.split()[0].strip(",।") if after.split() else ""
        if match["word"] in ("ऐसे", "ऐसी", "ऐसा") and not before.strip() and SUCH_NOUN.match(after) \
                and SHOWN_THAT.match(after):
            return True  # ("ऐसे सवाल दिखाते हैं कि आप …": which questions? round 43's put-aside G58)
        if match["word"] == "यही" and THEN_BEFORE.search(before) and SUCH_NOUN.match(after) and noun not in before:
            return True  # ("जब आप … जाएंगी, तो यही bills दिखाते हैं कि …": a condition before it names no bills, and
            # what follows is what they show; round 43's batch A, item 13)
        if TIME_NEXT.match(after) or SAID_AFTER.match(after) or RELATIVE.search(after) or THAT_AFTER.search(after) \
                or RELATIVE.search(before):  # ("जिस तरह …, उसी भरोसे से …": the pair names it)
            continue
        if match["word"] in ("यही", "ऐसा", "ऐसी", "ऐसे") and CLAUSE_BEFORE.search(before):
            continue
        if match["word"] == "ऐसा" and SUCH_HAPPENS.match(after):
            return True  # ("… महीने में दो-तीन बार ऐसा हो जाए तो …": what happens, the sentence before told; round
            # 43's batch C, item 22)
        if match["word"] in ("ऐसा", "ऐसी", "ऐसे") and not SUCH_NOUN.match(after):
            continue  # ("ऐसे में", "ऐसा करने से", "ऐसा लगता है": no thing named before)
        if match["word"] == "उसी" and (noun in before or AND_BEFORE.search(before)):
            continue
        return True
    return False


SAME_ONE = compile_nfc(r"(?<!\S)(?P<word>यही|उसी|बाकी|ऐसा|ऐसी|ऐसे)(?!\S)")
# "ऐसा माल", "ऐसी चीज़ें": a noun after it, not a verb, a postposition or "ही"/"भी"/"कोई" (round 30's held-out item D33)
SUCH_NOUN = compile_nfc(r"^\s+(?!(?:में|करने|करके|करना|करें|कुछ|कोई|किसी|ही|भी|नहीं|न|हो|होता|होती|होने|लगता|लगे|लग|लगती|"
                        r"कहना|कहने|कहें|सोचना|सोचने|एक|दो|तीन|कई|बहुत|बिल्कुल|तब|जब|क्यों|क्या|है|हैं|था|थी|आता|आती|आते|"
                        r"आए|रहता|रहती|रहे|होगा|होगी|होंगे|बनता|बनती|लगा|लगी|हुआ|हुई|करती|करता|करते)(?!\S))"
                        r"[^\s,।]+(?!\S)")
SUCH_HAPPENS = compile_nfc(r"^\s+(?:ही\s+)?(?:हो|होने|हुआ|होता|होती|हुई)(?![^\s।,.])")  # ("… के साथ पिछले साल ऐसा ही हुआ")
SHOWN_THAT = compile_nfc(r"^\s+\S+(?:\s+\S+){0,3}?\s+(?:है|हैं|था|थे|थी)\s+कि(?!\S)")  # ("ऐसे सवाल दिखाते हैं कि …":
# what they show, not which they are)
DIGIT_NEXT = compile_nfc(r"^\s+[\d०-९]")
TIME_NEXT = compile_nfc(r"^\s+(?:दिन|रात|सुबह|शाम|समय|वक्त|वक़्त|पल|हफ्ते|हफ़्ते|महीने|साल|दौरान|तरह|तरफ़|तरफ)(?!\S)")
SAID_AFTER = compile_nfc(r"^(?:\s+\S+){0,3}?\s*(?:कि(?!\S)|:)")
THAT_AFTER = compile_nfc(r"(?<!\S)(?:कि|जिनसे)(?!\S)")  # (with :data:`RELATIVE`: the clause that names it)
CLAUSE_BEFORE = compile_nfc(r",|(?<!\S)(?:और|लेकिन)(?!\S)")
THEN_BEFORE = compile_nfc(r"(?<!\S)तो\s*$")  # ("…, तो यही …": the clause before is a condition, no thing named)
AND_BEFORE = compile_nfc(r"(?<!\S)और(?!\S)")
SAME_ONE_LITERALS = any_literal(tuple(normalize(w) for w in ("यही", "उसी", "बाकी", "ऐस")))


# "जिन महिलाओं की माहवारी बंद हो चुकी है, वे …": the relative clause before "वे" names them (reading168 item 79: the
# sentence for her case was passed over as leaning on the one before)
WHO_AFTER = compile_nfc(r"^(?:वे|वो)\s+(?:\S+\s+){1,6}?(?:जो|जिन्हें|जिनसे|जिनकी|जिनका|जिनके)\s")  # ("वे बारीकियां
# समझ आती हैं जो किसी किताब … में नहीं मिलतीं": the relative clause says which; round 33's held-out B, silai s2)
WHO_BEFORE = compile_nfc(r"(?<!\S)(?:जो|जिन|जिन्हें|जिनके|जिनकी|जिनका|जिनसे|जिनको|जिनमें|जिन्होंने)\s[^,।]*,\s*$")
# (right before it, a comma closing the clause: "ऐसी बातें, जो वे खुद नहीं बताते, …" has its "वे" inside the clause)


FIRST_CLAUSE_END = re.compile(r",| कि ")
# A clause of a time word and a transitive verb alone, after a comma: its object is left out
BARE_GIVING = compile_nfc(r",\s*(?:फिर|तब|उसके बाद|बाद में)?\s*(?:दे|ले|रख|भेज|डाल|बता|कर|खिला|पिला)(?:ना|ें|ें।|नी|ती|ता|ते)?"
                          r"(?:\s+(?:है|हैं))?[।.]?\s*$")
COUNTED_LIST = compile_nfc(r"(?<!\S)(?:" + "|".join(lexicon("hi").count_words) + r")\s+(?:"
                           + "|".join(lexicon("hi").list_nouns) + r")(?!\S)")
LIST_FOLLOWS = compile_nfc(r"[:—–]|(?<!\S)(?:जैसे|यानी)(?!\S)")


def _holds_any(text: str, literals: re.Pattern[str]) -> bool:
    """True when ``text`` holds one of ``literals`` (their :func:`~netquiz.text.any_literal` pattern, made once): a
    pattern that needs one of them is searched only then (the searches are most of the time :func:`dangling`
    takes, and most texts hold none)."""
    return literals.search(text) is not None


# The words each pattern needs (one of them in every branch; tests/test_language_hi.py checks them against texts).
# Each as long as its branch allows: "भी " or "ही " alone is in one text in four, and the search of every branch at
# every position, not the test, is what costs ("वह भी ", "होते ही ", "चाहती है कि यह ", "पहले वाल"; a "भी " that
# opens the text is told apart by ALSO_FIRST, the one branch no word of its own marks)
ANYWHERE_LITERALS = any_literal(tuple(normalize(w) for w in (
    "ऐसे में", "जो कि", "इसके साथ", "वहीं", "यहीं", "वहां", "वहाँ", "वह उस", "नीचे ", "ऊपर ", "चाहती है कि यह ", "चाहती है कि ये ",
    "चाहती है कि इस", "यह आदत", "ये आदतें", "इन आदतों", "उसी ", "वह भी ", "कि भी ", "ने भी ", "होते ही ", "होती ही ",
    "पहले वाल", "निम्नलिखित", "दौरान", "बात ", "मामला ",
    "के बाद ही", "इसी में")))  # (each list is searched as one pattern, made here once)
ALSO_FIRST = normalize("भी ")
IN_IT_LITERALS = any_literal(tuple(normalize(w) for w in ("इस", "इन")))
THEY_LITERALS = any_literal(tuple(normalize(w) for w in ("वे", "वो", "उन")))
LIST_NOUNS = any_literal(tuple(normalize(w) for w in lexicon("hi").list_nouns))  # (COUNTED_LIST names one)


# "… के नंबर भी इसमें लिख दें": in what the sentence before made, in the first clause ("…, और मैं इसमें माहिर
# हूँ" has its step in the clause before)
IN_IT = compile_nfc(r"(?<!\S)(?:इसमें|इसे|इन्हें|इस पर|इन पर|इसका इस्तेमाल|इसका उपयोग)(?!\S)")  # ("… के लिए इसका
# इस्तेमाल करना": using what? not "इसका असर …", a myth's correction of the belief the stem names)


def points_back(text: str) -> bool:
    """True when ``text`` compares with or follows something it does not say (see ``POINTS_BACK``)."""
    return any(not (match.group(0).strip() == "बाकी" and RELATIVE.search(text[:match.start()]))
               for match in POINTS_BACK.finditer(text))  # (not "वही फूल … जिन्हें बाकी खरीदार छोड़ गए": the others
    # than the one its own clause names; round 41's batch D lost the flower-market section's harm to it)


# "ऐसी स्थिति", "इन तरीकों", "इस अनुभव", "उस भूमिका": a step or a result that names what the sentence before it
# said (a time, "इस हफ़्ते", is no such reference)
LEANS_BACK = compile_nfc(f"(?<!{WORD_CHAR})(?:ऐसी|ऐसा|ऐसे|वैसी|वैसा|वैसे|इस|उस|इन|उन|इसी|उसी|इन्हीं|उन्हीं|यही|वही|वहाँ|वहां|"
                         f"यहाँ|यहां|ये|वे|यह|वह)\\s+"
                         r"(?!(?:हफ़्ते|हफ्ते|साल|महीने|बार|दिन|सुबह|शाम|रात|सप्ताह|तरफ़|ओर|पर हम)(?!\S))")


def leans_on_context(text: str, known: frozenset[str] = frozenset()) -> bool:
    """True when a claim's step or result leans on a sentence outside it ("करियर की शुरुआत में ऐसी स्थिति और भारी
    लगती है", "इन तरीकों को अपनाने"): such a claim cannot be asked about on its own."""
    body = QUOTED.sub("", text) if '"' in text or "“" in text else text
    if SAME_MOMENT_WORD in body and SAME_MOMENT.search(body):  # ("लॉकर खुलते ही … उसी समय": the moment its own
        # sentence names; the pattern's word tested first, for its search tries every position)
        body = MOMENT.sub("", body)
    match = LEANS_BACK.search(body)
    word = match.group(0).split()[0] if match else ""
    if match and not (word in CORRELATIVES and (RELATIVE.search(body[match.end():])
                                                or RELATIVE.search(body[:match.start()]))) \
            and not (word in ("यह", "वह") and " कि " in body[match.end():]) \
            and not (word in ("उस", "उसी") and _after_participle(body[:match.start()])
                     and body[match.end():].split()[:1] in (["पर"], ["में"], ["को"], ["से"])):
        # ("पूरा खर्च लिखकर उस पर … जोड़ें": the thing the participle before it names; round 30's held-out item B26
        # keyed the label "लागत में जोड़ें" for want of it)
        return True  # "उस व्यक्ति … जिसने …", "जो समय …, वही …": the relative clause says what it is; "यह समझने
        # में … कि …": the "कि" clause does
    return dangling(body) or _both_unnamed(body) or bool(IT_FIRST.match(body.strip()))


def names_a_third(text: str) -> bool:
    """True when the article's own words (which tell its reader "आप") say "उसे", "उसकी" … of someone or something
    no word before them names ("चोर के लिए उसे आगे बेचना मुश्किल हो जाता है": the phone the sentence before named;
    r22-dev items 91, 92). Not for text told of the persona, whose "उसे" is hers."""
    it = THING_IT.search(text)
    if it is None:
        return False
    before = text[:it.start()]
    return len(before.split()) <= MAX_BEFORE_IT and not ANTECEDENT_BEFORE.search(before)


THING_IT = compile_nfc(r"(?<!\S)(?:उसे|उसको|उसका|उसकी|उसके|उससे|उसमें)(?!\S)")
MAX_BEFORE_IT = 3  # words before it: further on, a noun of the same text most often is what it stands for ("बड़ी
# मरम्मत और उसके बड़े बिल", "गलत form में भरा return … और उसे दोबारा भरना पड़ता है")
ANTECEDENT_BEFORE = compile_nfc(r"(?<!\S)(?:अगर|यदि|जब|जो|जिस|जिसे|जिन|जिन्हें|किसी|कोई|हर|एक|और|या)(?!\S)")
# (who or what it is, named in the same sentence: "अगर बच्चा रोए, तो उसे …", "किसी सहकर्मी की तारीफ़ करें और उसे …")


QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
SAME_MOMENT = compile_nfc(r"\S(?:ते|ती|ने) ही\s.*उसी (?:समय|वक़्त|वक्त|पल)")
MOMENT = compile_nfc(r"उसी (?:समय|वक़्त|वक्त|पल)")
SAME_MOMENT_WORD = normalize("उसी ")


# "उसे बंद करने पर history … छोटी दिखने लगती है": "it" (the card the sentence before named) as the step's object;
# told of the reader it read "आपको बंद करने से" (reading135 item 16). An option told of the persona opens so too
# ("उसे नया अवसर मिलेगा"): option_leans drops her pronoun first.
IT_FIRST = compile_nfc(r"^(?:उसे|उसको|उसमें|उस पर)\s")


def option_leans(text: str, known: frozenset[str] = frozenset()) -> bool:
    """True when an option told of the persona leans on a sentence the question does not show ("Rating पर उसी
    meeting में बहस न करें", "Meeting में ये चीज़ें साथ रखें", "फिर … भेजना": after what?); her
    own "वह" is no such reference."""
    return bool(FOLLOWS_A_STEP.match(text.strip())) or leans_on_context(PERSONA_PRONOUN.sub("", text), known)


PERSONA_PRONOUN = compile_nfc(f"(?<!{WORD_CHAR})(?:वह|^उसे|^उसको|^उसमें|^उस पर)\\s+")
FOLLOWS_A_STEP = compile_nfc(r"^(?:फिर|उसके बाद|इसके बाद)\s")  # ("पहले …" is "first", often "the first week")


def _both_unnamed(text: str) -> bool:
    """True for a "दोनों" whose two the text does not name ("… अस्पताल का पता, दोनों का ब्लड ग्रुप"): named when
    the word before it is a noun ("माता-पिता दोनों की") or an "और" list ends just before it ("आपको और बच्चे,
    दोनों को")."""
    if "दोनों" not in text:
        return False  # (most texts: no word to look at)
    words = text.split()
    for index, word in enumerate(words):
        if word.strip(",।") != "दोनों":
            continue
        before = words[:index]
        listed = " ".join(before).rstrip(",").split(",")[-1].split()  # the "और" list before its comma, however
        if not before or (before[-1].endswith(",") and "और" not in listed):  # long ("पैरों का दर्द और … की
            return True  # झंझट, दोनों नहीं रहते")
        after = words[index + 1] if index + 1 < len(words) else ""
        if before[-1] in NO_NOUN_BEFORE and not after.isascii() \
                and (after in NO_NOUN_BEFORE or after.endswith(VERB_ENDS)):
            return True  # ("वह शुरुआत में दोनों रखती है": Kulhad and Paper Cup, named only in the heading; round 42's
            # batch A, item 45)
    return False


VERB_ENDS = ("ती", "ते", "ता", "ें", "ना", "नी", "ने", "गी", "गा", "गे")  # ("… दोनों रखती है": no noun after it)
NO_NOUN_BEFORE = frozenset({"में", "से", "पर", "को", "तक", "ने", "वह", "आप", "भी", "तो", "अब", "फिर"})
CORRELATIVES = frozenset({"उस", "उन", "उसी", "वही", "ऐसी", "ऐसा", "ऐसे", "वैसी", "वैसा", "वैसे", "वहाँ", "वहां", "वे", "वह",
                          "ये"})
RELATIVE = compile_nfc(f"(?<!{WORD_CHAR})(?:जो|जिस|जिसे|जिसने|जिसकी|जिसका|जिसके|जिसमें|जिन|जिन्हें|जिन्होंने|जिनकी|जिनका|"
                       f"जिनके|जिनमें|जब|जहाँ|जहां|जैसा|जैसी|जैसे|जितना|जितनी)"
                       f"(?!{WORD_CHAR})")


def statement(action: str, effect: str) -> str | None:
    """"<action> से <effect>।": a link told as a general statement."""
    cause = oblique(action)
    return sentence(f"{cause} से {effect}") if cause else None


def interview_values(mine: str, yours: str) -> tuple[dict[str, str], dict[str, str]] | None:
    """The placeholders of the interview phrasings: my step ("X करना शुरू किया", "X करने") and the step as
    the interviewer names it ("X करने"); None when the step is not an infinitive."""
    oblique_mine, asked = oblique(mine), oblique(yours)
    if not oblique_mine or not asked:
        return None
    started = f"{mine[: -len('करना')].strip()} किया" if mine.endswith("शुरू करना") else f"{mine} शुरू किया"
    return {"started": started, "oblique": oblique_mine}, {"oblique": asked}


def main_claim(sentence: str) -> str:
    """The sentence without its concession ("अक्सर माना जाता है कि …, लेकिन असल में X" → "X")."""
    for marker in ("लेकिन ", "पर असल में ", "बल्कि "):
        if marker in sentence:
            sentence = sentence.split(marker, 1)[1]
    return re.sub(r"^(?:असल में|दरअसल|वास्तव में)\s+", "", strip_discourse(sentence))


DENIED = compile_nfc(r"^(?P<left>.+?)\s+नहीं(?:\s+(?P<copula>है|हैं|था|थी|थे))?,?\s+बल्कि\s+(?P<right>.+)$")
COPULAS = frozenset({"है", "हैं", "था", "थी", "थे"})
OFTEN = ("कई बार", "अक्सर", "असल में", "दरअसल", "सच यह है कि", "सच तो यह है कि", "यानी")


PLURAL_ENDINGS = tuple(normalize(e) for e in ("ें", "एं", "एँ", "ियां", "ियाँ"))
THAT_IS = compile_nfc(r"^(?:\S+\s+){1,3}यह\s+है\s+कि\s+")


def _participle(word: str) -> bool:
    """True for a perfective participle before a passive "जा" ("रोकी", "किया", "दिए")."""
    return len(word) > 2 and word.endswith(("ी", "ा", "े", "ई", "ए")) and analyse(word) is None \
        and word not in NOT_PREDICATES


BECOMING = frozenset(normalize(w) for w in ("होती", "होता", "होते", "बनती", "बनता", "बनते", "रहती", "रहता", "रहते"))
NOT_PREDICATES = frozenset(normalize(w) for w in ("के", "की", "का", "को", "से", "में", "पर", "ने", "दौरान", "बाद",
                                                  "पहले", "समय", "तक", "भी", "ही", "नहीं"))


def denied_claim(sentence: str) -> str | None:
    """What "X नहीं, बल्कि Y …" denies, as a claim of its own ("सैलरी पर बात करना बदतमीज़ी नहीं, बल्कि … हिस्सा है" →
    "सैलरी पर बात करना बदतमीज़ी है"; "X सिर्फ़ A नहीं, बल्कि B है" → "X सिर्फ़ A है"): the belief the article argues
    against. None for "सिर्फ़ X नहीं, बल्कि Y भी" (it adds, it does not deny) or where Y ends on no verb the denied
    half can share."""
    match = DENIED.match(sentence.strip().rstrip(END_PUNCT))
    if match is None or "," in match["left"]:
        return None
    right = match["right"].split()
    if "भी" in right:
        return None
    group = find_verb_group(right)
    left_words = match["left"].split()
    left_end = analyse(left_words[-1])
    if not match["copula"] and left_end is not None and left_end.kind == "habitual" and group and group.aux:
        plural = len(left_words) > 1 and left_words[-2].endswith(("s", *PLURAL_ENDINGS))
        return f"{match['left']} {'हैं' if plural else group.aux}"  # ("muscles फूलती नहीं, बल्कि शरीर … फुर्तीला
        # बनता है": the denied half's own verb, with the right half's "है"; round 39's held-out F19 told "muscles
        # फूलती फुर्तीला बनता है"; "पीएफ सिर्फ एक बचत खाता नहीं, बल्कि …" reads the same way)
    start = group.start if group else 0
    if group and start >= 1 and right[start].startswith("जा") and _participle(right[start - 1]):
        start -= 1  # (a passive: "… अपनाकर रोकी जा सकती हैं" shares "रोकी जा सकती हैं", H17 told "… बढ़ाकर जा सकती हैं")
    if group and start >= 2 and right[start] in BECOMING and right[start - 1] not in NOT_PREDICATES:
        if right[start - 2] in GENITIVES or right[start - 1].endswith(PLURAL_ENDINGS):
            return None  # (a noun, the right half's own subject: "… कपड़े धोना नहीं, बल्कि ग्राहकों की शिकायतें होती
            # हैं" has no verb both halves share; H16 told "सिरदर्द कपड़े धोना शिकायतें होती हैं")
        start -= 1  # ("… दौड़ते समय नहीं, बल्कि आराम के दौरान मज़बूत होती हैं": "मज़बूत होती हैं" is what both halves
        # share; round 37's held-out B39 told "मांसपेशियां दौड़ते समय होती हैं")
    verb = [match["copula"]] if match["copula"] else right[start:] if group and start \
        else right[-1:] if right[-1:] and right[-1] in COPULAS else None  # ("X नहीं है, बल्कि …": its own verb)
    left = THAT_IS.sub("", match["left"])  # ("अच्छी बात यह है कि …": the claim is what follows)
    for opening in OFTEN:
        left = left.removeprefix(opening + " ")
    words = ["एक" if w == "कोई" else w for w in left.split()]  # ("सिर्फ़" stays: "पीएफ सिर्फ एक बचत खाता नहीं, बल्कि
    # …" denies that it is only that, not that it is one; reading123 read "पीएफ एक बचत खाता है" as no mistake)
    if verb and words and len(verb) > 1 and verb[0] == words[-1]:
        verb = verb[1:]  # ("… जगह को लेकर नहीं, बल्कि पैसों को लेकर होते हैं": "लेकर" is both halves' own; round 44's
        # batch E told "… जगह को लेकर लेकर होते हैं")
    return " ".join(words + verb) if verb and len(words) >= 2 else None


PLURAL_OBLIQUE = (("ियाँ", "ियों"), ("ियां", "ियों"), ("ाएँ", "ाओं"), ("ाएं", "ाओं"), ("एँ", "ओं"), ("एं", "ओं"),
                  ("ें", "ों"))


def noun_oblique(phrase: str) -> str:
    """A noun phrase before a postposition: its last plural noun in the oblique ("उपन्यास और आत्मकथाएं" →
    "उपन्यास और आत्मकथाओं", for "… से")."""
    words = phrase.split()
    if not words or analyse(words[-1]) is not None:
        return phrase
    for direct, oblique in PLURAL_OBLIQUE:
        if words[-1].endswith(direct) and len(words[-1]) > len(direct) + 1 \
                and not _verb_root(words[-1][: -len(direct)]):  # ("करें", "बनाएं": verbs)
            return " ".join(words[:-1] + [words[-1][: -len(direct)] + oblique])
    return phrase


def _verb_root(stem: str) -> bool:
    return stem in ROOTS or stem in VOWEL_ROOTS or stem + "ा" in VOWEL_ROOTS


ASKED = compile_nfc(r"^क्या\s+(?P<claim>.+?)\s*\?$")
SAYS_NO = compile_nfc(r"^(?:नहीं|बिल्कुल नहीं|ज़रूरी नहीं|जरूरी नहीं)(?:[।,!]|$)")


def asked_claim(heading: str, answer: str) -> str | None:
    """The claim a yes/no question heading asks about, when the section's first words say no ("क्या हर थकान
    करियर बदलने का संकेत है?" answered "नहीं।" → "हर थकान करियर बदलने का संकेत है"): the belief it argues
    against."""
    asked = ASKED.match(heading.strip())
    if asked is None:
        return None
    if SAYS_NO.match(answer.strip()):
        return asked["claim"].strip()
    judged = JUDGED.match(asked["claim"].strip())
    if judged and SAYS_YES.match(answer.strip()):  # "क्या … बताना ठीक है?" — "हाँ, …" → "… बताना ठीक नहीं है"
        return f"{judged['claim']} {judged['judgement']} नहीं है"
    return None


SAYS_YES = compile_nfc(r"^(?:हाँ|हां|बिल्कुल|ज़रूर|जरूर)(?:[।,!]|\s|$)")
JUDGED = compile_nfc(r"^(?P<claim>.+\S(?:ना|नी|ने))\s+(?P<judgement>ठीक|सही|ज़रूरी|जरूरी|अच्छा)\s+है$")


def group_habit(sentence: str) -> bool:
    """True for a sentence that tells what many people do or meet ("ज़्यादातर लोग … तभी जाते हैं जब …", "बहुत-से
    बुज़ुर्गों को रात में … जाना पड़ता है", "हर दूसरा customer पूछता है …"): the problem the section answers, no advice
    of its own (reading168: the key's feedback gave her problem back, a wrong one's "a context line" nine times)."""
    return bool(GROUP_HABIT.match(strip_discourse(sentence.strip())))


GROUP_HABIT = compile_nfc(r"^(?:कई|ज़्यादातर|ज्यादातर|अधिकतर|अधिकांश|बहुत-सी|बहुत सी|बहुत-से|बहुत से|हर दूसरा|हर दूसरी|"
                          r"हर दूसरे|अक्सर)\s+(?:\S+\s+){0,2}?(?:लोग|लोगों|महिलाएँ|महिलाएं|महिलाओं|औरतें|औरतों|ग्राहक|"
                          r"ग्राहकों|customer|customers|माता-पिता|छात्र|छात्रों|छात्राएँ|छात्राएं|छात्राओं|कर्मचारी|"
                          r"कर्मचारियों|दुकानदार|दुकानदारों|लड़कियाँ|लड़कियां|लड़कियों|माँएँ|माएं|माँओं|बुज़ुर्ग|बुजुर्ग|"
                          r"बुज़ुर्गों|बुजुर्गों|मरीज़|मरीज|मरीज़ों|परिवार|परिवारों|घरों|हम)(?!\S)")


def quote_pointer(text: str) -> str | None:
    """The word a quote's first clause points back with ("इस आदत की बदौलत …" → "आदत", "हर महीने यह जाँच करने से …"
    → "जाँच"): a thing or a step the sentence before named; None when it points to nothing outside it (a time, "इस
    साल"; or a "कि"/"जो" clause ahead tells it: "इस बात का ध्यान रखें कि …"). Round 26's development batch, items 29,
    31 (413 of 6,191 quotes of the test banks had one)."""
    found = THIS_THING.search(FIRST_CLAUSE.split(text.strip(), maxsplit=1)[0])
    if found is None or TOLD_AHEAD.search(" " + " ".join(text.strip()[found.end() - 1:].split()[:TOLD_WINDOW]) + " "):
        return None  # (a "कि"/"जो" far on tells of another thing: "यह डर नहीं रहता, क्योंकि … वह काम … जो …"; round
        # 27's held-out reading, items 25, 26)
    start = text.rfind(" ", 0, found.end() - 1) + 1  # (the word the match ends in: "इस ख" → "खाते")
    return text[start:].split()[0]


THIS_THING = compile_nfc(r"(?:^|\s)(?:इस|इन|इसी|इन्हीं|यह|ये|यही|उस|उन)\s+(?!(?:साल|हफ्ते|हफ़्ते|महीने|बार|समय|दौरान|"
                         r"तरह|वजह|लिए|पर|में|से|का|की|के|को|बात|बातों|है|हैं|था|थी|तो|भी|ही|सब|आप|आपको|आपके|आपकी|"
                         r"आपका|काम)(?=[\s,।]))\S")
FIRST_CLAUSE = compile_nfc(r"\s*[,;:—–]\s*")
TOLD_WINDOW = 12  # words after the pointer in which a "कि"/"जो" clause tells what it points to
TOLD_AHEAD = compile_nfc(r"\s(?:कि|जो|जिस|जिसे|जिसका|जिसकी|जिसके|जिन|जिनका|जिनकी|जिनके|जहाँ|जहां|जब)(?=[\s,])")


def counted_things(text: str) -> bool:
    """False: Hindi counts of things listed before ("ये तीन कदम") are not read yet (see ``en_story``)."""
    return False


def definite_things(text: str) -> tuple[tuple[int, str], ...]:
    """None read: Hindi marks no definite noun (its demonstratives are read by ``claims.pronoun_back``)."""
    return ()
