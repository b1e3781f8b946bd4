"""A protocol-level quiz participant: what the browser does, without a browser (used by ``bench/load.py``).

One :class:`Participant` is one phone: it GETs the join URL (following nginx's redirect to a worker),
downloads the page's static files (the scripts and styles the page names, the federated extensions'
entry points, and the lazily loaded chunks a real Chromium fetched, recorded once per run), opens the
kernel websocket with the page's cookies using the ``v1.kernel.websocket.jupyter.org`` binary protocol,
and speaks the widget messages the page speaks: ``kernel_info_request``; ``comm_open`` of
``jupyter.widget.control`` + ``request_states``; the browser token (``update`` of the token widget);
typing (``update`` of a Text's ``value``), clicks (``custom`` ``{"event": "click"}``) and the question
card's events (``custom`` ``{"event": "submit", "n", "choice"}`` / ``{"event": "next", "n"}``; revisions
before the card, with one Button per option, are played too). It keeps every
widget model's state from ``update_states``, ``comm_open``, ``update``/``echo_update`` and ``comm_close``,
and finds the screen's parts by their ``netquiz-*`` classes among the models reachable from the page's
root view (hidden ones skipped). Leaving POSTs Voilà's shutdown with the ``_xsrf`` cookie, as the page's
unload handler does. Loopback only: :func:`check_loopback` refuses any other host.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import time
import uuid
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import urljoin, urlsplit

from jupyter_server.services.kernels.connection.base import deserialize_msg_from_ws_v1, serialize_msg_to_ws_v1
from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest
from tornado.websocket import websocket_connect

WIDGET_VIEW = re.compile(r'application/vnd\.jupyter\.widget-view\+json"?:\s*\{\s*"model_id":\s*"([0-9a-f]+)"')
KERNEL_ID = re.compile(r'"kernelId":\s*"([0-9a-f-]{36})"')
BASE_URL = re.compile(r'"baseUrl":\s*"([^"]*)"')
ASSET = re.compile(r'(?:src|href)="([^"]+)"')
LOAD = re.compile(r'"load":\s*"([^"]+)"')
PROTOCOL = "v1.kernel.websocket.jupyter.org"


def check_loopback(url: str) -> None:
    """Refuse any target that is not this machine's loopback."""
    host = urlsplit(url).hostname or ""
    if not (host == "localhost" or host.startswith("127.") or host == "::1"):
        raise SystemExit(f"bench/load.py only targets loopback addresses, not {host!r}")


class PageFailed(Exception):
    """The page could not be used: ``kind`` is ``blank``, ``http`` or ``protocol``."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind


@dataclass
class Widgets:
    """Widget models by id (their latest state) and the page's root view."""

    root: str = ""
    models: dict[str, dict[str, Any]] = field(default_factory=dict)

    def apply(self, msg_type: str, content: dict[str, Any]) -> None:
        data = content.get("data") or {}
        comm_id = content.get("comm_id", "")
        if msg_type == "comm_open" and content.get("target_name") == "jupyter.widget":
            self.models[comm_id] = dict(data.get("state") or {})
        elif msg_type == "comm_msg" and data.get("method") in ("update", "echo_update"):
            self.models.setdefault(comm_id, {}).update(data.get("state") or {})
        elif msg_type == "comm_msg" and data.get("method") == "update_states":
            for model_id, entry in (data.get("states") or {}).items():
                self.models[model_id] = dict(entry.get("state") or {})
        elif msg_type == "comm_close":
            self.models.pop(comm_id, None)

    def _hidden(self, state: dict[str, Any]) -> bool:
        layout = self.models.get(str(state.get("layout", "")).removeprefix("IPY_MODEL_"), {})
        return layout.get("display") == "none" or layout.get("visibility") == "hidden"

    def visible(self) -> list[tuple[str, dict[str, Any]]]:
        """Models reachable from the root view through ``children``, hidden subtrees skipped."""
        seen, stack, found = set(), [self.root], []
        while stack:
            model_id = stack.pop()
            state = self.models.get(model_id)
            if state is None or model_id in seen or self._hidden(state):
                continue
            seen.add(model_id)
            found.append((model_id, state))
            stack.extend(str(c).removeprefix("IPY_MODEL_") for c in reversed(state.get("children") or []))
        return found

    def find(self, cls: str) -> list[tuple[str, dict[str, Any]]]:
        return [(i, s) for i, s in self.visible() if cls in (s.get("_dom_classes") or [])]

    def token_widget(self) -> str | None:
        return next((i for i, s in self.models.items() if "token" in s and "_esm" in s), None)


