"""Execute the author and facilitator notebooks in a real kernel against a temporary database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import make_small_bank
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from nbclient import NotebookClient

from netquiz.bank import bank_to_json
from netquiz.store import open_store

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
EVIL = "<img src=x onerror=alert(1)>"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def python3_kernel() -> None:
    """Register the venv's kernel if a fresh venv has none."""
    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        subprocess.run([sys.executable, "-m", "ipykernel", "install", "--sys-prefix"], check=True)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A session with three simulated participants; the kernel finds it through NETQUIZ_DB."""
    url = f"sqlite:///{tmp_path / 'workshop.sqlite3'}"
    bank = make_small_bank()
    store = open_store(url)
    try:
        store.open_session("NB01", bank_to_json(bank), "Notebook test")
        for name, options in (("Asha", [0, 0, 1, 2]), ("Meena", [1, 0, 0, 2]), (EVIL, [0])):
            person = store.join("NB01", name)
            for question, option in zip(bank.questions, options, strict=False):
                store.record_response(person.id, question.id, 1, option, option == question.answer)
    finally:
        store.close()
    monkeypatch.setenv("NETQUIZ_DB", url)
    monkeypatch.setenv("NETQUIZ_JOIN_URL", "http://workshop.test:8866/")
    return url


def run(name: str) -> nbformat.NotebookNode:
    """Execute ``notebooks/<name>`` in its own folder (as Jupyter and Voilà do) and return it."""
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    assert all(not cell.get("outputs") for cell in nb.cells), f"{name} is committed with outputs"
    NotebookClient(nb, kernel_name="python3", timeout=120, store_widget_state=True,
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    errors = [o for cell in nb.cells for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors
    return nb


def widget_text(nb: nbformat.NotebookNode) -> str:
    """The saved widget state (every widget's value) as one JSON string."""
    return json.dumps(nb.metadata.get("widgets", {}), ensure_ascii=False)


def test_facilitator_notebook_shows_the_participants(db: str) -> None:
    nb = run("facilitator.ipynb")
    outputs = nb.cells[0].outputs
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs)
    state = widget_text(nb)
    for name in ("Asha", "Meena", "&lt;img src=x onerror=alert(1)&gt;"):
        assert name in state
    # Dropdown option labels are plain text in the browser (<option> text): the only place a raw name may be
    html_state = json.dumps([{k: v for k, v in model.get("state", {}).items() if k != "_options_labels"}
                             for model in nb.metadata.get("widgets", {}).get(
                                 "application/vnd.jupyter.widget-state+json", {}).get("state", {}).values()],
                            ensure_ascii=False)
    assert "Asha" in html_state and "<img src=x" not in html_state
    assert "NB01" in state and "http://workshop.test:8866/" in state


def test_author_notebook_runs(db: str) -> None:
    nb = run("author.ipynb")
    state = widget_text(nb)
    assert "data/articles/networking.hi.txt" in state and "Generate" in state
