"""Rewrite Hindi advice addressed to the reader (आप) as a story about a persona, or in the first person.

``to_persona("अगर आप लोगों से बात करती हैं, तो आपको अवसर मिलेगा", "मीरा")`` →
"अगर मीरा लोगों से बात करती है, तो उसे अवसर मिलेगा". The verb group changes only in a clause whose
subject is bare आप; अपना/अपनी/अपने stay; आपस, आपत्ति, अपने आप are never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import WORD_CHAR, compile_nfc
from .hi_verbs import conjugate, find_verb_group

POSTPOSITIONS = ("को", "का", "की", "के", "ने", "से", "में", "पर", "तक")
# reader form → (name + suffix at first mention, third-person pronoun later, first-person form)
FORMS: dict[str, tuple[str, str, str]] = {
    "": ("", "वह", "मैं"),
    "को": (" को", "उसे", "मुझे"),
    "ने": (" ने", "उसने", "मैंने"),
    "से": (" से", "उससे", "मुझसे"),
    "में": (" में", "उसमें", "मुझमें"),
    "पर": (" पर", "उस पर", "मुझ पर"),
    "तक": (" तक", "उस तक", "मुझ तक"),
    "का": (" का", "उसका", "मेरा"),
    "की": (" की", "उसकी", "मेरी"),
    "के": (" के", "उसके", "मेरे"),
}
READER_RE = compile_nfc(
    f"(?<!अपने )(?<!अपनी )(?<!अपना )(?<!अपने-)(?<!{WORD_CHAR})आप(?: ?({'|'.join(POSTPOSITIONS)}))?(?!{WORD_CHAR})"
)
BARE_READER_RE = compile_nfc(
    f"(?<!अपने )(?<!अपनी )(?<!अपना )(?<!अपने-)(?<!{WORD_CHAR})आप(?! ?(?:{'|'.join(POSTPOSITIONS)})(?!{WORD_CHAR}))"
    f"(?!{WORD_CHAR})"
)
CLAUSE_SPLIT_RE = compile_nfc(  # (a colon ends one: "… आप साफ़ लिख देती हैं: 500 ग्राम …", round 44's batch D
    # told "वह साफ़ लिख देती हैं")
    r"(,|;|:|।|\?|!| तो | कि | जो | क्योंकि | ताकि | जिससे | लेकिन | परंतु | इसलिए | वरना | जबकि | तब )"
)
COPULA = {"हैं": ("है", "हूँ"), "है": ("है", "हूँ"), "थीं": ("थी", "थी"), "थे": ("थी", "थी"), "हों": ("हो", "होऊँ")}
NOT_PERFECTIVE = {"नहीं", "कहीं", "यहीं", "वहीं", "भीं"}  # words that end like a feminine plural perfective
NEW_SUBJECT = {"लोग", "वे", "वो", "कई", "सभी", "दूसरे", "अन्य", "हम", "मैं", "यह", "ये", "कोई", "उनका",
               "उनकी", "उनके", "आपका", "आपकी", "आपके", "उसका", "उसकी", "उसके", "इससे", "इसका", "इसकी"}


# A coordinated clause whose verb agrees with no subject but its experiencer ("साथियों को लगता है", "बच्चे को
# पता चलता है"): a new clause, not hers
EXPERIENCER = compile_nfc(r"^(?:\S+\s+){1,2}को\s+(?:\S+\s+)?(?:लग|मिल|पता|दिख|याद|महसूस)")


OBLIGED = compile_nfc(r"\S+ना\s+(?:\S+\s+)?(?:नहीं\s+)?पड़(?:ता|ती|ते)(?!\S)")


@dataclass(frozen=True)
class Rewrite:
    """A rewritten text and whether the persona has been named yet."""

    text: str
    mentioned: bool


def has_bare_reader(text: str) -> bool:
    """True when bare आप (the reader as subject) occurs in ``text``."""
    return READER in text and bool(BARE_READER_RE.search(text))


READER = "आप"  # (every pattern of the reader needs it: the substring test first spares most texts the search)


def _fix_clause(clause: str, target: str, gender: str) -> str:
    """Re-inflect the verb groups of a clause whose subject is bare आप (and its coordinated parts)."""
    parts = clause.split(" और ")
    subject = False
    for index, part in enumerate(parts):
        words = part.split()
        if index and words and (words[0] in NEW_SUBJECT or EXPERIENCER.match(part.strip())
                                or OBLIGED.search(part)):
            subject = False  # ("… और साथियों को लगता है कि …": the colleagues feel it, the verb is theirs; "… और nurse
            # को बार-बार पूछना नहीं पड़ता": an obligation's verb agrees with the infinitive, never with her)
        subject = subject or has_bare_reader(part)
        if not subject:
            continue
        group = find_verb_group(words)
        if group is None:
            lead = part[: len(part) - len(part.lstrip())]
            if words and words[-1] in COPULA:
                parts[index] = lead + " ".join(words[:-1] + [COPULA[words[-1]][target == "first"]])
            elif words and words[-1].endswith("ीं") and words[-1] not in NOT_PERFECTIVE:  # "आप कहां पहुंचीं" →
                parts[index] = lead + " ".join(words[:-1] + [words[-1][:-1]])  # "वह कहां पहुंची"
            continue
        new = conjugate(group, target, gender)
        if new is not None:
            lead = part[: len(part) - len(part.lstrip())]
            parts[index] = lead + " ".join(words[: group.start] + new)
    return " और ".join(parts)


def fix_verbs(text: str, target: str, gender: str = "f") -> str:
    """Re-inflect every clause of ``text`` whose subject is bare आप (target: persona or first)."""
    if READER not in text:
        return text  # (no clause has a bare आप: every piece joined again is the text)
    pieces = CLAUSE_SPLIT_RE.split(text)
    i = 0
    while i + 2 < len(pieces):  # "आप अलग-अलग शहरों, उम्र और सोच के लोगों को … जान पाती हैं": a list's comma
        if pieces[i + 1] == "," and has_bare_reader(pieces[i]) and find_verb_group(pieces[i].split()) is None:
            pieces[i:i + 3] = [pieces[i] + pieces[i + 1] + pieces[i + 2]]  # is no clause's end
        else:
            i += 2
    for i in range(0, len(pieces), 2):
        if has_bare_reader(pieces[i]):
            trail = pieces[i][len(pieces[i].rstrip()):]
            pieces[i] = _fix_clause(pieces[i].rstrip(), target, gender) + trail
    return "".join(pieces)


def replace_reader(text: str, name: str | None, mentioned: bool) -> Rewrite:
    """Replace reader pronouns left to right: the name at first mention, then third person.

    With ``name=None`` the reader becomes the first person (मैं, मुझे, मेरा…).
    """
    if READER not in text:
        return Rewrite(text, mentioned)  # (no pronoun to replace)
    state = {"mentioned": mentioned}

    def swap(match: re.Match[str]) -> str:
        suffix, later, first = FORMS[match.group(1) or ""]
        if name is None:
            return first
        if state["mentioned"]:
            return later
        state["mentioned"] = True
        return name + suffix

    return Rewrite(READER_RE.sub(swap, text), state["mentioned"])


def to_persona(text: str, name: str, mentioned: bool = False) -> Rewrite:
    """Third-person story about ``name`` (a woman) from advice addressed to आप; quoted words stay as said
    ("बाद में "आपने तो कहा था…" वाली बहस": a customer speaking to her; round 44's batch E read "उसने तो कहा था" as
    someone else's words)."""
    alone = text if AND.search(text) else ALSO.sub("", text)  # ("… और उसके दोस्त भी यही कहते हैं": also of the
    # sentence's own first part)
    hidden, quotes = _hide_quotes(alone)
    told = replace_reader(fix_verbs(hidden, "persona", "f"), name, mentioned)
    return Rewrite(_restore_quotes(told.text, quotes), told.mentioned)


# "… बच्चों का होमवर्क भी नहीं छूटता" told of a persona alone: "भी" (as well as what?) points to a sentence the question
# leaves out (round 30's held-out item F6, round 31's B36); not "फिर भी", "एक भी", "बारिश में भी" (still, even one, even)
AND = compile_nfc(r"(?<!\S)(?:और|तथा|व)(?!\S)")
ALSO = compile_nfc(r"(?<=\S)(?<!फिर)(?<!कभी)(?<!कोई)(?<!किसी)(?<!कुछ)(?<!अब)(?<!तब)(?<!जब)(?<!जो)(?<!कहीं)(?<!तो)"
                   r"(?<!एक)(?<!ज़रा)(?<!जरा)(?<!थोड़ा)(?<!थोड़ी)(?<!बिल्कुल)(?<!बिलकुल)(?<!में)(?<!पर)(?<!से)"
                   r"(?<!को)(?<!तक)(?<!बाद)(?<!साथ)(?<!हुए)(?<!कर)(?<!के)\s+भी(?=\s)")


def to_first_person(text: str, gender: str = "f") -> str:
    """The candidate's own voice: आप → मैं, आपको → मुझे, करती हैं → करती हूँ; quoted words stay as said ("“आपने
    जवाब ही नहीं दिया” जैसी शिकायतें": what others said to me, not "“मैंने …”")."""
    hidden, quotes = _hide_quotes(text)
    return _restore_quotes(replace_reader(fix_verbs(hidden, "first", gender), None, True).text, quotes)


QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
HIDDEN = re.compile(r"⟦(\d+)⟧")


def _hide_quotes(text: str) -> tuple[str, list[str]]:
    quotes: list[str] = []

    def hide(match: re.Match[str]) -> str:
        quotes.append(match.group(0))
        return f"⟦{len(quotes) - 1}⟧"
    return QUOTED.sub(hide, text), quotes


def _restore_quotes(text: str, quotes: list[str]) -> str:
    return HIDDEN.sub(lambda match: quotes[int(match.group(1))], text) if quotes else text


def addresses_reader(text: str) -> bool:
    """True when the text contains a second-person pronoun as a whole word."""
    return READER in text and bool(READER_RE.search(text))
