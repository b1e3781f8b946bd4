"""axe-core in the page under test: npm's ``axe-core`` 4.x (installed into ``var/npm`` by ``dev.sh test``,
or here on first use), run with the WCAG 2 A/AA and best-practice rules."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PREFIX = ROOT / "var" / "npm"
AXE = PREFIX / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def axe_script() -> Path:
    """The axe-core script, installed with npm if it is not there yet."""
    if not AXE.exists():
        npm = shutil.which("npm")
        assert npm, "npm is needed for the accessibility tests: bash dev.sh test installs it"
        PREFIX.mkdir(parents=True, exist_ok=True)
        subprocess.run([npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(PREFIX),
                        "axe-core@4"], check=True, capture_output=True, timeout=300)
    return AXE


def axe_violations(page) -> list[str]:
    """Every axe violation on the page now, as "rule (impact): target, …" lines (empty: none)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(axe_script()))
    found = page.evaluate("""async (tags) => {
        const result = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
        return {passes: result.passes.length, violations: result.violations.map(v => `${v.id} (${v.impact}): ` +
            v.nodes.slice(0, 4).map(n => n.target.join(" ")).join(", "))};
    }""", TAGS)
    assert found["passes"] > 10, "axe-core checked nothing"
    return list(found["violations"])
