"""Files at rest (issue 15): the database and its WAL/SHM files are the owner's only (names, resume PINs);
banks are 0644 however they are saved (CLI or author notebook)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from conftest import make_small_bank

from netquiz.bank import bank_to_json, save_bank
from netquiz.store import open_store


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_wal_and_shm_are_0600_even_with_a_loose_umask(tmp_path: Path) -> None:
    db = tmp_path / "var" / "netquiz.sqlite3"
    old = os.umask(0o022)
    try:
        store = open_store(f"sqlite:///{db}")
        store.open_session("MODE1", bank_to_json(make_small_bank()), "modes")
        store.join("MODE1", "Asha")
        wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
        assert wal.exists() and shm.exists()  # WAL mode, a write happened, the store is still open
        assert {p.name: mode_of(p) for p in (db, wal, shm)} == {p.name: 0o600 for p in (db, wal, shm)}
        store.close()
    finally:
        os.umask(old)


def test_an_existing_world_readable_database_is_tightened(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    open_store(f"sqlite:///{db}").close()
    db.chmod(0o644)
    open_store(f"sqlite:///{db}").close()
    assert mode_of(db) == 0o600


def test_banks_are_0644(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        path = tmp_path / "banks" / "small.json"
        save_bank(make_small_bank(), path)
        assert mode_of(path) == 0o644
        save_bank(make_small_bank(), path)  # saved again over itself (the author notebook's Save)
        assert mode_of(path) == 0o644
    finally:
        os.umask(old)
