#!/usr/bin/env node
// The standard @vscode/test-electron entry point, kept wired for machines with a desktop VS Code: runs the same
// in-host suite (test/e2e/suite) with the repo as the development extension.
//
//   VSCODE_EXECUTABLE_PATH=/usr/share/code/code node test/e2e/electron.js     # a local desktop VS Code
//   MAILLOG_E2E_DOWNLOAD=1 node test/e2e/electron.js                          # download one (needs internet)
//   VSCODE_EXECUTABLE_PATH=test/e2e/runInHost.js node test/e2e/electron.js    # offline: code-server stands in
// Needs a built extension (npm run build). With neither variable set it downloads nothing and skips (exit 0).
'use strict';
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '../..');
const exe = process.env.VSCODE_EXECUTABLE_PATH;
if (!exe && process.env.MAILLOG_E2E_DOWNLOAD !== '1') {
  console.log('[electron] SKIPPED: set VSCODE_EXECUTABLE_PATH to a VS Code executable, or MAILLOG_E2E_DOWNLOAD=1 to download one');
  process.exit(0);
}
runTests({
  vscodeExecutablePath: exe ? path.resolve(exe) : undefined, // undefined: runTests downloads `version`
  version: process.env.VSCODE_VERSION || 'stable',
  extensionDevelopmentPath: ROOT,
  extensionTestsPath: path.join(__dirname, 'suite/index.js'),
  // the fixtures folder as workspace; no other installed extensions in a developer's desktop VS Code
  launchArgs: [path.join(ROOT, 'test/fixtures'), '--disable-extensions'],
}).then(
  () => console.log('[electron] runTests: passed'),
  (e) => { console.error('[electron] runTests failed:', e.message || e); process.exit(1); },
);
