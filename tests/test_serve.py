"""``netquiz serve``: the Voilà command line, and real HTTP requests against a running server."""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

import psutil
import pytest
from e2e import cookies_of, fetch, free_port, kernel_processes, netquiz, open_session, request, start_server

from netquiz.errors import NetquizError
from netquiz.server import voila as serve

CODE = "SRV1"
NOTEBOOK_MARKERS = (b'"cells"', b'"nbformat"', b"quiz_app", b"from netquiz")
DB_MARKER = b"SQLite format 3"


# ---- the command line, without a server ---------------------------------------------------------
def test_voila_command_is_single_notebook_and_hardened():
    notebook = serve.find_notebook(serve.QUIZ_NOTEBOOK)
    command = serve.voila_command(notebook, "127.0.0.1", 9999, pool_size=3, cull_idle_timeout=300)
    assert command[:4] == [sys.executable, "-m", "netquiz.server.app", str(notebook)]
    for arg in ("--no-browser", "--Voila.ip=127.0.0.1", "--port=9999", "--show_tracebacks=False",
                "--preheat_kernel=True", "--pool_size=3", "--MappingKernelManager.cull_idle_timeout=300",
                "--Voila.token=", f"--Voila.config_file_paths={notebook.parent}"):
        assert arg in command
    assert any(a.startswith("--MappingKernelManager.cull_interval=") for a in command)
    assert not any(a.startswith("--preheat") for a in serve.voila_command(notebook, "h", 1, pool_size=0))
    secured = serve.voila_command(notebook, "127.0.0.1", 1, require_token=True)
    assert "--token" in secured and "--Voila.token=" not in secured
    assert "--NetquizVoila.report_pool=True" not in command + secured  # only the quiz reports its pool
    assert "--NetquizVoila.report_pool=True" in serve.voila_command(notebook, "h", 1, report_pool=True)

    assert "--NetquizVoila.max_kernels=0" in command and "--NetquizVoila.max_kernels_per_address=20" in command
    capped = serve.voila_command(notebook, "h", 1, budget=serve.Budget(7, 0, True, 5))
    for arg in ("--NetquizVoila.max_kernels=7", "--NetquizVoila.max_kernels_per_address=0",
                "--NetquizVoila.trust_forwarded=True", "--NetquizVoila.never_connected_timeout=5"):
        assert arg in capped


def test_a_vanished_tab_frees_its_kernel_within_two_minutes_by_default():
    command = serve.voila_command(serve.find_notebook(serve.QUIZ_NOTEBOOK), "127.0.0.1", 9999)
    value = {a.split("=")[0]: a.split("=", 1)[1] for a in command if a.startswith("--MappingKernelManager.")}
    idle, interval = int(value["--MappingKernelManager.cull_idle_timeout"]), int(value["--MappingKernelManager.cull_interval"])
    assert idle + interval <= 120 and value["--MappingKernelManager.cull_connected"] == "False"
    from netquiz.server.settings import CULL_IDLE_S

    assert idle == CULL_IDLE_S


def test_voila_env_makes_the_db_absolute_and_keeps_tokens_out(tmp_path):
    env = serve.voila_env("sqlite:///var/x.sqlite3", base={"JUPYTER_TOKEN": "leak", "PATH": "/bin"})
    assert env["NETQUIZ_DB"] == f"sqlite:///{(Path.cwd() / 'var/x.sqlite3').resolve()}"
    assert "JUPYTER_TOKEN" not in env and env["PATH"] == "/bin"
    assert serve.voila_env("sqlite:///var/x", token="t0k", base={})["JUPYTER_TOKEN"] == "t0k"
    assert serve.absolute_db_url(f"sqlite:///{tmp_path}/a.db") == f"sqlite:///{tmp_path}/a.db"
    assert serve.absolute_db_url("sqlite://:memory:") == "sqlite://:memory:"


def test_join_urls():
    assert serve.join_urls("127.0.0.1", 8866) == ["http://127.0.0.1:8866/"]
    everywhere = serve.join_urls("0.0.0.0", 8866)
    assert everywhere[-1] == "http://127.0.0.1:8866/"
    assert all(re.fullmatch(r"http://[\d.]+:8866/", url) for url in everywhere)


