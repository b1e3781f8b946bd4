"""Serving the quiz and the dashboard with Voilà.

* :mod:`~netquiz.server.settings`: every default (ports, caps, timeouts, pool sizes, rates);
* :mod:`~netquiz.server.voila`: the Voilà command lines and environment, one quiz server or the dashboard;
* :mod:`~netquiz.server.app` and :mod:`~netquiz.server.handlers`: Voilà with netquiz's guards, using
  :mod:`~netquiz.server.kernel_budget`, :mod:`~netquiz.server.render_gate` and
  :mod:`~netquiz.server.pool_report`;
* :mod:`~netquiz.server.nginx` and :mod:`~netquiz.server.workers`: the room, one Voilà or several workers
  behind nginx;
* :mod:`~netquiz.server.workshop`: ``netquiz workshop``'s room and dashboard;
* :mod:`~netquiz.server.processes`: the one supervisor of them all (stops every kernel they started), with
  :mod:`~netquiz.server.console` (the facilitator's console lines, the rest in ``var/log/``);
* :mod:`~netquiz.server.readiness`: the dashboard's "ready for N" line (pure).
"""
