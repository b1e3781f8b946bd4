"""Page renders in order, as many at once as the machine can do; light pages when a render cannot finish.

Each quiz page starts (or takes from the pool) a kernel and runs the notebook: about one CPU-second.
When a room arrives at once, unlimited renders starve each other until Voilà's executor gives up waiting
for the cell's output and serves a complete page with *no quiz* (a blank page). :class:`RenderGate`
admits ``slots`` renders at once (default: the number of cores); the others wait in arrival order, up to
``wait_s``. A request that cannot get a slot in time, or whose render came out without the quiz, gets
:func:`joining_page` instead: light (no kernel), in Hindi and English, retrying by itself after a few
seconds (hook ``netquiz-busy``). :func:`has_output` tells a rendered page with the quiz from a blank one.

Pure asyncio and strings: no tornado, no Voilà. Usage::

    gate = RenderGate(slots=2, wait_s=20)
    async with gate.slot() as admitted:
        if not admitted:
            return joining_page()
        page = await render()
    if not has_output(page):
        return joining_page()
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from ..texts import say
from .settings import RENDER_WAIT_S, usable_cores

WIDGET_OUTPUT = "application/vnd.jupyter.widget-view+json"  # the quiz's output in the rendered page
RETRY_S = 4


def default_slots() -> int:
    """Renders at once: the number of cores this process may use (at least 1)."""
    return usable_cores()


@dataclass
class RenderGate:
    """At most ``slots`` renders at once; the rest wait in arrival order (asyncio's semaphore is FIFO),
    each at most ``wait_s`` seconds."""

    slots: int
    wait_s: float = RENDER_WAIT_S
    waiting: int = 0
    running: int = 0
    refused: int = 0
    _semaphore: asyncio.Semaphore | None = field(default=None, repr=False)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[bool]:
        """Yields True while holding a slot, False if none came free within ``wait_s``."""
        if self._semaphore is None:
            self._semaphore = asyncio.Semaphore(self.slots)
        self.waiting += 1
        try:
            await asyncio.wait_for(self._semaphore.acquire(), self.wait_s)
        except TimeoutError:
            self.refused += 1
            admitted = False
        else:
            admitted = True
        finally:
            self.waiting -= 1
        if not admitted:
            yield False
            return
        self.running += 1
        try:
            yield True
        finally:
            self.running -= 1
            self._semaphore.release()


def has_output(page: str) -> bool:
    """True if a rendered page carries a widget (the quiz), False for a page whose cell output is missing."""
    return WIDGET_OUTPUT in page


def _page(classes: str, refresh_s: int, keys: tuple[str, str]) -> str:
    parts = "".join(f'<section lang="{lang}"><h1>{html.escape(say(lang, keys[0]))}</h1>'
                    f'<p>{html.escape(say(lang, keys[1]))}</p></section>' for lang in ("hi", "en"))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta http-equiv="refresh" content="{refresh_s}"><title>netquiz</title>'
            '<style>body{font-family:"Lohit Devanagari","Noto Sans Devanagari",sans-serif;max-width:36em;'
            'margin:2em auto;padding:0 1em;line-height:1.6}</style></head>'
            f'<body class="{classes}">{parts}</body></html>')


def joining_page(retry_s: int = RETRY_S) -> str:
    """The localized "joining…" page: no kernel, reloads itself after ``retry_s`` seconds."""
    return _page("netquiz-busy netquiz-joining", retry_s, ("busy_title", "busy_body"))


def full_page() -> str:
    """The localized "quiz is full" page (Hindi and English), reloading itself after a minute."""
    return _page("netquiz-full netquiz-busy", 60, ("full_title", "full_body"))