@dataclass
class Result:
    """What one participant saw."""

    name: str
    joined_s: float | None = None
    feedback_s: list[float] = field(default_factory=list)
    answered: int = 0
    busy_pages: int = 0
    failure: str = ""
    finished: bool = False
    worker: str = ""


class Participant:
    """One phone playing the quiz (see the module docstring)."""

    def __init__(self, url: str, name: str, code: str, static: list[str], think: tuple[float, float],
                 questions: int, timeout: float = 60.0, vanish: bool = False) -> None:
        self.url, self.name, self.code, self.static = url, name, code, static
        self.vanish = vanish  # leave as a phone that sleeps: no unload, the socket just drops
        self.upcoming: dict[str, Any] | None = None  # the question card's next screen, shown page-side
        self.think, self.questions, self.timeout = think, questions, timeout
        self.http = AsyncHTTPClient()
        self.cookies: dict[str, str] = {}
        self.widgets = Widgets()
        self.changed = asyncio.Event()
        self.session = uuid.uuid4().hex
        self.result = Result(name)
        self.socket: Any = None
        self.base = self.kernel_id = ""
        self.page_url = url

    # -- HTTP ------------------------------------------------------------------------------------
    def _cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    async def _get(self, url: str, method: str = "GET", headers: dict[str, str] | None = None) -> Any:
        request = HTTPRequest(url, method=method, headers={"Cookie": self._cookie_header(), **(headers or {})},
                              follow_redirects=False, request_timeout=120, allow_nonstandard_methods=True,
                              body=b"" if method == "POST" else None)
        try:
            response = await self.http.fetch(request, raise_error=False)
        except (HTTPClientError, OSError) as exc:
            raise PageFailed("http", f"{url}: {exc}") from None
        for header in response.headers.get_list("Set-Cookie"):
            for key, morsel in SimpleCookie(header).items():
                self.cookies[key] = morsel.value
        return response

    async def open_page(self) -> str:
        """GET until a page with the quiz arrives; a joining/full page is waited out as the page itself does."""
        url = self.url
        for _ in range(60):
            response = await self._get(url)
            if response.code in (301, 302, 303, 307):
                url = urljoin(url, response.headers["Location"])
                continue
            body = response.body.decode("utf-8", "replace")
            if response.code == 503 and "netquiz-busy" in body:
                self.result.busy_pages += 1
                await asyncio.sleep(float(response.headers.get("Retry-After", "4")) if "joining" in body else 5)
                url = self.url  # the page reloads its own URL; going back to / spreads over workers again
                continue
            if response.code != 200:
                raise PageFailed("http", f"GET {url}: {response.code}")
            view = WIDGET_VIEW.search(body)
            if view is None:
                raise PageFailed("blank", f"GET {url}: 200 without the quiz")
            self.widgets.root = view.group(1)
            self.kernel_id = KERNEL_ID.search(body).group(1)
            self.base = BASE_URL.search(body).group(1)
            self.page_url = url
            self.result.worker = self.base
            await self._fetch_static(url, body)
            return body
        raise PageFailed("http", "still busy after 60 tries")

    async def _fetch_static(self, page_url: str, body: str) -> None:
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(page_url))
        wanted = [a for a in ASSET.findall(body) if a.startswith(self.base) or a.startswith("/")]
        wanted += [f"{self.base}voila/labextensions/{name}" for name in _extension_entries(body)]
        wanted += [f"{self.base}{path}" for path in self.static]
        for chunk in [wanted[i:i + 6] for i in range(0, len(wanted), 6)]:  # 6 at once, like a browser
            await asyncio.gather(*(self._get(origin + path) for path in dict.fromkeys(chunk)))

    # -- kernel websocket ------------------------------------------------------------------------
    async def connect(self) -> None:
        parts = urlsplit(self.page_url)
        ws_url = (f"ws://{parts.netloc}{self.base}api/kernels/{self.kernel_id}/channels"
                  f"?session_id={self.session}")
        request = HTTPRequest(ws_url, headers={"Cookie": self._cookie_header()}, request_timeout=120)
        try:
            self.socket = await websocket_connect(request, subprotocols=[PROTOCOL])
        except (HTTPClientError, OSError) as exc:
            raise PageFailed("protocol", f"websocket: {exc}") from None
        asyncio.get_running_loop().create_task(self._read())

    async def _read(self) -> None:
        while True:
            message = await self.socket.read_message()
            if message is None:
                return
            if isinstance(message, str):
                continue
            channel, parts = deserialize_msg_from_ws_v1(message)
            if channel not in ("iopub", "shell") or len(parts) < 4:
                continue
            header, content = json.loads(parts[0]), json.loads(parts[3])
            self.widgets.apply(header.get("msg_type", ""), content)
            self.changed.set()

    def send(self, msg_type: str, content: dict[str, Any], metadata: dict[str, Any] | None = None) -> None:
        header = {"date": "", "msg_id": uuid.uuid4().hex, "msg_type": msg_type, "session": self.session,
                  "username": "", "version": "5.2"}
        parts = [json.dumps(x).encode() for x in (header, {}, metadata or {}, content)]
        self.socket.write_message(serialize_msg_to_ws_v1(parts, "shell"), binary=True)

    def comm(self, comm_id: str, data: dict[str, Any]) -> None:
        self.send("comm_msg", {"comm_id": comm_id, "data": data})

    def click(self, comm_id: str) -> None:
        self.comm(comm_id, {"method": "custom", "content": {"event": "click"}})

    def type_into(self, comm_id: str, value: str) -> None:
        self.comm(comm_id, {"method": "update", "state": {"value": value}, "buffer_paths": []})

    async def until(self, test: Any, what: str) -> Any:
        """Wait for the widget state to satisfy ``test`` (its truthy result is returned)."""
        deadline = time.monotonic() + self.timeout
        while (found := test()) in (None, False, []):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise PageFailed("protocol", f"timed out waiting for {what}")
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), remaining)
            except TimeoutError:
                continue
        return found

    async def pause(self) -> None:
        await asyncio.sleep(random.uniform(*self.think))


