// The tools a Postfix admin would otherwise use on the same file, timed as they are run from a
// shell: pflogsumm (reads the whole log and summarises it) and lnav (headless, parses every line
// into its syslog_log table). Nothing is installed from here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run, min } from './util.mjs';

export const INSTALL_HINT = 'apt-get install pflogsumm lnav';

function which(name, extra = []) {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), ...extra];
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export async function detectCompetitors(cliPath, sampleFile) {
  const pflogsumm = which('pflogsumm', ['/usr/sbin', '/usr/local/sbin']);
  const lnav = which('lnav', ['/usr/local/bin']);
  let pflogsummVersion;
  if (pflogsumm) pflogsummVersion = (await run(pflogsumm, ['--version'])).stdout.trim().split('\n')[0];
  let lnavVersion;
  if (lnav) lnavVersion = (await run(lnav, ['-V'])).stdout.trim().split('\n')[0];
  // `summary` is being added to the CLI: use it only when this build answers it.
  const probe = fs.existsSync(cliPath) ? await run(process.execPath, [cliPath, 'summary', sampleFile], { stdout: 'ignore' }) : { code: -1 };
  return { pflogsumm, pflogsummVersion, lnav, lnavVersion, cliSummary: probe.code === 0, cliSummaryProbe: probe };
}

/** Best wall time of `runs` runs, and the lowest peak RSS; `error` when a run fails. */
async function best(command, args, runs, check) {
  const all = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const result = await run(command, args, { stdout: check ? 'pipe' : 'ignore', peakRss: true });
    if (result.code !== 0) return { error: `exit ${result.code}: ${result.stderr.trim().split('\n')[0] ?? ''}` };
    if (check) {
      const problem = check(result.stdout);
      if (problem) return { error: problem };
    }
    all.push(result.ms);
    rss.push(result.rss);
  }
  return { ms: min(all), all, rss: min(rss) };
}

export function timePflogsumm(competitors, file, runs) {
  if (!competitors.pflogsumm) return { missing: true };
  return best(competitors.pflogsumm, [file], runs);
}

/** lnav headless: every line goes through its syslog format; the count proves it read them all. */
export function timeLnav(competitors, file, runs, expectedLines) {
  if (!competitors.lnav) return { missing: true };
  const args = ['-n', '-c', ';SELECT count(*) AS n FROM syslog_log', file];
  return best(competitors.lnav, args, runs, (stdout) => {
    const count = Number(/(\d+)\s*$/.exec(stdout.trim())?.[1]);
    return count === expectedLines ? undefined : `lnav counted ${Number.isNaN(count) ? '?' : count} syslog lines, expected ${expectedLines}`;
  });
}

export function timeCliSummary(competitors, cliPath, file, runs) {
  if (!competitors.cliSummary) return { missing: true };
  return best(process.execPath, [cliPath, 'summary', file], runs);
}

/** `cli.js parse FILE`: every line as JSON Lines, written to /dev/null. */
export function timeCliParse(cliPath, file, runs) {
  if (!fs.existsSync(cliPath)) return { missing: true };
  return best(process.execPath, [cliPath, 'parse', file], runs);
}
