"""Article-blind guessers: how often would a test-wise reader who never read the article pick the key?

Each strategy looks only at the question's wording (stem and options) and returns, for every option, the
probability that it picks that option (ties are split evenly). ``blind_hits`` gives, per strategy, the
probability of picking the key; a question is weak when a strategy does much better than chance on it.
The same strategies feed a generation gate and the author notebook.

    >>> from netquiz.model import Question
    >>> q = Question("q", "s1", "scenario", "Meera talks to people.", ("She gains.", "She does not gain.",
    ...              "Nothing changes.", "She is unsure."), 0, ("", "", "", ""), "", "")
    >>> round(blind_hits(q, "en")["negation"], 2)
    0.5
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from ..kinds import KINDS, kind_of
from ..language import language
from ..language.senses import fields_of
from ..model import Question
from ..text import compile_nfc, consonant_skeleton, has_devanagari, tokens
from .feedback_guess import elimination_ratio, feedback_ratio
from .keywords import content_tokens, stem

NEGATION = {
    "hi": {"नहीं", "न", "मत", "बचना", "बचें", "बचने", "नज़रअंदाज़", "नजरअंदाज", "सिर्फ", "सिर्फ़", "केवल",
           "कभी", "बिना", "फर्क", "फ़र्क"},
    "en": {"not", "no", "never", "avoid", "avoiding", "ignore", "ignoring", "only", "nothing", "cannot",
           "can't", "don't", "doesn't", "won't", "without", "neither", "nor"},
}
NEGATIVE_POLARITY = {
    "hi": {"घट", "कम", "कमजोर", "कमज़ोर", "नकारात्मक", "मुश्किल", "बुरा", "बुरी", "बुरे", "नुकसान", "असफल",
           "पीछे", "बंद", "सुलझ", "ख़त्म", "खत्म", "टल", "मिट"},  # ("उलझन … सुलझ जाती है": a problem gone)
    "en": {"decrease", "decreases", "shrink", "shrinks", "fewer", "less", "weaker", "worse", "harder", "close",
           "closes", "worsen", "worsens", "fall", "falls", "lower", "negative", "lose", "loses"},
}
Strategy = Callable[[Question, str], list[float]]


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    return tuple(tokens(text))  # (lower case already; generated text is already normalised)


EVERY_OTHER = compile_nfc(r"(कोई|कुछ|कहीं|कभी|किसी) न (?:कोई|कुछ|कहीं|कभी|किसी)|कभी-कभी|कहीं-कहीं|कोई-कोई"
                          r"|आगे-पीछे|ऊपर-नीचे|इधर-उधर|कम-ज़्यादा|कम-ज्यादा"
                          r"|पीछे(?= (?:बैठ|खड़|की |के |वाल))")  # (a pair: "काम आगे-पीछे करना", to reschedule it,
# is no falling behind, reading159 read a benefit as a warning; nor a place, "पीछे बैठे बच्चों का ध्यान …", the
# back benches: reading191 read "Walk around the room" as a warning for it)


@lru_cache(maxsize=65536)
def marked(text: str, lang: str, polarity: bool = False) -> bool:
    """True when ``text`` carries a negation/avoidance/"only" marker (or, with ``polarity``, a negative word);
    "कोई न कोई" (someone or other) and the like are no negation, nor "पीछे" in the pair "आगे-पीछे"."""
    words = _words(EVERY_OTHER.sub(" ", text))
    markers = _markers(lang, polarity)
    prefixes = language(lang).negative_prefixes if polarity else ()
    return any(w in markers or w.startswith(prefixes) for w in words) if prefixes else any(w in markers for w in words)


@lru_cache(maxsize=8)
def _markers(lang: str, polarity: bool) -> frozenset[str]:
    """The negation words of ``lang``, with its negative-polarity words too when ``polarity`` (made once)."""
    return frozenset(NEGATION[lang] | (NEGATIVE_POLARITY[lang] if polarity else set()))


def _uniform(flags: list[bool]) -> list[float]:
    """Spread probability evenly over the flagged options (over all when none or all are flagged)."""
    count = sum(flags)
    if count == 0:
        return [1 / len(flags)] * len(flags)
    return [1 / count if f else 0.0 for f in flags]


def _best(scores: list[float]) -> list[float]:
    top = max(scores)
    return _uniform([s == top for s in scores])


def _near_best(scores: list[float], tolerance: float = 0.03) -> list[float]:
    """Like :func:`_best`, but scores within ``tolerance`` of the top look the same to a reader."""
    top = max(scores)
    return _uniform([s >= top - tolerance for s in scores])


def negation(question: Question, lang: str) -> list[float]:
    """Skip every option with a negation, avoidance, "only" or no-effect marker."""
    return _uniform([not marked(o, lang) for o in question.options])


def opposite_pair(question: Question, lang: str) -> list[float]:
    """When two options differ only by a negation or an opposite word, take the positive one."""
    bags = [frozenset(_words(o)) for o in question.options]
    flags = [False] * len(bags)
    for i, a in enumerate(bags):
        for j in range(i + 1, len(bags)):
            b = bags[j]
            differ = a ^ b
            if 0 < len(differ) <= 4 and _has_marker(differ, lang):
                flags[i if _has_marker(b - a, lang) else j] = True
    return _uniform(flags)


def _has_marker(words: frozenset[str], lang: str) -> bool:
    """True when one of ``words`` is a negation or negative-polarity word."""
    markers = _markers(lang, True)
    prefixes = language(lang).negative_prefixes
    return any(w in markers or (bool(prefixes) and w.startswith(prefixes)) for w in words)


def longest(question: Question, lang: str) -> list[float]:
    """The longest (most detailed) option; options within 5 % of the longest look as long to a reader."""
    lengths = [len(o) for o in question.options]
    return _uniform([n >= 0.95 * max(lengths) for n in lengths])


@lru_cache(maxsize=65536)
def _content(text: str, lang: str) -> frozenset[str]:
    return frozenset(stem(t) for t in content_tokens(text, lang))  # (tokens are lower-cased)


def stem_overlap(question: Question, lang: str) -> list[float]:
    """The option that repeats most of the stem's content words, a word written in the other script counted too
    ("आधार सीडिंग" in the stem, "… seeded with Aadhaar" the key: reading143 items 84, 86, under English headings)."""
    stem_words = _content(question.stem, lang)
    deva, latin = sounded(question.stem, lang)
    scores = []
    for option in question.options:
        its_deva, its_latin = sounded(option, lang)
        scores.append(float(len(_content(option, lang) & stem_words) + len(its_deva & latin) + len(its_latin & deva)))
    return _best(scores)


@lru_cache(maxsize=16384)
def sounded(text: str, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The consonant skeletons (three sounds or more) of the text's Devanagari and of its Latin content words."""
    deva: set[str] = set()
    latin: set[str] = set()
    for word in content_tokens(text, lang):  # (one pass: an ASCII word has no Devanagari, so no search for it)
        script = latin if word.isascii() else deva if has_devanagari(word) else None
        if script is not None and len(skeleton := consonant_skeleton(word)) >= MIN_SKELETON:
            script.add(skeleton)
    return frozenset(deva), frozenset(latin)