def _extension_entries(body: str) -> list[str]:
    """The federated extensions' entry points the page loads (``name/static/remoteEntry….js``)."""
    match = re.search(r'"federated_extensions":\s*(\[.*?\])', body, re.S)
    if not match:
        return []
    try:
        return [f"{e['name']}/{e['load'].removeprefix('./')}" for e in json.loads(match.group(1))]
    except (ValueError, KeyError, TypeError):
        return []


def _stem(widgets: Widgets) -> tuple[str, str] | None:
    found = widgets.find("netquiz-stem")
    return (found[0][0], str(found[0][1].get("value", ""))) if found else None


def _answered(widgets: Widgets) -> bool:
    return any({"netquiz-correct", "netquiz-incorrect"} & set(s.get("_dom_classes") or [])
               for _, s in widgets.find("netquiz-feedback"))


def _card(widgets: Widgets) -> tuple[str, dict[str, Any]] | None:
    """The question card (its id and ``screen`` state), if the screen is one."""
    return next(((i, s["screen"]) for i, s in widgets.find("netquiz-question") if s.get("screen")), None)


def _question(widgets: Widgets) -> object:
    """Truthy while a question (card or old-style screen) or the summary is on screen."""
    return widgets.find("netquiz-summary") or _card(widgets) or _stem(widgets)


