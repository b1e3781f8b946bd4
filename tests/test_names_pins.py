"""Look-alike names are one name (UTS #39 confusable skeletons on top of NFKC + casefold) and PINs typed
in other digits (Devanagari ०–९, full-width) are the same PIN (issue 15)."""

from __future__ import annotations

import pytest
from conftest import make_small_bank

from netquiz.bank import bank_to_json
from netquiz.errors import NameTaken, PinRefused
from netquiz.store import open_store
from netquiz.store.keys import name_key, normalize_pin, skeleton

DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.fixture
def store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'names.sqlite3'}")
    store.open_session("AB12", bank_to_json(make_small_bank()))
    yield store
    store.close()


@pytest.mark.parametrize("look_alike", ["Prıya", "Priyа", "Ρriya", "Pr\u0456ya", "PRİYA".replace("İ", "I"),
                                        "𝐏riya", "Pｒiya"])
def test_look_alike_names_have_one_key(look_alike: str) -> None:
    assert name_key(look_alike) == name_key("Priya")


def test_different_names_keep_different_keys() -> None:
    names = ["Priya", "Priyanka", "Asha", "Ravi", "प्रिया", "प्रियंका", "आशा", "Meera Devi", "Meera"]
    assert len({name_key(n) for n in names}) == len(names)
    assert skeleton("Prıya") == skeleton("Priya") and skeleton("Asha") == "Asha"


def test_a_look_alike_cannot_join_as_a_new_participant(store) -> None:
    priya = store.join("AB12", "Priya", token="phone-of-priya")
    with pytest.raises(NameTaken):
        store.join("AB12", "Prıya", token="impostor")
    second = store.join("AB12", "Prıya", token="impostor", as_new=True)
    assert second.id != priya.id and second.name == "Prıya (2)"  # shown apart on the leaderboard


@pytest.mark.parametrize("table", [DEVANAGARI, FULL_WIDTH, None])
def test_pins_in_other_digits_resume(store, table) -> None:
    priya = store.join("AB12", "Priya", token="phone")
    typed = priya.pin.translate(table) if table else f" {priya.pin[:2]} {priya.pin[2:]} "
    assert store.join("AB12", "Priya", token="laptop", pin=typed).id == priya.id
    wrong = ("0000" if priya.pin != "0000" else "1111").translate(DEVANAGARI)
    with pytest.raises(PinRefused):
        store.join("AB12", "Priya", token="thief", pin=wrong)


def test_normalize_pin() -> None:
    assert normalize_pin("१२३४") == normalize_pin("１２３４") == normalize_pin("12 34") == "1234"
    assert normalize_pin("12a4") == "12a4" and normalize_pin("") == ""


def test_rows_keyed_before_skeletons_still_match(tmp_path) -> None:
    """A session from before this change: its rows carry the older key (no migration); names still clash."""
    import sqlite3

    from netquiz.store.keys import legacy_name_key

    path = tmp_path / "old.sqlite3"
    store = open_store(f"sqlite:///{path}")
    store.open_session("AB12", bank_to_json(make_small_bank()))
    old = store.join("AB12", "प्रियंका", token="her-phone")
    assert name_key("प्रियंका") != legacy_name_key("प्रियंका")  # the anusvara's skeleton differs
    with sqlite3.connect(path) as db:
        db.execute("UPDATE participants SET name_key=? WHERE id=?", (legacy_name_key("प्रियंका"), old.id))
    with pytest.raises(NameTaken):
        store.join("AB12", "प्रियंका", token="someone-else")
    assert store.join("AB12", "प्रियंका", token="laptop", pin=old.pin).id == old.id
    second = store.join("AB12", "प्रियंका", token="someone-else", as_new=True)
    assert second.name == "प्रियंका (2)"
    store.close()
