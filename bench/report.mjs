// The one table of the benchmark: every figure per size, its target, met or missed, and how it
// grows from the smallest to the largest size.
import * as os from 'node:os';
import { ms, mb, times, lines as k } from './util.mjs';
import { INSTALL_HINT } from './competitors.mjs';
import { APPEND_LINES, APPEND_ROUNDS, EDIT_ROUNDS, POSITIONS, TRACES_ROUNDS, PAGE } from './measure.mjs';

/** A cost that should not depend on the document: allowed to grow this much (plus noise) smallest -> largest. */
const FLAT_GROWTH = 1.5;
const FLAT_SLACK_MS = 1;

const ok = (condition) => (condition ? true : false);
const mark = (state) => (state === true ? ' ✓' : state === false ? ' ✗' : '');

function competitor(result, hint) {
  if (!result) return { text: 'n/a' };
  if (result.missing) return { text: hint };
  if (result.error) return { text: `failed (${result.error})` };
  return { text: ms(result.ms), value: result.ms };
}

/** Our time against pflogsumm's (≥ 4x faster) and, with `lnavToo`, lnav's (≥ 1.5x faster). */
function speedUp(r, ours, lnavToo = false) {
  const pflog = r.pflogsumm;
  if (!ours || ours.error || ours.ms === undefined) return { text: ours?.error ? `failed (${ours.error})` : 'n/a', state: ours?.error ? false : undefined };
  if (!pflog || pflog.missing || pflog.error || pflog.ms === undefined) return { text: `${ms(ours.ms)} (no pflogsumm to compare)`, value: ours.ms };
  const ratio = pflog.ms / ours.ms;
  const lnav = lnavToo && r.lnav && !r.lnav.missing && !r.lnav.error ? r.lnav.ms / ours.ms : undefined;
  const state = ok(ratio >= 4 && (lnav === undefined || lnav >= 1.5));
  return { value: ours.ms, ratio, state, text: `${ms(ours.ms)} (${times(ratio)}${lnav === undefined ? '' : `; lnav ${times(lnav)}`})` };
}

function sessionFigure(r, pick, format, target) {
  let value;
  try {
    value = r.session ? pick(r.session) : undefined;
  } catch {
    value = undefined;
  }
  if (value === undefined || Number.isNaN(value)) {
    // A session that broke down counts against a target: it is not a figure that was met.
    const failed = Boolean(r.session?.error);
    return { text: failed ? 'failed (see errors)' : 'n/a', state: failed && target ? false : undefined };
  }
  return { value, text: format(value, r.session), state: target ? ok(target(value, r)) : undefined };
}

