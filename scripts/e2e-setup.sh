#!/usr/bin/env bash
# Installs everything the end-to-end tests use, on a machine that reaches only the npm registry and Debian apt.
# Idempotent: each step is skipped when its result is already there, so a second run takes < 1 s.
#
#   chromium            apt (Debian's build; playwright-core is given its path and downloads no browser)
#   code-server 4.100.3 npm, into the cache below: the real VS Code 1.100 server, extension host and workbench.
#                       4.99-4.100 are the last releases that declare Node 20; @vscode/test-electron would
#                       download a desktop VS Code, which this machine kind cannot reach.
#   node_modules        `npm ci` when the project's dev dependencies (playwright-core, mocha, vsce) are missing
#
# Env: VSCODE_LAB (cache folder, outside the repo; default ~/.cache/maillog-e2e), CODE_SERVER_VERSION, CHROMIUM.
set -euo pipefail
LAB=${VSCODE_LAB:-$HOME/.cache/maillog-e2e}
VER=${CODE_SERVER_VERSION:-4.100.3}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export DEBIAN_FRONTEND=noninteractive
SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
t0=$SECONDS
say() { echo "[e2e-setup] $*"; }

# --- apt: the browser, plus what building code-server's native modules needs -----------------------------------
# build-essential/python3: node-gyp; libkrb5-dev: the kerberos module's gssapi headers; ripgrep: stands in for
# @vscode/ripgrep, whose postinstall downloads from GitHub.
need=()
[ -x "$CHROMIUM" ] || need+=(chromium)
for p in build-essential python3 libkrb5-dev ripgrep; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  say "apt-get install ${need[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
[ -x "$CHROMIUM" ] || { say "no browser at $CHROMIUM after apt-get install chromium"; exit 1; }

# --- code-server, into the cache -------------------------------------------------------------------------------
DIR=$LAB/code-server
CS=$DIR/node_modules/code-server
if [ -e "$CS/lib/vscode/node_modules.asar" ] && grep -q "\"version\": \"$VER\"" "$CS/package.json" 2>/dev/null \
   && [ -e "$DIR/.install-complete-$VER" ]; then
  say "code-server $VER already in $DIR"
else
  say "installing code-server $VER into $DIR (about a minute)"
  rm -rf "$DIR"; mkdir -p "$DIR"; cd "$DIR"
  npm init -y >/dev/null
  # 1) The package without its scripts: its postinstall refuses to run as root under npm >= 7.
  npm install --no-save --no-audit --no-fund --ignore-scripts "code-server@$VER"
  npm rebuild argon2                          # code-server's own native dependency
  # 2) By hand, what code-server's postinstall.sh would do.
  cd "$CS/lib/vscode"
  npm install --omit=dev --no-audit --no-fund --ignore-scripts
  mkdir -p node_modules/@vscode/ripgrep/bin     # its postinstall exits early when bin/ exists ...
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg   # ... so Debian's rg, no GitHub download
  # npm_config_yes=true: node-pty runs `npx node-gyp`, which an npmrc with yes=false would stop at a prompt.
  # An explicit rebuild also runs the scripts npm 11's allowScripts would otherwise skip.
  npm_config_yes=true npm rebuild
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
  (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
  (cd extensions && npm install --omit=dev --no-audit --no-fund)
  cd "$DIR"
  # Smoke test; XDG_* keep it from writing ~/.config/code-server/config.yaml.
  XDG_CONFIG_HOME="$DIR/.config" XDG_DATA_HOME="$DIR/.data" node "$CS/out/node/entry.js" --version
  touch "$DIR/.install-complete-$VER"          # only now: an interrupted install is redone from scratch
fi

# --- the project's own dev dependencies ------------------------------------------------------------------------
if [ ! -d "$ROOT/node_modules/playwright-core" ] || [ ! -d "$ROOT/node_modules/mocha" ] || [ ! -d "$ROOT/node_modules/@vscode/vsce" ]; then
  say "npm ci in $ROOT"
  (cd "$ROOT" && npm ci --no-audit --no-fund)
fi
say "ready in $((SECONDS - t0)) s: CODE_SERVER=$CS CHROMIUM=$CHROMIUM"