MIN_SKELETON = 3  # (two sounds, "dr", match too many unrelated pairs)


@lru_cache(maxsize=16384)
def likeness(options: tuple[str, ...]) -> tuple[float, ...]:
    """Per option, its mean word overlap (Jaccard) with the other options."""
    bags = [frozenset(_words(o)) for o in options]
    similar: dict[tuple[int, int], float] = {}  # (each pair's overlap once: the same both ways)
    for i, a in enumerate(bags):
        for j in range(i + 1, len(bags)):
            shared = len(a & bags[j])
            union = len(a) + len(bags[j]) - shared
            similar[i, j] = similar[j, i] = shared / union if union else 0.0
    return tuple(sum(similar[i, j] for j in range(len(bags)) if j != i) / (len(bags) - 1) for i in range(len(bags)))


def odd_one_out(question: Question, lang: str) -> list[float]:
    """The option least like the others (mean word overlap), when one clearly stands apart."""
    return _near_best([-m for m in likeness(question.options)])


def shortest(question: Question, lang: str) -> list[float]:
    """The shortest option (a reader who distrusts detail); within 5 % counts as as short."""
    lengths = [len(o) for o in question.options]
    return _uniform([n <= 1.05 * min(lengths) for n in lengths])


def convergence(question: Question, lang: str) -> list[float]:
    """The option most like the others: the key that every distractor varies in one part."""
    return _near_best(list(likeness(question.options)))


