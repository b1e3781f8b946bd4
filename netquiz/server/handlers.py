"""Voilà's request handlers with netquiz's guards (see :mod:`netquiz.server.app`).

:func:`replace_handlers` swaps Voilà's handler classes for subclasses that

* admit a quiz page only within the :class:`~netquiz.server.kernel_budget.KernelBudget` (else the "quiz is
  full" page, 503) and record which browser (Jupyter's signed login cookie) got which kernel;
* hand a page a pre-heated kernel only within its address's share
  (:class:`~netquiz.server.page_rate.PreheatedShare`), else it starts its own: a loop cannot empty the pool;
* render pages through the :class:`~netquiz.server.render_gate.RenderGate` (a few at once, the rest in order)
  and send a page only once it is complete and carries the quiz; otherwise the "joining…" page (503,
  retries by itself) and the kernel is shut down: never a blank quiz;
* answer kernel requests (websocket, ``/api/kernels/<id>``, tab-close shutdown, pre-heat request info)
  only for that browser (403 otherwise);
* on a token server, redirect a right ``?token=`` to the URL without it (the login cookie is set).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
import time
from http.client import responses
from typing import Any
from urllib.parse import urlencode

from jupyter_core.utils import ensure_async
from jupyter_server.auth.decorator import allow_unauthenticated
from jupyter_server.base.handlers import JupyterHandler
from jupyter_server.log import log_request as jupyter_log_request
from jupyter_server.services.kernels.handlers import KernelHandler
from tornado import web
from tornado.escape import url_escape
from voila.request_info_handler import RequestInfoSocketHandler
from voila.shutdown_kernel_handler import VoilaShutdownKernelHandler
from voila.static_file_handler import TemplateStaticFileHandler
from voila.tornado.handler import TornadoVoilaHandler
from voila.tornado.kernel_websocket_handler import VoilaKernelWebsocketHandler
from voila.voila_identity_provider import VoilaLoginHandler

from ..store.pin_throttle import record_owner
from ..texts import facilitator_lang
from .kernel_budget import KernelBudget
from .login_page import login_page
from .render_gate import RenderGate, full_page, has_output, joining_page
from .settings import FAILED_LOGIN_DELAY_S, TRUSTED_PROXIES
from .websockets import SocketRegistry, evict

PIN_DIR = "netquiz_pin_dir"
PAGE_RATE = "netquiz_page_rate"
PREHEATED = "netquiz_preheated_share"
SOCKETS = "netquiz_websockets"
BUDGET = "netquiz_budget"
GATE = "netquiz_render_gate"
EXPECT = "netquiz_expected"


class Expected:
    """``netquiz serve --expect N``: the pool starts at N pre-heated kernels; each page that opens lowers
    the pool's target by one, down to ``base`` (so the room does not leave N idle kernels behind)."""

    def __init__(self, expect: int, base: int) -> None:
        self.left, self.base = expect, base

    def arrived(self, manager: Any) -> None:
        if self.left <= 0:
            return
        self.left -= 1
        config = getattr(manager, "kernel_pools_config", None)
        if isinstance(config, dict) and isinstance(config.get("default"), dict):
            config["default"]["pool_size"] = max(self.base, self.left)
PROXY_HEADER = "X-Netquiz-Proxy"
KERNEL_NICE = 10  # added to the niceness of a kernel started for a page over its address's share
log = logging.getLogger("netquiz.server.voila")


class FailureGate:
    """Wrong tokens wait their turn: one failure per ``delay`` seconds server-wide, each logged."""

    def __init__(self, delay: float = FAILED_LOGIN_DELAY_S) -> None:
        self.delay = delay
        self._lock: asyncio.Lock | None = None

    async def fail(self, handler: web.RequestHandler) -> None:
        if self._lock is None:
            self._lock = asyncio.Lock()
        log.warning("netquiz: wrong facilitator token from %s (%s %s)", client_address(handler),
                    handler.request.method, handler.request.path)
        async with self._lock:
            await asyncio.sleep(self.delay)


