"""``netquiz serve --workers N``: the generated nginx config, and two workers behind a real nginx on
PostgreSQL (each page, its static files and its kernel websocket on one worker; ``/`` spread over both)."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import pytest
from conftest import make_small_bank
from e2e import cookies_of, free_port, request, start_two_workers

from netquiz.errors import NetquizError
from netquiz.server.nginx import Worker, check_nginx_config, find_nginx, nginx_config, parse_worker, write_nginx_files
from netquiz.server.workers import share

CODE = "WRK1"
needs_nginx = pytest.mark.skipif(find_nginx() is None, reason="nginx is not installed (bash dev.sh test installs it)")


def test_config_routes_each_prefix_to_its_worker_and_root_to_any(tmp_path: Path) -> None:
    workers = [Worker(0, "127.0.0.1", 8876), Worker(1, "10.1.2.3", 8877), Worker(2, "::1", 8878)]
    text = nginx_config("0.0.0.0", 8866, workers, tmp_path)
    assert "listen 0.0.0.0:8866" in text and "daemon off;" in text
    upstream = re.search(r"upstream netquiz_any_worker \{(.*?)\}", text, re.S).group(1)
    assert [line.split()[1] for line in upstream.strip().splitlines()] == [
        "127.0.0.1:8876", "10.1.2.3:8877", "[::1]:8878"]
    for worker in workers:
        assert re.search(rf"location {worker.prefix} \{{\s*proxy_pass http://{re.escape(worker.address)};", text)
    assert str(tmp_path) in text and "/etc/nginx" not in text


def test_a_taken_worker_port_is_a_clear_error() -> None:
    import socket

    from netquiz.server.nginx import check_ports_free

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(NetquizError, match=f"port {port} \\(worker 1\\) is already in use"):
            check_ports_free([("worker 1", "127.0.0.1", port)])


def test_worker_specs_and_shares() -> None:
    assert parse_worker("192.168.1.21:8876", 3) == Worker(3, "192.168.1.21", 8876)
    assert parse_worker("[::1]:9000", 0).address == "[::1]:9000"
    for bad in ("host", "host:0", ":8876", "host:port"):
        with pytest.raises(NetquizError, match="HOST:PORT"):
            parse_worker(bad, 0)
    assert (share(100, 2), share(101, 2), share(0, 2)) == (50, 51, 0)


@needs_nginx
@pytest.mark.slow
def test_nginx_accepts_the_generated_config(tmp_path: Path) -> None:
    config = write_nginx_files("127.0.0.1", free_port(), [Worker(0, "127.0.0.1", 1), Worker(1, "127.0.0.1", 2)],
                               tmp_path / "nginx")
    check_nginx_config(find_nginx(), config)  # raises with nginx's words if refused


# ---- two workers behind a real nginx, on PostgreSQL ----------------------------------------------------
@pytest.fixture(scope="module")
def workers_server(tmp_path_factory: pytest.TempPathFactory, postgres_server):
    if find_nginx() is None:
        pytest.skip("nginx is not installed (bash dev.sh test installs it)")
    db = postgres_server.new_database()
    server = start_two_workers(tmp_path_factory.mktemp("workers"), make_small_bank(), CODE, db, ready_worker=0)
    try:
        _wait_for_workers(server.port)
        yield server
    finally:
        server.stop()


def _wait_for_workers(port: int, timeout: float = 90) -> None:
    import time

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if all(request(port, f"/w{k}/voila/static/voila.js")[0] == 200 for k in (0, 1)):
            return
        time.sleep(0.5)
    raise AssertionError("the workers did not answer through nginx")


async def _open_channels(port: int, path: str, cookie: str) -> str:
    """Open the page's kernel websocket through nginx and ask the kernel for its info."""
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    socket = await websocket_connect(HTTPRequest(f"ws://127.0.0.1:{port}{path}", headers={"Cookie": cookie}))
    try:
        header = {"msg_id": "t1", "msg_type": "kernel_info_request", "username": "t", "session": "t",
                  "date": "", "version": "5.3"}
        message = {"header": header, "parent_header": {}, "metadata": {}, "content": {}, "channel": "shell",
                   "buffers": []}
        socket.write_message(json.dumps(message))
        for _ in range(50):
            reply = await asyncio.wait_for(socket.read_message(), 30)
            if isinstance(reply, str) and "kernel_info_reply" in reply:
                return "kernel_info_reply"
        return "no reply"
    finally:
        socket.close()