def test_missing_notebook_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(serve, "REPO_NOTEBOOKS", tmp_path)
    with pytest.raises(NetquizError, match="not found"):
        serve.find_notebook("nope.ipynb")


@pytest.mark.parametrize("args", [["--token", "x"], ["--facilitator", "--token", "long-enough-token-123"],
                                  ["--port", "0"], ["--port", "70000"], ["--pool-size", "-1"],
                                  ["--max-kernels", "-1"], ["--max-kernels-per-address", "-2"],
                                  ["--token-file", "x"], ["--facilitator", "--token-file", "/nonexistent/t"]])
def test_bad_serve_arguments_exit_2_with_one_line(args):
    done = netquiz("serve", *args)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_short_facilitator_tokens_are_refused(tmp_path):
    env = {**os.environ, "NETQUIZ_FACILITATOR_TOKEN": "short-token"}
    done = netquiz("serve", "--facilitator", env=env)
    assert done.returncode == 2 and "at least 16 characters" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "short-token" not in done.stderr
    token_file = tmp_path / "token"
    token_file.write_text("x" * 15 + "\n")
    done = netquiz("serve", "--facilitator", "--token-file", str(token_file))
    assert done.returncode == 2 and "at least 16 characters" in done.stderr


# ---- a real participant server -------------------------------------------------------------------
@pytest.fixture(scope="module")
def db_file(tmp_path_factory) -> Path:
    """A SQLite file with one open session (code SRV1)."""
    from conftest import make_small_bank

    path = tmp_path_factory.mktemp("serve") / "netquiz.sqlite3"
    open_session(path.parent, make_small_bank(), CODE, f"sqlite:///{path}")
    return path


LEAKY_ENV = {"NETQUIZ_FACILITATOR_TOKEN": "facilitator-secret-0123456789", "JUPYTER_TOKEN": "jupyter-secret-0123",
             "JUPYTER_TOKEN_FILE": "/nonexistent/token-file"}


@pytest.fixture(scope="module")
def server(db_file):
    """``netquiz serve`` started from a shell that has the facilitator's token variables set."""
    port = free_port()
    command = [sys.executable, "-m", "netquiz", "serve", "--port", str(port), "--db", f"sqlite:///{db_file}",
               "--pool-size", "1", "--cull-idle", "4", "--workers", "1"]
    running = start_server(command, port, db_file.parent / "serve.log", env={**os.environ, **LEAKY_ENV})
    yield running
    running.stop()


def environ_of(pid: int) -> bytes:
    """A process's environment as the kernel sees it (``/proc/PID/environ``)."""
    return Path(f"/proc/{pid}/environ").read_bytes()


def assert_no_token_in_environ(pids: list[int], secrets: list[str]) -> None:
    for pid in pids:
        environ = environ_of(pid)
        names = [entry.split(b"=", 1)[0] for entry in environ.split(b"\0")]
        assert not {b"NETQUIZ_FACILITATOR_TOKEN", b"JUPYTER_TOKEN", b"JUPYTER_TOKEN_FILE"} & set(names), pid
        assert not any(secret.encode() in environ for secret in secrets), pid


@pytest.mark.slow
def test_no_token_variable_reaches_the_participant_server_or_its_kernels(server):
    fetch(server.port, "/")  # a page: its kernel, and the pool's next
    # the CLI process itself keeps the shell's environment; Voilà (its child) and the kernels must not
    pids = [p.pid for p in psutil.Process(server.proc.pid).children(recursive=True)]
    kernel_pids = [p.pid for p in kernels(server)]
    assert kernel_pids, "no kernel running"
    assert_no_token_in_environ(pids, list(LEAKY_ENV.values()))


@pytest.mark.slow
def test_prints_the_join_url_and_session_code(server):
    out = server.output_with("session code:")
    assert f"participants join at: http://127.0.0.1:{server.port}/" in out
    assert f"session code: {CODE}" in out


@pytest.mark.slow
def test_root_serves_the_quiz_without_its_source(server):
    status, body, _ = fetch(server.port, "/")
    assert status == 200
    assert b"application/vnd.jupyter.widget-view+json" in body
    assert b"quiz_app" not in body and b"Traceback" not in body


