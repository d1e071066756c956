#!/usr/bin/env node
// Drives VS Code's UI like a person, against the INSTALLED .vsix (what a user gets from the marketplace):
// Ctrl+P opens seed.maillog, the status bar names the language, the mouse hovers line 5 and the hover widget
// is read, "Focus on Mail Traces View" shows the journeys, a click on one selects its birth line, and a palette
// command reveals the journey under the cursor, "Filter Traces..." narrows the view and "Clear Trace Filter" widens
// it, "Show Summary" opens the report webview (totals, CSP, chart) whose links filter the view and open lines, and
// "Open Traces of a Large File..." on a file named like a `[label](command:...)` link shows no link in any toast.
// Saves hover.png, trace-tree.png and summary.png for the README.
//
//   node test/e2e/ui.js [dist/maillog.vsix | EXTENSION_DIR]
// Env: E2E_SCREENSHOTS (default media/screenshots), KEEP_STATE=1, plus codeServer.js's. Exit code 1 on a failure.
'use strict';
const fs = require('fs'), path = require('path');
const { startCodeServer, launchBrowser } = require('./codeServer');
const { steps } = require('./steps');

const ROOT = path.resolve(__dirname, '../..');
const target = path.resolve(process.argv[2] || path.join(ROOT, 'dist/maillog.vsix'));
const FOLDER = path.join(ROOT, 'test/fixtures');
const FILE = 'seed.maillog';
// test-results/ is gitignored; E2E_SCREENSHOTS=media/screenshots refreshes the README's pictures.
const SHOTS = path.resolve(process.env.E2E_SCREENSHOTS || path.join(ROOT, 'test-results/screenshots'));
const VIEW = 'Mail Traces';
const ROOTS = ['EA8FF222F6', '974C6222F6 → 01373222F7'];

const { step, finish } = steps();

