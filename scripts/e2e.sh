#!/usr/bin/env bash
# End-to-end tests of the extension in a real VS Code (code-server 1.100 + Debian chromium; nothing downloaded
# at test time, so it works with only the npm registry and apt reachable). The entry point for `npm test`.
#
#   1. scripts/e2e-setup.sh       install chromium + code-server once (cached in $VSCODE_LAB, ~/.cache/maillog-e2e)
#   2. npm run package            dist/extension.js, dist/server.js, dist/maillog.vsix (always: cheap, never stale)
#   3. in-host suite              test/e2e/suite inside the extension host, with the .vsix installed
#   4. test-electron wiring       the seed suite through @vscode/test-electron's runTests() (repo as development
#                                 extension; VSCODE_EXECUTABLE_PATH picks a desktop VS Code, else code-server)
#   5. UI walk                    test/e2e/ui.js against the installed .vsix; screenshots to test-results/screenshots
#                                 (E2E_SCREENSHOTS=media/screenshots refreshes the README's)
#   6. failed start               test/e2e/failedStart.js: a server that exits at once, the message, Restart
# Env: E2E_SKIP_SETUP=1, E2E_SCREENSHOTS=DIR, KEEP_STATE=1, E2E_GREP=title (in-host tests), VSCODE_LAB.
# Exit code: nonzero when any step fails; every step runs and a summary is printed.
set -uo pipefail
cd "$(dirname "$0")/.."
declare -a summary=()
failed=0
run() { # run NAME CMD...: time one step, remember its result
  local name=$1; shift
  echo; echo "=== $name: $*"
  local t=$SECONDS
  "$@"; local rc=$?
  summary+=("$(printf '%-4s %-22s %3ss  %s' "$([ $rc -eq 0 ] && echo ok || echo FAIL)" "$name" $((SECONDS - t)) "$*")")
  [ $rc -eq 0 ] || failed=1
  return $rc
}
report() { echo; echo "=== e2e summary"; printf '%s\n' "${summary[@]}"; }

if [ -z "${E2E_SKIP_SETUP:-}" ]; then run setup bash scripts/e2e-setup.sh || { report; exit 1; }; fi
run package npm run --silent package || { report; exit 1; }   # nothing to test without a .vsix
run in-host node test/e2e/runInHost.js --install-extension=dist/maillog.vsix test/fixtures
# The same suite already ran in-host: here the seed suite is enough to prove the wiring.
run test-electron env VSCODE_EXECUTABLE_PATH="${VSCODE_EXECUTABLE_PATH:-$PWD/test/e2e/runInHost.js}" E2E_GREP="${E2E_GREP:-maillog extension in a real VS Code}" node test/e2e/electron.js
run ui node test/e2e/ui.js dist/maillog.vsix
run failed-start node test/e2e/failedStart.js dist/maillog.vsix
report
exit $failed