def hidden_paths(db_file: Path) -> list[str]:
    return [
        "/api/contents", "/api/contents/quiz.ipynb", "/tree", "/tree/quiz.ipynb", "/notebooks/quiz.ipynb",
        "/voila/render/quiz.ipynb", "/voila/render/facilitator.ipynb", "/voila/tree", "/voila/api/contents",
        "/files/quiz.ipynb", "/quiz.ipynb", "/facilitator.ipynb", "/author.ipynb", "/voila.json",
        "/voila/files/quiz.ipynb", "/voila/files/facilitator.ipynb", "/voila/files/voila.json",
        "/static/../quiz.ipynb", "/voila/static/../../quiz.ipynb", "/voila/static/..%2F..%2Fapp.py",
        "/voila/files/..%2F..%2Fpyproject.toml", "/voila/files/../var/netquiz.sqlite3",
        "/var/netquiz.sqlite3", "/netquiz.sqlite3", "/data.db", "/x.json", "/api/kernels", "/api/sessions",
        f"/voila/files/{db_file}", f"/voila/files/..%2F..%2F..%2F..%2F..%2F..%2F..%2F{db_file}",
        f"/voila/static/{'..%2F' * 12}{str(db_file).lstrip('/')}",
    ]


@pytest.mark.slow
def test_nothing_but_the_quiz_is_downloadable(server, db_file):
    leaks = []
    for path in hidden_paths(db_file):
        status, body, final = fetch(server.port, path)
        if status not in (403, 404, 405) or any(m in body for m in (*NOTEBOOK_MARKERS, DB_MARKER)):
            leaks.append((path, status, final, body[:80]))
    assert leaks == []


@pytest.mark.slow
def test_malformed_template_paths_leak_nothing(server):
    # Voilà answered some malformed /voila/templates paths with 500 and a traceback (issue 15): now a 404.
    for path in ("/voila/templates/lab/static/../../../../../../etc/passwd", "/voila/templates/x",
                 "/voila/templates/lab/static/..%2F..%2F..%2F..%2Fnotebooks%2Fquiz.ipynb", "/voila/templates/x/y",
                 "/voila/templates//static/x"):
        status, body, _ = fetch(server.port, path)
        assert status in (403, 404), (path, status)
        assert b"root:" not in body and not any(m in body for m in NOTEBOOK_MARKERS)
    assert fetch(server.port, "/voila/templates/x")[0] == 404
    assert "Traceback" not in server.output()


@pytest.mark.slow
def test_listens_only_on_loopback(server):
    procs = [psutil.Process(server.proc.pid), *psutil.Process(server.proc.pid).children(recursive=True)]
    listening = []
    for proc in procs:
        try:
            connections = proc.net_connections(kind="inet")
        except psutil.NoSuchProcess:
            continue
        listening += [c.laddr for c in connections if c.status == psutil.CONN_LISTEN]
    web = [addr for addr in listening if addr.port == server.port]
    assert web and all(addr.ip == "127.0.0.1" for addr in web)
    assert all(addr.ip in ("127.0.0.1", "::1") for addr in listening), listening  # kernels too
    for address in serve.lan_addresses():
        with pytest.raises(OSError):
            fetch(server.port, "/voila/static/voila.js", host=address)


def kernel_of(body: bytes) -> str:
    return json.loads(re.search(rb'"kernelId":\s*("[0-9a-f-]+")', body).group(1))


@pytest.mark.slow
def test_kernels_of_abandoned_pages_are_culled(server):
    status, body, response = request(server.port, "/")  # a visitor who never opens the websocket
    kernel_id, mine = kernel_of(body), {"Cookie": cookies_of(response)}
    assert request(server.port, f"/api/kernels/{kernel_id}", mine)[0] == 200
    # Idle 4 s, checked every 1 s: culled within seconds on a quiet machine. The CI machine also runs the browser
    # tests beside this one, and a kernel that is still busy starting is never culled (cull_busy=False): one run
    # took longer than 30 s, so the test waits for the culling, not for a speed.
    deadline = time.monotonic() + 120
    while (answer := request(server.port, f"/api/kernels/{kernel_id}", mine))[0] != 404:
        assert time.monotonic() < deadline, f"kernel was not culled: {answer[1][:300]!r}"
        time.sleep(1)


