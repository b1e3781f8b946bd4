"""A protocol-level Voilà participant: what the browser does, without a browser.

GET the page (Voilà starts or hands out a kernel and renders the notebook), open the kernel's websocket,
ask the widget manager for every model's state (``jupyter.widget.control`` → ``request_states``), then drive
widgets the way the page does: ``update`` messages set the name and code, a ``custom`` click message presses
Start. Every message the kernel sends back is read; a question is "visible" when a widget model whose value
contains its (HTML-escaped) stem arrives — the moment the browser would paint it.
"""

from __future__ import annotations

import asyncio
import html
import json
import re
import time
import uuid
from dataclasses import dataclass, field

from tornado.httpclient import AsyncHTTPClient
from tornado.websocket import WebSocketClientConnection, websocket_connect


def message(msg_type: str, content: dict, session: str, metadata: dict | None = None) -> str:
    """A Jupyter shell message as the JSON text frame of the default websocket protocol."""
    header = {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "session": session, "username": "bench",
              "date": "", "version": "5.3"}
    return json.dumps({"header": header, "parent_header": {}, "metadata": metadata or {}, "content": content,
                       "channel": "shell", "buffers": []})


@dataclass
class Participant:
    """One simulated phone: its kernel, websocket, the widget models it knows and what it has seen."""

    base: str
    name: str
    kernel_id: str = ""
    session: str = field(default_factory=lambda: uuid.uuid4().hex)
    ws: WebSocketClientConnection | None = None
    models: dict[str, dict] = field(default_factory=dict)
    seen: dict[str, float] = field(default_factory=dict)   # watched text -> first time seen (perf_counter)
    watching: set[str] = field(default_factory=set)
    frames: int = 0
    _states: asyncio.Future | None = None

    async def open(self) -> None:
        """GET the page (a kernel runs the notebook), connect, and learn every widget model."""
        response = await AsyncHTTPClient().fetch(self.base, request_timeout=120)
        match = re.search(r'"kernelId":\s*"([0-9a-f-]{36})"', response.body.decode())
        if not match:
            raise RuntimeError("no kernelId in the Voilà page")
        self.kernel_id = match.group(1)
        url = self.base.replace("http", "ws", 1) + f"api/kernels/{self.kernel_id}/channels?session_id={self.session}"
        self.ws = await websocket_connect(url, max_message_size=64 * 2**20)
        asyncio.get_running_loop().create_task(self._read())
        self._states = asyncio.get_running_loop().create_future()
        control = uuid.uuid4().hex
        self._send("comm_open", {"comm_id": control, "target_name": "jupyter.widget.control", "data": {}},
                   {"version": "1.0.0"})
        self._send("comm_msg", {"comm_id": control, "data": {"method": "request_states"}})
        states = await asyncio.wait_for(self._states, 60)
        for model_id, model in states.items():
            self.models[model_id] = model.get("state", {})

    def _send(self, msg_type: str, content: dict, metadata: dict | None = None) -> None:
        assert self.ws is not None
        self.ws.write_message(message(msg_type, content, self.session, metadata))

    async def _read(self) -> None:
        assert self.ws is not None
        while True:
            frame = await self.ws.read_message()
            if frame is None:
                return
            if isinstance(frame, bytes):
                continue  # binary frames carry buffers only; the quiz sends none
            self.frames += 1
            now = time.perf_counter()
            msg = json.loads(frame)
            if self.watching:
                text = json.dumps(msg.get("content", {}), ensure_ascii=False)
                for stem in self.watching:
                    if stem not in self.seen and stem in text:
                        self.seen[stem] = now
            self._take(msg)

    def _take(self, msg: dict) -> None:
        content, kind = msg.get("content", {}), msg.get("header", {}).get("msg_type")
        data = content.get("data", {})
        if kind == "comm_msg" and data.get("method") == "update_states" and self._states and not self._states.done():
            self._states.set_result(data.get("states", {}))
        elif kind == "comm_open":
            self.models[content["comm_id"]] = data.get("state", {})
        elif kind == "comm_msg" and data.get("method") == "update":
            self.models.setdefault(content["comm_id"], {}).update(data.get("state", {}))

    def find(self, css: str) -> str:
        """The id of the newest model carrying the CSS hook ``css``."""
        ids = [mid for mid, state in self.models.items() if css in state.get("_dom_classes", ())]
        if not ids:
            raise LookupError(css)
        return ids[-1]

    def has(self, css: str) -> bool:
        return any(css in state.get("_dom_classes", ()) for state in self.models.values())

    def set_value(self, model_id: str, value: str) -> None:
        self._send("comm_msg", {"comm_id": model_id, "data": {"method": "update", "state": {"value": value},
                                                              "buffer_paths": []}})

    def click(self, model_id: str) -> None:
        self._send("comm_msg", {"comm_id": model_id, "data": {"method": "custom", "content": {"event": "click"}}})

    async def join(self, code: str, timeout: float = 60) -> None:
        """Type name and code, press Start, wait for the waiting screen (or a question)."""
        self.set_value(self.find("netquiz-name"), self.name)
        self.set_value(self.find("netquiz-code"), code)
        self.click(self.find("netquiz-start"))
        deadline = time.monotonic() + timeout
        while not (self.has("netquiz-wait") or self.has("netquiz-live")):
            if self.has("netquiz-error") or time.monotonic() > deadline:
                raise RuntimeError(f"{self.name} could not join")
            await asyncio.sleep(0.05)

    def watch(self, stem: str) -> None:
        """Record when a message with this text (HTML-escaped, as the quiz sends it) arrives from now on."""
        key = html.escape(stem, quote=True)
        self.watching.add(key)
        self.seen.pop(key, None)  # the same text may have come with an earlier question

    def seen_at(self, stem: str) -> float | None:
        return self.seen.get(html.escape(stem, quote=True))

    def close(self) -> None:
        if self.ws is not None:
            self.ws.close()
