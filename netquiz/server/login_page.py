"""netquiz's own facilitator login page, in the facilitator's language (``NETQUIZ_LANG``, else English).

It replaces Jupyter's login page (which advised ``jupyter server list``): open the dashboard address that
``netquiz workshop`` printed, token included, or paste the token. The form posts ``password`` and ``_xsrf`` to
the login handler as Jupyter's did (:class:`netquiz.server.handlers.SlowFailLoginHandler`: a wrong token waits
its turn and is logged). A page of its own: no Voilà template, no script, no kernel.
"""

from __future__ import annotations

import html

from ..texts import say

STYLE = ("body{font-family:\"Lohit Devanagari\",\"Noto Sans Devanagari\",sans-serif;max-width:40em;margin:2em auto;"
         "padding:0 1em;line-height:1.6;color:#1a1a1a;background:#fff}"
         "code{background:#f2f2f2;padding:0 .25em;border-radius:3px;word-break:break-all}"
         "form{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;margin:1em 0}"
         "input,button{font:inherit;padding:.4em .6em;border:2px solid #555;border-radius:4px}"
         "button{background:#1d4f91;color:#fff;border-color:#1d4f91;cursor:pointer}"
         ":focus-visible{outline:3px solid #1d4f91;outline-offset:2px}"
         ".netquiz-login-error{color:#a00000;font-weight:bold}")


def login_page(lang: str, *, action: str, xsrf_field: str, dashboard_url: str, wrong: bool = False) -> str:
    """The whole page: where the dashboard address is, the token form posting to ``action``.

    ``xsrf_field`` is the handler's hidden ``_xsrf`` input (already HTML); ``dashboard_url`` is this server's
    address, shown with ``?token=…`` as the terminal prints it; ``wrong`` adds "that token is not right"."""
    def t(key: str) -> str:
        return html.escape(say(lang, key))

    command = html.escape(say(lang, "login_open_url", command="\0")).replace("\0", "<code>netquiz workshop</code>")
    error = f'<p class="netquiz-login-error" role="alert">{t("login_wrong")}</p>' if wrong else ""
    return (f'<!DOCTYPE html><html lang="{html.escape(lang)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{t("login_title")}</title><style>{STYLE}</style></head>'
            f'<body class="netquiz-login"><main><h1>{t("login_heading")}</h1><p>{command}</p>'
            f'<p><code class="netquiz-login-url">{html.escape(dashboard_url)}?token=…</code></p>{error}'
            f'<h2>{t("login_or_paste")}</h2>'
            f'<form method="post" action="{html.escape(action, quote=True)}">{xsrf_field}'
            f'<label for="netquiz-login-token">{t("login_token_label")}</label>'
            '<input type="password" id="netquiz-login-token" name="password" autocomplete="off" required '
            'autofocus>'
            f'<button type="submit" class="netquiz-login-submit">{t("login_submit")}</button></form>'
            '</main></body></html>')
