"""The netquiz error tree.

Every error a facilitator or participant can cause is a ``NetquizError``; the CLI turns it into exit
status 2 and one line on stderr::

    NetquizError(ValueError)
    ├── ArticleError      the article file cannot be read or has no usable sections
    ├── BankError         a bank file is missing, malformed or breaks the bank contract
    ├── ExportError       an export format is unknown or cannot be written
    ├── StoreError        the database cannot be opened or written
    ├── SituationError    a line of the facilitator's situations file names no headed section or is unusable
    └── SessionError      unknown or closed session code, empty name, bad answer
        ├── NameRefused       empty, too long, or with control/direction characters
        ├── NameTaken         the name is in use in the session (resume PIN, or join as "Name (2)")
        ├── PinRefused        wrong resume PIN (PinLocked: too many wrong PINs)
        ├── AnswerRefused     the answer is not for the question on screen, or was already given
        └── LiveAnswerRefused live mode: the answer came after the time limit or for another question

Every ``SessionError`` has a ``key`` into the text tables (:func:`netquiz.texts.say`; the live screen words some
``LiveAnswerRefused`` keys its own way) and ``values`` to fill it, so a participant sees a message in her language,
never an internal id; the exception's own text is for the CLI and logs.
"""

from __future__ import annotations


class NetquizError(ValueError):
    """Base of all errors a user can act on; the message says what to do."""


class ArticleError(NetquizError):
    """The article cannot be read or parsed into sections."""


class BankError(NetquizError):
    """A bank file is missing, malformed or breaks the bank contract."""


class ExportError(NetquizError):
    """An export cannot be produced."""


class StoreError(NetquizError):
    """The response store cannot be opened or written."""


class SituationError(NetquizError):
    """A line of the facilitator's situations file cannot be used (no such section, empty, addresses the reader)."""


class SessionError(NetquizError):
    """A workshop session problem: unknown or closed code, empty name, invalid answer."""

    key = "err_session"

    def __init__(self, message: str = "", key: str | None = None, **values: object) -> None:
        super().__init__(message)
        if key is not None:
            self.key = key
        self.values = values


class NameRefused(SessionError):
    """A name that cannot be used: empty, too long, control or direction characters."""

    key = "err_name"


class NameTaken(SessionError):
    """The name is already used in the session and this browser has no token for it."""

    key = "name_taken"


class PinRefused(SessionError):
    """The resume PIN does not match."""

    key = "err_pin"


class PinLocked(PinRefused):
    """Too many wrong PINs for this participant: only the facilitator can help now."""

    key = "err_pin_locked"


class AnswerRefused(SessionError):
    """The answer is not for the current question (another tab moved on) or was already given."""

    key = "err_stale"


class LiveAnswerRefused(SessionError):
    """A live answer the round no longer accepts; ``reason``: ``late``, ``not_current`` or ``answered``, and
    ``key`` ``err_<reason>`` (the live screen says it in live mode's words)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message, key=f"err_{reason}")
        self.reason = reason
