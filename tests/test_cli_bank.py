"""`netquiz sections` and `netquiz generate`: output, determinism and every error path."""

import json
import subprocess
import sys

import pytest
from conftest import SEED_ARTICLE


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "netquiz", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def test_sections_table_and_json():
    table = run("sections", SEED_ARTICLE)
    assert table.returncode == 0 and "नए अवसरों के दरवाजे खुलेंगे" in table.stdout
    data = json.loads(run("sections", SEED_ARTICLE, "--json").stdout)
    assert [s["id"] for s in data["sections"]] == ["s0", "s1", "s2", "s3", "s4", "s5"]
    assert data["lang"] == "hi" and all(s["sentences"] > 0 for s in data["sections"])


def test_generate_writes_identical_files_for_the_same_seed(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    first = run("generate", SEED_ARTICLE, "-o", a, "--seed", "5")
    assert first.returncode == 0 and "wrote" in first.stdout
    assert run("generate", SEED_ARTICLE, "-o", b, "--seed", "5").returncode == 0
    assert a.read_bytes() == b.read_bytes()
    assert "sections 6/6" in first.stderr
    assert "\r" not in first.stderr and "sections 1/6" not in first.stderr  # (a pipe gets one progress line)


def test_generate_voice_is_stored_and_the_blind_check_printed(tmp_path):
    out = tmp_path / "m.json"
    result = run("generate", SEED_ARTICLE, "-o", out, "--voice", "masculine")
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text())["voice"] == "masculine"
    assert "blind guessing: best strategy" in result.stdout and "× chance" in result.stdout
    assert run("generate", SEED_ARTICLE, "-o", tmp_path / "x.json", "--voice", "neutral").returncode == 2


def _bad_inputs(tmp_path):
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"caf\xe9")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    headings = tmp_path / "headings.md"
    headings.write_text("# Only a title\n")
    big = tmp_path / "big.txt"
    big.write_bytes(b"word. " * 200_000)
    return [tmp_path / "missing.txt", binary, latin, empty, headings, big]


@pytest.mark.parametrize("command", ["sections", "generate"])
def test_bad_input_exit_2_one_line_no_output(tmp_path, command):
    for bad in _bad_inputs(tmp_path):
        out = tmp_path / "out.json"
        args = [command, bad] + (["-o", out] if command == "generate" else [])
        result = run(*args)
        assert result.returncode == 2, (bad, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr, result.stderr
        assert result.stderr.startswith("netquiz: ")
        assert not out.exists()


def test_usage_errors_exit_2_in_one_line():
    result = run("generate", SEED_ARTICLE)
    assert result.returncode == 2 and "-o" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert run("frobnicate").returncode == 2


def test_generate_names_each_short_section_and_why_in_the_facilitators_language(tmp_path):
    from conftest import ROOT

    article = ROOT / "tests" / "articles" / "freelance.hi.txt"
    english = run("generate", article, "-o", tmp_path / "a.json")
    assert english.returncode == 0 and (tmp_path / "a.json").is_file()
    assert "s5 ‘ये tools काम आएंगे’" in english.stderr and "a bare list of examples" in english.stderr
    import os

    hindi = subprocess.run([sys.executable, "-m", "netquiz", "generate", str(article), "-o", str(tmp_path / "b.json")],
                           capture_output=True, text=True, timeout=120, env={**os.environ, "NETQUIZ_LANG": "hi"})
    assert hindi.returncode == 0 and "उदाहरणों की सूची" in hindi.stderr
    assert "feedback" in english.stdout or "best strategy" in english.stdout
