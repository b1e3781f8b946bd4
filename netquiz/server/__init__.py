"""Serving the quiz and the dashboard with Voilà.

* :mod:`~netquiz.server.voila`: the Voilà command lines, environment and the single-server runs;
* :mod:`~netquiz.server.app` and :mod:`~netquiz.server.handlers`: Voilà with netquiz's guards, using
  :mod:`~netquiz.server.kernel_budget`, :mod:`~netquiz.server.render_gate` and
  :mod:`~netquiz.server.pool_report`;
* :mod:`~netquiz.server.nginx` and :mod:`~netquiz.server.workers`: several workers behind nginx;
* :mod:`~netquiz.server.workshop`: ``netquiz workshop``'s two servers;
* :mod:`~netquiz.server.readiness`: the dashboard's "ready for N" line (pure).
"""
