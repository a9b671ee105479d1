#!/usr/bin/env bash
# Installs what the integration tests (and `npm start` without a desktop `code`)
# need: Debian chromium + build tools (apt), then code-server 4.100.3 from npm
# into .vscode-test/code-server/. Idempotent: each step is skipped when done.
# See ../shared/HARNESS.md for why each line is there.
#
# Usage: scripts/install-code-server.sh
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
RIPGREP_CACHE="vscode-ripgrep-cache-1.15.11"
RIPGREP_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
APT_PACKAGES=(chromium ripgrep build-essential pkg-config python3 libkrb5-dev libxkbfile-dev libsecret-1-dev)

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VT="$ROOT/.vscode-test"
PREFIX="$VT/code-server"
BIN="$PREFIX/node_modules/.bin/code-server"
PKG_JSON="$PREFIX/node_modules/code-server/package.json"

log() { printf '[install-code-server] %s\n' "$*"; }

# Every side effect stays under .vscode-test/.
mkdir -p "$VT/tmp" "$VT/xdg/config" "$VT/xdg/data" "$VT/xdg/cache"
export TMPDIR="$VT/tmp"
export XDG_CONFIG_HOME="$VT/xdg/config"
export XDG_DATA_HOME="$VT/xdg/data"
export XDG_CACHE_HOME="$VT/xdg/cache"

# 1. apt packages
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  log "apt packages already installed"
else
  log "installing apt packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# 2. code-server
installed_version() {
  [ -x "$BIN" ] && [ -f "$PKG_JSON" ] || return 1
  node -p "require(process.argv[1]).version" "$PKG_JSON" 2>/dev/null
}
if [ "$(installed_version || true)" = "$CODE_SERVER_VERSION" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in ${PREFIX#"$ROOT"/}"
  exit 0
fi

log "installing code-server@$CODE_SERVER_VERSION into ${PREFIX#"$ROOT"/} (about a minute, ~300 MB)"
rm -rf "$PREFIX"
mkdir -p "$PREFIX"

# @vscode/ripgrep's postinstall downloads rg from GitHub; seed its cache with Debian's rg.
seed="$TMPDIR/rg-seed"
mkdir -p "$seed" "$TMPDIR/$RIPGREP_CACHE"
cp "$(command -v rg)" "$seed/rg"
tar czf "$TMPDIR/$RIPGREP_CACHE/$RIPGREP_ASSET" -C "$seed" rg

# A minimal package.json keeps npm from walking up into the project's package.json.
printf '{ "name": "code-server-host", "private": true }\n' >"$PREFIX/package.json"

start=$(date +%s)
npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --prefix "$PREFIX" "code-server@$CODE_SERVER_VERSION" \
  --foreground-scripts --no-audit --no-fund --no-save

v="$(installed_version || true)"
if [ "$v" != "$CODE_SERVER_VERSION" ]; then
  log "ERROR: code-server install did not produce $BIN at version $CODE_SERVER_VERSION (got '${v:-nothing}')"
  exit 1
fi
log "code-server $v installed in $(( $(date +%s) - start )) s: $BIN"
