"""Forwarded client addresses count only from the proxy (issue 15): its own address and, when it has one,
its secret; nginx of ``serve --workers`` sends the secret and overwrites any a client sends."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from netquiz.cli.serve_cmd import check_addresses
from netquiz.errors import NetquizError
from netquiz.server.handlers import client_address
from netquiz.server.nginx import PROXY_CONF, STATIC_CONF, Worker, write_nginx_files


def handler(remote: str, headers: dict[str, str], trusted=("127.0.0.1", "::1"), secret: str = "",
            trust: bool = True) -> SimpleNamespace:
    request = SimpleNamespace(remote_ip=remote, headers=headers)
    settings = {"netquiz_trust_forwarded": trust, "netquiz_trusted_proxies": frozenset(trusted),
                "netquiz_proxy_secret": secret}
    return SimpleNamespace(request=request, settings=settings)


SPOOF = {"X-Real-IP": "203.0.113.7", "X-Forwarded-For": "198.51.100.1, 203.0.113.7"}


def test_forwarded_headers_count_only_from_a_trusted_proxy() -> None:
    assert client_address(handler("127.0.0.1", SPOOF)) == "203.0.113.7"
    assert client_address(handler("192.168.1.50", SPOOF)) == "192.168.1.50"  # a phone naming someone else
    assert client_address(handler("192.168.1.20", SPOOF, trusted=("192.168.1.20",))) == "203.0.113.7"
    assert client_address(handler("127.0.0.1", SPOOF, trust=False)) == "127.0.0.1"


def test_with_a_secret_only_the_proxy_that_knows_it_is_believed() -> None:
    secret = "s3cret-of-this-run"
    assert client_address(handler("127.0.0.1", SPOOF, secret=secret)) == "127.0.0.1"  # a local process
    wrong = {**SPOOF, "X-Netquiz-Proxy": "guess"}
    assert client_address(handler("127.0.0.1", wrong, secret=secret)) == "127.0.0.1"
    right = {**SPOOF, "X-Netquiz-Proxy": secret}
    assert client_address(handler("127.0.0.1", right, secret=secret)) == "203.0.113.7"
    assert client_address(handler("10.0.0.9", right, secret=secret)) == "10.0.0.9"  # not from the proxy


def test_nginx_sends_the_secret_in_files_only_its_owner_reads(tmp_path) -> None:
    import stat

    write_nginx_files("127.0.0.1", 8866, [Worker(0, "127.0.0.1", 8876)], tmp_path, secret="abc123")
    for name in ("proxy.conf", "static.conf"):
        text = (tmp_path / name).read_text()
        assert 'proxy_set_header X-Netquiz-Proxy "abc123";' in text and "{secret}" not in text
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    assert "X-Netquiz-Proxy" in PROXY_CONF and "X-Netquiz-Proxy" in STATIC_CONF


def test_trusted_proxy_addresses_are_checked() -> None:
    assert check_addresses(("127.0.0.1", "::1", "192.168.1.20")) == ("127.0.0.1", "::1", "192.168.1.20")
    with pytest.raises(NetquizError, match="bad --trusted-proxy"):
        check_addresses(("nginx.local",))
