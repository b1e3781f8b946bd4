"""Where sessions, participants and responses live: open a store from a URL.

Accepted URLs::

    sqlite:///var/netquiz.sqlite3        a file relative to the current directory
    sqlite:////srv/netquiz/db.sqlite3    an absolute path (four slashes)
    sqlite://:memory:                    a private in-memory database (tests)

``postgresql://…`` is recognised but not available in this build. Example::

    store = open_store("sqlite:///var/netquiz.sqlite3")
    try:
        store.open_session("AB12", bank_json, "Networking")
    finally:
        store.close()
"""

from __future__ import annotations

from ..errors import StoreError
from .base import ParticipantRecord, ResponseRecord, SessionRecord, Store
from .keys import name_key, normalize_code, normalize_name

__all__ = [
    "ParticipantRecord", "ResponseRecord", "SessionRecord", "Store", "StoreError",
    "name_key", "normalize_code", "normalize_name", "open_store", "sqlite_path",
]

MEMORY = ":memory:"
ACCEPTED = "sqlite:///relative/path.sqlite3, sqlite:////absolute/path.sqlite3 or sqlite://:memory:"


def sqlite_path(url: str) -> str:
    """The file path (or ``:memory:``) of a SQLite URL; StoreError for anything else."""
    url = url.strip()
    if url in ("sqlite://:memory:", "sqlite:///:memory:", "sqlite://"):
        return MEMORY
    if url.startswith("sqlite:///") and len(url) > len("sqlite:///"):
        return url[len("sqlite:///"):]
    if url.startswith(("postgresql://", "postgres://", "postgresql+")):
        raise StoreError("PostgreSQL store not available in this build; use a sqlite:/// URL")
    raise StoreError(f"unsupported database URL {url!r}: use {ACCEPTED}")


def open_store(url: str) -> Store:
    """Open the store a URL names (one per process; use it from one thread)."""
    from .sqlite import SqliteStore

    return SqliteStore(sqlite_path(url))
