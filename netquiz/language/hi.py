"""Hindi: reader detection, persona rewrites, polarity flips and question wording."""

from __future__ import annotations

from ..text import WORD_CHAR, compile_nfc, compile_words
from .base import Causal
from .hi_advice import advice, advice_habit, imperative_to_infinitive, linked_effect
from .hi_patterns import END_PUNCT, find_causal, is_imperative, sentence, strip_discourse
from .hi_pronouns import addresses_reader, has_bare_reader, to_first_person, to_persona
from .hi_verbs import analyse, conjugate, find_verb_group

__all__ = ["find_causal", "is_imperative", "to_persona", "to_first_person"]

THIRD_PERSON_RE = compile_words("वह|उसे|उसने|उससे|उसमें|उसका|उसकी|उसके|उस")
EXPERIENCER_ROOTS = {"मिल", "हो"}
ANTONYMS = {"मजबूत": "कमजोर", "मज़बूत": "कमज़ोर", "सकारात्मक": "नकारात्मक", "अधिक": "कम", "ज्यादा": "कम",
            "ज़्यादा": "कम", "आसान": "मुश्किल", "अच्छा": "बुरा", "अच्छी": "बुरी", "अच्छे": "बुरे",
            "फायदा": "नुकसान", "फ़ायदा": "नुकसान", "सफल": "असफल", "आगे": "पीछे", "कम": "अधिक"}
ANTONYM_STEMS = (("बढ़", "घट"), ("घट", "बढ़"), ("खुल", "बंद हो"))
ACTIVITY_SUFFIXES = ("िंग", "ाई", "ीत", "ास")


def pronoun_before_name(text: str, name: str) -> bool:
    """True when a third-person pronoun appears before the persona is named."""
    first_pronoun = THIRD_PERSON_RE.search(text)
    position = text.find(name)
    return first_pronoun is not None and (position < 0 or first_pronoun.start() < position)


def _words(text: str) -> list[str]:
    return text.strip().rstrip(END_PUNCT).split()


def _regroup(text: str, target: str) -> str | None:
    words = _words(text)
    group = find_verb_group(words)
    if group is None:
        return None
    new = conjugate(group, target)
    return None if new is None else " ".join(words[: group.start] + new)


def _finite_cause(cause: str, pattern: str) -> str:
    """Make a reader cause a finite clause: the first alternative of a -कर chain ends in करती हैं."""
    if pattern == "correlative":
        words = cause.split()
        if len(words) > 2 and words[1] == "आप":
            cause = " ".join(["आप", "अब", "पहले", "से", words[0]] + words[2:])
    if pattern == "chain":
        first = cause.split(" या फिर ")[0].split(" या ")[0]
        words = first.split()
        last = words[-1]
        root = "कर" if last == "कर" else last[:-2]
        cause = " ".join(words[:-1] + [root + "ती", "हैं"])
    return cause


def _noun_is_activity(noun: str) -> bool:
    return len(noun.split()) == 1 and noun.endswith(ACTIVITY_SUFFIXES)


def is_activity(noun: str) -> bool:
    """True for a one-word activity noun that takes करना (नेटवर्किंग, पढ़ाई, बातचीत)."""
    return _noun_is_activity(noun)


def situation(causal: Causal, name: str) -> str | None:
    """The persona doing the cause, as one sentence (the name mentioned first)."""
    if causal.cause_kind == "reader":
        clause = " ".join(x for x in (causal.setting, _finite_cause(causal.cause, causal.pattern)) if x)
        text = to_persona(clause, name).text
        return sentence(text) if find_verb_group(_words(text)) and name in text else None
    if causal.cause_kind == "noun":
        if _noun_is_activity(causal.cause):
            return sentence(f"{name} नियमित रूप से {causal.cause} करती है")
        return sentence(f"{name} {causal.cause} का सहारा लेती है")
    if causal.cause_kind == "verbal":
        words = causal.cause.split()
        form = analyse(words[-1])
        if form is None or form.kind != "oblique":
            return None
        return sentence(f"{name} " + " ".join(words[:-1] + [form.root + "ती", "है"]))
    if causal.cause_kind == "imperative":
        return advice_habit(causal.cause, name)
    return None


