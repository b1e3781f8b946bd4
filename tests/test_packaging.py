"""environment.yml lists the same dependencies as pyproject.toml; the README's commands are what CI runs."""

import re
import tomllib

from conftest import ROOT


def _names(specs):
    return {re.split(r"[<>=!~ \[]", s.strip(), maxsplit=1)[0].lower() for s in specs if s.strip()}


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = _names(project["dependencies"]) | _names(project["optional-dependencies"]["test"])
    text = (ROOT / "environment.yml").read_text()
    lines = text.split("dependencies:", 1)[1].splitlines()
    listed = _names(line.strip()[2:] for line in lines if line.strip().startswith("- ") and
                    not line.strip().startswith("- -e") and ":" not in line)
    assert wanted <= listed, wanted - listed
    assert listed - {"python", "pip"} <= wanted, listed - wanted - {"python", "pip"}


def test_required_runtime_packages():
    deps = _names(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"])
    assert {"jupyterlab", "ipywidgets", "ipykernel", "voila", "pandas"} <= deps


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "bash dev.sh test" in readme and "bash dev.sh test" in ci
    assert "bash dev.sh workshop" in readme
