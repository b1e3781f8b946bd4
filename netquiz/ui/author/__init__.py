"""The author's notebook: generate or load a bank, review it as participants see it, edit, save.

``author.ipynb`` calls :func:`~netquiz.ui.author.app.author_app`.
"""