def _persona_effect(effect: str, name: str, mentioned: bool) -> str:
    text = " ".join(w for w in to_persona(effect, name, mentioned=mentioned).text.split() if w != "भी")
    if not addresses_reader(effect):
        group = find_verb_group(_words(text))
        form = analyse(group.finite) if group else None
        inner = analyse(group.main[-1]) if group and group.main else None
        root = inner.root if inner and form and form.root in ("सक", "पा") else (form.root if form else "")
        if root in EXPERIENCER_ROOTS:
            text = ("उसे " if mentioned else f"{name} को ") + text
    return text


def outcome(causal: Causal, name: str) -> str | None:
    """The effect for the persona already named in the stem, in the future."""
    text = _regroup(_persona_effect(causal.effect, name, True), "future")
    return sentence(text) if text else None


def wish(causal: Causal, name: str) -> str | None:
    """"<name> चाहती है कि <effect in the subjunctive>"."""
    text = _regroup(_persona_effect(causal.effect, name, True), "subjunctive")
    return sentence(f"{name} चाहती है कि {text}") if text else None


def achieved(causal: Causal, name: str) -> str | None:
    """The effect as something that has already happened to the persona."""
    if " और " in causal.effect:
        return None
    if addresses_reader(causal.effect):
        told = " ".join(w for w in to_persona(causal.effect, name).text.split() if w != "भी")
        text = _regroup(told, "perfective")
        return sentence(f"कुछ महीनों बाद {text}") if text and text.find(name) >= 0 else None
    text = _regroup(_persona_effect(causal.effect, name, True), "perfective")
    return sentence(f"कुछ महीनों बाद {name} ने पाया कि {text}") if text else None


def action(causal: Causal) -> str | None:
    """The cause as an infinitive action ("लोगों से बात करना")."""
    if causal.cause_kind == "noun":
        if _noun_is_activity(causal.cause):
            return f"नियमित रूप से {causal.cause} करना"
        return f"{causal.cause} का सहारा लेना"
    if causal.cause_kind == "verbal":
        words = causal.cause.split()
        form = analyse(words[-1])
        return " ".join(words[:-1] + [form.root + "ना"]) if form and form.kind == "oblique" else None
    if causal.cause_kind == "imperative":
        return advice(causal.cause)
    clause = " ".join(x for x in (causal.setting, _finite_cause(causal.cause, causal.pattern)) if x)
    words = [w for w in clause.split() if w != "आप"]
    if causal.pattern == "correlative":
        words = ["अधिक", "से", "अधिक"] + [w for w in words if w not in ("अब", "पहले", "अधिक", "ज्यादा")][1:]
    group = find_verb_group(words)
    new = conjugate(group, "infinitive") if group else None
    return " ".join(words[: group.start] + new) if group and new else None


def avoid(action_text: str) -> str | None:
    """The opposite action: "लोगों से बात करना" → "लोगों से बात करने से बचना"."""
    for separator in (", ", " और "):
        head = action_text.split(separator)[0]
        if head != action_text and head.endswith("ना"):
            action_text = head
    words = [w for w in action_text.split() if w != "भी"]
    if words[:3] == ["अधिक", "से", "अधिक"]:
        words = words[3:]
    if words[:3] == ["नियमित", "रूप", "से"]:
        words = words[3:]
    if not words or not words[-1].endswith("ना"):
        return None
    return " ".join(words[:-1] + [words[-1][:-1] + "े", "से", "बचना"])