async def _answer_card(p: Participant, card_id: str, screen: dict[str, Any]) -> None:
    """One question on the card, as its page does: choose (no message), submit, read the feedback, next
    (no message when the result brought the upcoming question, which the page then shows)."""
    n = screen["n"]
    await p.pause()  # reading and choosing
    await p.pause()
    started = time.monotonic()
    p.comm(card_id, {"method": "custom", "content": {"event": "submit", "n": n,
                                                     "choice": random.randrange(len(screen["options"]))}})
    state = await p.until(lambda: (c := _card(p.widgets)) is not None and c[1]["n"] == n and c[1].get("result")
                          and c[1], "the feedback")
    p.result.feedback_s.append(time.monotonic() - started)
    p.result.answered += 1
    await p.pause()
    if state.get("upcoming"):
        p.upcoming = state["upcoming"]
        return
    p.comm(card_id, {"method": "custom", "content": {"event": "next", "n": n}})
    await p.until(lambda: p.widgets.find("netquiz-summary") or ((c := _card(p.widgets)) and c[1]["n"] != n),
                  "the next question")


async def _join(p: Participant, token: str) -> None:
    p.send("kernel_info_request", {})
    control = uuid.uuid4().hex
    p.send("comm_open", {"comm_id": control, "target_name": "jupyter.widget.control", "data": {}},
           {"version": "1.0.0"})
    p.comm(control, {"method": "request_states"})
    await p.until(lambda: p.widgets.find("netquiz-join") or p.widgets.find("netquiz-question"), "the join form")
    p.send("comm_close", {"comm_id": control, "data": {}})
    if (token_id := p.widgets.token_widget()) is not None:
        p.comm(token_id, {"method": "update", "state": {"token": token}, "buffer_paths": []})


async def _answer_one(p: Participant) -> bool:
    """Answer the question on screen; False once the summary shows."""
    if p.upcoming is not None and (card := _card(p.widgets)) is not None:
        upcoming, p.upcoming = p.upcoming, None
        await _answer_card(p, card[0], upcoming)
        return True
    screen = await p.until(lambda: _question(p.widgets), "a question")
    if isinstance(screen, list):
        return False
    if (card := _card(p.widgets)) is not None:
        await _answer_card(p, *card)
        return True
    options = p.widgets.find("netquiz-option")
    await p.pause()
    p.click(random.choice(options)[0])
    await p.pause()
    submit = await p.until(lambda: p.widgets.find("netquiz-submit"), "the submit button")
    started = time.monotonic()
    p.click(submit[0][0])
    await p.until(lambda: _answered(p.widgets), "the feedback")
    p.result.feedback_s.append(time.monotonic() - started)
    p.result.answered += 1
    await p.pause()
    nxt = await p.until(lambda: p.widgets.find("netquiz-next"), "the next button")
    p.click(nxt[0][0])
    await p.until(lambda: p.widgets.find("netquiz-summary") or (_stem(p.widgets) not in (None, screen)),
                  "the next question")
    return True


async def play(p: Participant, token: str) -> Result:
    """Open, join, answer up to ``p.questions`` questions (0: all), leave as a closed tab does."""
    started = time.monotonic()
    try:
        await p.open_page()
        await p.connect()
        await _join(p, token)
        p.result.joined_s = time.monotonic() - started
        await p.pause()
        p.type_into(p.widgets.find("netquiz-name")[0][0], p.name)
        p.type_into(p.widgets.find("netquiz-code")[0][0], p.code)
        p.click(p.widgets.find("netquiz-start")[0][0])
        await p.until(lambda: _question(p.widgets), "the first question")
        while p.questions <= 0 or p.result.answered < p.questions:
            if not await _answer_one(p):
                break
        p.result.finished = True
    except PageFailed as exc:
        p.result.failure = str(exc)
    except (IndexError, KeyError) as exc:
        p.result.failure = f"protocol: screen without {exc}"
    finally:
        await leave(p)
    return p.result


async def leave(p: Participant) -> None:
    """Close the tab: Voilà's shutdown POST with the _xsrf cookie (the page's unload handler), then the socket;
    a vanishing phone (``p.vanish``) only drops the socket."""
    if p.kernel_id and "_xsrf" in p.cookies and not p.vanish:
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(p.page_url))
        try:
            await p._get(f"{origin}{p.base}voila/api/shutdown/{p.kernel_id}", method="POST",
                         headers={"X-XSRFToken": p.cookies["_xsrf"]})
        except PageFailed:
            pass
    if p.socket is not None:
        p.socket.close()