def from_trusted_proxy(handler: web.RequestHandler) -> bool:
    """True if the request comes from a trusted proxy's address and, when the proxy has a secret, carries
    it (``X-Netquiz-Proxy``): a process that reaches a worker port itself cannot name another client."""
    settings, request = handler.settings, handler.request
    if request.remote_ip not in settings.get("netquiz_trusted_proxies", TRUSTED_PROXIES):
        return False
    secret = settings.get("netquiz_proxy_secret") or ""
    return not secret or hmac.compare_digest(request.headers.get(PROXY_HEADER, "").encode(), secret.encode())


def client_address(handler: web.RequestHandler) -> str:
    """The client's address; from a trusted reverse proxy, X-Real-IP or the proxy's X-Forwarded-For entry."""
    request = handler.request
    if handler.settings.get("netquiz_trust_forwarded") and from_trusted_proxy(handler):
        real = request.headers.get("X-Real-IP", "").strip()
        if real:
            return real
        forwarded = [part.strip() for part in request.headers.get("X-Forwarded-For", "").split(",")]
        if forwarded and forwarded[-1]:
            return forwarded[-1]  # the entry our proxy added; earlier ones are the client's own claim
    return request.remote_ip or "?"


def user_id(handler: JupyterHandler) -> str | None:
    user = handler.current_user
    return getattr(user, "username", None) if user is not None else None


LOGIN_GATE = FailureGate()


class _RecordingKernelManager:
    """The kernel manager as one page request sees it: tells the handler which kernel it got; without
    ``preheated`` it shows an empty pool, so Voilà starts the page its own kernel."""

    def __init__(self, manager: Any, on_kernel: Any, preheated: bool = True) -> None:
        self._manager, self._on_kernel, self._preheated = manager, on_kernel, preheated

    def __getattr__(self, name: str) -> Any:
        return getattr(self._manager, name)

    def get_pool_size(self, notebook_name: str) -> int:
        return self._manager.get_pool_size(notebook_name) if self._preheated else 0

    async def get_rendered_notebook(self, *args: Any, **kwargs: Any) -> Any:
        result = await self._manager.get_rendered_notebook(*args, **kwargs)
        self._on_kernel(result[2])
        return result

    async def start_kernel(self, *args: Any, **kwargs: Any) -> str:
        kernel_id = await self._manager.start_kernel(*args, **kwargs)
        if not self._preheated:
            lower_priority(self._manager, kernel_id)
        self._on_kernel(kernel_id)
        return kernel_id


def lower_priority(manager: Any, kernel_id: str) -> None:
    """A kernel started for a page over its address's share of pre-heated kernels runs at a lower CPU priority
    (nice +``KERNEL_NICE``), so a loop's kernels starting yield the CPU to everyone else's joins."""
    try:
        pid = manager.get_kernel(kernel_id).provisioner.pid
        os.setpriority(os.PRIO_PROCESS, pid, os.getpriority(os.PRIO_PROCESS, pid) + KERNEL_NICE)
    except Exception:  # no local process (another provisioner), or it is gone already
        log.debug("netquiz: could not lower the priority of kernel %s", kernel_id, exc_info=True)


