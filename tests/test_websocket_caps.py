"""Kernel websockets are capped per kernel (a newer one replaces the oldest) and per address, before any
ZMQ channel opens (issue 15): hundreds of websockets to one's own kernel leave the server usable."""

from __future__ import annotations

import asyncio
import json
import re
import time
import uuid

import psutil
import pytest
from e2e import cookies_of, request
from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect

from netquiz.server.websockets import SocketRegistry, raise_open_files_limit

CODE = "WSK1"
STEP = 10


class FakeHandler:
    ws_connection = None
    _netquiz_open = True  # set up: may be replaced


def test_registry_replaces_the_oldest_of_a_kernel_and_caps_an_address() -> None:
    registry = SocketRegistry(per_kernel=2, per_address=3)
    a, b, c = FakeHandler(), FakeHandler(), FakeHandler()
    assert registry.admit(a, "k1", "10.0.0.1", now=0) == []
    assert registry.admit(b, "k1", "10.0.0.1", now=1) == []
    assert registry.admit(c, "k1", "10.0.0.1", now=2) == [a]  # the newest replaces the oldest
    assert registry.count(kernel_id="k1") == 2
    registry.admit(FakeHandler(), "k2", "10.0.0.1", now=3)
    with pytest.raises(LookupError):
        registry.admit(FakeHandler(), "k3", "10.0.0.1", now=4)  # 3 from this address already
    assert registry.admit(FakeHandler(), "k1", "10.0.0.1", now=5) == [b]  # a replacement is no extra
    registry.admit(FakeHandler(), "k4", "10.0.0.2", now=6)  # another address is not affected
    registry.remove(c)
    assert registry.count(address="10.0.0.1") == 2
    assert registry.count() == 3
    stale = FakeHandler()  # admitted, never opened: forgotten after the grace period
    registry.admit(stale, "k5", "10.0.0.3", now=7)
    registry.admit(FakeHandler(), "k6", "10.0.0.4", now=7 + 61)
    assert registry.count(address="10.0.0.3") == 0


def test_one_websocket_of_a_kernel_is_set_up_at_a_time() -> None:
    registry = SocketRegistry(per_kernel=2, per_address=0)
    opening = FakeHandler()
    opening._netquiz_open = False
    registry.admit(opening, "k1", "10.0.0.1", now=0)
    with pytest.raises(LookupError):
        registry.admit(FakeHandler(), "k1", "10.0.0.1", now=1)
    registry.admit(FakeHandler(), "k2", "10.0.0.1", now=1)  # another kernel is not held up
    opening._netquiz_open = True
    assert registry.admit(FakeHandler(), "k1", "10.0.0.1", now=2) == []


def test_open_files_soft_limit_goes_up_to_the_hard_limit() -> None:
    import resource

    before = resource.getrlimit(resource.RLIMIT_NOFILE)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, before[1]))
        soft, hard = raise_open_files_limit()
        assert soft == hard == resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, before)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from conftest import make_small_bank
    from e2e import serve_one_worker

    running = serve_one_worker(tmp_path_factory.mktemp("ws"), make_small_bank(), CODE, "--pool-size", "1")
    yield running
    running.stop()


def page(port: int) -> tuple[str, str]:
    """A quiz page: (its kernel id, the browser's cookies)."""
    status, body, response = request(port, "/")
    assert status == 200, status
    kernel_id = json.loads(re.search(rb'"kernelId":\s*("[0-9a-f-]+")', body).group(1))
    return kernel_id, cookies_of(response)


def channels(port: int, kernel_id: str, cookie: str) -> HTTPRequest:
    url = f"ws://127.0.0.1:{port}/api/kernels/{kernel_id}/channels?session_id={uuid.uuid4().hex}"
    return HTTPRequest(url, headers={"Cookie": cookie}, request_timeout=60)


async def kernel_info(port: int, kernel_id: str, cookie: str) -> float:
    """Seconds until the kernel answers a kernel_info_request over a new websocket."""
    started = time.monotonic()
    ws = await websocket_connect(channels(port, kernel_id, cookie))
    msg_id = uuid.uuid4().hex
    ws.write_message(json.dumps({"header": {"msg_id": msg_id, "msg_type": "kernel_info_request", "username": "",
                                            "session": uuid.uuid4().hex, "version": "5.3", "date": ""},
                                 "parent_header": {}, "metadata": {}, "content": {}, "channel": "shell",
                                 "buffers": []}))
    while True:
        message = await asyncio.wait_for(ws.read_message(), timeout=60)
        assert message is not None, "websocket closed"
        parsed = json.loads(message) if isinstance(message, str) else {}
        if parsed.get("parent_header", {}).get("msg_id") == msg_id and parsed.get("msg_type") == "kernel_info_reply":
            ws.close()
            return time.monotonic() - started


async def flood(port: int, kernel_id: str, cookie: str, count: int) -> list:
    """``count`` websockets to one's own kernel, opened ten at a time and left open."""
    sockets = []
    for start in range(0, count, STEP):
        opened = await asyncio.gather(*(websocket_connect(channels(port, kernel_id, cookie))
                                        for _ in range(start, min(count, start + STEP))), return_exceptions=True)
        sockets += [ws for ws in opened if not isinstance(ws, BaseException)]
    return sockets


async def scenario(port: int, voila: psutil.Process) -> dict:
    quiet = await kernel_info(port, *page(port))
    fds_before = voila.num_fds()
    mine, cookie = page(port)
    started = time.monotonic()
    sockets = await flood(port, mine, cookie, 300)
    flood_s = time.monotonic() - started
    await asyncio.sleep(3.0)  # replaced websockets finish their closing handshakes
    fds_flooded = voila.num_fds()
    newcomer = await kernel_info(port, *page(port))
    for ws in sockets:
        ws.close()
    return {"quiet": quiet, "newcomer": newcomer, "fds_before": fds_before, "fds_flooded": fds_flooded,
            "accepted": len(sockets), "flood_s": flood_s}


@pytest.mark.slow
def test_300_websockets_to_ones_own_kernel_leave_the_server_usable(server) -> None:
    voila = psutil.Process(server.proc.pid).children()[0]
    got = asyncio.run(scenario(server.port, voila))
    log = server.output()
    assert "Too many open files" not in log and "Traceback" not in log
    assert got["accepted"] >= 10, got  # the others were refused (429) while one was being set up
    assert log.count("a newer websocket replaces an older one") >= got["accepted"] - 2
    assert got["fds_flooded"] - got["fds_before"] < 100, got  # not ~4 ZMQ sockets per websocket (1,200)
    assert got["newcomer"] < max(5.0, 3 * got["quiet"]), got
    print(f"\n300 websocket attempts to one's own kernel in {got['flood_s']:.1f} s: {got['accepted']} opened, "
          f"all but 2 replaced; worker fds {got['fds_before']} -> {got['fds_flooded']}; a newcomer's "
          f"kernel_info over a new websocket {got['newcomer']:.2f} s (quiet: {got['quiet']:.2f} s)")
