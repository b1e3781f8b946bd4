"""The quiz server's defaults in one place, read by the CLI (``netquiz serve``/``workshop``) and the Voilà app
(:mod:`netquiz.server.app`). Constants and :func:`usable_cores`: importing this module starts nothing and
imports nothing heavy."""

from __future__ import annotations

import os

PARTICIPANT_PORT = 8866
FACILITATOR_PORT = 8867
WORKER_PORT_OFFSET = 10  # worker K of `serve --workers N` listens on port + 10 + K
MIN_TOKEN = 16  # characters of a facilitator token
FAILED_LOGIN_DELAY_S = 1.0  # each wrong facilitator token waits its turn this long

CULL_IDLE_S = 90  # a kernel whose tab vanished (phone asleep, Wi-Fi gone) is freed within 2 minutes
IOPUB_TIMEOUT_S = 30  # Voilà's default (4 s) serves a blank page when the machine is busy
KERNELS_PER_ADDRESS = 20  # live kernels per client address (0: no cap)
NEVER_CONNECTED_S = 60.0  # a kernel whose page never opened its websocket stops after this
WEBSOCKETS_PER_KERNEL = 2  # a third replaces the oldest (issue 15)
WEBSOCKETS_PER_ADDRESS = 40  # kernel websockets at once from one client address (0: no cap)
PAGES_PER_MINUTE = 10  # page renders (kernel starts) per client address a minute, on average ...
PAGE_BURST = 5  # ... with this many at once allowed (token bucket); over it: the "busy" page (503)
PREHEATED_BURST = 2  # pre-heated kernels one client address may take at once ...
PREHEATED_PER_MINUTE = 1  # ... and then a minute; its other pages start their own kernel (issue 15)
TRUSTED_PROXIES = ("127.0.0.1", "::1")  # X-Real-IP/X-Forwarded-For count only from these (the local nginx)
RENDER_WAIT_S = 20.0  # longest wait in line for a page render, then the joining page (503, retries)
STOP_WAIT_S = 10.0  # SIGTERM, then this long, then SIGKILL for what is left

POOL_SIZE = 1  # pre-heated participant kernels kept ready (`--pool-size`)
WORKERS = 0  # Voilà workers behind nginx (`--workers`); 0: one per core where nginx is installed, else 1
DASHBOARD_CULL_IDLE_S = 3600  # the facilitator's dashboard kernel lives through a whole workshop
READY_WAIT_S = 600.0  # the join URL waits this long at most for the servers to answer
READY_POLL_S = 0.3  # how often the servers are asked whether they answer yet

LOG_DIR = "var/log"  # one console log per `netquiz serve`/`workshop` run, under the project folder ...
LOG_DIR_ENV = "NETQUIZ_LOG_DIR"  # ... or in this folder
VERBOSE_ENV = "NETQUIZ_VERBOSE"  # 1: the servers' whole log on the console, as `--verbose` (no log file)


def usable_cores() -> int:
    """The cores this process may use (at least 1): the default worker count and page renders at once."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)
