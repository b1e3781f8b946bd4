"""Resume-PIN guessing is bounded per page, per address, per session and per participant, with growing
waits; no lock is permanent and the owner's own browser (token) always gets back in (issue 15)."""

from __future__ import annotations

import pytest
from conftest import BACKENDS, backend_url, make_small_bank

from netquiz.bank import bank_to_json
from netquiz.errors import PinLocked, PinRefused
from netquiz.store import open_store
from netquiz.store import pin_throttle as pt


class Clock:
    def __init__(self) -> None:
        self.now, self.slept = 1_000_000.0, []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(pt.time, "time", clock.time)
    monkeypatch.setattr("netquiz.store.sql.time.sleep", clock.sleep)
    return clock


@pytest.fixture
def room(tmp_path):
    """A session with 200 participants (their PINs known to the test only)."""
    store = open_store(f"sqlite:///{tmp_path / 'pins.sqlite3'}")
    store.open_session("PIN1", bank_to_json(make_small_bank()))
    people = [store.join("PIN1", f"Person {i}", token=f"token-of-person-{i:03d}") for i in range(200)]
    yield store, people
    store.close()


def as_page(monkeypatch, folder, page: str, address: str) -> pt.PinThrottle:
    """The store in this process now acts as the kernel of ``page`` (served to ``address``)."""
    pt.record_owner(folder, page, address)
    monkeypatch.setattr(pt, "current_kernel_id", lambda: page)
    monkeypatch.setattr(pt, "shared_dir", lambda db_url=None: folder)
    monkeypatch.setattr(pt, "_THROTTLE", None)
    throttle = pt.pin_throttle()
    assert throttle.active and throttle.address == address and throttle.folder == folder
    return throttle


def guess_all(store, people, guesses: int) -> tuple[int, int]:
    """``guesses`` PIN guesses spread over everyone: (checked wrong, refused by a limit)."""
    checked = refused = 0
    for n in range(guesses):
        person = people[n % len(people)]
        try:
            store.join("PIN1", person.name, token=f"thief-{n}", pin=f"{(int(person.pin) + 1 + n) % 10_000:04d}")
        except PinLocked:
            refused += 1
        except PinRefused:
            checked += 1
    return checked, refused


def test_2000_guesses_from_one_page_take_nobody_over_and_lock_nobody_out(room, clock, tmp_path, monkeypatch):
    store, people = room
    folder = tmp_path / "shared"
    folder.mkdir()
    as_page(monkeypatch, folder, "kernel-of-the-thief", "203.0.113.9")
    checked, refused = guess_all(store, people, 2000)
    assert checked == pt.PER_PAGE and refused == 2000 - pt.PER_PAGE
    assert clock.slept == [0.5, 1.0, 2.0, 4.0, 8.0]  # each wrong PIN waited longer
    assert all(store.find_token(f"thief-{n}") is None for n in range(2000))
    as_page(monkeypatch, folder, "kernel-of-a-new-phone", "198.51.100.4")
    for person in people:  # everyone resumes on a new device with her PIN, typed right
        assert store.join("PIN1", person.name, token=f"new-{person.id}", pin=person.pin).id == person.id
    assert store.join("PIN1", people[0].name, token="token-of-person-000").id == people[0].id


def test_many_pages_from_one_address_share_its_limit_and_limits_end(room, clock, tmp_path, monkeypatch):
    store, people = room
    folder = tmp_path / "shared"
    folder.mkdir()
    total = 0
    for page in range(10):
        as_page(monkeypatch, folder, f"kernel-{page}", "203.0.113.9")
        total += guess_all(store, people[page * 10:], 10)[0]
    assert total == pt.PER_ADDRESS
    clock.now += pt.WINDOW_S + 1  # a minute later: nothing is locked for good
    assert guess_all(store, people[150:], 10)[0] == pt.PER_PAGE


def test_one_participant_is_guessed_at_most_per_target_window(room, clock, tmp_path, monkeypatch):
    store, people = room
    folder = tmp_path / "shared"
    folder.mkdir()
    target, checked = people[7], 0
    for page in range(40):  # many addresses, all at one person
        as_page(monkeypatch, folder, f"kernel-{page}", f"192.0.2.{page}")
        checked += guess_all(store, [target], 2)[0]
    assert checked == pt.PER_TARGET
    with pytest.raises(PinLocked):  # her PIN rests for a while (not for good) ...
        store.join("PIN1", target.name, token="her-laptop", pin=target.pin)
    assert store.join("PIN1", target.name, token="token-of-person-007").id == target.id  # ... her phone works
    clock.now += pt.TARGET_WINDOW_S + 1
    assert store.join("PIN1", target.name, token="her-laptop", pin=target.pin).id == target.id


def test_outside_a_kernel_nothing_is_throttled(room, monkeypatch, clock):
    store, people = room
    monkeypatch.setattr(pt, "_THROTTLE", None)
    assert not pt.pin_throttle().active
    assert guess_all(store, people, 30) == (30, 0) and clock.slept == [0.0] * 30


@pytest.fixture(params=BACKENDS)
def two_hosts(request, tmp_path):
    """Two hosts' stores on one database (SQLite file or PostgreSQL), each with its own folder: 40 people."""
    url = backend_url(request, tmp_path / "shared.sqlite3")
    stores = [open_store(url), open_store(url)]
    stores[0].open_session("PIN1", bank_to_json(make_small_bank()))
    people = [stores[0].join("PIN1", f"Person {i}", token=f"token-of-person-{i:03d}") for i in range(40)]
    folders = [tmp_path / "host-a", tmp_path / "host-b"]
    for folder in folders:
        folder.mkdir()
    yield stores, folders, people
    for store in stores:
        store.close()


def test_two_hosts_share_the_session_address_and_participant_counts(two_hosts, clock, monkeypatch):
    (store_a, store_b), (folder_a, folder_b), people = two_hosts
    target, checked = people[3], 0
    for page in range(6):  # pages on both hosts, all at one person: 5 checks in all, not 5 per host
        store, folder = (store_a, folder_a) if page % 2 else (store_b, folder_b)
        as_page(monkeypatch, folder, f"kernel-t{page}", f"192.0.2.{page}")
        checked += guess_all(store, [target], 2)[0]
    assert checked == pt.PER_TARGET
    checked = 0
    for page in range(6):  # one address, pages on both hosts: 20 checks in all
        store, folder = (store_a, folder_a) if page % 2 else (store_b, folder_b)
        as_page(monkeypatch, folder, f"kernel-a{page}", "203.0.113.9")
        checked += guess_all(store, people[5 + page * 5:], 5)[0]
    assert checked == pt.PER_ADDRESS
    checked = pt.PER_TARGET + pt.PER_ADDRESS
    for page in range(12):  # many addresses on both hosts: the session's 60 a minute, counted once
        store, folder = (store_a, folder_a) if page % 2 else (store_b, folder_b)
        as_page(monkeypatch, folder, f"kernel-s{page}", f"198.51.100.{page}")
        checked += guess_all(store, people[page * 3 % 30:], 5)[0]
    assert checked == pt.PER_SESSION
    clock.now += pt.WINDOW_S + 1  # a minute later the session and the addresses are open again
    as_page(monkeypatch, folder_a, "kernel-later", "198.51.100.200")
    assert guess_all(store_a, people[10:], 3)[0] == 3
    assert store_b.join("PIN1", people[20].name, token="new-device", pin=people[20].pin).id == people[20].id
