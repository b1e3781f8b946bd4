"""The facilitator's screens: sessions, the live dashboard, people tools and the Present view (live mode).

``facilitator.ipynb`` calls :func:`~netquiz.ui.facilitator.app.facilitator_app`.
"""
