"""One-file printable HTML pages (handouts, reviews, reports): A4 print CSS and fonts that render Devanagari.

No external file is referenced: the page opens offline and prints the same anywhere. Fonts are a stack of
system families that cover Devanagari (Noto, Lohit, Mangal/Nirmala on Windows, Kohinoor on macOS), so a
Hindi page never falls back to boxes where any of them is installed.
"""

from __future__ import annotations

import html

FONT_STACK = ('"Noto Sans Devanagari", "Noto Sans", "Lohit Devanagari", "Mangal", "Nirmala UI", '
              '"Kohinoor Devanagari", "Mukta", system-ui, sans-serif')

BASE_CSS = f"""
:root {{ color-scheme: light; }}
body {{ font-family: {FONT_STACK}; font-size: 11pt; line-height: 1.35; color: #111; margin: 1.5rem auto;
  max-width: 46rem; padding: 0 1rem; }}
h1 {{ font-size: 16pt; margin: 0 0 .3rem; }}
h2 {{ font-size: 13pt; margin: 1rem 0 .3rem; border-bottom: 1px solid #999; }}
h3 {{ font-size: 11pt; margin: .6rem 0 .2rem; }}
p {{ margin: .2rem 0; }}
.nq-meta {{ color: #444; font-size: 9.5pt; }}
table {{ border-collapse: collapse; }}
td, th {{ padding: .1rem .5rem; text-align: left; vertical-align: top; }}
td.nq-num, th.nq-num {{ text-align: right; font-variant-numeric: tabular-nums; }}
.nq-item {{ break-inside: avoid; page-break-inside: avoid; margin: .45rem 0; }}
.nq-quote {{ border-left: 3px solid #999; padding-left: .4rem; color: #333; }}
@page {{ size: A4; margin: 12mm 13mm; }}
@media print {{
  body {{ margin: 0; max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.25; }}
  h1 {{ font-size: 13pt; }} h2 {{ font-size: 11pt; margin-top: .5rem; }}
  .nq-noprint {{ display: none; }}
}}
"""


def esc(value: object) -> str:
    """HTML-escape any value (quotes too)."""
    return html.escape(str(value), quote=True)


def page(title: str, lang: str, body: str, css: str = "") -> str:
    """A complete HTML document: ``title`` is escaped here, ``body`` and ``css`` must be safe already."""
    return ("<!DOCTYPE html>\n"
            f'<html lang="{esc(lang)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{BASE_CSS}{css}</style></head>\n"
            f"<body>\n{body}\n</body></html>\n")


def html_to_pdf(document: str) -> bytes | None:
    """The document as PDF through WeasyPrint (HarfBuzz shapes Devanagari); None when it is not installed."""
    try:
        import weasyprint
    except ImportError:
        return None
    return bytes(weasyprint.HTML(string=document).write_pdf())
