#!/usr/bin/env node
// A language server that cannot start, in a real VS Code with the INSTALLED .vsix: the extension host gets
// MAILLOG_SERVER_MODULE (read by client/src/client.ts, for tests only) pointing at a module that exits at once.
// The walk checks what a user would see and do: a message that offers "Show Output" and "Restart"; commands that
// answer (not "command not found"); "Show Output" shows why; the palette's Restart fails cleanly again while the
// server is still broken; once the module runs the real server, the message's "Restart" brings it up and Mail
// Traces lists the journeys of the open log.
//
//   node test/e2e/failedStart.js [dist/maillog.vsix]
// Env: KEEP_STATE=1, plus codeServer.js's. Exit code 1 on a failure.
'use strict';
const fs = require('fs'), os = require('os'), path = require('path');
const { startCodeServer, launchBrowser } = require('./codeServer');
const { steps } = require('./steps');

const ROOT = path.resolve(__dirname, '../..');
const target = path.resolve(process.argv[2] || path.join(ROOT, 'dist/maillog.vsix'));
const FOLDER = path.join(ROOT, 'test/fixtures');
const SEED = path.join(FOLDER, 'seed.maillog');
const VIEW = 'Mail Traces';
const ROOTS = ['EA8FF222F6', '974C6222F6 → 01373222F7'];
const FAILED = /^The Maillog language server (could not start|exited before it was ready)/;

const { step, finish, anyFailed } = steps();

(async () => {
  // The server module the extension runs: first one that exits at once, later the real one.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-failed-start-'));
  process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
  const serverModule = path.join(scratch, 'server.js');
  fs.writeFileSync(serverModule, '// a language server that cannot start\nprocess.exit(3);\n');
  const cs = await startCodeServer({ vsix: [target], env: { MAILLOG_SERVER_MODULE: serverModule } });
  const browser = await launchBrowser(cs.state);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(cs.url({ folder: FOLDER, openFile: SEED })); // opening a maillog activates the extension
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    step('workbench loaded', true, `installed ${path.relative(ROOT, target)}, a server module that exits with code 3`);

    /** The toast whose message matches `re`, once it shows. */
    const toast = (re) => page.locator('.notifications-toasts .notification-list-item').filter({ has: page.locator('.notification-list-item-message', { hasText: re }) }).first();
    const buttons = (item) => item.locator('.notification-list-item-buttons-container .monaco-button').allInnerTexts().then((a) => a.map((s) => s.trim()), () => []);
    let failed = toast(FAILED);
    const shown = await failed.waitFor({ timeout: 30000 }).then(() => true, () => false);
    const message = shown ? (await failed.locator('.notification-list-item-message').innerText()).trim() : '';
    const offered = shown ? await buttons(failed) : [];
    step('a server that exits at once: a message offering "Show Output" and "Restart"',
      shown && offered.includes('Show Output') && offered.includes('Restart'), JSON.stringify({ message, offered }));

    const palette = async (entry) => {
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible' });
      await page.keyboard.type(entry);
      await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: entry }).first().click({ timeout: 10000 });
    };
    await palette('Maillog: Filter Traces...');
    const filterShown = await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Filter Mail Traces' })
      .waitFor({ state: 'visible', timeout: 10000 }).then(() => true, () => false);
    await page.keyboard.press('Escape');
    const notFound = await page.locator('.notifications-toasts .notification-list-item-message', { hasText: /command .* not found/ }).count();
    step('its commands are there: "Filter Traces..." asks for a filter', filterShown && notFound === 0, `${notFound} "command not found" toasts`);

    // "Show Output": the language client's channel, which says the server exited
    await failed.locator('.monaco-button', { hasText: /^Show Output$/ }).click({ timeout: 10000 });
    const output = page.locator('.part.panel .monaco-editor .view-lines');
    const exitLine = await page.waitForFunction(() => [...document.querySelectorAll('.part.panel .monaco-editor .view-lines .view-line')]
      .map((l) => l.textContent.replace(/\u00a0/g, ' ')).find((t) => /Server process exited with code 3/.test(t)), undefined, { timeout: 15000 })
      .then((h) => h.jsonValue(), () => '');
    step('"Show Output" shows the server\'s output, which says why', !!exitLine,
      JSON.stringify(exitLine || (await output.first().innerText({ timeout: 2000 }).catch(() => '')).slice(0, 300)));

    // Restart from the palette while the server is still broken: the same message again, not an exception
    await palette('Maillog: Restart Language Server');
    failed = toast(FAILED);
    const again = await failed.waitFor({ timeout: 30000 }).then(() => true, () => false);
    step('"Restart Language Server" after the failed start fails cleanly: the message again', again && (await buttons(failed)).includes('Restart'));

    // Repaired: the module now runs the real server; the message's Restart brings it up
    const installed = fs.readdirSync(path.join(cs.state, 'extensions')).find((d) => d.startsWith('maillog-tools.maillog-'));
    const realServer = path.join(cs.state, 'extensions', installed, 'dist/server.js');
    fs.writeFileSync(serverModule, `require(${JSON.stringify(realServer)});\n`);
    await failed.locator('.monaco-button', { hasText: /^Restart$/ }).click({ timeout: 10000 });
    await palette(`Focus on ${VIEW} View`);
    const pane = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: VIEW }) });
    let labels = [];
    for (const end = Date.now() + 30000; Date.now() < end; await page.waitForTimeout(200)) {
      labels = await pane.locator('.monaco-list-row[aria-level="1"] .label-name').allInnerTexts().then((a) => a.map((s) => s.trim()), () => []);
      if (JSON.stringify(labels) === JSON.stringify(ROOTS)) break;
    }
    step(`the message's "Restart" starts the server: ${VIEW} lists the log's journeys`, JSON.stringify(labels) === JSON.stringify(ROOTS), JSON.stringify(labels));
  } catch (e) {
    step('failed-start walk', false, String(e.stack || e));
  } finally {
    if (anyFailed()) {
      const shot = path.join(ROOT, 'test-results/failed-start.png'); // gitignored
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).then(() => console.log(`[failed-start] screenshot: ${shot}`), () => {});
    }
    await browser.close().catch(() => {});
  }
})().catch((e) => step('setup', false, String(e.stack || e))).finally(() => finish('failed-start'));