def flip(text: str) -> str | None:
    """Polarity flip: बढ़ेगा → घटेगा, मजबूत → कमजोर, else मिलेगा → नहीं मिलेगा (and back)."""
    words = _words(text)
    group = find_verb_group(words)
    if group is not None:
        for index in range(group.start, len(words)):
            for old, new in ANTONYM_STEMS:
                if words[index].startswith(old) and analyse(words[index]):
                    words[index] = new + words[index][len(old):]
                    return sentence(" ".join(words))
    for index, word in enumerate(words):
        predicate = group is not None and index == group.start - 1
        if word in ANTONYMS and (index >= 2 or predicate):  # not the subject's own adjective (एक अच्छी …)
            words[index] = ANTONYMS[word]
            return sentence(" ".join(words))
    if "नहीं" in words:
        return sentence(" ".join(w for w in words if w != "नहीं"))
    if group is None:
        return None
    tail = words[group.start:]
    finite = analyse(group.finite)
    if group.aux in ("है", "हैं", "हूँ", "हूं") and finite is not None and finite.kind == "habitual":
        tail = tail[:-1]
    return sentence(" ".join(words[: group.start] + ["नहीं"] + tail))


def first_person_answer(source: str, gender: str) -> str | None:
    """The source sentence told as the candidate's own experience (present habitual)."""
    if not addresses_reader(source):
        return None
    text = to_first_person(strip_discourse(source.strip().rstrip(END_PUNCT)), gender)
    regrouped = _regroup(text, "habitual")
    return sentence("मेरे अनुभव में, " + (regrouped or text))


__all__ += ["is_activity", "addresses_reader", "situation", "outcome", "wish", "achieved", "action", "avoid", "flip",
            "first_person_answer", "has_bare_reader", "pronoun_before_name"]


CONTRAST_RE = compile_nfc(
    r"(?P<a>(?:\S+\s+){0,2}?\S+)\s+से\s+(?:अधिक|ज्यादा|ज़्यादा|बढ़कर)\s+(?!से\s)"
)
POSSESSIVES = {"आपके", "आपका", "आपकी", "उसके", "उसका", "उसकी", "मेरे", "मेरा", "मेरी", "अपने", "अपना",
               "अपनी", "तो", "कि", ",", "इससे"}


def contrast_claims(source: str) -> list[str]:
    """What a sentence says counts for less ("आपके बायोडाटा से अधिक …" → "बायोडाटा")."""
    claims = []
    for match in CONTRAST_RE.finditer(source):
        words = match.group("a").split()
        while words and (words[0] in POSSESSIVES or words[0].endswith(",")):
            words = words[1:]
        kept: list[str] = []
        for word in reversed(words):
            if word in POSSESSIVES:
                break
            kept.insert(0, word)
        if kept and len(kept) <= 2 and not any(analyse(w) for w in kept):
            claims.append(" ".join(kept))
    return claims


__all__ += ["contrast_claims", "sentence"]


PASSIVE_RE = compile_nfc(
    f"(?:किया|किए|की|दिया|दी|दिए|लिया|ली|लिए|गया|गई|गए)\\s+(?:जा|जाता|जाती|जाते|जाएगा|जाएगी|जाएंगे)(?!{WORD_CHAR})"
)


def is_passive(effect: str) -> bool:
    """True for a passive effect ("ध्यान केंद्रित किया जाता है"): nobody's action can be advised from it."""
    return bool(PASSIVE_RE.search(effect))


__all__ += ["is_passive"]

__all__ += ["analyse"]


def claim_for_persona(text: str, name: str) -> str | None:
    """A claim of the article told about the persona already named ("आपको …" → "उसे …")."""
    body = strip_discourse(text.strip().rstrip(END_PUNCT))
    if is_imperative(body) or len(body.split()) < 3:
        return None
    told = to_persona(body, name, mentioned=True).text
    return None if addresses_reader(told) else sentence(told)


__all__ += ["claim_for_persona", "advice", "advice_habit", "imperative_to_infinitive", "linked_effect"]
