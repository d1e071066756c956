// A real VS Code for tests, without a download: code-server (VS Code 1.100 server, extension host and web
// workbench; installed by scripts/e2e-setup.sh) on a free 127.0.0.1 port, driven by Debian's chromium through
// playwright-core (given executablePath, it downloads no browser).
//
// Every run gets a fresh state folder (user data, extensions, XDG dirs, TMPDIR, server.log) so runs neither
// inherit nor leave state, and parallel runs do not collide. code-server runs in its own process group and the
// whole group is killed on stop/exit/signal: extension hosts and language servers would outlive the main pid.
//
// Env: VSCODE_LAB (cache, default ~/.cache/maillog-e2e), CODE_SERVER (package folder), CHROMIUM (default
// /usr/bin/chromium), KEEP_STATE=1 (keep the state folder and its server.log; its path is printed).
//
// As a command (scripts/open-sample.sh uses it): node test/e2e/codeServer.js serve [--vsix F] [--folder D]
//   [--open FILE] [--port N]   -> prints the URL and serves until Ctrl+C.
'use strict';
const { spawn, execFileSync } = require('child_process');
const fs = require('fs'), os = require('os'), path = require('path'), net = require('net'), http = require('http');

const LAB = process.env.VSCODE_LAB || path.join(os.homedir(), '.cache/maillog-e2e');
const CS = process.env.CODE_SERVER || path.join(LAB, 'code-server/node_modules/code-server');
const ENTRY = path.join(CS, 'out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SETUP_HINT = 'run scripts/e2e-setup.sh';

// Settings that keep the workbench quiet and deterministic: no welcome page, telemetry, update checks,
// experiments, trust prompt; a short hover delay so UI tests need not wait.
const BASE_SETTINGS = {
  'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true,
  'update.mode': 'none', 'workbench.enableExperiments': false, 'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false, 'editor.hover.delay': 100, 'window.commandCenter': false,
  // test/fixtures sits inside the repo: no "git repository found in parent folders" toast, no git processes
  'git.enabled': false, 'git.openRepositoryInParentFolders': 'never',
};

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
});
const httpStatus = (url) => new Promise((r) => http.get(url, (res) => { res.resume(); r(res.statusCode); }).on('error', () => r(0)));
// code-server writes config.yaml and logs under XDG_* (else ~/.config/code-server, ~/.local/share/code-server)
const xdg = (dir) => ({ XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'data'), XDG_CACHE_HOME: path.join(dir, 'cache') });

function requireInstalled() {
  if (!fs.existsSync(ENTRY)) throw new Error(`no code-server at ${CS}: ${SETUP_HINT} (or set CODE_SERVER)`);
}