export function rows() {
  const pflogMissing = `not installed (${INSTALL_HINT})`;
  const lnavMissing = `not installed (${INSTALL_HINT})`;
  return [
    {
      figure: 'parse and index, over LSP: open sent as the extension does -> `maillog/traces` (limit 1) answered, fresh server; (pflogsumm time / ours; lnav time / ours): opened + first request',
      target: '≥ 4x faster than pflogsumm and ≥ 1.5x faster than lnav',
      cell: (r) => {
        const cell = speedUp(r, r.lspCold, true);
        if (r.lspCold && !r.lspCold.error) cell.text = `${cell.text}: ${ms(r.lspCold.openMs)} + ${ms(r.lspCold.ms - r.lspCold.openMs)}`;
        return cell;
      },
      growth: true,
    },
    {
      figure: 'parse and index, in-process: `new MaillogDocument(text)` + `.journeys` (parse + index); (pflogsumm / ours)',
      target: '≥ 4x faster than pflogsumm',
      cell: (r) => {
        const cell = speedUp(r, r.inProcess);
        if (r.inProcess && !r.inProcess.error) cell.text = `${cell.text}: ${ms(r.inProcess.parseMs)} + ${ms(r.inProcess.indexMs)}`;
        return cell;
      },
      growth: true,
    },
    {
      figure: 'open sent as the extension does -> first line hover answered (fresh server, hover in the middle line\'s text)',
      target: '< 250 ms',
      cell: (r) => sessionFigure(r, (s) => s.firstLineHover, (v) => ms(v), (v) => v < 250),
      growth: true,
    },
    {
      figure: 'open sent as the extension does -> first hover answered (fresh server, then a hover on a queue ID)',
      target: '< 1 s',
      cell: (r) => sessionFigure(r, (s) => s.firstHover, (v) => ms(v), (v) => v < 1000),
      growth: true,
    },
    ...['hover', 'definition', 'references'].map((name) => ({
      figure: `${name}: p99 over ${POSITIONS.toLocaleString('en')} random positions (half on queue IDs); (p50)`,
      target: '< 5 ms',
      cell: (r) => sessionFigure(r, (s) => s[name]?.p99, (v, s) => `${ms(v)} (${ms(s[name].p50)})`, (v) => v < 5),
      growth: true,
    })),
    {
      figure: `append ${APPEND_LINES.toLocaleString('en')} lines (didChange at the end) -> hover on a new line answered: median of ${APPEND_ROUNDS}; (max)`,
      target: `< 20 ms, and not growing with document size (≤ ${FLAT_GROWTH}x)`,
      cell: (r) => sessionFigure(r, (s) => s.append?.median, (v, s) => `${ms(v)} (${ms(s.append.max)})`, (v) => v < 20),
      growth: true,
      flat: true,
    },
    {
      figure: `edit one line in the middle -> hover on it answered: median of ${EDIT_ROUNDS}; (max)`,
      target: '< 20 ms',
      cell: (r) => sessionFigure(r, (s) => s.edit?.median, (v, s) => `${ms(v)} (${ms(s.edit.max)})`, (v) => v < 20),
      growth: true,
    },
    {
      figure: `\`maillog/traces\` first page (limit ${PAGE}, withoutEvents): median of ${TRACES_ROUNDS}; (first)`,
      target: '< 100 ms',
      cell: (r) => sessionFigure(r, (s) => s.traces?.median, (v, s) => `${ms(v)} (${ms(s.traces.first)})`, (v) => v < 100),
      growth: true,
    },
    {
      figure: 'server peak memory above an idle server (VmHWM after the session - idle VmHWM); (x document size)',
      target: '≤ 2x the document size',
      cell: (r) => sessionFigure(r, (s) => s.hwm - s.idleHwm, (v, s) => `${mb(v)} (idle ${mb(s.idleHwm)}; ${times(v / r.bytes)})`, (v) => v <= 2 * r.bytes),
      growth: true,
    },
    { section: 'for information (no target)' },
    {
      figure: 'parse and index, over LSP with the text in didOpen (any LSP client; unsaved documents) -> `maillog/traces` (limit 1); (pflogsumm / ours): didOpen handled + first request',
      cell: (r) => {
        const cell = speedUp(r, r.lspColdText);
        if (r.lspColdText && !r.lspColdText.error) cell.text = `${cell.text}: ${ms(r.lspColdText.openMs)} + ${ms(r.lspColdText.ms - r.lspColdText.openMs)}`;
        return { ...cell, state: undefined };
      },
      growth: true,
    },
    {
      figure: 'server peak memory, VmHWM of the server process after the session; (x document size)',
      cell: (r) => sessionFigure(r, (s) => s.hwm, (v) => `${mb(v)} (${times(v / r.bytes)})`),
      growth: true,
    },
    {
      figure: 'server VmHWM after each phase: opened + indexed + diagnosed / + request loops and traces / + appends / + edits',
      cell: (r) => sessionFigure(r, (s) => s.openHwm, (v, s) => [s.openHwm, s.requestsHwm, s.appendHwm, s.hwm].map((b) => mb(b).replace(' MB', '')).join(' / ') + ' MB'),
      growth: true,
    },
    {
      figure: 'engine heap after parse and index, in-process after GC; (x document size)',
      cell: (r) => (r.inProcess && !r.inProcess.error ? { value: r.inProcess.heapUsed, text: `${mb(r.inProcess.heapUsed)} (${times(r.inProcess.heapUsed / r.bytes)})` } : { text: 'n/a' }),
      growth: true,
    },
    {
      figure: 'open sent -> first diagnostics published (includes the server\'s 200 ms debounce)',
      cell: (r) => sessionFigure(r, (s) => s.openDiagnostics, (v) => ms(v)),
      growth: true,
    },
    {
      figure: `append ${APPEND_LINES.toLocaleString('en')} lines -> diagnostics published (median; includes the 200 ms debounce)`,
      cell: (r) => sessionFigure(r, (s) => s.append?.diagnostics, (v) => ms(v)),
      growth: true,
    },
    {
      figure: 'edit a middle line -> diagnostics published (median; includes the 200 ms debounce)',
      cell: (r) => sessionFigure(r, (s) => s.edit?.diagnostics, (v) => ms(v)),
      growth: true,
    },
    { section: 'competitors, same file, same run' },
    {
      figure: 'pflogsumm FILE (best of runs)',
      cell: (r) => competitor(r.pflogsumm, pflogMissing),
      growth: true,
    },
    {
      figure: 'lnav -n -c \';SELECT count(*) FROM syslog_log\' FILE (headless, parses every line; best of runs)',
      cell: (r) => competitor(r.lnav, lnavMissing),
      growth: true,
    },
    {
      figure: '`node dist/cli.js summary FILE` (best of runs); (pflogsumm time / ours)',
      cell: (r) => {
        if (!r.cliSummary || r.cliSummary.missing) return { text: 'not supported by this build' };
        if (r.cliSummary.error) return { text: `failed (${r.cliSummary.error})` };
        const pflog = r.pflogsumm?.ms;
        return { value: r.cliSummary.ms, text: pflog ? `${ms(r.cliSummary.ms)} (${times(pflog / r.cliSummary.ms)})` : ms(r.cliSummary.ms) };
      },
      growth: true,
    },
  ];
}

