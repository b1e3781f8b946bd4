"""The widgets' front-end files (CSS and JS modules): package data, read once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def asset(package: str, name: str) -> str:
    """The text of package data file ``name`` of ``package`` (e.g. ``asset("netquiz.ui", "page_marks.js")``)."""
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")
