"""Voilà with netquiz's guards: a kernel budget, kernels bound to the page that started them, and a
facilitator login that does not leak or invite guessing. Run as ``python -m netquiz.server.app``
(:func:`netquiz.server.voila.voila_command` does) with the usual Voilà options plus::

    --NetquizVoila.max_kernels=N               live kernels in total, pool included (0: from memory)
    --NetquizVoila.max_kernels_per_address=N   per client address (default 20; 0: no cap)
    --NetquizVoila.max_websockets_per_address=N  kernel websockets per client address (default 40, at least 2
                                               per kernel allowed; 0, or no kernel cap per address: no cap);
                                               each kernel keeps at most 2 (a newer one replaces the oldest)
    --NetquizVoila.trust_forwarded=True        count X-Real-IP / X-Forwarded-For (behind a reverse proxy) ...
    --NetquizVoila.trusted_proxies=A,B         ... only on requests from these addresses (default the local
                                               nginx: 127.0.0.1,::1) and, if $NETQUIZ_PROXY_SECRET is set,
                                               carrying it in X-Netquiz-Proxy (nginx of --workers does)
    --NetquizVoila.pages_per_minute=N          page renders (kernel starts) per address a minute (default 10,
                                               bursts of --NetquizVoila.page_burst=5; 0: no limit); over it:
                                               the localized "joining…" page (503), which retries by itself
    --NetquizVoila.preheated_per_minute=N      pre-heated kernels per address a minute after a burst of 2
                                               (default 1; 0, or pages_per_minute 0: no share); the address's
                                               other pages start their own kernel, so no loop empties the pool
    --NetquizVoila.never_connected_timeout=S   shut down kernels whose page never connected (default 60)
    --NetquizVoila.render_slots=N              page renders at once, the rest wait in order (0: cores)
    --NetquizVoila.render_wait=S               longest wait for a render slot (default 20 s)
    --NetquizVoila.expect=N                    pre-heated pool shrinks from N to base_pool_size as pages open
    --NetquizVoila.redirect_root=True          / redirects to --Voila.base_url (a worker behind nginx)
    --NetquizVoila.report_pool=True            write the pool's status to the database (NETQUIZ_DB) every 5 s

* A page request over a cap gets a localized "the quiz is full, try again in a minute" page (503,
  ``Retry-After: 60``, reloads itself) at once, never a hang; each refusal is logged once per address
  per minute.
* Pages render a few at a time in arrival order (:mod:`netquiz.server.render_gate`); a page is sent only once
  complete and carrying the quiz, else a light "joining…" page that retries by itself: never a blank quiz.
* Every kernel request (websocket, ``/api/kernels/<id>``, the tab-close shutdown, the pre-heat request
  info) must come from the browser whose page got that kernel (Jupyter's signed login cookie), else 403.
  The page also sets the ``_xsrf`` cookie, so the tab-close shutdown is accepted and frees the kernel.
* With ``report_pool`` (the participant quiz), the worker writes how many pre-heated kernels are ready to
  the database every 5 s (:mod:`netquiz.server.pool_report`), from a thread of its own, and removes its row when it
  stops; the facilitator's dashboard shows "ready for N participants" from these rows. With ``expect``, the
  log says so once when the pool is first full.
* With a token (the facilitator server): a wrong token costs the sender ~1 s (one failure at a time,
  server-wide) and is logged without the token; a right ``?token=`` sets the login cookie and redirects
  to the same URL without the token; access logs scrub tokens.

Only the server process imports this module (never a participant kernel).
"""

from __future__ import annotations

import hmac
import logging
import os
from typing import Any

import zmq
from jupyter_core.utils import ensure_async
from tornado import web
from tornado.ioloop import IOLoop, PeriodicCallback
from traitlets import Bool, Float, Integer, Unicode
from voila.app import Voila
from voila.voila_identity_provider import VoilaIdentityProvider

from ..store import default_db_url
from ..store.pin_throttle import forget_owner, shared_dir
from . import settings as defaults
from .handlers import (
    BUDGET,
    EXPECT,
    GATE,
    LOGIN_GATE,
    PAGE_RATE,
    PIN_DIR,
    PREHEATED,
    SOCKETS,
    Expected,
    hide_server_header,
    log_request,
    replace_handlers,
)
from .kernel_budget import KernelBudget, default_total
from .page_rate import PageRate, PreheatedShare
from .pool_report import REPORT_EVERY_S, PoolReporter, pool_status, worker_name
from .render_gate import RenderGate, default_slots
from .voila import PROXY_SECRET_ENV, TOKEN_VARIABLES
from .websockets import SocketRegistry, raise_open_files_limit

log = logging.getLogger("netquiz.server.voila")