/** The markdown table, and the list of missed targets. */
export function table(results) {
  const sizes = results.map((r) => `${k(r.size)} lines (${mb(r.bytes)})`);
  const first = results[0];
  const last = results[results.length - 1];
  const growthHeader = results.length > 1 ? `growth ${k(first.size)} -> ${k(last.size)} (size x${(last.size / first.size).toFixed(0)})` : 'growth';
  const header = ['figure', 'target', ...sizes, growthHeader, 'verdict'];
  const out = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  const missed = [];
  for (const row of rows()) {
    if (row.section) {
      out.push(`| **${row.section}** |${header.slice(1).map(() => ' ').join('|')}|`);
      continue;
    }
    const cells = results.map((r) => {
      try {
        return row.cell(r);
      } catch (error) {
        return { text: `error: ${error.message}` };
      }
    });
    let growth = '';
    let grows;
    if (row.growth && results.length > 1 && cells[0].value > 0 && cells[cells.length - 1].value !== undefined) {
      const ratio = cells[cells.length - 1].value / cells[0].value;
      growth = times(ratio);
      if (row.flat) {
        grows = ratio > FLAT_GROWTH && cells[cells.length - 1].value - cells[0].value > FLAT_SLACK_MS;
        growth += grows ? ' ✗' : ' ✓';
      }
    }
    let verdict = '—';
    if (row.target) {
      const failedAt = results.filter((_, i) => cells[i].state === false).map((r) => k(r.size));
      const measured = cells.some((c) => c.state !== undefined);
      const reasons = [];
      if (failedAt.length) reasons.push(`at ${failedAt.join(', ')}`);
      if (grows) reasons.push('grows with the document');
      if (reasons.length) {
        verdict = `**missed** (${reasons.join('; ')})`;
        missed.push(`${shortName(row.figure)} ${reasons.join('; ')}`);
      } else verdict = measured ? 'met' : 'not measured';
    }
    out.push(`| ${[row.figure, row.target ?? '', ...cells.map((c) => `${c.text}${mark(c.state)}`), growth, verdict].join(' | ')} |`);
  }
  return { markdown: out.join('\n'), missed };
}

function shortName(figure) {
  return figure.split(/[:;(]/)[0].replace(/`/g, '').trim();
}

export function environment(options, competitors) {
  const cpu = os.cpus();
  const load = options.load;
  const busy = load.start > cpu.length * 0.5 || load.end > cpu.length * 0.5;
  return [
    `load average (1 min) at start ${load.start.toFixed(1)}, at end ${load.end.toFixed(1)}, on ${cpu.length} cores${busy ? ': other work was running, timings are noisy' : ''}`,
    `Node ${process.version}, ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}, ${mb(os.totalmem())} RAM, ${os.platform()} ${os.release()}`,
    `server: dist/server.js built ${options.serverBuilt} (\`npm run bench\` builds for production first); in-process: the engine bundled from server/src at run time`,
    `logs: \`gen-maillog.mjs --lines N --seed ${options.seed}\` in ${options.dir}`,
    `competitors: ${competitors.pflogsumm ? `${competitors.pflogsummVersion || 'pflogsumm'} (${competitors.pflogsumm})` : 'pflogsumm not installed'}, ` +
      `${competitors.lnav ? `${competitors.lnavVersion || 'lnav'} (${competitors.lnav})` : 'lnav not installed'}` +
      `${competitors.pflogsumm && competitors.lnav ? '' : ` — \`${INSTALL_HINT}\``}`,
  ].join('\n');
}
