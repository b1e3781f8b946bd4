"""The netquiz error tree.

Every error a facilitator or participant can cause is a ``NetquizError``; the CLI turns it into exit
status 2 and one line on stderr::

    NetquizError(ValueError)
    ├── ArticleError      the article file cannot be read or has no usable sections
    ├── BankError         a bank file is missing, malformed or breaks the bank contract
    ├── ExportError       an export format is unknown or cannot be written
    ├── StoreError        the database cannot be opened or written
    └── SessionError      unknown or closed session code, empty name, bad answer
        └── LiveAnswerRefused   live mode: the answer came after the time limit or for another question
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


class SessionError(NetquizError):
    """A workshop session problem: unknown or closed code, empty name, invalid answer."""


class LiveAnswerRefused(SessionError):
    """A live answer the round no longer accepts; ``reason``: ``late``, ``not_current`` or ``answered``."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason
