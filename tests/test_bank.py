"""Bank JSON: round trip, validation errors, and the committed seed bank being up to date."""

import json
from dataclasses import replace

import pytest
from conftest import ROOT, SEED_ARTICLE

from netquiz.article import read_article
from netquiz.bank import bank_from_json, bank_to_json, load_bank, save_bank, validate_bank
from netquiz.errors import BankError
from netquiz.generate import generate_bank


def test_round_trip(small_bank, tmp_path):
    path = tmp_path / "bank.json"
    save_bank(small_bank, path)
    assert load_bank(path) == small_bank
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "netquiz.bank/1"
    assert set(data["questions"][0]) == {"id", "section", "kind", "stem", "options", "answer", "feedback",
                                         "explanation", "source"}


@pytest.mark.parametrize("change, message", [
    (dict(answer=7), "not a valid option index"),
    (dict(options=("a", "a", "b")), "not unique"),
    (dict(feedback=("x",)), "one entry per option"),
    (dict(source="not in the article"), "verbatim"),
    (dict(kind="essay"), "unknown kind"),
    (dict(stem="आपको क्या करना चाहिए?"), "addresses the reader"),
    (dict(section="s9"), "unknown section"),
])
def test_validation_names_the_problem(small_bank, change, message):
    broken = replace(small_bank, questions=(replace(small_bank.questions[0], **change),))
    with pytest.raises(BankError, match=message):
        validate_bank(broken)


def test_bad_files(tmp_path):
    with pytest.raises(BankError, match="not found"):
        load_bank(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(BankError, match="not JSON"):
        load_bank(bad)
    bad.write_text('{"schema": "other"}', encoding="utf-8")
    with pytest.raises(BankError, match="schema"):
        load_bank(bad)
    with pytest.raises(BankError, match="missing or malformed"):
        bank_from_json('{"schema": "netquiz.bank/1", "article": {}}')


def test_save_leaves_no_partial_file_on_invalid_bank(small_bank, tmp_path):
    broken = replace(small_bank, questions=(replace(small_bank.questions[0], answer=9),))
    path = tmp_path / "out.json"
    with pytest.raises(BankError):
        save_bank(broken, path)
    assert not path.exists() and not list(tmp_path.iterdir())


def test_committed_seed_bank_is_up_to_date():
    committed = (ROOT / "data" / "banks" / "networking.hi.json").read_text(encoding="utf-8")
    fresh = bank_to_json(generate_bank(read_article(SEED_ARTICLE), seed=0))
    assert committed == fresh, "run `make bank` to regenerate data/banks/networking.hi.json"
