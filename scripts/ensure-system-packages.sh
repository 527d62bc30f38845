#!/usr/bin/env bash
# The tests drive Debian's Chromium (Playwright cannot download its own browser here): the
# browser suite its headless shell, which does the same work in about 60 % of the time, the
# benchmark and Lighthouse the full browser readers use. The benchmark's quick run puts nginx
# in front of the site, and PostgreSQL's server binaries let `npm test` start a private
# PostgreSQL where none is running (and the durability test stop one). Installs whichever is
# missing when we may; otherwise says exactly what to run.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -x /usr/lib/chromium/chromium-headless-shell ] || missing+=(chromium-headless-shell)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's ${missing[*]} (needed by the tests)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The tests need ${missing[*]}." >&2
  echo "Install with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
