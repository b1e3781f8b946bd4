"""``netquiz workshop``'s servers: the participant quiz (one Voilà or N workers behind nginx, exactly as
``netquiz serve`` builds it, :func:`netquiz.server.workers.room_plan`) and the facilitator dashboard, run
together by the one supervisor (:func:`netquiz.server.processes.run_plan`).

The console shows what a facilitator can act on (:mod:`netquiz.server.console`): once both servers
answer, the join URL, the session code, the dashboard URL and how to stop; the servers' logs go to the
run's log file. The dashboard is told the participant server's real address in ``NETQUIZ_JOIN_URL``, so
its Join tab shows that address.
"""

from __future__ import annotations

from .console import Console
from .processes import Plan, run_plan
from .voila import Budget, facilitator_plan


def workshop_plan(room: Plan, join_url: str, dashboard_port: int, db: str, token: str, code: str) -> Plan:
    """The room and the dashboard (127.0.0.1 only) in one plan; its lines: the room's (join URL, …), the
    session code, the dashboard URL and how to stop."""
    dashboard = facilitator_plan("127.0.0.1", dashboard_port, db, token, Budget(), join_url=join_url)
    plan = room + dashboard
    plan.lines = [*room.lines, f"SESSION CODE: {code}", *dashboard.lines, "press Ctrl-C to stop both servers"]
    return plan


def serve_workshop(room: Plan, join_url: str, dashboard_port: int, db: str, token: str, code: str,
                   console: Console) -> int:
    """Run the room and the dashboard until Ctrl-C/SIGTERM (or one of them stops); then stop both."""
    return run_plan(workshop_plan(room, join_url, dashboard_port, db, token, code), console)