class GuardedVoilaHandler(TornadoVoilaHandler):
    """The quiz page: budget first, then Voilà; remembers whose page got which kernel."""

    _claimed: str | None = None
    _kernel_id: str | None = None
    _preheated = True  # this page may take a pre-heated kernel (its address is within its share)

    @property
    def kernel_manager(self) -> Any:
        return _RecordingKernelManager(self.settings["kernel_manager"], self._got_kernel, self._preheated)

    @property
    def budget(self) -> KernelBudget:
        return self.settings[BUDGET]

    async def prepare(self) -> None:
        await super().prepare()
        if self._finished:
            return
        if self.get_argument("token", None) is not None and self.current_user is not None:
            self.redirect(clean_url(self))  # the login cookie is set: keep the token out of the address bar
            return
        self.xsrf_token  # noqa: B018 - sets the _xsrf cookie, so the tab-close shutdown POST is accepted
        address = client_address(self)
        why = self.budget.admit(address, live=self._live())
        if why is not None:
            if self.budget.should_log(address):
                log.warning("netquiz: quiz full (%s cap) for %s: refusing new pages for a minute at least",
                            why, address)
            self.set_status(503)
            self.set_header("Retry-After", "60")
            self.set_header("Cache-Control", "no-store")
            self.finish(full_page())
            return
        wait = self.settings[PAGE_RATE].take(address) if PAGE_RATE in self.settings else 0.0
        if wait > 0:
            if self.budget.should_log(f"rate {address}"):
                log.warning("netquiz: %s opens pages too fast (kernel starts): the busy page for %.0f s", address,
                            wait)
            await self.settings[PAGE_RATE].hold(address)  # a loop that ignores Retry-After slows down
            self.set_status(503)
            self.set_header("Retry-After", str(max(1, round(wait))))
            self.set_header("Cache-Control", "no-store")
            self.finish(joining_page(max(2, round(wait))))
            return
        self.budget.claim(address)
        self._claimed = address
        self._preheated = self._within_share(address)

    def _within_share(self, address: str) -> bool:
        """True if this page may take a pre-heated kernel; over the share it starts its own (logged once a
        minute per address)."""
        share = self.settings.get(PREHEATED)
        if share is None or share.granted(address):
            return True
        if self.budget.should_log(f"preheated {address}"):
            log.warning("netquiz: %s is over its share of pre-heated kernels: its pages start their own kernel",
                        address)
        return False

    @web.authenticated
    async def get(self, path: str | None = None) -> None:
        """Render in turn; send the page only if it carries the quiz, else the "joining…" page."""
        gate: RenderGate = self.settings[GATE]
        async with gate.slot() as admitted:
            if admitted and self._preheated and (expected := self.settings.get(EXPECT)) is not None:
                expected.arrived(self.settings["kernel_manager"])  # before the pool refills itself
            if not admitted:
                log.warning("netquiz: no render slot within %.0f s (%d waiting): sent the joining page",
                            gate.wait_s, gate.waiting)
                return self._joining()
            try:
                chunks = [chunk async for chunk in self.get_generator(path=path)]
            except Exception:  # a kernel that did not start in time, a render that broke: try again later
                log.exception("netquiz: render failed (kernel %s): sent the joining page", self._kernel_id)
                chunks = []
        if self._finished:  # redirected
            return
        page = "".join(chunks)
        if not has_output(page):
            log.warning("netquiz: page rendered without the quiz (kernel %s too slow): sent the joining page",
                        self._kernel_id)
            await self._drop_kernel()
            return self._joining()
        self.finish(page)

    def _joining(self) -> None:
        self.clear()
        self.set_status(503)
        self.set_header("Retry-After", "4")
        self.set_header("Cache-Control", "no-store")
        self.finish(joining_page())

    async def _drop_kernel(self) -> None:
        kernel_id, self._kernel_id = self._kernel_id, None
        if kernel_id is None:
            return
        self.budget.owners.pop(kernel_id, None)
        try:
            await ensure_async(self.settings["kernel_manager"].shutdown_kernel(kernel_id))
        except Exception:  # already gone
            log.debug("kernel %s was already gone", kernel_id, exc_info=True)

    def _live(self) -> int:
        """Live kernels: those running, or (while the pool refills, its new kernel not listed yet) the
        pages' kernels plus the pool's size."""
        running = len(self.settings["kernel_manager"].list_kernel_ids())
        return max(running, len(self.budget.owners) + self.settings.get("netquiz_pool_size", 0))

    def _got_kernel(self, kernel_id: str) -> None:
        address = self._claimed or client_address(self)
        if self._claimed is not None:
            self.budget.release(self._claimed)
            self._claimed = None
        self.budget.assigned(kernel_id, user_id(self) or "", address, now=time.monotonic())
        record_owner(self.settings.get(PIN_DIR), kernel_id, address)  # the kernel's PIN limits per address
        self._kernel_id = kernel_id

    def on_finish(self) -> None:
        if self._claimed is not None:
            self.budget.release(self._claimed)
            self._claimed = None
        super().on_finish()


