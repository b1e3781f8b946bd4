"""Export a question bank for other tools: Moodle GIFT, Moodle XML, jupyterquiz JSON, CSV.

Every exporter is a pure function ``Bank -> str``; the caller writes the text (the CLI does so
atomically). Usage::

    from netquiz.bank import load_bank
    from netquiz.export import export_bank

    text = export_bank(load_bank("data/banks/networking.hi.json"), "gift")

Which kinds a format can write is decided by their export shape (:attr:`netquiz.kinds.base.Kind.shape`):
every format here writes the ``single_choice`` shape, so a new choice kind needs no change here; a kind of
a new shape must be added to :data:`SHAPES` of each format that can write it.

Importing this package stays light: the CSV exporter imports pandas only when it runs.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import ExportError
from ..kinds import kind_of
from ..model import Bank
from . import gift, jupyterquiz, moodle_xml, table

FORMATS: tuple[str, ...] = ("gift", "moodle-xml", "jupyterquiz", "csv")

_EXPORTERS: dict[str, Callable[[Bank], str]] = {
    "gift": gift.export_gift,
    "moodle-xml": moodle_xml.export_moodle_xml,
    "jupyterquiz": jupyterquiz.export_jupyterquiz,
    "csv": table.export_csv,
}

#: the export shapes each format can write
SHAPES: dict[str, frozenset[str]] = {fmt: frozenset({"single_choice"}) for fmt in FORMATS}

__all__ = ["FORMATS", "SHAPES", "export_bank"]


def export_bank(bank: Bank, fmt: str) -> str:
    """Return ``bank`` as text in format ``fmt`` (one of :data:`FORMATS`).

    Raises :class:`~netquiz.errors.ExportError` for an unknown format, or a question whose kind the format
    cannot write.
    """
    try:
        exporter = _EXPORTERS[fmt]
    except (KeyError, TypeError):
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}") from None
    for question in bank.questions:
        if kind_of(question.kind).shape not in SHAPES[fmt]:
            raise ExportError(f"{fmt} cannot write question {question.id} (kind {question.kind}): "
                              f"export another format or drop the question")
    return exporter(bank)
