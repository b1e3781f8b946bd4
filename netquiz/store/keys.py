"""How session codes and participant names are normalised before they are stored or matched."""

from __future__ import annotations

import re
import secrets

from ..errors import SessionError

CODE_RE = re.compile(r"[A-Z0-9]{3,12}")
MAX_NAME = 60


def normalize_code(code: str) -> str:
    """The stored form of a session code (upper-case); SessionError if it is not 3–12 letters/digits."""
    cleaned = (code or "").strip().upper()
    if not CODE_RE.fullmatch(cleaned):
        raise SessionError(f"session code {code.strip()!r} is not valid: a code is 3–12 letters or digits "
                           "(A–Z, 0–9), e.g. K7QM4X")
    return cleaned


def normalize_name(name: str) -> str:
    """A participant's display name: trimmed, inner whitespace collapsed; SessionError if empty/too long."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise SessionError("please enter your name")
    if len(cleaned) > MAX_NAME:
        raise SessionError(f"the name is too long: use at most {MAX_NAME} characters")
    return cleaned


def name_key(name: str) -> str:
    """What two names must share to be the same participant: normalised and case-folded."""
    return normalize_name(name).casefold()


CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: easy to read off a projector


def new_code(length: int = 6) -> str:
    """A random readable session code (``secrets``, so codes cannot be guessed from earlier ones)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