(async () => {
  const vsix = target.endsWith('.vsix'); // a folder is loaded as a development extension (F5) instead
  const cs = await startCodeServer({ settings: {
    'editor.hover.delay': 300, 'workbench.colorTheme': 'Default Dark Modern', 'editor.minimap.enabled': false,
    'editor.occurrencesHighlight': 'off', 'editor.selectionHighlight': false }, vsix: vsix ? [target] : [] });
  const browser = await launchBrowser(cs.state);
  // wide enough that line 5 fits unscrolled next to the sidebar: a readable screenshot for the README
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  fs.mkdirSync(SHOTS, { recursive: true });
  try {
    await page.goto(cs.url({ folder: FOLDER, devPaths: vsix ? [] : [target] }));
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 }); // explorer filled = remote connected
    step('workbench loaded', true, `${vsix ? 'installed ' + path.relative(ROOT, target) : 'development extension'}, server ready in ${cs.readyMs} ms`);

    // --- open the file like a person: Ctrl+P, type, pick the row whose name is exactly the file
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible' });
    await page.keyboard.type(FILE);
    await page.locator('.quick-input-list .label-name').filter({ hasText: new RegExp(`^${FILE.replace('.', '\\.')}$`) }).first().click({ timeout: 15000 });
    await page.waitForFunction((n) => document.querySelector('.tab.active .label-name')?.textContent === n, FILE, { timeout: 15000 });

    // --- status bar items have stable ids; after switching editors old values linger briefly, so poll
    const status = (id) => page.locator(`[id="status.editor.${id}"]`).innerText({ timeout: 5000 }).then((t) => t.trim(), () => '');
    const pollStatus = async (id, re, ms = 10000) => {
      let v = '';
      for (const end = Date.now() + ms; Date.now() < end; await page.waitForTimeout(200)) if (re.test((v = await status(id)))) break;
      return v;
    };
    const mode = await pollStatus('mode', /^Maillog$/);
    step('status bar language is Maillog', mode === 'Maillog', JSON.stringify(mode));

    // --- hover: put the mouse on "queue active" of line 5, found by its text (DOM order is not line order)
    const textBox = (lineText, needle) => page.evaluate(([lineText, needle]) => {
      const nbsp = (s) => s.replace(/\u00a0/g, ' ');
      const line = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].find((l) => nbsp(l.textContent).includes(lineText));
      if (!line) return null;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = 0;
      const at = nbsp(line.textContent).indexOf(needle);
      while (walker.nextNode()) {
        const n = walker.currentNode, len = n.textContent.length;
        if (at < offset + len) {
          const r = document.createRange();
          r.setStart(n, at - offset); r.setEnd(n, Math.min(len, at - offset + needle.length));
          const b = r.getBoundingClientRect();
          return { x: b.x, y: b.y, width: b.width, height: b.height };
        }
        offset += len;
      }
      return null;
    }, [lineText, needle]);
    const LINE5 = 'EA8FF222F6: from=<test01@unotes.co>';
    let spot = await textBox(LINE5, 'queue active');
    const editorBox = await page.locator('.editor-instance .monaco-editor .overflow-guard').first().boundingBox();
    if (spot && editorBox && spot.x + spot.width > editorBox.x + editorBox.width) {
      // off to the right (narrow window): click line 5 and press End, which scrolls it into view
      const start = await textBox(LINE5, 'EA8FF222F6');
      await page.mouse.click(start.x, start.y + start.height / 2);
      await page.keyboard.press('End');
      await page.waitForTimeout(300);
      spot = await textBox(LINE5, 'queue active');
    }
    const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)').first(); // hidden hover nodes always exist
    let hoverText = '';
    if (spot) {
      for (let i = 0; i < 8 && !hoverText.includes('active queue'); i++) { // away and back until the server answers
        await page.mouse.move(640, 780);
        await page.mouse.move(spot.x + 4 + 3 * i, spot.y + spot.height / 2, { steps: 3 });
        hoverText = await hover.innerText({ timeout: 4000 }).catch(() => '');
      }
    }
    step('mouse hover on line 5 says "active queue"', hoverText.includes('active queue'),
      spot ? JSON.stringify(hoverText.slice(0, 160)) : 'line 5 not found in the editor');
    await page.waitForTimeout(400); // the hover fades in
    await page.screenshot({ path: path.join(SHOTS, 'hover.png') });
    await page.mouse.move(640, 780);
    await page.keyboard.press('Escape');

    // --- the Mail Traces view: every view has a palette entry "Focus on <Name> View"
    const palette = async (entry) => {
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible' });
      await page.keyboard.type(entry);
      await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: entry }).first().click({ timeout: 10000 });
    };
    await palette(`Focus on ${VIEW} View`);
    const pane = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: VIEW }) });
    const rootRows = pane.locator('.monaco-list-row[aria-level="1"]');
    await rootRows.nth(ROOTS.length - 1).waitFor({ timeout: 15000 }).catch(() => {});
    const labels = (await pane.locator('.monaco-list-row[aria-level="1"] .label-name').allInnerTexts()).map((s) => s.trim());
    step(`${VIEW} shows ${ROOTS.length} journeys`, JSON.stringify(labels) === JSON.stringify(ROOTS), JSON.stringify(labels));

    // --- clicking a journey reveals and selects its birth line (line 2 for EA8FF222F6)
    const row = rootRows.filter({ has: page.locator('.label-name', { hasText: /^EA8FF222F6$/ }) }).first();
    let sel = '';
    if (await row.count()) {
      await row.click();
      sel = await pollStatus('selection', /^Ln 2\b/, 5000);
    }
    step('clicking EA8FF222F6 selects line 2', /^Ln 2\b/.test(sel), JSON.stringify(sel));
    // for the README picture only (not checked): a wider sidebar and the clicked journey expanded
    const sidebar = await page.locator('.part.sidebar').boundingBox().catch(() => null);
    if (sidebar) { // drag the sash on the sidebar's right edge
      const edge = sidebar.x + sidebar.width, y = sidebar.y + sidebar.height / 2;
      await page.mouse.move(edge, y); await page.mouse.down();
      await page.mouse.move(edge + 160, y, { steps: 5 }); await page.mouse.up();
    }
    // collapse the folder section so the journeys get the height
    await page.locator('.pane-header', { hasText: 'fixtures' }).first().click({ timeout: 3000 }).catch(() => {});
    await row.locator('.monaco-tl-twistie').click({ timeout: 3000 }).catch(() => {});
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(SHOTS, 'trace-tree.png') });

    // --- a palette command: put the cursor on 01373222F7's birth line, "Reveal Journey Under Cursor"
    const birth = await textBox('01373222F7: client=', '01373222F7');
    let revealed = null;
    if (birth) {
      await page.mouse.click(birth.x + 5, birth.y + birth.height / 2);
      await pollStatus('selection', /^Ln 25\b/, 3000);
      await palette('Maillog: Reveal Journey Under Cursor');
      for (const end = Date.now() + 5000; Date.now() < end && !revealed; await page.waitForTimeout(200)) {
        // the selected row, and the journey (level-1 row) it belongs to
        revealed = await pane.evaluate((p) => {
          const rows = [...p.querySelectorAll('.monaco-list-row')];
          const i = rows.findIndex((r) => r.classList.contains('selected'));
          if (i < 0) return null;
          let j = i; while (j > 0 && rows[j].getAttribute('aria-level') !== '1') j--;
          return { row: rows[i].innerText.trim(), journey: rows[j].querySelector('.label-name')?.innerText.trim() };
        });
        if (revealed && !/01373222F7/.test(`${revealed.row} ${revealed.journey}`)) revealed = null;
      }
    }
    step('"Maillog: Reveal Journey Under Cursor" selects the 01373222F7 journey', !!revealed, JSON.stringify(revealed));

    // --- "Maillog: Filter Traces..." + "codemax": only the journey that went to test01@codemax.cn; then clear it
    const rootLabels = () => pane.locator('.monaco-list-row[aria-level="1"] .label-name').allInnerTexts().then((a) => a.map((s) => s.trim()), () => []);
    /** Resolves once the element's box is the same over three animation frames (or after 3 s). */
    const settled = (locator) => locator.evaluate((el) => new Promise((resolve) => {
      let last = '', same = 0;
      const end = Date.now() + 3000;
      const tick = () => {
        const r = el.getBoundingClientRect();
        const box = `${r.x},${r.y},${r.width},${r.height}`;
        same = box === last ? same + 1 : 0;
        last = box;
        if (same >= 3 || Date.now() > end) resolve(box); else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }), undefined, { timeout: 5000 }).catch(() => {});
    const waitRoots = async (want, ms = 15000) => { // the tree reloads asynchronously: poll until it shows `want`
      let got = [];
      for (const end = Date.now() + ms; Date.now() < end; await page.waitForTimeout(200)) if (JSON.stringify((got = await rootLabels())) === JSON.stringify(want)) break;
      return got;
    };
    await palette('Maillog: Filter Traces...');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Filter Mail Traces' }).waitFor({ state: 'visible', timeout: 15000 });
    await page.keyboard.press('Control+A'); // the box starts with the current filter (none)
    await page.keyboard.type('codemax');
    await page.keyboard.press('Enter');
    let got = await waitRoots([ROOTS[1]]);
    step(`"Filter Traces..." codemax leaves one journey`, JSON.stringify(got) === JSON.stringify([ROOTS[1]]), JSON.stringify(got));
    await palette('Maillog: Clear Trace Filter'); // in the palette only while a filter is active
    got = await waitRoots(ROOTS);
    step('"Clear Trace Filter" shows both journeys again', JSON.stringify(got) === JSON.stringify(ROOTS), JSON.stringify(got));

    // --- "Maillog: Show Summary": a webview beside the log. Webviews are two nested iframes: iframe.webview (the
    // host page) around iframe#active-frame (the extension's HTML).
    await palette('Maillog: Show Summary');
    const summary = page.locator('iframe.webview').first().contentFrame().locator('iframe#active-frame').contentFrame();
    const cardValue = (key) => summary.locator(`.card.${key} .value`).innerText({ timeout: 5000 }).then((t) => t.trim(), () => '');
    let totals = {};
    await summary.locator('.card.received .value').waitFor({ timeout: 45000 }).catch(() => {});
    totals = { received: await cardValue('received'), delivered: await cardValue('delivered') };
    step('summary totals: 2 received, 2 delivered', totals.received === '2' && totals.delivered === '2', JSON.stringify(totals));
    // a status with journeys filters Mail Traces; a zero one is plain text (nothing to filter to)
    const cardLinks = { delivered: await summary.locator('.card.delivered button.link').count(), bounced: await summary.locator('.card.bounced button.link').count() };
    step('summary: "delivered" (2) is a filter link, "bounced" (0) is not', cardLinks.delivered === 1 && cardLinks.bounced === 0, JSON.stringify(cardLinks));
    const policies = await summary.locator('meta').evaluateAll((metas) =>
      metas.filter((m) => m.httpEquiv.toLowerCase() === 'content-security-policy').map((m) => m.content)).catch(() => []);
    // the directive that governs scripts: script-src, else default-src
    const scriptSrc = policies.map((p) => { const d = p.split(';').map((x) => x.trim()); return d.find((x) => /^script-src\s/.test(x)) || d.find((x) => /^default-src\s/.test(x)) || ''; });
    step('summary has a CSP whose script-src has no \'unsafe-inline\'',
      policies.length > 0 && scriptSrc.every((d) => d.startsWith('script-src') && !d.includes("'unsafe-inline'")), JSON.stringify(scriptSrc));
    const bars = await summary.locator('svg.chart rect.bar').first().waitFor({ timeout: 15000 }).then(() => summary.locator('svg.chart rect.bar').count(), () => 0);
    step('summary draws the per-hour chart', bars > 0, `${bars} bars`);
    // the README picture: the log and the summary side by side, without the sidebar
    await palette('View: Toggle Primary Side Bar Visibility');
    await page.waitForTimeout(600); // the layout settles, the webview is re-positioned over its editor
    await page.screenshot({ path: path.join(SHOTS, 'summary.png') });
    await palette('View: Toggle Primary Side Bar Visibility');
    await pane.locator('.monaco-list-row').first().waitFor({ timeout: 10000 }).catch(() => {});

    // --- the summary links back: a recipient's name filters Mail Traces, its "line N" opens that line
    const recipientRow = summary.locator('section', { has: summary.locator('h2', { hasText: /^Top recipients/ }) })
      .locator('tbody tr', { has: summary.locator('button.link.name', { hasText: /^test01@codemax\.cn$/ }) }).first();
    await settled(page.locator('iframe.webview').first());
    await recipientRow.locator('button.link.name').click({ timeout: 10000 }).catch((e) => console.log(`[ui] ${e.message.split('\n')[0]}`));
    got = await waitRoots([ROOTS[1]]);
    const viewMessage = await pane.locator('.message').first().innerText({ timeout: 2000 }).then((t) => t.trim(), () => '');
    if (viewMessage) console.log(`[ui] note: ${VIEW} says ${JSON.stringify(viewMessage)}`);
    step('clicking recipient test01@codemax.cn in the summary filters Mail Traces to its journey', JSON.stringify(got) === JSON.stringify([ROOTS[1]]), JSON.stringify(got));
    const lineButton = recipientRow.locator('button.link.line').first();
    const lineLabel = (await lineButton.innerText({ timeout: 5000 }).catch(() => '')).trim(); // "line 33"
    const want = /\d+/.exec(lineLabel)?.[0];
    let selAfter = '';
    // A webview is an iframe the workbench lays over its editor; while the tree view's focus and filter re-layout
    // the window, a click computed from a stale position can land beside the button. Wait for the overlay to stand
    // still, and click a second time if the first one did not arrive (reported, so a pattern would show).
    for (let attempt = 1; want && attempt <= 2; attempt++) {
      await settled(page.locator('iframe.webview').first());
      await lineButton.click({ timeout: 10000 });
      selAfter = await pollStatus('selection', new RegExp(`^Ln ${want}\\b`), 8000);
      if (new RegExp(`^Ln ${want}\\b`).test(selAfter)) break;
      if (attempt === 1) console.log(`[ui] note: the first click on "${lineLabel}" did not reach the extension (selection ${JSON.stringify(selAfter)}); clicking again`);
    }
    step(`clicking "${lineLabel}" in the summary selects that line of the log`, !!want && new RegExp(`^Ln ${want}\\b`).test(selAfter), JSON.stringify(selAfter));
    // not checked, reported: does the log open beside the summary, or on top of it (in the summary's group)?
    const webviewShown = await page.locator('iframe.webview').first().isVisible().catch(() => false);
    const groups = await page.locator('.editor-group-container').count();
    const activeGroupTabs = await page.locator('.editor-group-container.active .tab .label-name').allInnerTexts().catch(() => []);
    console.log(`[ui] note: after the line link the summary webview is ${webviewShown ? 'still visible' : 'HIDDEN'}; ` +
      `${groups} editor groups, the active one has tabs ${JSON.stringify(activeGroupTabs)}`);
    if (!webviewShown) await page.screenshot({ path: path.join(ROOT, 'test-results/ui-summary-line-link.png') }).catch(() => {});

    // --- a file name is not a link: VS Code makes `[label](command:...)` in a notification or progress message a
    // link that runs the command. "Open Traces of a Large File..." on a file (in a folder) named so shows the name
    // in its progress title and its completion message; no anchor may come of it, even in a toast that is gone
    // by the time we look, so a MutationObserver records every anchor that ever appears in a toast's message.
    const craftedDir = path.join(cs.state, 'x[Open a terminal](command:workbench.action.terminal.new)');
    const crafted = path.join(craftedDir, 'mail[Show journeys](command:workbench.action.terminal.new).log');
    fs.mkdirSync(craftedDir, { recursive: true });
    fs.copyFileSync(path.join(FOLDER, FILE), crafted);
    await page.evaluate(() => {
      const seen = (window.__maillogToasts = { anchors: [], messages: [] });
      const look = () => {
        for (const m of document.querySelectorAll('.notifications-toasts .notification-list-item-message')) {
          if (!seen.messages.includes(m.textContent)) seen.messages.push(m.textContent);
        }
        for (const a of document.querySelectorAll('.notifications-toasts .notification-list-item-message a, .notifications-toasts a[href^="command:"], .notifications-toasts a[href^="file:"]')) {
          if (!seen.anchors.includes(a.outerHTML)) seen.anchors.push(a.outerHTML);
        }
      };
      new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await palette('Maillog: Open Traces of a Large File...');
    // code-server's file dialog is a quick input holding a path: replace it with the file's and accept
    const dialogInput = page.locator('.quick-input-widget .quick-input-box input');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Open Traces of a Large Mail Log' }).waitFor({ state: 'visible', timeout: 15000 });
    // it first lists the workspace folder; a path typed before that is overwritten by the folder's
    await page.locator('.quick-input-list .label-name').filter({ hasText: /^seed\.maillog$/ }).first().waitFor({ timeout: 15000 });
    await dialogInput.fill(crafted);
    // the dialog lists the folder's files once it has read the typed path; Enter before that is not an answer
    await page.locator('.quick-input-list .label-name').filter({ hasText: path.basename(crafted) }).first().waitFor({ timeout: 15000 });
    await page.waitForFunction((want) => document.querySelector('.quick-input-widget .quick-input-box input')?.value === want, crafted, { timeout: 5000 });
    await page.keyboard.press('Enter');
    const done = await page.waitForFunction(() => window.__maillogToasts.messages.find((m) => /: \d+ lines, 2 journeys\.$/.test(m)), undefined, { timeout: 30000 })
      .then((h) => h.jsonValue(), () => '');
    const toasts = await page.evaluate(() => window.__maillogToasts);
    if (!done) await page.screenshot({ path: path.join(ROOT, 'test-results/ui-large-file.png') }).catch(() => {});
    step('"Open Traces of a Large File..." on mail[Show journeys](command:...).log reports its journeys', !!done, JSON.stringify(done || toasts.messages));
    step('no link from the file name in any toast (progress title, completion message)', toasts.anchors.length === 0,
      `${toasts.anchors.length} anchors ${JSON.stringify(toasts.anchors)}; messages seen: ${JSON.stringify(toasts.messages)}`);

    const errors = await page.locator('.notifications-toasts .notification-toast:has(.codicon-error) .notification-list-item-message').allInnerTexts();
    step('no error notifications', errors.length === 0, errors.join(' | '));
  } catch (e) {
    step('UI walk', false, String(e.stack || e));
    const shot = path.join(ROOT, 'test-results/ui-failure.png'); // gitignored
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot }).then(() => console.log(`[ui] screenshot of the failure: ${shot}`), () => {});
  } finally {
    await browser.close().catch(() => {});
  }
})().catch((e) => step('setup', false, String(e.stack || e))).finally(() => finish('ui', `; screenshots in ${path.relative(process.cwd(), SHOTS) || '.'}`));
