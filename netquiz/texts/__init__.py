"""What people read on screen and take home, in every language: one table per language, one lookup.

Each language is a module of this package named by its code (:mod:`~netquiz.texts.hi`,
:mod:`~netquiz.texts.en`) holding ``LABEL`` (the language's own name, for the toggle) and ``TEXTS`` (key →
:meth:`str.format` template). Every table has the same keys and a key means one thing everywhere (participant,
live, facilitator, author and take-home text share the one table). A third language is one new module
``texts/xx.py``: :data:`LANGS` finds it, ``tests/test_texts.py`` checks it has every key.

The one fallback rule: :func:`say` in a language without a table speaks :func:`default_lang`. A missing key is
never papered over: it raises ``KeyError`` (and the tests check every key the code uses exists)::

    say("hi", "welcome", name="Asha")   # "नमस्ते, Asha"
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
from functools import cache

#: The language people get when nothing says otherwise (participants; the facilitator's default is English).
DEFAULT_LANG = "hi"
FACILITATOR_DEFAULT = "en"
_CODE = re.compile(r"[a-z]{2,3}")  # a module named like an ISO 639 code is a language table


def _discover() -> tuple[str, ...]:
    codes = sorted(m.name for m in pkgutil.iter_modules(__path__) if _CODE.fullmatch(m.name))
    return tuple(sorted(codes, key=lambda code: code != DEFAULT_LANG))  # the default first, then a–z


#: Every language with a table, the default first: ``("hi", "en")``.
LANGS: tuple[str, ...] = _discover()


@cache
def table(lang: str) -> dict[str, str]:
    """The whole table of ``lang`` (``KeyError`` for a language without one)."""
    if lang not in LANGS:
        raise KeyError(f"no text table for language {lang!r}")
    texts: dict[str, str] = importlib.import_module(f"{__name__}.{lang}").TEXTS
    return texts


def say(lang: str, key: str, **fields: object) -> str:
    """The text ``key`` in ``lang`` (in :func:`default_lang` when ``lang`` has no table), filled with ``fields``."""
    template = table(lang if lang in LANGS else default_lang())[key]
    return template.format(**fields) if fields else template


def known(key: str) -> bool:
    """Whether ``key`` is a text key (for keys that arrive as data, e.g. an error's ``key``)."""
    return key in table(DEFAULT_LANG)


def kind_name(lang: str, kind: str) -> str:
    """A question kind in the reader's words (an unknown kind stays as it is, underscores as spaces)."""
    key = f"kind_{kind}"
    return say(lang, key) if known(key) else kind.replace("_", " ")


def _label(lang: str) -> str:
    label: str = importlib.import_module(f"{__name__}.{lang}").LABEL
    return label


#: Language toggle options, (label in its own language, code), in :data:`LANGS` order.
LANG_LABELS: tuple[tuple[str, str], ...] = tuple((_label(lang), lang) for lang in LANGS)


def _env_lang(otherwise: str) -> str:
    lang = (os.environ.get("NETQUIZ_LANG") or "").strip().lower()
    return lang if lang in LANGS else otherwise


def default_lang() -> str:
    """The participants' language before a bank says otherwise: ``NETQUIZ_LANG`` if it has a table, else Hindi."""
    return _env_lang(DEFAULT_LANG)


def facilitator_lang() -> str:
    """The dashboard's and author notebook's first language: ``NETQUIZ_LANG`` if it has a table, else English."""
    return _env_lang(FACILITATOR_DEFAULT)
