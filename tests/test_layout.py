"""The package's floors: the pure core at the top of netquiz/, then one package per part, imports only downward.

Floors, lowest first (a module may import its own floor and the floors below, never one above)::

    0  core: errors, model, text, article, bank; kinds/, language/   (pure: no widget, IPython or database)
    1  generate/, export/, texts/
    2  store/
    3  quiz/, live/, analysis/
    4  server/
    5  ui/
    6  cli/, __main__
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "netquiz"
CORE_MODULES = {"__init__", "errors", "model", "text", "article", "bank"}
FLOORS: dict[str, int] = {
    **{name: 0 for name in CORE_MODULES}, "kinds": 0, "language": 0,
    "generate": 1, "export": 1, "texts": 1,
    "store": 2,
    "quiz": 3, "live": 3, "analysis": 3,
    "server": 4,
    "ui": 5,
    "cli": 6, "__main__": 6,
}
PURE_PACKAGES = ("kinds", "language", "generate")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, top_level_only: bool = False) -> set[str]:
    """The netquiz modules (or packages) that ``path`` imports, as absolute dotted names."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("netquiz"):
                found.add(target)
                found.update(f"{target}.{alias.name}" for alias in node.names
                             if _exists(f"{target}.{alias.name}"))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("netquiz"))
    found.discard(name)
    return found


def _exists(dotted: str) -> bool:
    path = ROOT / dotted.replace(".", "/")
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def floor_of(dotted: str) -> int:
    parts = dotted.split(".")
    return FLOORS[parts[1]] if len(parts) > 1 else 0


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_only_the_pure_core_sits_at_the_top():
    loose = {p.stem for p in PACKAGE.glob("*.py")}
    assert loose <= CORE_MODULES | {"__main__"}, loose - CORE_MODULES - {"__main__"}
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert packages <= set(FLOORS), f"a new package needs a floor in FLOORS: {packages - set(FLOORS)}"


def test_no_import_runs_upward():
    upward = []
    for path in modules():
        here = floor_of(module_name(path))
        upward += [f"{module_name(path)} → {target}" for target in imports_of(path) if floor_of(target) > here]
    assert not upward, upward


def test_no_import_cycle():
    # a module importing its own package (``from . import sibling``) is no cycle: the package is already loading
    graph = {name: {t for t in imports_of(p, top_level_only=True) if _exists(t) and not name.startswith(t + ".")}
             for p in modules() for name in [module_name(p)]}
    for start in graph:
        stack, seen = [(start, [start])], set()
        while stack:
            node, trail = stack.pop()
            for nxt in graph.get(node, ()):
                if nxt == start:
                    raise AssertionError(" → ".join([*trail, nxt]))
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*trail, nxt]))


def test_core_imports_no_widget_ipython_or_database():
    pure = [module_name(p) for p in PACKAGE.glob("*.py") if p.stem in CORE_MODULES]
    pure += [module_name(p) for name in PURE_PACKAGES if (PACKAGE / name).exists()
             for p in (PACKAGE / name).rglob("*.py")]
    code = (f"import importlib, sys\nfor m in {pure!r}: importlib.import_module(m)\n"
            "bad = [m for m in ('ipywidgets', 'IPython', 'sqlite3', 'pandas', 'psycopg', 'tornado') if m in sys.modules]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