class PlainErrors:
    """Errors as a short plain-text body: Jupyter's error template is not on Voilà's template path (every
    403/404/409 used to log a 20-line traceback while rendering it)."""

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")  # type: ignore[attr-defined]
        self.finish(f"{status_code} {responses.get(status_code, 'Error')}\n")  # type: ignore[attr-defined]


def check_owner(handler: JupyterHandler, kernel_id: str) -> None:
    """403 unless the request comes from the browser whose page started ``kernel_id``."""
    budget: KernelBudget | None = handler.settings.get(BUDGET)
    if budget is None or not budget.owns(kernel_id, user_id(handler)):
        log.info("netquiz: refused %s %s: not the page that started the kernel", handler.request.method,
                 handler.request.path)
        raise web.HTTPError(403)


class OwnedKernelWebsocketHandler(PlainErrors, VoilaKernelWebsocketHandler):
    """A kernel websocket of the page that owns the kernel, within the websocket caps
    (:mod:`netquiz.server.websockets`), checked before any ZMQ channel opens."""

    async def pre_get(self) -> None:
        check_owner(self, self.kernel_id)
        registry: SocketRegistry | None = self.settings.get(SOCKETS)
        if registry is not None:
            address = client_address(self)
            try:
                replaced = registry.admit(self, self.kernel_id, address)
            except LookupError as busy:
                budget: KernelBudget = self.settings[BUDGET]
                if busy.args[0] == address and budget.should_log(f"ws {address}"):
                    log.warning("netquiz: %s has %d kernel websockets open: refusing more for now", address,
                                registry.per_address)
                raise web.HTTPError(429) from None
            for old in replaced:
                self.log.info("netquiz: a newer websocket replaces an older one of kernel %s", self.kernel_id)
                evict(old)
        try:
            await super().pre_get()
        except BaseException:
            if registry is not None:
                registry.remove(self)  # never opened: does not hold the kernel's set-up turn
            raise
        self.settings[BUDGET].connected(self.kernel_id)

    async def open(self, kernel_id: str) -> None:
        try:
            await super().open(kernel_id)
        finally:
            self._netquiz_open = True  # set up (or failed): a newer websocket may replace it now

    def on_message(self, message: Any) -> None:
        if self.connection is not None:  # None once replaced by a newer websocket
            super().on_message(message)

    def on_close(self) -> None:
        registry: SocketRegistry | None = self.settings.get(SOCKETS)
        if registry is not None:
            registry.remove(self)
        if self.connection is not None:
            super().on_close()


class OwnedKernelHandler(PlainErrors, KernelHandler):
    async def prepare(self) -> None:  # type: ignore[override]
        await super().prepare()
        if not self._finished:
            check_owner(self, self.path_kwargs.get("kernel_id") or self.path_args[0])


class OwnedShutdownKernelHandler(PlainErrors, VoilaShutdownKernelHandler):
    async def post(self, kernel_id: str) -> None:
        check_owner(self, kernel_id)
        self.settings[BUDGET].owners.pop(kernel_id, None)
        await super().post(kernel_id)


class OwnedRequestInfoHandler(PlainErrors, RequestInfoSocketHandler, JupyterHandler):
    async def get(self, kernel_id: str, *args: Any, **kwargs: Any) -> None:
        check_owner(self, kernel_id)
        pending = super().get(kernel_id, *args, **kwargs)
        if pending is not None:
            await pending