@pytest.mark.slow
def test_a_kernel_answers_only_the_page_that_started_it(server):
    status, body, response = request(server.port, "/")
    kernel_id, mine = kernel_of(body), {"Cookie": cookies_of(response)}
    _, _, other = request(server.port, "/voila/static/voila.js")  # another browser: its own login cookie
    strangers = [{}, {"Cookie": cookies_of(other)}, {"Cookie": "username-127-0-0-1-1=forged"}]
    for headers in strangers:
        assert request(server.port, f"/api/kernels/{kernel_id}", headers)[0] == 403
        assert request(server.port, f"/voila/api/shutdown/{kernel_id}", headers, method="POST")[0] == 403
        ws = {**headers, "Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Version": "13",
              "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="}
        assert request(server.port, f"/api/kernels/{kernel_id}/channels", ws)[0] == 403
    assert request(server.port, f"/api/kernels/{kernel_id}", mine)[0] == 200
    xsrf = re.search(r"_xsrf=([^;]+)", mine["Cookie"]).group(1)
    shutdown = request(server.port, f"/voila/api/shutdown/{kernel_id}", {**mine, "X-XSRFToken": xsrf},
                       method="POST")
    assert shutdown[0] == 204  # the tab-close shutdown of its own page works (the _xsrf cookie is set)
    assert request(server.port, f"/api/kernels/{kernel_id}", mine)[0] in (403, 404)


# ---- token-protected server (what --facilitator runs) ---------------------------------------------
@pytest.mark.slow
def test_token_server_needs_the_token(tmp_path):
    port, token = free_port(), "s3cret-T0ken-0123456789"
    command = serve.voila_command(serve.find_notebook(serve.QUIZ_NOTEBOOK), "127.0.0.1", port,
                                  require_token=True, pool_size=0)
    running = start_server(command, port, tmp_path / "token.log",
                           env=serve.voila_env(f"sqlite:///{tmp_path / 'db.sqlite3'}", token=token))
    try:
        assert token.encode() not in " ".join(psutil.Process(running.proc.pid).cmdline()).encode()
        for path in ("/", "/?token=wrong"):
            status, body, final = fetch(port, path)
            assert b"application/vnd.jupyter.widget-view+json" not in body
            assert final.startswith("/login") or status in (401, 403), (path, status, final)
        started = time.monotonic()
        for guess in ("a", "b"):
            assert request(port, f"/api/kernels?token={guess}")[0] in (302, 403)
            assert request(port, "/api/kernels", {"Authorization": f"token {guess}"})[0] in (302, 403)
        slow = time.monotonic() - started
        status, _, response = request(port, f"/?token={token}&theme=light")
        assert status == 302 and response.getheader("Location") == "/?theme=light"  # no token in the address bar
        status, body, _ = request(port, "/?theme=light", {"Cookie": cookies_of(response)})
        assert status == 200 and b"application/vnd.jupyter.widget-view+json" in body
        facilitator_kernels = [p.pid for p in kernel_processes(running.proc.pid)]
        assert facilitator_kernels  # the page's kernel: the token server's kernels lack the token too
        assert_no_token_in_environ(facilitator_kernels, [token])
        log = running.output()
        assert slow >= 3.5, f"4 wrong tokens answered in {slow:.2f}s"
        assert log.count("wrong facilitator token from 127.0.0.1") >= 4 and token not in log
        form_slow = login_form_works(port, token)
        assert running.output().count("wrong facilitator token from 127.0.0.1") >= 5
    finally:
        running.stop()
    print(f"\n4 wrong tokens took {slow:.2f}s (one per second, server-wide); a wrong login form {form_slow:.2f}s")


