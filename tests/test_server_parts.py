"""Small server parts of issue 15, without a server: the pool replaces a kernel that failed to start; a real
kernel knows its own id (the PIN limits find its page's address by it)."""

from __future__ import annotations

import asyncio
import logging
import sys
from types import SimpleNamespace

from netquiz.server.app import NetquizVoila


def test_the_pool_replaces_a_kernel_that_failed_to_start() -> None:
    async def scenario() -> tuple[list, list]:
        async def fails() -> None:
            raise RuntimeError("ZMQError: Address already in use")

        async def works() -> dict:
            return {"kernel_id": "ok"}

        failed, ready = asyncio.ensure_future(fails()), asyncio.ensure_future(works())
        pending = asyncio.get_running_loop().create_future()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        refills: list = []
        pool = [failed, ready, pending]
        manager = SimpleNamespace(_pools={"quiz.ipynb": pool},
                                  fill_if_needed=lambda **kw: refills.append(kw) or pool.append("new"))
        app = SimpleNamespace(kernel_manager=manager, log=logging.getLogger("test"))
        NetquizVoila._replace_failed_pool_kernels(app)  # type: ignore[arg-type]
        pending.cancel()
        return pool, refills

    pool, refills = asyncio.run(scenario())
    assert len(pool) == 3 and pool[-1] == "new"  # the failed one left, one new in its place
    assert pool[0].result() == {"kernel_id": "ok"}
    assert refills == [{"delay": 0, "notebook_name": "quiz.ipynb"}]


def test_a_kernel_knows_its_own_id() -> None:
    import shutil
    import tempfile
    import uuid
    from pathlib import Path

    tmp_path = Path(tempfile.mkdtemp(prefix="nq", dir="/tmp"))  # IPC socket paths have 107 characters at most
    from jupyter_client.manager import KernelManager

    kernel_id = str(uuid.uuid4())  # as a Voilà kernel's connection file is named
    manager = KernelManager(kernel_name="python3", transport="ipc",
                            connection_file=str(tmp_path / f"kernel-{kernel_id}.json"))
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=60)
    try:
        code = (f"import sys; sys.path.insert(0, {sys.path[0]!r})\n"
                "from netquiz.store.pin_throttle import current_kernel_id; print(current_kernel_id())")
        out: list[str] = []
        client.execute_interactive(code, output_hook=lambda msg: out.append(msg["content"].get("text", "")),
                                   timeout=60)
        assert "".join(out).strip() == kernel_id
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
        shutil.rmtree(tmp_path, ignore_errors=True)
