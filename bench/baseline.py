"""An older revision of netquiz, served next to this checkout in the same bench run.

``extract(rev, into)`` writes the revision's files (``git archive``) into a folder; the ``Revision``
it returns gives the environment (``PYTHONPATH`` first, so its kernel and its Voilà process import
*its* ``netquiz``, not this checkout's) and that revision's own ``voila_command`` line, asked of the
revision itself so that options it does not know are never passed to it.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Revision:
    """An extracted revision: its folder and the git commit it came from."""

    root: Path
    commit: str

    def env(self, base: dict[str, str]) -> dict[str, str]:
        """``base`` with this revision first on ``PYTHONPATH``."""
        env = dict(base)
        env["PYTHONPATH"] = str(self.root) + (":" + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        return env

    def voila_command(self, notebook: Path, port: int, pool_size: int, cull_idle: int,
                      env: dict[str, str]) -> list[str]:
        """The revision's own Voilà command line for ``notebook`` on 127.0.0.1:``port``."""
        script = ("import json, sys; from pathlib import Path; from netquiz.serve import voila_command; "
                  f"print(json.dumps(voila_command(Path({str(notebook)!r}), '127.0.0.1', {port}, "
                  f"pool_size={pool_size}, cull_idle_timeout={cull_idle}, python=sys.executable)))")
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              env=self.env(env), cwd=self.root, timeout=60, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"revision {self.commit[:10]}: voila_command failed: {done.stderr.strip()}")
        return json.loads(done.stdout)

    def cli(self, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        """Run ``python -m netquiz ARGS`` of this revision."""
        return subprocess.run([sys.executable, "-m", "netquiz", *args], capture_output=True, text=True,
                               env=self.env(env), cwd=self.root, timeout=120, check=False)


def extract(repo: Path, rev: str, into: Path) -> Revision:
    """Write revision ``rev`` of the git repository ``repo`` into ``into`` (created)."""
    commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "--verify", f"{rev}^{{commit}}"],
                            capture_output=True, text=True, check=False)
    if commit.returncode != 0:
        raise RuntimeError(f"no git revision {rev!r} in {repo} (a shallow clone? fetch it first)")
    archive = subprocess.run(["git", "-C", str(repo), "archive", "--format=tar", commit.stdout.strip()],
                             capture_output=True, check=True)
    into.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return Revision(into, commit.stdout.strip())
