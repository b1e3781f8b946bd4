"""The text tables: every language has every key, every key the code uses exists, one fallback rule, and a new
language is found by its module alone."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

import netquiz.texts as texts
from netquiz.kinds import REGISTRY
from netquiz.server.readiness import STATES
from netquiz.texts import DEFAULT_LANG, LANG_LABELS, LANGS, default_lang, facilitator_lang, kind_name, known, say, table

PACKAGE = Path(texts.__file__).parent.parent
#: Callables that take a text key, and the position of the key among their arguments.
LOOKUPS = {"say": 1, "text": 1, "error_text": 1, "t": 0}
#: Module-level dicts whose values are text keys, and tuples of text keys.
KEY_MAPS = {"COLUMNS", "LABEL_KEYS", "LIVE_ERROR_KEYS", "WHERE_KEYS"}


def _strings(node: ast.AST) -> list[str]:
    """The literal strings an argument can be: a constant, or both branches of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def keys_used(source: str) -> set[str]:
    """Text keys written as literals in ``source``: lookup arguments, error ``key=``s, key-map values."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in LOOKUPS and len(node.args) > LOOKUPS[name]:
                found.update(_strings(node.args[LOOKUPS[name]]))
            found.update(s for kw in node.keywords if kw.arg == "key" for s in _strings(kw.value))
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in KEY_MAPS for t in node.targets):
            values = node.value.values if isinstance(node.value, ast.Dict) else getattr(node.value, "elts", [])
            found.update(s for v in values if v is not None for s in _strings(v))
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Attribute) and t.attr == "error"
                                                  for t in node.targets):  # a view's ``self.error = key[, fields]``
            value = node.value.elts[0] if isinstance(node.value, ast.Tuple) else node.value
            found.update(_strings(value))
        elif isinstance(node, ast.ClassDef):  # SessionError subclasses: ``key = "err_…"``
            found.update(s for stmt in node.body if isinstance(stmt, ast.Assign)
                         and any(isinstance(t, ast.Name) and t.id == "key" for t in stmt.targets)
                         for s in _strings(stmt.value))
    return found


def test_every_language_has_the_same_keys_and_placeholders() -> None:
    assert LANGS[0] == "hi" and set(LANGS) == {"hi", "en"}
    reference = table("hi")
    for lang in LANGS:
        assert list(table(lang)) == list(reference), lang  # same keys, same order: easy to compare by eye
        for key, template in table(lang).items():
            assert template.strip(), (lang, key)
            assert set(re.findall(r"{(\w+)}", template)) == set(re.findall(r"{(\w+)}", reference[key])), key


def named_keys() -> set[str]:
    """Every key written as a literal in netquiz/ (outside the tables)."""
    used: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if path.parent.name != "texts":
            used |= keys_used(path.read_text(encoding="utf-8"))
    return used


def built_keys() -> list[str]:
    """Keys the code puts together at run time (``f"p_{name}"``…), from the same constants the code uses."""
    from conftest import make_small_bank

    from netquiz.generate.blind import STRATEGIES
    from netquiz.ui.author.app import LABEL_KEYS, LABELLED
    from netquiz.ui.author.edit import bank_frame
    from netquiz.ui.facilitator.app import TABS
    from netquiz.ui.facilitator.present import BUTTONS

    built = [f"p_{name.replace('-', '_')}" for name in BUTTONS] + [f"tab_{name}" for name in TABS]
    built += [f"ready_{state}" for state in STATES if state not in ("ready", "preparing")]
    built += ["mode_live_short", "mode_self_short"] + [f"err_{reason}" for reason in ("late", "not_current")]
    built += [f"kind_{kind}" for kind in REGISTRY] + [f"cue_{name}" for name in STRATEGIES]
    built += ["h_participants", "h_leaderboard", "h_people", "h_answers", "h_items", "h_mastery", "h_download"]
    built += [f"col_{'blind' if c == 'blind guess' else c}" for c in bank_frame(make_small_bank()).columns]
    built += [LABEL_KEYS.get(name, name) for name in LABELLED]
    built += ["busy_title", "busy_body", "full_title", "full_body"]  # server/render_gate.py's two pages
    built += ["err_store"]  # quiz_view.problem's fallback for a store error
    return built


def test_every_key_the_code_names_exists() -> None:
    used = named_keys()
    assert len(used) > 200  # the scan sees the code's lookups (a broken scan would pass vacuously)
    assert sorted(k for k in used if not known(k)) == []


def test_the_scan_catches_a_missing_key() -> None:
    source = ('say(lang, "p_start")\nsay(lang, "a" if x else "no_such_key")\nt("nor_this")\nraise E(key="err_x")\n'
              'self.error = ("err_y", {})\nclass C:\n    key = "err_z"\nWHERE_KEYS = ("w_x", "w_y")')
    assert keys_used(source) == {"p_start", "a", "no_such_key", "nor_this", "err_x", "err_y", "err_z", "w_x", "w_y"}
    with pytest.raises(KeyError):
        say("en", "no_such_key")


def test_keys_built_at_run_time_exist() -> None:
    assert [key for key in built_keys() if not known(key)] == []


def test_no_key_is_left_unused() -> None:
    """A text nobody shows is dead weight every translator still has to write."""
    assert sorted(set(table(DEFAULT_LANG)) - named_keys() - set(built_keys())) == []


def test_one_fallback_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NETQUIZ_LANG", raising=False)
    assert say("xx", "start") == say("hi", "start") == "शुरू करें" and default_lang() == "hi"
    assert facilitator_lang() == "en"  # the dashboard's own default
    monkeypatch.setenv("NETQUIZ_LANG", "EN ")
    assert say("xx", "start") == "Start" and default_lang() == facilitator_lang() == "en"
    monkeypatch.setenv("NETQUIZ_LANG", "fr")  # no table: the defaults stand
    assert default_lang() == "hi" and facilitator_lang() == "en"
    assert say("en", "welcome", name="Asha") == "Hello, Asha"


def test_kind_names_and_labels() -> None:
    assert kind_name("en", "true_false") == "true or false" and kind_name("hi", "cloze") == "रिक्त स्थान"
    assert kind_name("en", "odd_new_kind") == "odd new kind"
    assert LANG_LABELS == (("हिन्दी", "hi"), ("English", "en"))


def test_a_third_language_is_one_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = "\n".join(f"    {k!r}: {'xx ' + v!r}," for k, v in table("en").items())
    (tmp_path / "xx.py").write_text(f'LABEL = "Xx"\nTEXTS = {{\n{body}\n}}\n', encoding="utf-8")
    monkeypatch.setattr(texts, "__path__", [*texts.__path__, str(tmp_path)])
    monkeypatch.setattr(texts, "LANGS", texts._discover())
    table.cache_clear()
    try:
        assert texts.LANGS == ("hi", "en", "xx")
        assert say("xx", "welcome", name="Asha") == "xx Hello, Asha" and list(table("xx")) == list(table("hi"))
    finally:
        table.cache_clear()
        sys.modules.pop("netquiz.texts.xx", None)
