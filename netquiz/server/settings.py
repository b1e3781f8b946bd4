"""The quiz server's defaults in one place, read by the CLI (``netquiz serve``/``workshop``) and the Voilà app
(:mod:`netquiz.server.app`). Pure constants: importing this module starts nothing and imports nothing heavy."""

from __future__ import annotations

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