def tf_negation(question: Question, lang: str) -> list[float]:
    """True/false: call a statement false when it carries a negation or a negative word, else true."""
    return [0.0, 1.0] if marked(question.stem, lang, polarity=True) else [1.0, 0.0]


def common_sense(question: Question, lang: str) -> list[float]:
    """The option that shares most fields of meaning with the stem (a wish about "पैसों को लेकर बहस" and the one
    option about fees): what a reader picks by common sense, with no word in common (uniform where the stem has
    no field)."""
    asked = fields_of(question.stem, lang)
    return _best([float(len(fields_of(option, lang) & asked)) for option in question.options])


STRATEGIES: dict[str, Strategy] = {
    "negation": negation,
    "opposite_pair": opposite_pair,
    "longest": longest,
    "stem_overlap": stem_overlap,
    "odd_one_out": odd_one_out,
    "shortest": shortest,
    "convergence": convergence,
    "common_sense": common_sense,
}
GRADED_KINDS = tuple(name for name in KINDS if kind_of(name).blind_graded)  # from the kinds registry


@lru_cache(maxsize=8192)
def blind_hits(question: Question, lang: str) -> dict[str, float]:
    """Per strategy, the probability that it picks the key (true/false questions use ``tf_negation``)."""
    if kind_of(question.kind).fixed_options:  # true/false: the options are the same words every time
        hit = tf_negation(question, lang)[question.answer]
        return dict.fromkeys(STRATEGIES, hit)
    return {name: strategy(question, lang)[question.answer] for name, strategy in STRATEGIES.items()}


def chance(question: Question) -> float:
    """The probability of a blind uniform guess."""
    return 1 / len(question.options)


def cue_strategies(question: Question, lang: str, margin: float = 0.9) -> list[str]:
    """The strategies that find the key of this question with near certainty (≥ ``margin``)."""
    return [name for name, hit in blind_hits(question, lang).items() if hit >= margin]


def blind_report(questions: Iterable[Question], lang: str) -> dict[str, float]:
    """Accuracy of each strategy over the graded kinds, as a multiple of chance (``"chance"``: the mean);
    ``"feedback"`` is the guesser that learns from the feedback, ``"elimination"`` the one who strikes out every
    option that was a key before, having seen the whole bank (:mod:`.feedback_guess`)."""
    questions = list(questions)
    graded = [q for q in questions if q.kind in GRADED_KINDS]
    if not graded:
        return {"chance": 0.0, **dict.fromkeys(STRATEGIES, 0.0), "feedback": 0.0, "elimination": 0.0, "n": 0.0}
    base = sum(chance(q) for q in graded) / len(graded)
    totals = dict.fromkeys(STRATEGIES, 0.0)
    for question in graded:
        for name, hit in blind_hits(question, lang).items():
            totals[name] += hit
    report = {name: (total / len(graded)) / base for name, total in totals.items()}
    report["feedback"] = feedback_ratio(graded)
    report["elimination"] = elimination_ratio(questions, lambda q: q.kind in GRADED_KINDS)
    return {"chance": base, **report, "n": float(len(graded))}


GUESSERS = (*STRATEGIES, "feedback", "elimination")  # the blind report's keys: the strategies and the readers
# of the feedback
