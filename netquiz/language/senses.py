"""Fields of meaning a reader links without reading the article ("पैसों को लेकर बहस" and "Fees का Package": money),
as data (``senses/<code>.json``; a file may take in another's fields, ``"also": ["en"]``).

The generator asks them which distractors tempt one who skimmed (a wrong step of the wish's own field) and the blind
report asks which key a reader finds by common sense (the one option of the stem's field).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..text import normalize, tokens

SENSES_DIR = Path(__file__).resolve().parent / "senses"
NUKTA = "\u093c"


@lru_cache(maxsize=8)
def _fields(code: str) -> tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]:
    """Per field of ``code`` (and the languages its file takes in): its whole words and its prefixes."""
    file = SENSES_DIR / f"{code}.json"
    if not file.exists():
        return ()
    data = json.loads(file.read_text(encoding="utf-8"))
    merged: dict[str, list[str]] = {}
    for other in data.get("also", []):
        for name, whole, prefixes in _fields(other):
            merged.setdefault(name, []).extend([*whole, *(p + "*" for p in prefixes)])
    for name, words in data.items():
        if not name.startswith("_") and name != "also":
            merged.setdefault(name, []).extend(words)
    return tuple((name, frozenset(_plain(w) for w in words if not w.endswith("*")),
                  tuple(_plain(w[:-1]) for w in words if w.endswith("*"))) for name, words in merged.items())


def _plain(word: str) -> str:
    """A word as matched: NFC, lower case, no nukta ("ताज़ा" and "ताजा" alike)."""
    return normalize(word).lower().replace(NUKTA, "")


@lru_cache(maxsize=65536)
def fields_of(text: str, code: str) -> frozenset[str]:
    """The fields of meaning the words of ``text`` belong to (empty for a language without a senses file)."""
    words = {_plain(t) for t in tokens(text)}
    return frozenset(name for name, whole, prefixes in _fields(code)
                     if words & whole or (prefixes and any(w.startswith(prefixes) for w in words)))


def share(text: str, other: str, code: str) -> bool:
    """True when the two texts have a field of meaning in common."""
    return bool(fields_of(text, code) & fields_of(other, code))
