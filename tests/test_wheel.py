"""An installed wheel works outside the checkout: its package data (stock distractor lists, notebooks, CSS and
JS) is inside the package, not read from the repository."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from conftest import ROOT, SEED_ARTICLE

pytestmark = pytest.mark.slow

CHECK = """
import json, sys
from pathlib import Path
import netquiz
from netquiz.generate.stock import load_stock
from netquiz.server.voila import find_notebook
from netquiz.ui.participant.screens import quiz_css
from netquiz.ui.participant.question_card import question_card_js
stock = {lang: {name: len(getattr(load_stock(lang), name)) for name in ("interview_frames", "actions", "outcomes")}
         for lang in ("hi", "en")}
print(json.dumps({"package": netquiz.__file__, "stock": stock, "quiz": str(find_notebook("quiz.ipynb")),
                  "css": len(quiz_css()), "js": len(question_card_js())}))
"""


def test_the_wheel_installed_in_a_fresh_venv_generates_with_its_own_data(tmp_path: Path) -> None:
    pip = [sys.executable, "-m", "pip"]
    subprocess.run([*pip, "wheel", "-q", "--no-deps", "-w", str(tmp_path / "dist"), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    wheel = next((tmp_path / "dist").glob("netquiz-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    subprocess.run([*pip, "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, timeout=600)
    # the dependencies come from the test's own environment, appended after the venv's site-packages; its
    # .pth files (the checkout's editable install) are not read from there
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    bank = outside / "bank.json"
    subprocess.run([str(python), "-m", "netquiz", "generate", str(SEED_ARTICLE), "-o", str(bank)], cwd=outside,
                   check=True, capture_output=True, timeout=300)
    assert json.loads(bank.read_text(encoding="utf-8"))["questions"]
    done = subprocess.run([str(python), "-c", CHECK], cwd=outside, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert Path(found["package"]).is_relative_to(site), found["package"]
    assert Path(found["quiz"]).is_relative_to(site), found["quiz"]
    assert all(n > 0 for lists in found["stock"].values() for n in lists.values()), found["stock"]
    assert found["css"] > 0 and found["js"] > 0