class SlowFailLoginHandler(VoilaLoginHandler):
    """The login form: netquiz's own page in the facilitator's language (:mod:`netquiz.server.login_page`); a
    wrong token waits its turn at the failure gate and is logged. The override keeps ``@allow_unauthenticated``
    (without it jupyter_server answers every login POST with 403)."""

    def _render(self, message: dict[str, str] | None = None) -> None:
        """The page, with "that token is not right" after a failed post (Jupyter passes ``message``)."""
        action = f"{self.base_url}login?next={url_escape(self.get_argument('next', default=self.base_url))}"
        self.set_header("Cache-Control", "no-store")
        # Under the server-wide "no-referrer" the browser posts the form with "Origin: null", which Jupyter's
        # cross-origin check refuses (404): the login page names its own origin, and nothing leaves the server.
        self.set_header("Referrer-Policy", "same-origin")
        self.write(login_page(facilitator_lang(), action=action, xsrf_field=self.xsrf_form_html(),
                              dashboard_url=f"{self.request.protocol}://{self.request.host}{self.base_url}",
                              wrong=bool(message)))

    @allow_unauthenticated
    async def post(self) -> None:
        token = getattr(self.identity_provider, "token", "") or ""
        typed = self.get_argument("password", default="")
        if not (token and hmac.compare_digest(typed.encode(), token.encode())):
            await LOGIN_GATE.fail(self)
        super().post()


class SafeTemplateStaticFileHandler(PlainErrors, TemplateStaticFileHandler):
    """``/voila/templates/<template>/static/<file>``; any other path is a plain 404 (Voilà's own handler
    asserted, answering 500 with a 19-line traceback in the log per request)."""

    def parse_url_path(self, path: str) -> str:
        parts = path.split("/", 2)
        if len(parts) != 3 or parts[1] != "static" or not parts[0] or not parts[2]:
            raise web.HTTPError(404)
        return super().parse_url_path(path)

    @classmethod
    def get_absolute_path(cls, root: str, path: str) -> str:
        try:
            return super().get_absolute_path(root, path)
        except (AssertionError, ValueError):  # "lab/static/../../x" and the like
            raise web.HTTPError(404) from None


def hide_server_header() -> None:
    """No ``Server: TornadoServer/<version>`` on any answer of this process (the server's only)."""
    if getattr(web.RequestHandler.clear, "_netquiz", False):
        return
    original = web.RequestHandler.clear

    def clear(self: web.RequestHandler) -> None:
        original(self)
        self.clear_header("Server")

    clear._netquiz = True  # type: ignore[attr-defined]
    web.RequestHandler.clear = clear  # type: ignore[method-assign]


REPLACEMENTS = {
    TemplateStaticFileHandler: SafeTemplateStaticFileHandler,
    VoilaLoginHandler: SlowFailLoginHandler,
    TornadoVoilaHandler: GuardedVoilaHandler,
    VoilaKernelWebsocketHandler: OwnedKernelWebsocketHandler,
    KernelHandler: OwnedKernelHandler,
    VoilaShutdownKernelHandler: OwnedShutdownKernelHandler,
    RequestInfoSocketHandler: OwnedRequestInfoHandler,
}


def log_request(handler: web.RequestHandler) -> None:
    """Jupyter's access log (tokens scrubbed from URLs), minus the "quiz is full" answers and the refused
    websockets, which the handlers log once per address per minute themselves."""
    if isinstance(handler, GuardedVoilaHandler) and handler.get_status() == 503:
        return
    if isinstance(handler, OwnedKernelWebsocketHandler) and handler.get_status() == 429:
        return  # a websocket over a cap: logged once a minute per address by the handler
    jupyter_log_request(handler)


def replace_handlers(handlers: list) -> list:
    """Voilà's handler list with every guarded class swapped in."""
    return [(spec[0], REPLACEMENTS.get(spec[1], spec[1]), *spec[2:]) for spec in handlers]


def clean_url(handler: web.RequestHandler) -> str:
    """The request's path and query without ``token``."""
    args = [(k, v.decode("utf-8", "replace")) for k, values in handler.request.query_arguments.items()
            for v in values if k != "token"]
    return handler.request.path + (f"?{urlencode(args)}" if args else "")
