"""The widgets: ``participant/`` (the quiz served by Voilà), ``facilitator/`` (dashboard and Present view),
``author/`` (bank review), and shared helpers (:mod:`~netquiz.ui.html`, :mod:`~netquiz.ui.ticker`).

Importing this package imports nothing else: the participant's kernel loads only ``ui.participant``
(ipywidgets and the store, never pandas).
"""
