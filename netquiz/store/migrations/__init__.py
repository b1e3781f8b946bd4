"""The store's schema, one module per backend in one shape: ``STEPS = {version: (step, …)}``.

:mod:`~netquiz.store.migrations.sqlite` and :mod:`~netquiz.store.migrations.postgres` hold the same versions
with the same tables and columns, written in each backend's DDL. A step is an SQL statement or a function of
the connection (a data change, or DDL that must check first). :func:`migrate` runs every step above a
database's version (0: an empty database) in the caller's transaction and records :data:`SCHEMA_VERSION`, so
a new database and an old one end up alike. To change the schema: bump :data:`SCHEMA_VERSION` to N and add
``N: (…)`` to both modules (tests/test_store.py compares the two backends' tables and columns).

Versions: 1 sessions, participants (one per name), responses; 2 a participant is a resume token, not a name
(``participants.pin``/``pin_failures``, ``participant_tokens``; existing participants get a PIN and today's
name key); 3 live mode (``sessions.mode``, ``live_state``); 4 the quiz workers' pool status (``worker_status``); 5 what
people take home (``sessions.review_days``, ``sessions.follow_up_of``, ``question_sets``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..keys import name_key, new_pin

SCHEMA_VERSION = 5
DEFAULT_REVIEW_DAYS = 7  # a participant may fetch her review this many days after the session closed
Step = str | Callable[[Any], None]


def migrate(conn: Any, steps: Mapping[int, tuple[Step, ...]], version: int) -> None:
    """Bring a database at ``version`` (0: empty) to :data:`SCHEMA_VERSION` with ``steps``, inside the caller's
    transaction; ``conn.execute`` takes ``?`` placeholders."""
    for number in sorted(v for v in steps if v > version):
        for step in steps[number]:
            if callable(step):
                step(conn)
            else:
                conn.execute(step)
    conn.execute("INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(SCHEMA_VERSION),))


def pins_and_name_keys(conn: Any) -> None:
    """Version 2's data step: every participant gets a resume PIN and her name key by today's
    :func:`netquiz.store.keys.name_key` (a name today's rules refuse, or whose new key is taken, keeps its old key)."""
    rows = conn.execute("SELECT id, session_code, name FROM participants WHERE pin = '' ORDER BY id").fetchall()
    for participant_id, code, name in rows:
        conn.execute("UPDATE participants SET pin=? WHERE id=?", (new_pin(), participant_id))
        try:
            key = name_key(name)
        except ValueError:
            continue
        clash = conn.execute("SELECT 1 FROM participants WHERE session_code=? AND name_key=? AND id<>?",
                             (code, key, participant_id)).fetchone()
        if clash is None:
            conn.execute("UPDATE participants SET name_key=? WHERE id=?", (key, participant_id))
