"""Export a question bank for other tools: Moodle GIFT, Moodle XML, jupyterquiz JSON, CSV.

Every exporter is a pure function ``Bank -> str``; the caller writes the text (the CLI does so
atomically). Usage::

    from netquiz.bank import load_bank
    from netquiz.export import export_bank

    text = export_bank(load_bank("data/banks/networking.hi.json"), "gift")

Importing this package stays light: the CSV exporter imports pandas only when it runs.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import ExportError
from ..model import Bank
from . import gift, jupyterquiz, moodle_xml, table

FORMATS: tuple[str, ...] = ("gift", "moodle-xml", "jupyterquiz", "csv")

_EXPORTERS: dict[str, Callable[[Bank], str]] = {
    "gift": gift.export_gift,
    "moodle-xml": moodle_xml.export_moodle_xml,
    "jupyterquiz": jupyterquiz.export_jupyterquiz,
    "csv": table.export_csv,
}

__all__ = ["FORMATS", "export_bank"]


def export_bank(bank: Bank, fmt: str) -> str:
    """Return ``bank`` as text in format ``fmt`` (one of :data:`FORMATS`).

    Raises :class:`~netquiz.errors.ExportError` for an unknown format.
    """
    try:
        exporter = _EXPORTERS[fmt]
    except (KeyError, TypeError):
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}") from None
    return exporter(bank)
