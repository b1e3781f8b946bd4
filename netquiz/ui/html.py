"""Pure HTML for the facilitator dashboard and bank review: tables, bar charts, CSV links.

Every piece of text that came from a participant or a bank goes through :func:`html.escape`
(DataFrames through ``to_html(escape=True)``), so a name like ``<img src=x onerror=…>`` shows as text.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import pandas as pd

from ..export.csv_safe import frame_csv


def style_html() -> str:
    """The dashboard stylesheet as a ``<style>`` element (package data ``dashboard.css``)."""
    css = resources.files(__package__ or "netquiz.ui").joinpath("dashboard.css").read_text(encoding="utf-8")
    return f"<style>{css}</style>"


def frame_html(frame: pd.DataFrame, empty: str = "Nothing yet.") -> str:
    """A DataFrame as an escaped HTML table, or a short note when it has no rows."""
    if frame.empty:
        return f"<p class='netquiz-muted'>{html.escape(empty)}</p>"
    return frame.to_html(index=False, escape=True, border=0, classes="netquiz-table", na_rep="")


def heading_html(text: str) -> str:
    """A small section heading."""
    return f"<div class='netquiz-dash-heading'>{html.escape(text)}</div>"


@dataclass(frozen=True)
class Segment:
    """One coloured part of a bar: ``share`` in 0..1, a CSS class and a tooltip/label."""

    share: float
    css: str
    label: str
    title: str = ""


@dataclass(frozen=True)
class Bar:
    """One chart row: a label, its segments and the value printed at the right."""

    label: str
    segments: tuple[Segment, ...]
    value: str
    title: str = ""


def level_css(share: float) -> str:
    """Green from 70 %, amber from 40 %, red below: how well the group did."""
    if share >= 0.7:
        return "netquiz-chart-good"
    return "netquiz-chart-mid" if share >= 0.4 else "netquiz-chart-bad"


def chart_html(bars: Sequence[Bar], empty: str = "No answers yet.") -> str:
    """Horizontal bars built from divs (no plotting library); labels and tooltips escaped."""
    if not bars:
        return f"<p class='netquiz-muted'>{html.escape(empty)}</p>"
    cells = []
    for bar in bars:
        segments = "".join(
            f"<div class='netquiz-chart-seg {seg.css}' style='width:{max(seg.share, 0.0) * 100:.1f}%' "
            f"title='{html.escape(seg.title or seg.label, quote=True)}'>{html.escape(seg.label)}</div>"
            for seg in bar.segments
        )
        title = html.escape(bar.title or bar.label, quote=True)
        cells.append(
            f"<div class='netquiz-chart-label' title='{title}'>{html.escape(bar.label)}</div>"
            f"<div class='netquiz-chart-track'>{segments}</div>"
            f"<div class='netquiz-chart-value'>{html.escape(bar.value)}</div>"
        )
    return f"<div class='netquiz-chart'>{''.join(cells)}</div>"


def share_bar(label: str, share: float, value: str, title: str = "") -> Bar:
    """A one-segment bar coloured by :func:`level_css`."""
    return Bar(label=label, segments=(Segment(share, level_css(share), ""),), value=value, title=title)


def csv_link(frame: pd.DataFrame, filename: str, label: str) -> str:
    """An ``<a download>`` link carrying the frame as a UTF-8 (BOM, for spreadsheets) CSV data URL."""
    data = frame_csv(frame, bom=True).encode("utf-8")
    href = "data:text/csv;charset=utf-8;base64," + base64.b64encode(data).decode("ascii")
    return (f"<a download='{html.escape(filename, quote=True)}' href='{href}' target='_blank'>"
            f"{html.escape(label)}</a>")