@pytest.mark.slow
def test_two_workers_share_the_room_and_keep_each_page_on_its_worker(workers_server) -> None:
    port = workers_server.port
    landed = []
    for _ in range(4):
        status, _, response = request(port, "/?lang=en")
        assert status == 302
        landed.append(response.getheader("Location"))
    assert set(landed) == {"/w0/?lang=en", "/w1/?lang=en"}  # round robin over both workers
    for prefix in ("/w0/", "/w1/"):
        status, body, response = request(port, prefix)
        page = body.decode()
        assert status == 200 and "application/vnd.jupyter.widget-view+json" in page, page[-500:]
        assert f'"baseUrl": "{prefix}"' in page
        first = request(port, f"{prefix}voila/static/voila.js", {"Cookie": cookies_of(response)})
        again = request(port, f"{prefix}voila/static/voila.js")
        assert first[0] == again[0] == 200 and first[1] == again[1]
        assert again[2].getheader("X-Netquiz-Cache") == "HIT"  # nginx serves the static files itself
        assert again[2].getheader("Set-Cookie") is None
        kernel = re.search(r'"kernelId": "([0-9a-f-]+)"', page).group(1)
        cookie = cookies_of(response)
        channels = f"{prefix}api/kernels/{kernel}/channels"
        assert asyncio.run(_open_channels(port, channels, cookie)) == "kernel_info_reply"
        other = "/w1/" if prefix == "/w0/" else "/w0/"
        assert request(port, f"{other}api/kernels/{kernel}", {"Cookie": cookie})[0] in (403, 404)
    assert request(port, "/api/kernels")[0] == 404  # nothing outside the workers' prefixes
    assert "2 workers behind nginx" in workers_server.output()


@pytest.mark.slow
def test_a_spoofed_address_straight_to_a_worker_counts_as_the_sender(workers_server) -> None:
    """Issue 15: X-Real-IP (and a guessed proxy secret) sent to a worker port itself are not believed."""
    from netquiz.server.nginx import WORKER_PORT_OFFSET
    from netquiz.server.voila import absolute_db_url
    from netquiz.store.pin_throttle import shared_dir

    worker_port = workers_server.port + WORKER_PORT_OFFSET
    spoof = {"X-Real-IP": "203.0.113.77", "X-Forwarded-For": "203.0.113.77", "X-Netquiz-Proxy": "guess"}
    status, body, _ = request(worker_port, "/w0/", spoof)
    assert status == 200, status
    kernel = re.search(r'"kernelId": "([0-9a-f-]+)"', body.decode()).group(1)
    owner = shared_dir(absolute_db_url(workers_server.db)) / f"owner-{kernel}"  # the address the worker counted
    assert owner.read_text() == "127.0.0.1"


@pytest.mark.slow
def test_each_worker_reports_its_pool_through_postgresql(workers_server) -> None:
    """The channel the dashboard's "ready for N" reads: one fresh row per worker, named by its prefix."""
    import time

    from netquiz.server.readiness import readiness
    from netquiz.store import open_store

    store = open_store(workers_server.db)
    try:
        deadline, rows = time.monotonic() + 30, []
        while time.monotonic() < deadline:
            rows = store.workers()
            if len(rows) == 2:
                break
            time.sleep(0.5)
        assert sorted(r.worker.rsplit(":", 1)[1] for r in rows) == [
            f"{workers_server.port + 10}/w0/", f"{workers_server.port + 11}/w1/"]
        assert all(r.target == 1 and r.expecting == 0 for r in rows)  # --pool-size 1, no --expect
        assert readiness(rows).state == "running"
    finally:
        store.close()
