"""Where sessions, participants and responses live: open a store from a URL.

Accepted URLs::

    sqlite:///var/netquiz.sqlite3        a file relative to the current directory
    sqlite:////srv/netquiz/db.sqlite3    an absolute path (four slashes)
    sqlite://:memory:                    a private in-memory database (tests)
    postgresql://user:password@host:5432/dbname   a PostgreSQL database (psycopg 3; many hosts)

Example::

    store = open_store("sqlite:///var/netquiz.sqlite3")
    try:
        store.open_session("AB12", bank_json, "Networking")
    finally:
        store.close()
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import SessionError, StoreError
from .base import MODES, LiveRecord, ParticipantRecord, ResponseRecord, SessionRecord, Store, WorkerRecord
from .keys import name_key, new_code, new_token, normalize_code, normalize_name
from .postgres import is_postgres_url, safe_url

__all__ = [
    "MODES", "LiveRecord", "ParticipantRecord", "ResponseRecord", "SessionRecord", "Store", "StoreError",
    "WorkerRecord", "default_db_url", "is_postgres_url", "name_key", "new_token", "normalize_code", "normalize_name",
    "open_store", "open_with_new_code", "safe_url", "sqlite_path",
]
NEW_CODE_TRIES = 20

MEMORY = ":memory:"
ACCEPTED = ("sqlite:///relative/path.sqlite3, sqlite:////absolute/path.sqlite3, sqlite://:memory: "
            "or postgresql://user:password@host:5432/dbname")


def sqlite_path(url: str) -> str:
    """The file path (or ``:memory:``) of a SQLite URL; StoreError for anything else."""
    url = url.strip()
    if url in ("sqlite://:memory:", "sqlite:///:memory:", "sqlite://"):
        return MEMORY
    if url.startswith("sqlite:///") and len(url) > len("sqlite:///"):
        return url[len("sqlite:///"):]
    if is_postgres_url(url):
        raise StoreError(f"{safe_url(url)} is a PostgreSQL URL, not a SQLite file")
    raise StoreError(f"unsupported database URL {url!r}: use {ACCEPTED}")


def open_store(url: str) -> Store:
    """Open the store a URL names (one per process; use it from one thread)."""
    if is_postgres_url(url):
        from .postgres import PostgresStore

        return PostgresStore(url)
    from .sqlite import SqliteStore

    return SqliteStore(sqlite_path(url))


def project_root() -> Path:
    """The folder whose ``var/`` holds the default database (and the server's run files): the checkout this
    package runs from (editable install), else the current directory. (The author's ``data/`` folder is
    :func:`netquiz.ui.author.app.data_folder`.)"""
    root = Path(__file__).resolve().parents[2]
    return root if (root / "pyproject.toml").is_file() and (root / "notebooks").is_dir() else Path.cwd()


def default_db_url() -> str:
    """``$NETQUIZ_DB``, else ``var/netquiz.sqlite3`` of the project, as an absolute URL.

    The one place the default is computed: the CLI, the Voilà kernels (which run in ``notebooks/``), the
    facilitator's notebook and JupyterLab all ask here, so they all open the same file.
    """
    return os.environ.get("NETQUIZ_DB") or f"sqlite:///{project_root() / 'var' / 'netquiz.sqlite3'}"


def open_with_new_code(store: Store, bank_json: str, title: str | None, mode: str = "self") -> SessionRecord:
    """Open a session under a fresh random code (retrying the rare clash)."""
    for _ in range(NEW_CODE_TRIES):
        code = new_code()
        try:
            store.get_session(code)
        except SessionError:
            return store.open_session(code, bank_json, title, mode)
    raise SessionError("could not find a free session code: pass one with --code")


def open_follow_up_with_new_code(store: Store, origin: str, bank_json: str, title: str | None,
                                 sets: dict[int, tuple[str, ...]]) -> SessionRecord:
    """Open a follow-up of session ``origin`` under a fresh random code (retrying the rare clash)."""
    for _ in range(NEW_CODE_TRIES):
        try:
            return store.open_follow_up(new_code(), origin, bank_json, title, sets)
        except SessionError as exc:
            if "already exists" not in str(exc):
                raise
    raise SessionError("could not find a free session code: pass one with --code")
