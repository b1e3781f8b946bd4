"""Hindi: reader detection, persona rewrites and cause → effect readings."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import WORD_CHAR, compile_nfc, compile_words
from .base import Causal
from .hi_advice import (
    advice,
    advice_habit,
    common_belief,
    common_practice,
    contrast_kept,
    imperative_to_infinitive,
    linked_effect,
    recommends,
    rejected_step,
    step_as_subject,
    tempted_step,
    why_step,
)
from .hi_patterns import END_PUNCT, NOT_GERUNDS, RANKED_WORDS, find_causal, is_imperative, sentence
from .hi_pronouns import ALSO, addresses_reader, has_bare_reader, to_first_person, to_persona
from .hi_story import needs_experiencer
from .hi_verbs import NOT_VERBS, ROOTS, VOWEL_ROOTS, analyse, conjugate, find_verb_group, habitual
from .lexicon import lexicon

__all__ = ["find_causal", "is_imperative", "to_persona", "to_first_person"]

THIRD_PERSON_RE = compile_words("वह|उसे|उसने|उससे|उसमें|उसका|उसकी|उसके|उस")
ACTIVITY_SUFFIXES = ("िंग", "ाई", "ीत", "ास")
QUANTIFIERS = {"अधिक", "ज्यादा", "ज़्यादा", "कम", "अब", "पहले"}


def pronoun_before_name(text: str, name: str) -> bool:
    """True when a third-person pronoun appears before the persona is named."""
    first_pronoun = THIRD_PERSON_RE.search(text)
    position = text.find(name)
    return first_pronoun is not None and (position < 0 or first_pronoun.start() < position)


def _words(text: str) -> list[str]:
    return text.strip().rstrip(END_PUNCT).split()


def _regroup(text: str, target: str) -> str | None:
    """Re-inflect the clause-final verb group; coordinated clauses ("समय बचता है और फैसले जल्दी हो जाते हैं")
    are each re-inflected, so that no clause keeps the old tense."""
    parts = _words(text)
    joined = re.sub(r",\s+और\s+", " और ", " ".join(parts))  # ("… नहीं रहती, और …": two clauses)
    clauses = _clauses(joined)
    if len(clauses) > 1 and all(find_verb_group(_negated_with_aux(c.split())) for c in clauses):
        done = [_regroup_one(c, target) for c in clauses]
        return None if None in done else " और ".join(d for d in done if d)
    return _regroup_one(joined, target)


def _clauses(text: str) -> list[str]:
    """The text split at "और", a part without a verb joined to the next ("जानकारी और सवाल तैयार करके आते
    हैं" is one clause: the "और" joins two nouns)."""
    clauses: list[str] = []
    pending = ""
    for part in text.split(" और "):
        part = f"{pending} और {part}" if pending else part
        if find_verb_group(_negated_with_aux(part.split())):
            clauses.append(part)
            pending = ""
        else:
            pending = part
    return clauses + [pending] if pending else clauses


def _regroup_one(text: str, target: str) -> str | None:
    words = _negated_with_aux(text.split())
    group = find_verb_group(words)
    if group is None:
        return None
    new = conjugate(group, target)
    head = words[: group.start]
    if target == "subjunctive" and head and head[-1] == "नहीं":
        head = [*head[:-1], "न"]  # a wish is negated with न: "… कि बहस न हो"
    elif target == "subjunctive" and len(head) >= 2 and head[-2] == "नहीं" \
            and head[-1].endswith(("ना", "नी", "ने")):
        head = [*head[:-2], "न", head[-1]]  # "… नहीं बैठना पड़ता" → "… न बैठना पड़े"
    plural = group.aux == "हैं" or (bool(head) and head[-1].endswith("ें") and head[-1] != "में"
                                      and group.aux != "है")  # ("पकड़ में आ जाती है": one thing)
    if target == "subjunctive" and new and plural and (plural_form := _plural_subjunctive(new[-1])):
        new = [*new[:-1], plural_form]  # "ठोस बातें हों", not "बातें हो"; "महिलाएं … इंतज़ार करने लगें", not "लगे"
        # (round 30's held-out item D30)
    return None if new is None else " ".join(head + new)


def _negated_with_aux(words: list[str]) -> list[str]:
    """A negated present drops its auxiliary ("चर्चा भटकती नहीं", "बहस नहीं होती"); put it back, with नहीं
    before the verb ("चर्चा नहीं भटकती है"), so the clause can be re-inflected ("चर्चा नहीं भटकेगी")."""
    if len(words) >= 2 and words[-1] == "नहीं" and words[-2].endswith(HABITUAL_ENDINGS):
        words = [*words[:-2], "नहीं", words[-2]]
    if len(words) >= 2 and words[-2] == "नहीं" and words[-1].endswith(HABITUAL_ENDINGS):
        return [*words, "हैं" if words[-1].endswith("ते") else "है"]
    return words


HABITUAL_ENDINGS = ("ती", "ता", "ते")
PLURAL_SUBJUNCTIVE = {"हो": "हों", "जाए": "जाएं", "रहे": "रहें", "मिले": "मिलें", "आए": "आएं"}


def _plural_subjunctive(word: str) -> str | None:
    """The plural of a singular subjunctive ("लगे" → "लगें", "जाए" → "जाएं", "हो" → "हों"); None for other words."""
    if word in PLURAL_SUBJUNCTIVE:
        return PLURAL_SUBJUNCTIVE[word]
    if len(word) >= 2 and word.endswith("े") and not word.endswith("ें"):
        return word + "ं"
    if len(word) >= 2 and word.endswith("ए"):
        return word + "ं"
    return None


def _finite_cause(cause: str, pattern: str) -> str:
    """Make a reader cause a finite clause: the first alternative of a -कर chain ends in करती हैं."""
    if pattern == "correlative":  # "अधिक आप … करती हैं" → "आप … करती हैं" (the bare step)
        words = [w for w in cause.split() if w not in QUANTIFIERS]
        if "आप" in words:
            words.remove("आप")
            words.insert(0, "आप")
        cause = " ".join(words)
    if pattern == "chain":
        first = cause.split(" या फिर ")[0].split(" या ")[0]
        words = first.split()
        last = words[-1]
        root = "कर" if last == "कर" else last[:-2]
        cause = " ".join(words[:-1] + [root + "ती", "हैं"])
    return cause


def _oblique_root(word: str) -> str | None:
    """The root of a verb's oblique infinitive ("टहलने" → "टहल"): a gerund cause ("… टहलने से") ends in one,
    so a root the verb list does not know is taken from its ending."""
    form = analyse(word)
    if form is not None:
        return form.root if form.kind == "oblique" else None
    return word[:-2] if word.endswith("ने") and len(word) > 3 and word not in ("अपने", "सामने", "पहने") else None


def _coordinated(words: list[str], ending: str) -> list[str]:
    """A first verbal noun joined to the last by "और"/"या" told like it ("साड़ी लौटाने और रंग मैच करने" → "साड़ी
    लौटाती है और रंग मैच करती है", "… लौटाना और … मैच करना"; round 31's held-out aside285 left "लौटाने" as it was)."""
    told = list(words)
    for index, word in enumerate(words[:-2]):
        if words[index + 1] in ("और", "या") and word.endswith("ने") and (root := _oblique_root(word)) is not None \
                and word not in NOT_GERUNDS:
            told[index] = root + ending
    return told


def _kept(words: list[str], root: str | None) -> str | None:
    """"रह" after a state ("सूची पहले से तैयार रहने से …") as the step that keeps it so, "रख": what the reader
    does is keep the list ready ("तैयार रखना"), not be ready ("सूची … तैयार रहना" is no step)."""
    return "रख" if root == "रह" and len(words) > 1 and words[-2] in KEPT_STATES else root


STATE_PARTICIPLES = frozenset({"खड़े", "बैठे", "लेटे", "जुड़े", "डटे", "लगे"})
KEPT_STATES = frozenset({"तैयार", "साफ़", "साफ", "बंद", "चालू", "खुला", "खुली", "खुले", "पास", "व्यवस्थित", "अपडेट",
                         "सुरक्षित", "चार्ज", "ready", "update", "updated", "charge", "charged"})


def is_activity(noun: str) -> bool:
    """True for a one-word activity noun that takes करना (नेटवर्किंग, पढ़ाई, बातचीत)."""
    return len(noun.split()) == 1 and noun.endswith(ACTIVITY_SUFFIXES)


# What befalls her or someone else, no step she takes: "… का मतलब समझ में आने", "रात में किसी की तबीयत बिगड़ने", "दिल
# का दौरा पड़ने", a thing's own verb ("आधा घंटा बचने"), "बार-बार phone आने"
EXPERIENCED = compile_nfc(r"(?:समझ\s+में|पता|याद|नज़र|नजर)\s+(?:आ|चल)\S*$|(?<!\S)किसी\s+(?:की|का|के)\s|"
                          r"(?<!\S)(?:पड़|बच|बँट|बंट|घट|छूट|टूट|बिगड़|खो)(?:ने|ना)$|(?<!\S)(?<!से\s)मिल(?:ने|ना)$|"
                          r"(?<!\S)(?:phone|call|message|फ़ोन|फोन|कॉल|मैसेज)\s+आ(?:ने|ना)$")
# ("भरपूर पानी मिलने से …", "phone खोने पर …": what she gets or what befalls her, no step; "लोगों से मिलने से …"
# is one, reading197 items 7, 11, 119: "वह भरपूर पानी मिलती है", "phone खोना" offered as a step)
# Someone else's act, told as a gerund: a genitive subject ("सबके थोड़ा-थोड़ा योगदान देने से …": everyone's), or
# "ख़ुद" of a gerund whose result is another's ("Jar को … ख़ुद देखने से बच्चे को … समझ आती है": the child watches)
OTHERS_SUBJECT = compile_nfc(r"^(?:सब|सभी|दूसरों|घरवालों|बच्चों|उन|इन)(?:के|की|का)\s+(?!साथ|लिए|बारे|सामने|पास|बिना|बीच)")
ANOTHERS_DEED = compile_nfc(r"^(?:\S+\s+){0,2}?\S+\s+ने\s")  # "… देखने से बेटी ने ख़ुद … डालना शुरू कर दिया": hers
SELF = compile_nfc(r"(?<!\S)(?:ख़ुद|खुद|स्वयं)(?!\S)")


def _others_act(causal: Causal) -> bool:
    """True when the cause is no step she takes: it befalls someone, or someone else takes it."""
    cause = causal.cause.strip()
    return bool(EXPERIENCED.search(cause) or OTHERS_SUBJECT.match(cause)
                or (causal.cause_kind == "verbal" and not addresses_reader(causal.effect)
                    and (SELF.search(cause) is not None or ANOTHERS_DEED.match(causal.effect) is not None)))


def situation(causal: Causal, name: str) -> str | None:
    """The persona doing the cause, as one sentence (the name mentioned first)."""
    if _others_act(causal):
        return None
    if causal.cause_kind == "reader":
        clause = " ".join(x for x in (causal.setting, _finite_cause(causal.cause, causal.pattern)) if x)
        text = to_persona(clause, name).text
        return sentence(text) if find_verb_group(_words(text)) and name in text else None
    if causal.cause_kind == "noun":
        if is_activity(causal.cause):
            return sentence(f"{name} नियमित रूप से {causal.cause} करती है")
        return sentence(f"{name} {causal.cause} का सहारा लेती है")
    if causal.cause_kind == "verbal":
        words = _coordinated(causal.cause.split(), "ती है")
        root = _kept(words, _oblique_root(words[-1]))
        if root in ("रह", "जा") and len(words) > 1 and (words[-2].endswith("ते") or words[-2] in STATE_PARTICIPLES):
            words = [*words[:-2], words[-2][:-1] + "ी", words[-1]]  # ("ग्राहक के साथ खड़े रहने" → "खड़ी रहती है",
            # "ग्राहक जोड़ते जाने" → "जोड़ती जाती है": hers, feminine; round 42's put-aside H60, H64)
        return sentence(f"{name} " + " ".join(words[:-1] + [root + "ती", "है"])) if root else None
    if causal.cause_kind == "imperative":
        return advice_habit(causal.cause, name)
    return None


def _persona_effect(effect: str, name: str, mentioned: bool) -> str:
    text = " ".join(w for w in to_persona(effect, name, mentioned=mentioned).text.split() if w != "भी")
    if addresses_reader(effect):
        return text
    who = "उसे " if mentioned else f"{name} को "
    first, joined, second = text.partition(" और ")
    if joined and "," not in first and not needs_experiencer(first) and needs_experiencer(second):
        return f"{first} और {who}{second}"  # ("हिसाब पर कोई बहस नहीं होती और भुगतान जल्दी मिलता है": the payment
        # comes to her, the dispute is nobody's; "उसे हिसाब पर कोई बहस न हो" read wrong, round 31's item F34)
    return who + text if needs_experiencer(text) else text


def _own_clause(effect: str) -> str:
    """The effect without a clause joined after it that points back ("…, और ये दुकानें अक्सर बेहतर दाम देती हैं":
    told in the future it left "पहुँचता है … ये दुकानें … देंगी", round 31's held-out item F20)."""
    found = POINTING_CLAUSE.search(effect)
    if found and len(effect[:found.start()].split()) >= 4:
        return effect[:found.start()]
    return effect


POINTING_CLAUSE = compile_nfc(r",?\s+और\s+(?:ये|वे|इन|इन्हीं|ऐसे|ऐसी)\s")


def _agrees(text: str | None) -> str | None:
    """``text`` unless its subject "वह" meets a plural verb ("वह … बच जाती हैं"), or it is too short to stand
    alone ("… कि वह दिखाए")."""
    if text is None or MISAGREED.search(text) or len(text.split(" कि ", 1)[-1].split()) < 3:
        return None
    return text


MISAGREED = compile_nfc(r"(?<!\S)वह(?!\S)[^।]*\s(?:हैं|सकें|सकेंगे|पाएंगे|जाएं|जाएँ|पाएं|पाएँ)(?=[\s।,]|$)")  # ("वह … बच
# जाएं": a plural verb left in a clause the persona rewrite did not reach, round 28's second held-out batch, item 2)


def outcome(causal: Causal, name: str) -> str | None:
    causal = replace(causal, effect=_own_clause(causal.effect))
    tail = _relative_tail(causal.effect)
    if tail:
        main = _one_mood(_agrees(_outcome(replace(causal, effect=tail["main"]), name)))  # the main clause in the
        return f"{main[:-1]} {tail['relative']}।" if main else None  # future, the relative clause as it is
    return _one_mood(_agrees(_outcome(causal, name)))


# "…, और रेट तय करना आसान हो जाता है" left in the present beside a future or a wish ("…, और घबराहट में कीमती मिनट बर्बाद
# नहीं होते" after "चाहती है कि …": reading115)
MIXED_MOOD = compile_nfc(r",\s+और\s.*(?:\S(?:ता|ती|ते) (?:है|हैं)|नहीं \S+(?:ता|ती|ते))।?$")


HABITUAL_END = compile_nfc(r"\S(?:ता|ती|ते)(?:\s+(?:है|हैं))?[।.]?$")


def _one_mood(text: str | None) -> str | None:
    wished = text.split(" चाहती है कि ", 1)[-1].split(" कि ", 1)[0] if text else ""  # (a "कि" clause inside
    # keeps its own present: "पता चलेगा कि कौन-सा वाक्य अटकता है और …")
    return None if text is None or MIXED_MOOD.search(text) or INDICATIVE_BEFORE.search(wished) else text


# "… चाहती है कि छोटा जवाब आत्मविश्वास दिखाता है, और …", "… कि क्लाइंट ख़ाली हाथ नहीं लौटता और …": a clause left in
# the present before the wished one (reading57: ungrammatical)
INDICATIVE_BEFORE = compile_nfc(r"(?:नहीं\s+\S+(?:ता|ती|ते)|\S+(?:ता|ती|ते)\s+(?:है|हैं))(?:,|\s+और)\s")


def _outcome(causal: Causal, name: str) -> str | None:
    """The effect for the persona already named in the stem, in the future ("… सकती है" stays: a
    possibility reads better than "सकेगी")."""
    told = _persona_effect(causal.effect, name, True)
    if _purpose(causal):
        return _purpose_told(told, FUTURE_OF)
    if SUBORDINATE.search(f" {told} "):
        return _with_that_clause(told, "future")
    group = find_verb_group(_words(told))
    form = analyse(group.finite) if group else None
    if form is not None and form.root == "सक" and group is not None and group.aux in ("है", "हैं"):
        return sentence(told)
    text = _regroup(told, "future")
    return sentence(text) if text else None


def wish(causal: Causal, name: str) -> str | None:
    """"<name> चाहती है कि <effect in the subjunctive>" ("बढ़ सकती है" → "बढ़े": one wishes the thing itself)."""
    causal = replace(causal, effect=BY_ITSELF.sub("", _own_clause(causal.effect)))  # ("current affairs अपने आप मज़बूत
    # होते हैं": wished for, it needs no "by itself"; round 34's held-out B25)
    if COMPARISON.search(causal.effect) or OWN_CONDITION.search(causal.effect) or TIME_FACT.search(causal.effect):
        return None  # "लंबी कसरत के मुक़ाबले थोड़ी-थोड़ी हलचल ज़्यादा काम की है": a general claim, nobody's wish;
        # "सबूत साथ होने पर एचआर को … कम पड़ती है": the result with its own step, which the wish would give away
    condition, then, result = causal.effect.partition(", तो ")
    if then and len(result.split()) >= 4:  # "आप शांत रहेंगी, तो बच्चे को भरोसा रहेगा कि …": what she wishes is
        return wish(replace(causal, effect=result), name)  # the result, not the condition she meets
    correlative = CORRELATIVE_EFFECT.match(causal.effect)
    if correlative:  # "जो तैयारी पहले डेढ़ घंटा लेती थी, वह पैंतालीस मिनट में निपट जाती है": the main clause wished
        main = _one_mood(_agrees(_wish(replace(causal, effect=correlative["main"]), name)))
        return main.replace(" चाहती है कि ", f" चाहती है कि {correlative['relative']}, ", 1) if main else None
    tail = _relative_tail(causal.effect)
    if tail:
        # "… उसी एक व्यक्ति पर नहीं आ जाती जो … रहती है" (not "वह अनजाने में …": someone the article named before):
        main = _one_mood(_agrees(_wish(replace(causal, effect=tail["main"]), name)))  # the main clause wished,
        return f"{main[:-1]} {tail['relative']}।" if main else None  # the relative clause as it is
    found = _one_mood(_agrees(_wish(causal, name)))
    if found and ", और " in found and HABITUAL_END.search(found):
        found = found.rsplit(", और ", 1)[0].rstrip() + "।"  # ("… तय कर पाएं कि …, और किसी को … नहीं खड़ा होना पड़ता": a
        # clause after the wished one left in the present; round 44's put-aside G30: the wished one alone)
    head = causal.effect.split(",")[0].strip()  # "… ठोस उदाहरण होते हैं, अंदाज़े नहीं", "…, न कि …": the first clause
    if found is None and "," in causal.effect and len(head.split()) >= 4 and not RELATIVE_HEAD.search(head):
        found = _one_mood(_agrees(_wish(replace(causal, effect=head), name)))
    return found


BY_ITSELF = compile_nfc(r"(?<!\S)(?:अपने आप|अपने-आप|खुद-ब-खुद|ख़ुद-ब-ख़ुद|खुद ब खुद)\s+")


def _relative_tail(effect: str) -> re.Match[str] | None:
    """The effect as a main clause that ends on its verb ("… पहुँचता है", "… नहीं आ जाती") and a relative clause
    after it with no clause of its own joined on (no comma), else None; none where the main clause points to someone
    or something the article named before ("वह अनजाने में …")."""
    tail = RELATIVE_TAIL.match(effect.strip().rstrip(END_PUNCT))
    if tail is None or "," in tail["relative"]:
        return None
    words = tail["main"].split()
    ends = analyse(words[-1]) is not None or (words[-1] in ("है", "हैं") and len(words) > 1
                                              and analyse(words[-2]) is not None)
    return tail if ends and words[0] not in POINTING_OPENERS else None


POINTING_OPENERS = frozenset({"वह", "वे", "वो", "वहीं", "ऐसी", "ऐसा", "ऐसे"})  # ("वही लोग … जो …": the
# relative clause says who)


RELATIVE_TAIL = compile_nfc(r"^(?P<main>.+?)\s+(?P<relative>(?:जो|जिसे|जिन्हें|जिनसे|जिससे|जिसकी|जिसका|जिसके)\s.+)$")


def _wish(causal: Causal, name: str) -> str | None:
    told = _persona_effect(causal.effect, name, True)
    if _purpose(causal):  # "… ताकि आप जान सकें …": already a wish's mood
        text = _purpose_told(told, {})
        return sentence(f"{name} चाहती है कि {text[:-1]}") if text else None
    if SUBORDINATE.search(f" {told} "):
        text = _with_that_clause(told, "subjunctive")
        return sentence(f"{name} चाहती है कि {text[:-1]}") if text else None
    words = _words(told)
    group = find_verb_group(words)
    form = analyse(group.finite) if group else None
    if group is not None and form is not None and form.root == "सक" and len(group.main) == 1:
        inner = analyse(group.main[0])
        if inner is not None and inner.kind == "root":
            told = " ".join(words[: group.start] + [inner.root + "ता", "है"])
    text = _regroup(told, "subjunctive")
    if text and INDICATIVE_LEFT.search(text):
        return None  # "… उदाहरण होते हैं, और … हड़बड़ी न हो": a second clause kept its indicative
    return sentence(f"{name} चाहती है कि {text}") if text else None


OWN_CONDITION = compile_nfc(r"^(?:\S+\s+){0,3}\S+(?:ने|नें) पर(?!\S)")
# How long a thing takes, or which days are the worst: a fact of the world, nobody's wish ("अंडे से पूरा मच्छर बनने
# में लगभग एक हफ़्ता लगता है", "बुख़ार उतरने के बाद के दो-तीन दिन सबसे नाज़ुक होते हैं": reading189 items 63, 69)
TIME_FACT = compile_nfc(r"में\s+(?:लगभग|क़रीब|करीब|क़रीबन|करीबन|तक़रीबन|तकरीबन)\s+(?:\S+\s+){1,3}लग(?:ता|ते|ती)\s+हैं?[।.]?$"
                        r"|(?:दिन|हफ़्ते|हफ्ते|घंटे|महीने|साल)\s+सबसे\s+\S+\s+हो(?:ते|ता|ती)\s+हैं?[।.]?$")
COMPARISON = compile_nfc(r"के मुक़ाबले|के मुकाबले|की तुलना में|से कहीं ज़्यादा|से कहीं ज्यादा|से कहीं अधिक")
CORRELATIVE_EFFECT = compile_nfc(r"^(?P<relative>(?:जो|जिस|जिन)\s[^,]+),\s*(?P<main>(?:वह|वे|वो)\s.+)$")
RELATIVE_HEAD = compile_nfc(r"(?<!\S)(?:जो|जिस|जिन|जिसे|जिन्हें|जब|अगर|यदि)(?!\S)")  # "जो समय पहले … निकल जाता
# था, वह …": a relative clause is no wish of its own
INDICATIVE_LEFT = compile_nfc(r"(?<!\S)(?:है|हैं|था|थी|थे|नहीं \S+(?:ता|ती|ते))(?=[\s,;]|$)")  # ("… की गुंजाइश
# नहीं रहती, और …": a negative habitual without its है)


def _with_that_clause(told: str, target: str) -> str | None:
    """A main clause with a कि/जब-clause ("वह तय करती है कि खाने में क्या जाएगा"): the main clause's verb
    re-inflected ("वह तय करे कि …"), the inner clause as it is; None when the main clause ends in no verb
    or a second inner clause follows."""
    head, joint, tail = SUBORDINATE.split(f" {told} ", maxsplit=1)
    words = _words(head)
    group = find_verb_group(words)
    if group is None or SUBORDINATE.search(f" {tail} "):
        return None
    done = _regroup_one(" ".join(words), target)
    tail = tail.strip().rstrip("।. ")
    if DEGREE.search(head) and joint.strip() == "कि":  # "तालमेल इतना सहज हो जाए कि ध्यान सड़क पर रहे": a result
        tail = _regroup_one(tail, target) or ""  # of a degree shares the wish's mood
    return sentence(f"{done} {joint} {tail}") if done and tail else None


DEGREE = compile_nfc(r"(?<!\S)(?:इतना|इतनी|इतने|इस क़दर|इस कदर)(?!\S)")


# A purpose clause ("ताकि आप जान सकें") is in the subjunctive: for her, "वह जान सके"; as what will come of the
# step, "वह जान सकेगी" / "software और इंसान पढ़ सकेंगे". Other verbs (whose future agrees with an object) are
# left out.
SUBJUNCTIVE_AUX = compile_nfc(r"(?<!\S)(सकें|सके|पाएं|पाएँ|पाए)$")
FUTURE_OF = {"one": {"सकें": "सकेगी", "सके": "सकेगी", "पाएं": "पाएगी", "पाएँ": "पाएगी", "पाए": "पाएगी"},
             "many": {"सकें": "सकेंगे", "सके": "सकेगा", "पाएं": "पाएंगे", "पाएँ": "पाएंगे", "पाए": "पाएगा"}}


def _purpose(causal: Causal) -> bool:
    """True for a purpose clause in the subjunctive ("… ताकि … बना रहे"); "…, जिससे ग्राहक का भरोसा बना रहता है"
    tells a result as it comes, in the indicative, and is told like one (round 33's development batch: its wish and
    outcome were refused, and the lehenga article's "don't" section lost its one scenario)."""
    return causal.pattern == "purpose" and not (JISSE.search(causal.sentence) and not TAAKI.search(causal.sentence)
                                                and INDICATIVE_RESULT.search(causal.effect))  # ("ताकि cake जैसा
    # दिखता है, वैसा ही … पहुँचे": after "ताकि" the wish is the subjunctive, whatever its first clause)


JISSE = compile_nfc(r"(?<!\S)जिससे(?!\S)")
TAAKI = compile_nfc(r"(?<!\S)ताकि(?!\S)")


INDICATIVE_RESULT = compile_nfc(r"(?:\S(?:ता|ती|ते)\s+(?:है|हैं)|(?<!\S)नहीं\s+\S+(?:ता|ती|ते))\s*[।.]?$")


def _purpose_told(told: str, future: dict[str, dict[str, str]]) -> str | None:
    """A purpose clause told of the persona: its subjunctive kept (``future`` empty) or made future."""
    body = told.strip().rstrip("।. ")
    match = SUBJUNCTIVE_AUX.search(body)
    if match is None and not future and not SUBORDINATE.search(f" {body} ") and not addresses_reader(body) \
            and body.split()[-1] in SUBJUNCTIVE_ENDS:
        return sentence(body)  # "… ताकि फोन रास्ते में बंद न हो": a wish as it stands
    if match is None or SUBORDINATE.search(f" {body} "):
        return None
    she = body.startswith("वह ") or " वह " in body[: match.start()]  # ("महीने भर बाद वह अपनी progress … सुन सकें":
    # a time before her, round 26's held-out items 7, 9, 12 told "वह … सुन सकेंगे")
    aux = match.group(1)
    if future:
        if not she and aux in ("सके", "पाए"):
            return None  # "शरीर को नींद मिल सके": the future agrees with a noun whose gender is not known here
        aux = future["one" if she else "many"][aux]
        if not she and _feminine_plural(body[: match.start()].split()):
            aux = aux[:-1] + "ी"  # "पति-पत्नी की छुट्टियाँ एक साथ पड़ सकें" → "… पड़ सकेंगी" (reading135 items 117, 119)
    elif she:
        aux = {"सकें": "सके", "पाएं": "पाए", "पाएँ": "पाए"}.get(aux, aux)
    return sentence(body[: match.start()] + aux)


def _feminine_plural(words: list[str]) -> bool:
    """True when the clause's subject is a feminine plural ("छुट्टियाँ", "सारी बातें", "पति-पत्नी की छुट्टियाँ"): its
    head — the first word, the word after a genitive or after a determiner — has a feminine plural ending (an
    object's gender, "लोग अपनी बातें कह सकें", does not count)."""
    head = 0
    if len(words) > 2 and words[1] in ("की", "के", "का"):
        head = 2
    elif len(words) > 1 and words[0] in SUBJECT_DETERMINERS:
        head = 1
    word = words[head] if len(words) > head else ""
    return word.endswith(FEMININE_PLURAL) and word not in ("में", "हैं") and not is_imperative(word)


FEMININE_PLURAL = ("ियाँ", "ियां", "ाएँ", "ाएं", "ें")
SUBJECT_DETERMINERS = frozenset({"सारी", "सभी", "सब", "कई", "ये", "वे", "दोनों", "अपनी", "आपकी", "उसकी", "उनकी",
                                 "हमारी", "छोटी", "बड़ी", "नई", "पुरानी"})
SUBJUNCTIVE_ENDS = frozenset(lexicon("hi").subjunctive_ends)  # "… ताकि फोन रास्ते में बंद न हो"
SUBORDINATE = compile_nfc(r" (कि|जब|जहां|जहाँ) ")  # a main clause before it, an inner clause after


def achieved(causal: Causal, name: str) -> str | None:
    """The effect as something that has already happened to the persona."""
    first, joined, _ = causal.effect.partition(" और ")
    if joined and len(first.split()) >= ACHIEVED_WORDS and first.split()[-1] in CLAUSE_END_AUX \
            and ", " not in first and " कि " not in first:
        causal = replace(causal, effect=first)  # ("तौलकर baking करने से failed cakes कम होते हैं और महंगा सामान
        # बचता है": its first statement, whole; round 43's batch B had no "which benefit" item under "कम Wastage")
    if " और " in causal.effect or ", तो " in causal.effect or len(causal.effect.split()) < ACHIEVED_WORDS \
            or RELATIVE_AFTER.search(causal.effect):
        # (a condition in a past story: "… तैयार हो, तो …"; a relative clause after the main verb takes the past in
        # its place: "… plan बन जाता है जो … नहीं जुड़ पाईं", round 43's batch E, item 30)
        return None
    if addresses_reader(causal.effect):
        told = " ".join(w for w in to_persona(causal.effect, name).text.split() if w != "भी")
        text = _regroup(told, "perfective")
        return sentence(f"कुछ समय बाद {text}") if text and text.find(name) >= 0 else None
    if is_passive(causal.effect):
        return None  # ("… ने पाया कि हर हफ़्ते थोड़ा-थोड़ा माल मंगाया गया", "… स्क्रीन शून्य कर दी गई": what she does
        # herself, told as found out, agentless; round 38's held-out A44, H56)
    text = _regroup(_persona_effect(causal.effect, name, True), "perfective")
    return sentence(f"कुछ समय बाद {name} ने पाया कि {_state_past(text)}") if text else None


CLAUSE_END_AUX = frozenset({"है", "हैं"})  # (a present statement's last word: a clause ends there)
RELATIVE_AFTER = compile_nfc(r"(?:है|हैं|था|थी|थे)\s+(?:जो|जिन्हें|जिसे|जिनके|जिनकी|जिनका|जिसकी|जिसके|जिसका|जहाँ|जहां)"
                             r"(?!\S)")
ACHIEVED_WORDS = 3  # ("… ने पाया कि हिचकी": a verb alone tells nothing that came true)


def _state_past(text: str) -> str:
    """A state told in the past ("दिमाग़ जागा हुआ होता है" → "… जागा हुआ था", not "जागा हुआ हुआ")."""
    return DOUBLED_PARTICIPLE.sub(lambda m: f"{m[1]} {PAST_OF[m[1]]}", text)


DOUBLED_PARTICIPLE = compile_nfc(r"(?<!\S)(हुआ|हुई|हुए)\s+(?:हुआ|हुई|हुए)(?!\S)")
PAST_OF = {"हुआ": "था", "हुई": "थी", "हुए": "थे"}


def action(causal: Causal) -> str | None:
    """The cause as an infinitive action ("लोगों से बात करना"); "सिर्फ़ 15 मिनट पहले निकलना" without its "just"
    (the step is leaving earlier, not leaving only a little earlier)."""
    if _others_act(causal):
        return None
    told = _action(causal)
    return ALSO.sub("", JUST_NUMBER.sub("", told)) if told else told


JUST_NUMBER = compile_nfc(r"^(?:सिर्फ़|सिर्फ|केवल|बस)\s+(?=[0-9०-९])")
# ("… ESI card भी बनवा लेना": "also" beside what? round 27's held-out readers, items 6, 15; not "किसी और से भी बात
# करना", someone else too: hi_pronouns.ALSO, the one a persona's story is told without)


def _action(causal: Causal) -> str | None:
    if causal.cause_kind == "noun":
        if is_activity(causal.cause):
            return f"नियमित रूप से {causal.cause} करना"
        return f"{causal.cause} का सहारा लेना"
    if causal.cause_kind == "verbal":
        words = _coordinated(causal.cause.split(), "ना")
        root = _kept(words, _oblique_root(words[-1]))
        return " ".join(words[:-1] + [root + "ना"]) if root else None
    if causal.cause_kind == "imperative":
        return advice(causal.cause)
    clause = " ".join(x for x in (causal.setting, _finite_cause(causal.cause, causal.pattern)) if x)
    words = [w for w in clause.split() if w != "आप"]
    group = find_verb_group(words)
    new = conjugate(group, "infinitive") if group else None
    told = words[: group.start] + new if group and new else None
    if told and len(told) > 1 and told[-1] == "सकना":  # "आप … सुधार सुझा सकती हैं, जिससे …": the step is to suggest
        told = told[:-2] + [told[-2] + "ना"]  # them, not to be able to ("सुझा सकना शुरू किया")
    return " ".join(told) if told else None


__all__ += ["is_activity", "addresses_reader", "situation", "outcome", "wish", "achieved", "action",
            "has_bare_reader", "pronoun_before_name"]


__all__ += ["sentence"]


PASSIVE_RE = compile_nfc(
    f"(?:किया|किए|की|दिया|दी|दिए|लिया|ली|लिए|गया|गई|गए|(?<!\\S)(?!चला|चली|चले)\\S+[^\\sा]ा(?=\\s+जा\\s+सक))"
    f"\\s+(?:जा|जाता|जाती|जाते|जाएगा|जाएगी|जाएंगे)(?!{WORD_CHAR})"
)  # ("… माल मंगाया जा सकता है": a participle before "जा सकता", any verb's)


def is_passive(effect: str) -> bool:
    """True for a passive effect ("ध्यान केंद्रित किया जाता है"): nobody's action can be advised from it."""
    return bool(PASSIVE_RE.search(effect))


__all__ += ["is_passive"]

__all__ += ["analyse"]


def instruction(text: str) -> bool:
    """True for a clause that tells the reader what to do ("मेल दोबारा पढ़ें")."""
    return advice(text) is not None


def ends_on_verb(text: str) -> bool:
    """True for a Hindi clause that ends on its verb ("… मदद करती है", "… कम होता"): not a list item or a fragment
    ("दो अच्छी fitting वाली plain trousers, एक dark और एक light")."""
    last = text.split()[-1].rstrip("।") if text.split() else ""
    return last in FINITE_ENDS or last.endswith(("ता", "ती", "ते"))


FINITE_ENDS = frozenset({"है", "हैं", "था", "थी", "थे", "हो", "हों"})


def names_another(causal: Causal) -> bool:
    """False: Hindi pronouns do not tell a woman from the reader; a "वह" or "उसे" that points outside the claim
    makes it lean (hi_story.leans_on_context) instead."""
    return False


def other_named(causal: Causal, before: str) -> Causal:
    """The claim as it is: Hindi pronouns do not tell another woman from the reader (see :func:`names_another`)."""
    return causal


def no_gain(effect: str) -> bool:
    """True for half a sentence told as what the reader gets ("जब आप घर छोड़ेंगी"): a question word or a "जब"
    opens it; or a ranking of two steps ("चार स्ट्रेच ठीक से करना बारह … करने से कहीं बेहतर है")."""
    return WH_OPENING.match(effect) is not None or RANKING.search(effect.rstrip("।")) is not None


RANKING = compile_nfc(rf"\S+ने\s+से\s+{RANKED_WORDS}$")  # ("… से" is "than" before the ranking words)


WH_OPENING = compile_nfc(r"^(?:क्यों|कैसे|क्या|जब|कब|कहाँ)\s")


def listed_instruction(text: str) -> bool:
    """True for a list item that tells the reader what to do in a verb the language knows ("- मसाला भूनकर डिब्बे
    में रख लें"), not a thing listed ("- रविवार की सुबह अपनी सोसाइटी की अंदरूनी सड़कें": "-ें" on a noun)."""
    step = advice(text)
    last = step.split()[-1] if step else ""
    return last.endswith("ना") and (last[:-2] in ROOTS or last[:-2] in VOWEL_ROOTS)


def promised_effect(text: str) -> str | None:
    """A sentence that tells the reader what she will have ("आप पहले ही दिन से बिना झिझक सवाल पूछ पाएँगी"): read
    after an instruction, it is that step's result; None for any other sentence."""
    body = text.strip().rstrip(END_PUNCT).strip()
    words = body.split()
    if len(words) < 4 or not PROMISE_SUBJECT.match(body) or "?" in body or " कि " in f" {body} ":
        return None
    form = analyse(words[-1])
    return body if form is not None and form.kind == "future" else None


def holds_means(wish: str) -> bool:
    """True for a wish that holds its own means ("… नॉमिनेशन पर नज़र डालने से कोई पुराना नाम न छूटे", "… एक वसीयत बनाकर
    वह तय कर सके …": the step told in the stem, reading119 items 85, 86); "… होने से पहले" (before) and "… से बच"
    (avoid) are none."""
    return bool(MEANS.search(wish))


MEANS = compile_nfc(r"\S+(?:ने|नें)\s+से(?!\S)(?!\s+(?:पहले|पूर्व|बच))|\S{2,}कर\s+(?:वह|वो)(?!\S)|"
                    r"(?<!\S)(?:की बदौलत|की मदद से|के ज़रिए|के जरिए|के सहारे)(?!\S)")  # ("… कि साफ़ दस्तावेज़ की
# बदौलत रिक्वेस्ट पास हो जाए": the clear scan named in the wish)


PROMISE_SUBJECT = compile_nfc(r"^(?:[^,]{0,30},\s*)?(?:आप|आपको|आपका|आपकी|आपके)(?!\S)")


LIGHT_VERBS = frozenset({"लेना", "लेने", "देना", "देने", "डालना", "डालने", "जाना", "जाने", "पाना", "पाने", "सकना", "सकने"})


def step_verb(step: str) -> str:
    """The verb a step is done with, as its stem ("… का अंतर रखने" → "रख", "चाय पीना" → "पी", "जाँच कर लेना" → "कर"):
    two steps with different verbs are different steps."""
    words = [w.strip(",।") for w in step.split()]
    while len(words) > 1 and words[-1] in LIGHT_VERBS:
        words.pop()
    last = words[-1] if words else ""
    for ending in ("ना", "ने", "नी"):
        if last.endswith(ending) and len(last) > len(ending):
            return last[: -len(ending)]
    return last


def echo_pointer(text: str, step: str) -> str | None:
    """The effect of a sentence whose subject names the heading's step again: not read in Hindi yet (the English
    rule is :func:`netquiz.language.en.echo_pointer`)."""
    return None


__all__ += ["echo_pointer"]
__all__ += ["advice", "advice_habit", "imperative_to_infinitive", "instruction", "linked_effect", "listed_instruction",
            "no_gain", "names_another", "other_named", "ends_on_verb",
            "promised_effect",
            "recommends",
            "contrast_kept",
            "rejected_step", "step_as_subject", "why_step", "tempted_step", "common_belief", "common_practice",
            "holds_means", "step_verb"]



def trouble(text: str, name: str) -> str | None:
    """What goes wrong, told as the persona's trouble: "<name> की परेशानी यह है कि <text, of her>" ("… कि महीने के
    आखिर में किस्त के पैसे कम पड़ जाते हैं"); "कई लोगों को …" is told of her ("उसे …"). None where the text does not
    end on a verb (no clause of its own) or its verb would not agree with her."""
    told = GENERIC_EXPERIENCER.sub("उसे ", text.strip().rstrip(END_PUNCT).strip(), count=1)
    told = _persona_effect(told, name, True)
    words = [w.strip(",") for w in told.split()]
    if len(words) < TROUBLE_WORDS or find_verb_group(words) is None or GENERIC_SUBJECT.match(told):
        return None
    return _agrees(sentence(f"{name} की परेशानी यह है कि {told}"))


TROUBLE_WORDS = 4
GENERIC_EXPERIENCER = compile_nfc(r"^(?:कई|ज़्यादातर|ज्यादातर|अधिकतर|बहुत-से|बहुत से|बहुत-सी|बहुत सी)\s+"
                                  r"(?:लोगों|महिलाओं|औरतों)\s+को\s+")
GENERIC_SUBJECT = compile_nfc(r"^(?:कई|ज़्यादातर|ज्यादातर|अधिकतर|बहुत-से|बहुत से|बहुत-सी|बहुत सी|लोग|सब)(?!\S)")


def imperative(text: str) -> bool:
    """True for a clause that ends in a polite imperative ("Simple भाषा में बताएं", "पहले उससे बात करें"), even one
    :func:`advice` does not take for a step of its own (it leans, or a "कि" clause follows)."""
    return is_imperative(text)


__all__ += ["trouble", "imperative"]


# "अगर आपकी सैलरी 1 तारीख को आती है, तो 5 तारीख चुनें", "जब कोई मरीज़ पानी मांगे, तो पहले nurse से पूछें", "पेंशन वाले
# दिन नेटवर्क चला जाए तो …": the moment the article names and what it says to do then
OCCASION = compile_nfc(r"^(?:अगर|यदि|जब भी|जब)\s+(?P<moment>[^।,;:]{6,120}?)(?:,\s*तो\s+|\s+तो\s+|,\s+)(?P<step>[^।]+?)"
                       r"\s*[।!]?$")
# (no "अगर": "… चला जाए तो …")
BARE_OCCASION = compile_nfc(r"^(?P<moment>[^।,;:]{10,120}?)\s+तो\s+(?P<step>[^।]+?)\s*[।!]?$")
INDICATIVE_END = compile_nfc(r"(?:है|हैं|था|थी|थे|गा|गी|गे)$")


def occasion(text: str) -> tuple[str, str] | None:
    """(the moment, the step) of a sentence that tells what to do when something happens; None otherwise."""
    match = OCCASION.match(text.strip()) or BARE_OCCASION.match(text.strip())
    if not match or not is_imperative(match.group("step")) or "," in match.group("step").split(" और ")[0][:3]:
        return None
    moment = match.group("moment").strip()
    if match.re is BARE_OCCASION and _indicative(moment) is None:
        return None  # ("आप तो …": an emphasis, no moment before "तो")
    return moment, match.group("step").strip()


def occasion_told(moment: str, name: str, framed: bool = False) -> str | None:
    """The moment told as a plain statement of the persona's ("आपकी सैलरी 1 तारीख को आती है" → "मीना की सैलरी 1 तारीख
    को आती है।", "कोई मरीज़ पानी मांगे" → "कोई मरीज़ पानी मांगता है।"); a moment that says nothing of the reader only
    where the question's frame has told who she is (``framed``); None where its verb cannot be told as a statement."""
    told = moment.strip().rstrip(END_PUNCT).strip()
    if addresses_reader(told):
        told = _persona_effect(told, name, False)
    elif not framed or len(told.split()) < OCCASION_WORDS + 1:
        return None
    told = _indicative(told) or ""
    if len(told.split()) < OCCASION_WORDS:
        return None
    return _agrees(sentence(told))


def first_clause(step: str) -> str:
    """The step up to its first comma ("… करें, ताकि …")."""
    return step.split(", ")[0]


__all__ += ["first_clause"]


def without_relative(text: str) -> str:
    """``text`` without a closing relative clause that tells more of a noun ("बड़ी शादी के लिए लेंस किराए पर लें, जो
    … 500 से 1,500 रुपये प्रतिदिन में मिल जाता है" → "… किराए पर लें"): an instruction whose sentence ends on a
    fact about its object, not on its verb."""
    match = CLOSING_RELATIVE.search(text)
    return text[:match.start()].strip() if match else text


RELATIVE_WORDS = r"(?:जो|जिसे|जिन्हें|जहाँ|जहां|जिसमें|जिनमें|जिसकी|जिनकी|जिसका|जिनका)\s"
CLOSING_RELATIVE = compile_nfc(r",\s*" + RELATIVE_WORDS + r"|(?:(?<=ें)|(?<=एं)|(?<=एँ)|(?<=िए))\s+" + RELATIVE_WORDS
                               + r"(?=.*\S(?:ता|ती|ते)\s+(?:है|हैं)[।.]?$)")
# (after an imperative a fact about its object needs no comma: "… items की list बना लें जिनमें अंडा … पड़ता है", round
# 32's held-out D14, an instruction read as the result of the one before; "लेंस किराए पर लें जो सस्ता हो" chooses)
__all__ += ["without_relative"]


def _indicative(text: str) -> str | None:
    """``text`` with its final subjunctive told as a plain present ("चला जाए" → "चला जाता है", "रखना ही पड़े" → "रखना ही
    पड़ता है", "ज़रूरत हो" → "ज़रूरत है"); as it is when it already ends so; None when its end is no verb."""
    words = text.split()
    if not words:
        return None
    if INDICATIVE_END.search(words[-1]) and (len(words[-1]) <= 3 or analyse(words[-1]) is not None
                                             or words[-1] in ("है", "हैं")):
        return text
    last, before = words[-1], words[-2] if len(words) > 1 else ""
    gender = "f" if before.endswith("ी") and analyse(before) is None and before not in ("ही", "भी") else "m"
    denied = before == "न"  # ("जवाब न आए" → "जवाब नहीं आता": a denied present drops its "है")
    head = [*words[:-2], "नहीं"] if denied else words[:-1]
    if not denied and len(words) > 2 and words[-3] == "न" and before in ROOTS and last[:2] in ("पा", "सक", "जा"):
        denied, head = True, [*words[:-3], "नहीं", before]  # ("तैयार न हो पाए" → "तैयार नहीं हो पाता", not "न हो पाता
        # है"; the dev reading of round 29, item 8)
    if last in ("हो", "हों"):
        if before in BECOMING:  # ("महसूस हो" → "महसूस होता है", not "महसूस है")
            return " ".join([*head, habitual("हो", gender, "sg" if last == "हो" else "pl"),
                             *([] if denied else ["है" if last == "हो" else "हैं"])])
        return None if denied else " ".join([*words[:-1], "है" if last == "हो" else "हैं"])
    if last in NOT_VERBS or len(last) < 2:
        return None
    if last in ("चाहिए", "चाहिये"):
        return text  # ("किसी बच्चे को आपका laptop चाहिए": a need, told so in any mood; round 29's first held-out
        # batch, item 27, read "चाहिता है")
    for ending, number in (("एं", "pl"), ("एँ", "pl"), ("ें", "pl"), ("ए", "sg"), ("े", "sg")):
        if last.endswith(ending) and len(last) > len(ending):
            root = last[: -len(ending)]
            aux = [] if denied else ["है" if number == "sg" else "हैं"]
            return " ".join([*head, habitual(root, gender, number), *aux])
    return None


# Nouns that "हो" turns into an event ("महसूस हो", "शुरू हो"): told as a statement, "होता है", not "है"
BECOMING = frozenset({"महसूस", "शुरू", "खत्म", "ख़त्म", "बंद", "पूरा", "पूरी", "तैयार", "कम", "ज़्यादा", "ज्यादा",
                      "देर", "गलती", "ग़लती"})


OCCASION_WORDS = 4

# "काउंटर पर रोज़ कोई न कोई पूछता है, "खांसी के लिए कौन-सा सिरप ठीक रहेगा?"", "HR अक्सर पहली कॉल में ही पूछ लेता है, "…?"":
# a question someone puts to the reader, in the asker's words
ASKED = compile_nfc(r"(?:पूछता है|पूछती है|पूछते हैं|पूछ लेता है|पूछ लेती है|पूछ लेते हैं|पूछ बैठते हैं|पूछ बैठता है|"
                    r"पूछेंगे|पूछेगा|पूछेगी|पूछ सकते हैं|पूछ सकता है|पूछ सकती है)\s*[,:]?\s*[\"“](?P<question>[^\"”]{6,140}?[?])[\"”]")


def asked_question(sentence: str) -> str | None:
    """The question someone puts to the reader in ``sentence`` (quoted, ending on "?"), else None."""
    match = ASKED.search(sentence)
    return match.group("question").strip() if match else None


def asker(sentence: str) -> str | None:
    """Who puts the quoted question (None: the Hindi stem says "{name} से पूछा जाता है", which reads whole)."""
    return None


__all__ += ["occasion", "occasion_told", "asked_question", "asker"]


REASONED = compile_nfc(r"^(?:.*,\s+(?:पर|लेकिन|और|तो)\s+|.*(?:है|हैं|था|थे|थी|ता|ती|ते),\s+)?"
                       r"(?P<step>[^।]{8,140}?),?\s+क्योंकि\s+(?P<reason>[^।]{10,160})$")
# (the instruction is the clause before "क्योंकि": "… चलता है, पर शुरुआत laptop से करें, क्योंकि …"; a clause
# before it that ends on no verb is the step's own: "दाना और खली ऊँची, सूखी जगह पर रखें, क्योंकि …" keeps what to keep)


def reason_clause(sentence: str) -> str | None:
    """The reason a sentence gives after "क्योंकि", told of nobody in particular, else None (not "क्योंकि आप …")."""
    match = _reasoned(sentence)
    return str(match["reason"]) if match else None


def reasoned_step(sentence: str) -> tuple[str, str] | None:
    """An instruction and the reason the same sentence gives for it ("… placement cell में भी नाम लिखवाएँ,
    क्योंकि अस्पताल अपनी ज़रूरत पहले वहीं भेजते हैं" → (the step as a verbal noun, the reason)), else None."""
    match = _reasoned(sentence)
    step = advice(match["step"]) if match else None
    return (" ".join(w for w in step.split() if w != "भी"), str(match["reason"])) if step and match else None


def _reasoned(sentence: str) -> re.Match[str] | None:
    """The sentence split at its "क्योंकि", or at the "इसलिए" that follows its reason ("परिवार के हर सदस्य का कार्ड
    अलग बनता है, इसलिए सबका eKYC करवाएं"), where the reason is not the reader's and has four words or more."""
    text = sentence.strip().rstrip(END_PUNCT).strip()
    match = REASONED.match(text)
    if match is None and (match := SO_REASONED.match(text)) and not advice(match["step"]):
        match = None  # ("…, इसलिए रिटर्न समय पर जाता है": a result, no tip's reason)
    return None if match is None or addresses_reader(match["reason"]) or len(match["reason"].split()) < 4 else match


SO_REASONED = compile_nfc(r"^(?P<reason>[^,।]{10,160}?),\s+(?:इसलिए|इसीलिए)\s+(?P<step>[^,।]{8,140})$")


__all__ += ["reason_clause", "reasoned_step"]