// Installs a .vsix into extensionsDir with code-server's own CLI (no network), as a user's install would.
function installVsix(vsix, extensionsDir) {
  requireInstalled();
  if (!fs.existsSync(vsix)) throw new Error(`no such .vsix: ${vsix} (npm run package)`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-vsix-'));
  try {
    execFileSync(process.execPath, [ENTRY, '--extensions-dir', extensionsDir, '--user-data-dir', path.join(scratch, 'ud'),
      '--install-extension', path.resolve(vsix), '--force'], { env: { ...process.env, ...xdg(scratch) }, stdio: 'pipe' });
  } catch (e) {
    throw new Error(`installing ${vsix} failed: ${String(e.stderr || e.stdout || e.message).trim()}`);
  } finally { fs.rmSync(scratch, { recursive: true, force: true }); }
}

// Starts code-server. Returns { host, state, url(opts), remote(path), stop(), readyMs }. `env` adds to the environment of
// the server and so of the extension host (test/e2e/failedStart.js sets MAILLOG_SERVER_MODULE there).
async function startCodeServer({ settings = {}, vsix = [], port, env = {} } = {}) {
  requireInstalled();
  const t0 = Date.now();
  const host = `127.0.0.1:${port || (await freePort())}`;
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'maillog-e2e-'));
  const extensionsDir = path.join(state, 'extensions'); // fresh: only what this run installs
  for (const d of ['config', 'data', 'cache', 'tmp', 'user-data/User', 'extensions']) fs.mkdirSync(path.join(state, d), { recursive: true });

  let server, stopped = false;
  const stop = () => {
    if (stopped) return; stopped = true;
    if (server) try { process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ }
    if (process.env.KEEP_STATE) console.error(`[code-server] state kept in ${state}`);
    else fs.rmSync(state, { recursive: true, force: true });
  };
  process.on('exit', stop);
  // A signal ends the process normally, so the 'exit' handlers (this stop, playwright's browser kill) run.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, () => process.exit(130));

  for (const v of [].concat(vsix)) installVsix(v, extensionsDir);
  fs.writeFileSync(path.join(state, 'user-data/User/settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 1));
  fs.writeFileSync(path.join(state, 'config/config.yaml'), `bind-addr: ${host}\nauth: none\ncert: false\n`);
  const log = fs.openSync(path.join(state, 'server.log'), 'w');
  server = spawn(process.execPath, [ENTRY,
    '--config', path.join(state, 'config/config.yaml'), '--bind-addr', host, '--auth', 'none',
    '--user-data-dir', path.join(state, 'user-data'), '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened'], {
    detached: true, // own process group, killed as a whole by stop()
    stdio: ['ignore', log, log],
    // TMPDIR: the server and extension host put their sockets (vscode-ipc-*, vscode-git-*) there.
    // EXTENSIONS_GALLERY='{}': no gallery, so nothing tries to reach open-vsx.org.
    env: { ...process.env, ...env, ...xdg(state), TMPDIR: path.join(state, 'tmp'), EXTENSIONS_GALLERY: '{}' },
  });
  fs.closeSync(log);
  while ((await httpStatus(`http://${host}/healthz`)) !== 200) {
    if (server.exitCode !== null || Date.now() - t0 > 30000) {
      const tail = fs.readFileSync(path.join(state, 'server.log'), 'utf8').slice(-2000);
      throw new Error(`code-server did not start on ${host}:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // Paths on the server, as the workbench names them.
  const remote = (p) => `vscode-remote://${host}${p}`;
  // The workbench URL. code-server rejects --extensionDevelopmentPath on its command line, but the workbench takes
  // the same settings from the URL's `payload` (what VS Code itself uses to open an Extension Development Host).
  const url = ({ folder, devPaths = [], testsPath, openFile } = {}) => {
    const payload = [...devPaths.map((p) => ['extensionDevelopmentPath', remote(path.resolve(p))]), ['skipWelcome', 'true']];
    if (testsPath) payload.push(['extensionTestsPath', remote(path.resolve(testsPath))]);
    if (openFile) payload.push(['openFile', remote(path.resolve(openFile))]);
    return `http://${host}/?` + (folder ? `folder=${encodeURIComponent(path.resolve(folder))}&` : '') +
      `payload=${encodeURIComponent(JSON.stringify(payload))}`;
  };
  return { host, state, pid: server.pid, stop, readyMs: Date.now() - t0, remote, url };
}

// Headless chromium with its profile and caches inside `state` (not ~/.config/chromium). Host resolution is
// pinned so that only 127.0.0.1 is ever contacted (chromium looks up Google hosts even when offline).
async function launchBrowser(state) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: ${SETUP_HINT} (or set CHROMIUM)`);
  const { chromium } = require('playwright-core');
  fs.mkdirSync(path.join(state, 'tmp'), { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox' /* root */, '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    env: { ...process.env, XDG_CONFIG_HOME: state, XDG_CACHE_HOME: state, TMPDIR: path.join(state, 'tmp') },
  });
}

module.exports = { startCodeServer, launchBrowser, installVsix, CS, CHROMIUM };

// `serve`: a server to use by hand (scripts/open-sample.sh).
if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
  if (args[0] !== 'serve') { console.error('usage: codeServer.js serve [--vsix F] [--folder D] [--open FILE] [--port N]'); process.exit(2); }
  (async () => {
    const cs = await startCodeServer({ vsix: opt('vsix') ? [opt('vsix')] : [], port: Number(opt('port')) || undefined, settings: { 'editor.hover.delay': 300 } });
    const folder = opt('folder'), file = opt('open');
    console.log(`\nVS Code (code-server ${require(path.join(CS, 'package.json')).version}) is serving on 127.0.0.1 only. Open:\n\n  ${cs.url({ folder, openFile: file })}\n`);
    console.log(`(from another machine: ssh -L ${cs.host.split(':')[1]}:${cs.host} THIS_HOST, then the same URL). Ctrl+C stops it.`);
    setInterval(() => {}, 1 << 30); // serve until a signal; the exit handler kills the process group
  })().catch((e) => { console.error(String(e.message || e)); process.exit(1); });
}
