#!/usr/bin/env bash
# Build the extension and open it on the sample log in a real VS Code.
#   - with a desktop VS Code (`code` on PATH): an Extension Development Host on test/fixtures/seed.maillog
#   - without one: code-server on 127.0.0.1 with the built .vsix installed and test/fixtures open; prints the URL
#     and serves until Ctrl+C (state in a temp folder, removed on exit). PORT=N picks the port.
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v code >/dev/null 2>&1 && [ -z "${MAILLOG_USE_CODE_SERVER:-}" ]; then
  npm run --silent build
  exec code --extensionDevelopmentPath="$PWD" test/fixtures/seed.maillog
fi
bash scripts/e2e-setup.sh
npm run --silent package
# exec: Ctrl+C reaches node directly, whose exit handler kills code-server's whole process group
exec node test/e2e/codeServer.js serve --vsix dist/maillog.vsix --folder test/fixtures --open test/fixtures/seed.maillog ${PORT:+--port "$PORT"}