class SlowFailIdentityProvider(VoilaIdentityProvider):
    """Token checks where every wrong token waits its turn (~1 s, one at a time) and is logged."""

    async def get_user_token(self, handler: web.RequestHandler) -> Any:
        presented = self.get_token(handler)
        if not presented or not self.token:
            return await super().get_user_token(handler)
        if hmac.compare_digest(presented.encode(), self.token.encode()):
            return await super().get_user_token(handler)
        await LOGIN_GATE.fail(handler)
        return None

    def process_login_form(self, handler: web.RequestHandler) -> Any:
        """The login form's token, compared in constant time (jupyter_server's own calls a method its
        IdentityProvider lacks: every right token answered 500)."""
        if not self.auth_enabled:
            return super().process_login_form(handler)
        typed = handler.get_argument("password", default="")
        if self.token and hmac.compare_digest(typed.encode(), self.token.encode()):
            return self.generate_anonymous_user(handler)
        return None


class NetquizVoila(Voila):
    """Voilà plus the kernel budget, kernel ownership and the slow-fail token login."""

    name = "netquiz-voila"
    max_kernels = Integer(0, config=True, help="live kernels in total, pool included (0: 80% of memory)")
    max_kernels_per_address = Integer(defaults.KERNELS_PER_ADDRESS, config=True,
                                      help="live kernels per client address (0: no cap)")
    max_websockets_per_address = Integer(defaults.WEBSOCKETS_PER_ADDRESS, config=True,
                                         help="kernel websockets at once per client address (0: no cap)")
    trust_forwarded = Bool(False, config=True, help="client address from X-Real-IP/X-Forwarded-For")
    pages_per_minute = Integer(defaults.PAGES_PER_MINUTE, config=True,
                               help="page renders (kernel starts) per client address a minute (0: no limit)")
    page_burst = Integer(defaults.PAGE_BURST, config=True, help="... of which this many at once")
    preheated_per_minute = Integer(defaults.PREHEATED_PER_MINUTE, config=True,
                                   help="pre-heated kernels per client address a minute, after a burst of "
                                        f"{defaults.PREHEATED_BURST}; its other pages start their own kernel "
                                        "(0, or pages_per_minute 0: no share)")
    trusted_proxies = Unicode(",".join(defaults.TRUSTED_PROXIES), config=True,
                              help="comma-separated proxy addresses whose forwarded headers count")
    never_connected_timeout = Float(defaults.NEVER_CONNECTED_S, config=True,
                                    help="seconds before a never-connected kernel stops")
    render_slots = Integer(0, config=True, help="page renders at once, the rest wait in order (0: cores)")
    render_wait = Float(defaults.RENDER_WAIT_S, config=True,
                        help="longest wait in line for a render, then the joining page")
    expect = Integer(0, config=True, help="participants expected: the pool starts this big and shrinks to "
                                          "base_pool_size as they arrive")
    base_pool_size = Integer(defaults.POOL_SIZE, config=True,
                             help="pool size once the expected participants have arrived")
    redirect_root = Bool(False, config=True, help="answer / with a redirect to base_url (a worker behind nginx)")
    report_pool = Bool(False, config=True, help="write the pre-heated pool's status to the database (NETQUIZ_DB) "
                                                "every 5 s, for the facilitator's 'ready for N'")
    reporter: PoolReporter | None = None
    proxy_secret = ""
    _announced = False

    def initialize(self, argv: Any = None) -> None:
        self.identity_provider_class = SlowFailIdentityProvider
        super().initialize(argv)

    def init_settings(self) -> dict:
        """Voilà's settings; then the token, read by the identity provider, leaves the environment, so no
        kernel (each inherits it) ever sees it. Before any kernel: the open-files limit goes up to the hard
        limit and ZMQ may open as many sockets (each kernel websocket takes about 4)."""
        soft, _hard = raise_open_files_limit()
        settings = super().init_settings()
        try:
            self.kernel_manager.context.set(zmq.MAX_SOCKETS, max(1024, min(soft - 64, 65536)))
        except (AttributeError, zmq.ZMQError):  # a context already in use keeps its limit
            self.log.warning("netquiz: could not raise ZMQ's socket limit", exc_info=True)
        _ = self.identity_provider.token  # the token's default comes from JUPYTER_TOKEN: read it first
        for name in TOKEN_VARIABLES:
            os.environ.pop(name, None)
        return settings

    def init_handlers(self) -> list:
        handlers = replace_handlers(super().init_handlers())
        if self.redirect_root and self.base_url != "/":
            handlers.append((r"/", web.RedirectHandler, {"url": self.base_url, "permanent": False}))
        return handlers

    def start(self) -> None:
        total = self.max_kernels or default_total()
        self.budget = KernelBudget(total=total, per_address=self.max_kernels_per_address,
                                   never_connected_s=self.never_connected_timeout)
        self.gate = RenderGate(self.render_slots or default_slots(), self.render_wait)
        self.expected = Expected(self.expect, self.base_pool_size)
        self.proxy_secret = os.environ.pop(PROXY_SECRET_ENV, "")  # kernels never see it
        hide_server_header()
        self.pin_dir = shared_dir()  # wrong-PIN counts shared with this host's kernels (NETQUIZ_DB's folder)
        settings: dict[str, Any] = dict(self.tornado_settings)  # type: ignore[has-type]  # a traitlets Dict
        self.tornado_settings = {**settings, BUDGET: self.budget, GATE: self.gate,
                                 "log_function": log_request,
                                 "netquiz_trust_forwarded": self.trust_forwarded,
                                 "netquiz_trusted_proxies": frozenset(
                                     a.strip() for a in self.trusted_proxies.split(",") if a.strip()),
                                 "netquiz_proxy_secret": self.proxy_secret,
                                 "netquiz_pool_size": self.voila_configuration.default_pool_size
                                 if self.voila_configuration.preheat_kernel else 0,
                                 EXPECT: self.expected, PIN_DIR: self.pin_dir,
                                 PAGE_RATE: PageRate(self.pages_per_minute, self.page_burst),
                                 PREHEATED: PreheatedShare(self.preheated_per_minute if self.pages_per_minute
                                                           else 0),
                                 SOCKETS: SocketRegistry(defaults.WEBSOCKETS_PER_KERNEL,
                                                         self._websockets_per_address())}
        self.log.info("netquiz: at most %d kernels in total, %s per address; %d page renders at once",
                      total, self.max_kernels_per_address or "no cap", self.gate.slots)
        PeriodicCallback(self._reap, 5000).start()
        if self.report_pool:
            self.reporter = PoolReporter(worker_name(self.port, self.base_url), default_db_url())
            PeriodicCallback(self._report_pool, REPORT_EVERY_S * 1000).start()
            IOLoop.current().add_callback(self._report_pool)
        super().start()

    def stop(self) -> None:
        if self.reporter is not None:
            self.reporter.close()  # the dashboard stops counting this worker at once, not in 30 s
        super().stop()

    def _report_pool(self) -> None:
        """Count the pool on the event loop (cheap) and hand the write to the reporter's thread."""
        if self.reporter is None:
            return
        status = pool_status(self.kernel_manager, self.expected.left)
        if status.expecting and status.full and not self._announced:
            self._announced = True
            where = "" if self.base_url == "/" else f" on worker {self.base_url}"
            self.log.info("netquiz: ready for %d participants%s (%d kernels pre-heated)", status.ready, where,
                          status.ready)
        self.reporter.submit(status)

    def _websockets_per_address(self) -> int:
        """The per-address websocket cap: none when kernels per address are not capped (a room behind one
        NAT), else at least 2 per kernel an address may have."""
        if self.max_kernels_per_address == 0 or self.max_websockets_per_address == 0:
            return 0
        return max(self.max_websockets_per_address, defaults.WEBSOCKETS_PER_KERNEL * self.max_kernels_per_address)

    def _replace_failed_pool_kernels(self) -> None:
        """A pre-heated kernel that failed to start (its task ended in an error) leaves the pool, and the
        pool starts another in its place, instead of counting it as ready for ever."""
        for name, pool in list(getattr(self.kernel_manager, "_pools", {}).items()):
            failed = [task for task in pool if task.done() and (task.cancelled() or task.exception() is not None)]
            if not failed:
                continue
            for task in failed:
                pool.remove(task)
                self.log.warning("netquiz: a pre-heated kernel failed to start (%s): starting another",
                                 "cancelled" if task.cancelled() else repr(task.exception())[:200])
            self.kernel_manager.fill_if_needed(delay=0, notebook_name=name)

    async def _reap(self) -> None:
        """Forget dead kernels; shut down kernels whose page never opened the websocket; replace pool
        kernels that failed to start."""
        self._replace_failed_pool_kernels()
        manager = self.kernel_manager
        live = set(manager.list_kernel_ids())
        for kernel_id in set(self.budget.owners) - live:
            forget_owner(self.pin_dir, kernel_id)
        self.budget.forget(live)
        for kernel_id in self.budget.stale():
            self.budget.owners.pop(kernel_id, None)
            self.log.info("netquiz: shutting down kernel %s: its page never connected within %.0f s",
                          kernel_id, self.never_connected_timeout)
            try:
                await ensure_async(manager.shutdown_kernel(kernel_id))
            except Exception:  # already gone, or shutting down
                self.log.debug("kernel %s was already gone", kernel_id, exc_info=True)


def main() -> None:
    """``python -m netquiz.server.app NOTEBOOK [voila options]``."""
    NetquizVoila.launch_instance()


if __name__ == "__main__":
    main()
