#!/usr/bin/env node
// Headless VS Code test runner: runs a tests module (exports.run, as @vscode/test-electron expects) inside the
// real extension host of code-server, with the real `vscode` API. Exit code 0 when run() resolves, 1 otherwise.
//
//   node test/e2e/runInHost.js [--install-extension=dist/maillog.vsix] [--extensionDevelopmentPath=DIR]
//        [--extensionTestsPath=FILE] [FOLDER]
// Defaults: tests = test/e2e/suite/index.js, folder = test/fixtures. With --install-extension the packaged
// extension is tested as a user would get it; otherwise (no flag at all) the repo is the development extension.
//
// It takes the flags @vscode/test-electron passes to a VS Code executable and ignores the others, so it can
// also stand in for one: VSCODE_EXECUTABLE_PATH=test/e2e/runInHost.js node test/e2e/electron.js
// Env: see codeServer.js; VSCODE_TEST_TIMEOUT_MS (default 180000), E2E_SCREENSHOTS=DIR (a png when tests end).
'use strict';
const fs = require('fs'), path = require('path'), util = require('util');
const { startCodeServer, launchBrowser } = require('./codeServer');

const ROOT = path.resolve(__dirname, '../..');
const devPaths = [], vsix = [], folders = [];
let testsPath = path.join(__dirname, 'suite/index.js');
for (const a of process.argv.slice(2)) {
  let m;
  if ((m = /^--extensionDevelopmentPath=(.*)$/.exec(a))) devPaths.push(path.resolve(m[1]));
  else if ((m = /^--extensionTestsPath=(.*)$/.exec(a))) testsPath = path.resolve(m[1]);
  else if ((m = /^--install-extension=(.*)$/.exec(a))) vsix.push(path.resolve(m[1]));
  else if (!a.startsWith('-')) folders.push(path.resolve(a));
}
if (!devPaths.length && !vsix.length) devPaths.push(ROOT);
const folder = folders[0] || path.join(ROOT, 'test/fixtures');

(async () => {
  const t0 = Date.now();
  const cs = await startCodeServer({ vsix });
  console.error(`[in-host] code-server on ${cs.host} ready in ${cs.readyMs} ms; ` +
    (vsix.length ? `installed ${vsix.map((v) => path.relative(process.cwd(), v)).join(', ')}` : `development extension ${devPaths.join(', ')}`));
  if (!devPaths.length) {
    // The workbench runs extensionTestsPath only in extension development mode: give it an empty extension.
    const stub = path.join(cs.state, 'stub-extension');
    fs.mkdirSync(stub);
    fs.writeFileSync(path.join(stub, 'package.json'), '{"name":"stub","publisher":"maillog-e2e","version":"0.0.0","engines":{"vscode":"*"}}');
    devPaths.push(stub);
  }
  const browser = await launchBrowser(cs.state);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  let finish;
  const finished = new Promise((r) => (finish = r));
  // With extensionTestsPath set, the workbench forwards the extension host's console to codeAutomationLog and
  // calls codeAutomationExit(code) when run() settles. Drop the workbench's own offline chatter.
  const noise = /connection token|Creating a socket|ENOTFOUND|^\s+at |Service Worker|Updating additional builtin|ChatSessionStore|gallery as it is disabled|Extension host .* started|\[Extension Host\] *$/;
  await page.exposeFunction('codeAutomationLog', (type, args) => { const s = util.format(...args); if (!noise.test(s)) console.log(s); });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  page.on('pageerror', (e) => console.error('[in-host] page error:', e.message));
  await page.goto(cs.url({ folder, devPaths, testsPath }));
  const ms = Number(process.env.VSCODE_TEST_TIMEOUT_MS || 180000);
  const code = await Promise.race([finished, new Promise((r) => setTimeout(() => r(`timeout after ${ms} ms`), ms))]);
  if (process.env.E2E_SCREENSHOTS) {
    fs.mkdirSync(process.env.E2E_SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(process.env.E2E_SCREENSHOTS, 'in-host.png') }).catch(() => {});
  }
  console.error(`[in-host] tests finished with ${code} after ${Date.now() - t0} ms`);
  if (code !== 0 && process.env.KEEP_STATE) console.error(`[in-host] server log: ${cs.state}/server.log`);
  await browser.close();
  process.exit(code === 0 ? 0 : 1); // the exit handler kills code-server's process group
})().catch((e) => { console.error('[in-host]', e.stack || e); process.exit(2); });
