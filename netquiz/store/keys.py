"""How session codes and participant names are normalised before they are stored or matched.

A participant is identified by a resume token, not by her name; the name key only tells whether a
name is *taken* in a session (then a second person becomes "Priya (2)", and resuming on another
device needs the resume PIN). Two names are the same name when they look the same::

    name_key("Priya") == name_key(" PRIYA ") == name_key("Ｐｒｉｙａ") == name_key("Рriya")  # Cyrillic Р
    name_key("Prıya") == name_key("Priya")     # dotless ı: Unicode confusable skeletons (UTS #39)
    name_key("क़मर") == name_key("क़मर")        # precomposed vs क + nukta
    normalize_name("a\u202eb")                # NameRefused: direction override
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from functools import lru_cache

from ..errors import NameRefused, SessionError

CODE_RE = re.compile(r"[A-Z0-9]{3,12}")
MAX_NAME = 60
ZWJ, ZWNJ = "\u200d", "\u200c"  # shape Devanagari conjuncts: kept in the display name, not in the key
DIRECTION = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Letters that look like Latin ones (after casefold): the key maps them, so "Рriya" is "Priya".
LOOKALIKES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "н": "h", "і": "i", "ј": "j", "к": "k", "ӏ": "l",
    "м": "m", "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t", "у": "y", "х": "x", "с": "c", "ԝ": "w",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ԁ": "d", "ɡ": "g",
})


def normalize_code(code: str) -> str:
    """The stored form of a session code (upper-case); SessionError if it is not 3–12 letters/digits."""
    cleaned = (code or "").strip().upper()
    if not CODE_RE.fullmatch(cleaned):
        raise SessionError(f"session code {code.strip()!r} is not valid: a code is 3–12 letters or digits "
                           "(A–Z, 0–9), e.g. K7QM4X", key="err_code_unknown")
    return cleaned


def normalize_name(name: str) -> str:
    """A participant's display name: NFC, trimmed, inner whitespace collapsed, invisible format characters
    other than ZWJ/ZWNJ dropped. NameRefused if empty, too long, or with control/direction characters."""
    text = unicodedata.normalize("NFC", name or "")
    for char in text:
        if char in DIRECTION or (unicodedata.category(char) == "Cc" and char != " "):
            raise NameRefused("a name cannot contain control or text-direction characters",
                              key="err_name_chars")
    text = "".join(c for c in text if c in (ZWJ, ZWNJ) or unicodedata.category(c) != "Cf")
    cleaned = " ".join(text.split())
    if not cleaned.strip(ZWJ + ZWNJ):
        raise NameRefused("please enter your name", key="err_name")
    if len(cleaned) > MAX_NAME:
        raise NameRefused(f"the name is too long: use at most {MAX_NAME} characters", key="err_name_long",
                          max=MAX_NAME)
    return cleaned


def name_key(name: str) -> str:
    """What two names share when they look the same: NFKC, no invisible format characters, case-folded,
    then the confusable skeleton (UTS #39: every character replaced by the prototype of its look-alike
    class, so Cyrillic "р", dotless "ı" or "rn"/"m" count as the Latin letters), whitespace collapsed."""
    return " ".join(skeleton(legacy_name_key(name)).casefold().split())


def legacy_name_key(name: str) -> str:
    """The key before confusable skeletons (NFKC, casefold, a few Cyrillic/Greek look-alikes): rows stored
    with it still match (:func:`name_keys`) until a migration re-keys them."""
    text = unicodedata.normalize("NFKC", normalize_name(name))
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = unicodedata.normalize("NFKC", text.casefold()).translate(LOOKALIKES)
    return " ".join(text.split())


def name_keys(name: str) -> tuple[str, str]:
    """The keys a stored participant of this name may have: today's and the one stored before it."""
    return name_key(name), legacy_name_key(name)


def skeleton(text: str) -> str:
    """UTS #39's skeleton of ``text``: NFD, each character mapped to its confusable prototype, NFD."""
    prototypes = confusable_prototypes()
    mapped = "".join(prototypes.get(char, char) for char in unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFD", mapped)


@lru_cache(maxsize=1)
def confusable_prototypes() -> dict[str, str]:
    """Character → prototype, from Unicode's confusables data as ``confusable-homoglyphs`` ships it (each
    prototype lists its look-alikes; each look-alike lists its prototype). Loaded on first use."""
    from confusable_homoglyphs.confusables import confusables_data

    prototypes: dict[str, str] = {}
    for char, entries in confusables_data.items():
        if len(char) != 1 or len(entries) != 1:
            continue  # a prototype (it lists its many look-alikes) or a sequence: stays as it is
        target = entries[0]["c"].strip("\u200e")  # right-to-left entries are wrapped in LRM marks
        back = [e["c"].strip("\u200e") for e in confusables_data.get(target, [])]
        if target == char or char not in back:
            continue
        if back == [char] and (target.isascii(), target) < (char.isascii(), char):
            continue  # a pair listing only each other: both map to the ASCII (or smaller) one
        prototypes[char] = target
    return prototypes


def normalize_pin(pin: str) -> str:
    """A typed PIN as ASCII digits: full-width (１２３４) and other scripts' digits (Devanagari ०–९) become
    0–9, spaces go; anything else stays (and will not match)."""
    text = unicodedata.normalize("NFKC", pin or "")
    return "".join(str(unicodedata.decimal(c)) if unicodedata.category(c) == "Nd" else c
                   for c in text if not c.isspace())


CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: easy to read off a projector


def new_code(length: int = 6) -> str:
    """A random readable session code (``secrets``, so codes cannot be guessed from earlier ones)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def new_pin() -> str:
    """A random 4-digit resume PIN (``0000``–``9999``)."""
    return f"{secrets.randbelow(10_000):04d}"


def new_token() -> str:
    """A random resume token (what a browser keeps in localStorage)."""
    return secrets.token_urlsafe(24)