def login_form(port: int, password: str) -> tuple[int, str, float]:
    """Open /login (the _xsrf cookie and field), post ``password``; (status, cookies, seconds) of the post."""
    status, body, response = request(port, "/login")
    assert status == 200, status
    cookie = cookies_of(response)
    xsrf = re.search(rb'name="_xsrf" value="([^"]+)"', body).group(1).decode()
    form = f"_xsrf={xsrf}&password={password}"
    started = time.monotonic()
    status, _, posted = request(port, "/login?next=%2F", {"Cookie": cookie, "Content-Type":
                                "application/x-www-form-urlencoded"}, method="POST", body=form)
    return status, "; ".join(filter(None, [cookie, cookies_of(posted)])), time.monotonic() - started


def login_form_works(port: int, token: str) -> float:
    """The login form (issue 15): a wrong token waits ~1 s and gets no cookie; the right one gets in."""
    status, cookie, slow = login_form(port, "wrong-token-0123456789")
    assert status == 401 and slow >= 0.9, (status, slow)
    assert request(port, "/", {"Cookie": cookie})[0] == 302  # still the login page
    status, cookie, fast = login_form(port, token)
    assert status == 302, status
    status, body, _ = request(port, "/", {"Cookie": cookie})
    assert status == 200 and b"application/vnd.jupyter.widget-view+json" in body
    return slow


@pytest.mark.skipif(not (serve.REPO_NOTEBOOKS / serve.FACILITATOR_NOTEBOOK).is_file(),
                    reason="notebooks/facilitator.ipynb not written yet")
@pytest.mark.slow
def test_facilitator_command_prints_a_token_url(tmp_path):
    port = free_port()
    command = [sys.executable, "-m", "netquiz", "serve", "--facilitator", "--port", str(port),
               "--db", f"sqlite:///{tmp_path / 'db.sqlite3'}"]
    running = start_server(command, port, tmp_path / "facilitator.log")
    try:
        out = running.output_with("facilitator dashboard:")
        token = re.search(rf"facilitator dashboard: http://127\.0\.0\.1:{port}/\?token=(\S+)", out).group(1)
        assert len(token) >= 16
        status, body, final = fetch(port, "/")
        assert final.startswith("/login") and b"widget-view+json" not in body
    finally:
        running.stop()


@pytest.mark.slow
def test_page_loads_no_stylesheet_or_font_from_other_hosts(server):
    """Voilà's template links Font Awesome from a CDN; offline Wi-Fi must not hold the page back."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        conn.request("GET", "/")
        response = conn.getresponse()
        response.read()
    finally:
        conn.close()
    policy = response.getheader("Content-Security-Policy") or ""
    assert "style-src 'self'" in policy and "font-src 'self'" in policy
    assert "frame-ancestors 'self'" in policy
    # issue 15: scripts only from here, no plugins, no foreign <base>; no Referer; no server version
    assert "script-src 'self'" in policy and "object-src 'none'" in policy and "base-uri 'self'" in policy
    assert response.getheader("Referrer-Policy") == "no-referrer"
    assert response.getheader("Server") is None
    assert request(server.port, "/voila/static/voila.js")[2].getheader("Server") is None


def test_kernels_talk_over_ipc_not_tcp(server):
    fetch(server.port, "/")
    kernels_now = kernels(server)
    assert kernels_now
    for proc in kernels_now:  # (ipykernel's own helper sockets bind random loopback ports: no collision)
        connection_file = next(a for a in proc.cmdline() if a.endswith(".json"))
        connection = json.loads(Path(connection_file).read_text())
        assert connection["transport"] == "ipc"
        sockets = [Path(f"{connection['ip']}-{connection[k]}") for k in ("shell_port", "iopub_port", "control_port")]
        deadline = time.monotonic() + 30  # a pool kernel may still be starting
        while not all(p.exists() for p in sockets) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert all(p.is_socket() for p in sockets), sockets
    assert "running over TCP" not in server.output()


# ---- the kernel budget -------------------------------------------------------------------------
PER_ADDRESS = 3


@pytest.fixture(scope="module")
def capped(db_file):
    """A server behind a (pretend) reverse proxy: X-Real-IP counts; 3 kernels per address, 6 in total;
    kernels whose page never connects stop after 5 s."""
    port = free_port()
    command = [sys.executable, "-m", "netquiz", "serve", "--port", str(port), "--db", f"sqlite:///{db_file}",
               "--pool-size", "1", "--max-kernels", "6", "--max-kernels-per-address", str(PER_ADDRESS),
               "--trust-forwarded", "--never-connected", "5", "--workers", "1"]
    running = start_server(command, port, db_file.parent / "capped.log")
    yield running
    running.stop()


def kernels(server) -> list[psutil.Process]:
    """The server's live kernel processes (zombies of stopped kernels not counted)."""
    return kernel_processes(server.proc.pid)


