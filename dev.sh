#!/usr/bin/env bash
# netquiz entry point for facilitators and developers.
#   bash dev.sh workshop   set up (first run only) and start a workshop on the seed article
#   bash dev.sh test       set up with test tools (Chromium, Devanagari font, PostgreSQL, nginx) and run
#                          every test
# Needs only Python 3.11+, pip and apt; everything goes into .venv/ and var/ (both git-ignored).
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
VENV=.venv

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  command -v apt-get >/dev/null || { echo "dev.sh: please install: $*" >&2; return 1; }
  if [ -z "${NETQUIZ_APT_UPDATED:-}" ]; then sudo_if_needed apt-get update -qq; NETQUIZ_APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

make_venv() {
  [ -x "$VENV/bin/python" ] && return 0
  if ! "$PY" -m venv "$VENV" 2>/dev/null; then
    rm -rf "$VENV"
    ver=$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    apt_install "python${ver}-venv" || apt_install python3-venv
    "$PY" -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || "$VENV/bin/python" -m pip install -q --upgrade pip
}

install_project() {  # $1: pip extras spec, e.g. "" or "[test]"
  make_venv
  stamp="$VENV/.installed$1"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    echo "dev.sh: installing netquiz$1 into $VENV (first run takes a few minutes)…" >&2
    # pip and setuptools print banners nobody can act on (editable-install notice, index warnings): keep
    # their output in a log and show it only when the install fails.
    mkdir -p var
    if ! "$VENV/bin/python" -m pip install -q -e ".$1" >var/pip-install.log 2>&1; then
      cat var/pip-install.log >&2; echo "dev.sh: install failed (log: var/pip-install.log)" >&2; return 1
    fi
    touch "$stamp"
  fi
}

install_test_tools() {
  local need=()
  [ -x /usr/bin/chromium ] || need+=(chromium)
  fc-list 2>/dev/null | grep -qi lohit-devanagari || need+=(fonts-lohit-deva)
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)  # store tests on PostgreSQL
  [ -x /usr/sbin/nginx ] || need+=(nginx)  # netquiz serve --workers N
  if [ ${#need[@]} -gt 0 ]; then echo "dev.sh: installing ${need[*]} (apt)…" >&2; apt_install "${need[@]}"; fi
}

install_axe() {  # axe-core (npm) for the accessibility e2e tests, into var/npm (git-ignored)
  [ -f var/npm/node_modules/axe-core/axe.min.js ] && return 0
  command -v npm >/dev/null || { echo "dev.sh: installing nodejs and npm (apt)…" >&2; apt_install nodejs npm; }
  mkdir -p var/npm
  npm install --silent --no-audit --no-fund --prefix var/npm axe-core@4 >var/npm-install.log 2>&1 \
    || { cat var/npm-install.log >&2; echo "dev.sh: npm install axe-core failed" >&2; return 1; }
}

case "${1:-}" in
  workshop)
    shift; install_project ""
    exec "$VENV/bin/netquiz" workshop "$@" ;;
  test)
    shift; install_project "[test]"; install_test_tools; install_axe
    exec "$VENV/bin/python" -m pytest "$@" ;;
  *)
    echo "usage: bash dev.sh workshop|test [args…]" >&2; exit 2 ;;
esac
