#!/usr/bin/env bash
# Installs what the end-to-end tests need: Debian's chromium and ripgrep, and
# code-server (VS Code in a browser) into a cache outside the repository.
# Idempotent: a second run only checks and finishes in about a second.
#
#   test/e2e/setup.sh               # install or reuse
#   BRIEFING_E2E_CACHE=/somewhere test/e2e/setup.sh
#
# Prints the code-server executable's path on its last line.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# @vscode/ripgrep 1.15.11 (pulled in by code-server) looks for this tarball in
# os.tmpdir() before trying to download it from GitHub, which these machines cannot reach.
RIPGREP_CACHE_DIR_NAME=vscode-ripgrep-cache-1.15.11
RIPGREP_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

CACHE_ROOT="${BRIEFING_E2E_CACHE:-$HOME/.cache/briefing-e2e}"
INSTALL_DIR="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION"
MARKER="$INSTALL_DIR/.briefing-e2e-installed"
CODE_SERVER_BIN="$INSTALL_DIR/node_modules/.bin/code-server"

APT_PACKAGES=(chromium ripgrep libkrb5-dev build-essential python3 pkg-config ca-certificates curl)

started=$SECONDS
log() { printf '[setup %3ds] %s\n' "$((SECONDS - started))" "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root (or sudo) to run: $*"
  fi
}

check_node() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  # code-server 4.100.x refuses any Node but 20; newer code-server needs Node 22+.
  [ "$major" = 20 ] || die "code-server $CODE_SERVER_VERSION needs Node 20, found $(node --version)"
}

install_apt_packages() {
  local missing=() pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "Debian packages present: ${APT_PACKAGES[*]}"
    return
  fi
  local apt_log
  apt_log=$(mktemp)
  log "installing Debian packages: ${missing[*]} (log: $apt_log)"
  if ! { as_root env DEBIAN_FRONTEND=noninteractive apt-get update &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"; } \
    >"$apt_log" 2>&1; then
    tail -n 40 "$apt_log" >&2
    die "apt-get failed (full log: $apt_log)"
  fi
  rm -f "$apt_log"
  log "Debian packages installed"
}

preseed_ripgrep() {
  local tmp dir tarball staging
  tmp=$(node -p 'require("os").tmpdir()')
  dir="$tmp/$RIPGREP_CACHE_DIR_NAME"
  tarball="$dir/$RIPGREP_TARBALL"
  if [ -s "$tarball" ] && tar -tzf "$tarball" | grep -qx 'rg'; then
    log "ripgrep cache present: $tarball"
    return
  fi
  local rg
  rg=$(command -v rg) || die "rg not found after installing Debian's ripgrep"
  mkdir -p "$dir"
  staging=$(mktemp -d)
  cp "$rg" "$staging/rg"
  tar -czf "$tarball.partial" -C "$staging" rg
  mv "$tarball.partial" "$tarball"
  rm -rf "$staging"
  log "ripgrep cache preseeded with $rg: $tarball"
}

# Starts the installed code-server on a free port and waits until it answers HTTP.
smoke_start() {
  local port data pid code=000 i
  port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  data=$(mktemp -d)
  mkdir -p "$data/empty"
  # Own config file and data home: otherwise code-server writes ~/.config/code-server/
  # config.yaml (with a password) and ~/.local/share/code-server.
  : >"$data/config.yaml"
  XDG_DATA_HOME="$data/xdg-data" setsid "$CODE_SERVER_BIN" --config "$data/config.yaml" \
    --auth none --bind-addr "127.0.0.1:$port" \
    --user-data-dir "$data/user" --extensions-dir "$data/ext" \
    --disable-telemetry --disable-update-check "$data/empty" >"$data/log" 2>&1 &
  pid=$!
  for i in $(seq 1 120); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz" || true)
    [ "$code" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ "$code" != 200 ]; then
    cat "$data/log" >&2
    rm -rf "$data"
    die "code-server did not answer on 127.0.0.1:$port (last HTTP status $code)"
  fi
  rm -rf "$data"
  log "code-server started and answered /healthz on 127.0.0.1:$port"
}

# The postinstall (lib/vscode's nested npm installs) builds these; if npm skipped
# install scripts, they are missing and code-server starts but cannot open terminals,
# search files or log.
verify_install() {
  local vscode="$INSTALL_DIR/node_modules/code-server/lib/vscode" f
  [ -x "$CODE_SERVER_BIN" ] || die "missing $CODE_SERVER_BIN"
  for f in \
    "$vscode/node_modules.asar" \
    "$vscode/node_modules/@vscode/ripgrep/bin/rg" \
    "$vscode/node_modules/node-pty/build/Release/pty.node" \
    "$vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" \
    "$vscode/node_modules/kerberos/build/Release/kerberos.node" \
    "$vscode/extensions/node_modules/typescript/package.json"; do
    [ -e "$f" ] || die "code-server's postinstall did not complete: missing $f"
  done
  log "postinstall artifacts present (node-pty, spdlog, kerberos, ripgrep, extension deps)"
}

install_code_server() {
  log "installing code-server $CODE_SERVER_VERSION into $INSTALL_DIR (1 to 4 minutes)"
  rm -rf "$INSTALL_DIR"
  mkdir -p "$INSTALL_DIR"
  printf '{ "name": "briefing-e2e-code-server", "private": true }\n' >"$INSTALL_DIR/package.json"

  # Root installs: the postinstall refuses to run without unsafe-perm.
  export npm_config_unsafe_perm=true
  # node-pty's build runs `npx node-gyp`, which would wait for a yes.
  export npm_config_yes=true
  # npm 11 skips dependencies' install scripts unless approved in package.json
  # (`allowScripts`). code-server's postinstall runs nested `npm install`s inside its
  # own folders, whose package.json we cannot edit, so approve all scripts for this
  # install only (the environment reaches the nested npm processes).
  export npm_config_dangerously_allow_all_scripts=true
  export npm_config_ignore_scripts=false
  # node-gyp would download Node headers from nodejs.org; use the local ones.
  local prefix
  prefix=$(dirname "$(dirname "$(node -p process.execPath)")")
  if [ -z "${npm_config_nodedir:-}" ] && [ -f "$prefix/include/node/common.gypi" ]; then
    export npm_config_nodedir="$prefix"
  fi

  (cd "$INSTALL_DIR" && npm install --no-audit --no-fund --omit=dev \
    --loglevel=warn "code-server@$CODE_SERVER_VERSION")
  log "npm install finished"
}

main() {
  check_node
  mkdir -p "$CACHE_ROOT"
  # Two setups at once (parallel jobs) would install over each other: take turns.
  exec 9>"$CACHE_ROOT/.lock"
  flock 9
  install_apt_packages
  if [ -f "$MARKER" ] && [ -x "$CODE_SERVER_BIN" ]; then
    log "code-server $CODE_SERVER_VERSION cached in $INSTALL_DIR ($(cat "$MARKER"))"
  else
    preseed_ripgrep
    install_code_server
    verify_install
    smoke_start
    printf 'installed %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$MARKER"
  fi
  log "done in $((SECONDS - started))s"
  echo "$CODE_SERVER_BIN"
}

main "$@"