def rss_of(proc: psutil.Process) -> int:
    try:
        return proc.memory_info().rss
    except (psutil.NoSuchProcess, psutil.ZombieProcess):
        return 0


def wait_for_kernels(server, at_most: int, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    while len(kernels(server)) > at_most and time.monotonic() < deadline:
        time.sleep(0.5)
    return len(kernels(server))


@pytest.mark.slow
@pytest.mark.slow
def test_a_reload_loop_is_capped_and_others_still_get_in(capped):
    loop = {"X-Real-IP": "203.0.113.7"}  # a documentation address: only a header on loopback requests
    started, statuses, slowest_refusal, refusal_times = time.monotonic(), [], 0.0, []
    for _ in range(1000):
        t = time.monotonic()
        status, body, response = request(capped.port, "/", loop)
        statuses.append(status)
        if status == 503:
            slowest_refusal = max(slowest_refusal, time.monotonic() - t)
            refusal_times.append(time.monotonic() - t)
            assert response.getheader("Retry-After") == "60"
            assert "एक मिनट बाद".encode() in body and b"Try again in a minute" in body and b"netquiz-busy" in body
    loop_s = time.monotonic() - started
    refusals = sorted(refusal_times)
    held = len(kernels(capped))
    assert statuses.count(200) == PER_ADDRESS and statuses.count(503) == 1000 - PER_ADDRESS
    assert held <= PER_ADDRESS + 1  # + the pre-heated pool kernel
    t = time.monotonic()
    status, body, _ = request(capped.port, "/", {"X-Real-IP": "203.0.113.8"})  # another participant
    other_s = time.monotonic() - t
    assert status == 200 and b"widget-view+json" in body and other_s < 10
    rss = sum(rss_of(p) for p in kernels(capped)) / 2**20
    log = capped.output()
    assert log.count("quiz full (address cap) for 203.0.113.7") == 1  # once per address per minute
    freed = wait_for_kernels(capped, at_most=1, timeout=30)  # none of these pages opened its websocket
    assert freed <= 1
    print(f"\n1000 GETs from one address: {loop_s:.1f}s, {statuses.count(503)} refused (median "
          f"{refusals[len(refusals) // 2] * 1000:.1f} ms, slowest "
          f"{slowest_refusal * 1000:.1f} ms), kernels held {held} (cap {PER_ADDRESS} + pool), kernel RSS "
          f"{rss:.0f} MiB; another address got its page in {other_s:.2f}s; never-connected kernels "
          f"stopped: {held + 1 - freed} within 30 s")
    status, body, _ = request(capped.port, "/", loop)
    assert status == 200  # the address gets pages again once its kernels are gone


@pytest.mark.slow
@pytest.mark.slow
def test_the_total_cap_holds_across_addresses(capped):
    wait_for_kernels(capped, at_most=1, timeout=30)
    statuses = [request(capped.port, "/", {"X-Real-IP": f"203.0.113.{20 + i}"})[0] for i in range(8)]
    assert statuses.count(200) <= 5 and statuses[-1] == 503  # 6 live kernels in total, pool included
    assert len(kernels(capped)) <= 6


@pytest.mark.slow
@pytest.mark.slow
def test_a_burst_of_arrivals_never_gets_a_page_without_the_quiz(server):
    """Twelve pages at once on this small machine: each is the quiz or the joining page that retries,
    never a complete page with an empty quiz (Voilà's behaviour when a render's output comes late)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(12) as pool:
        results = list(pool.map(lambda _: fetch(server.port, "/"), range(12)))
    for status, body, _ in results:
        quiz = status == 200 and b"application/vnd.jupyter.widget-view+json" in body
        joining = status == 503 and b"netquiz-busy" in body
        assert quiz or joining, (status, body[-300:])
    assert sum(status == 200 for status, _, _ in results) >= 1
