"""Never a blank page: renders wait in order for a slot, and a page without the quiz is never sent."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from e2e import fetch, free_port, start_server

from netquiz.server.render_gate import RenderGate, full_page, has_output, joining_page
from netquiz.server.voila import voila_command, voila_env


def test_renders_wait_in_arrival_order_and_never_exceed_the_slots() -> None:
    async def scenario() -> tuple[list[int], int]:
        gate, order, peak = RenderGate(slots=2, wait_s=5), [], 0

        async def render(index: int) -> None:
            nonlocal peak
            async with gate.slot() as admitted:
                assert admitted
                peak = max(peak, gate.running)
                order.append(index)
                await asyncio.sleep(0.02)

        tasks = []
        for index in range(8):
            tasks.append(asyncio.create_task(render(index)))
            await asyncio.sleep(0)  # arrive one after the other
        await asyncio.gather(*tasks)
        return order, peak

    order, peak = asyncio.run(scenario())
    assert order == list(range(8)) and peak == 2


def test_a_request_that_waits_too_long_is_told_so_and_frees_nothing() -> None:
    async def scenario() -> tuple[bool, int, int]:
        gate = RenderGate(slots=1, wait_s=0.05)
        async with gate.slot() as first:
            async with gate.slot() as second:
                assert first and not second
        async with gate.slot() as third:
            return third, gate.refused, gate.waiting

    assert asyncio.run(scenario()) == (True, 1, 0)


def test_pages_with_and_without_the_quiz() -> None:
    assert has_output('<script type="application/vnd.jupyter.widget-view+json">{"model_id": "x"}</script>')
    assert not has_output("<html><body><div class='jp-Cell-outputWrapper'></div></body></html>")
    page = joining_page()
    assert "netquiz-busy" in page and 'http-equiv="refresh" content="4"' in page
    assert "जुड़ रहे हैं" in page and "Joining" in page and not has_output(page)
    assert "netquiz-busy" in full_page() and 'content="60"' in full_page()


def _kernels(proc: subprocess.Popen) -> int:
    return sum(1 for p in psutil.Process(proc.pid).children(recursive=True)
               if p.status() != psutil.STATUS_ZOMBIE and "ipykernel" in " ".join(p.cmdline()))


@pytest.mark.slow
def test_a_render_without_output_gets_the_joining_page_and_its_kernel_is_stopped(tmp_path: Path) -> None:
    """What Voilà does when the kernel's output comes too late (a cell with no output) must never reach a
    participant as a page: she gets the light joining page, which retries, and the kernel is freed."""
    notebook = tmp_path / "silent.ipynb"
    notebook.write_text(json.dumps({
        "cells": [{"cell_type": "code", "execution_count": None, "id": "c1", "metadata": {}, "outputs": [],
                   "source": ["x = 1"]}],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5}))
    port = free_port()
    command = voila_command(notebook, "127.0.0.1", port, pool_size=0, python=sys.executable)
    server = start_server(command, port, tmp_path / "voila.log", env=voila_env(f"sqlite:///{tmp_path}/x.db"))
    try:
        status, body, _ = fetch(port, "/")
        assert status == 503 and b"netquiz-busy" in body and "जुड़ रहे हैं".encode() in body
        deadline = time.monotonic() + 20
        while _kernels(server.proc) and time.monotonic() < deadline:
            time.sleep(0.3)
        assert _kernels(server.proc) == 0
        assert "page rendered without the quiz" in server.output()
    finally:
        server.stop()
