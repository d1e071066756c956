// The Summary webview: turns the report (posted by the extension) into DOM nodes. Log text is
// only ever inserted as text nodes and safe attribute values; no innerHTML, no inline styles.
// Loaded in the webview it starts itself; required from Node (tests) it exports render().
// @ts-check
(function (root, factory) {
  const api = factory();
  if (typeof module === 'object' && module.exports) module.exports = api;
  else if (root) api.start(root);
})(typeof window === 'undefined' ? undefined : window, function () {
  'use strict';

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const SERIES = ['received', 'delivered', 'deferred', 'bounced', 'rejected'];
  /** The only attributes set; none of them can run script or load anything. */
  const SAFE_ATTRIBUTES = new Set([
    'class', 'title', 'type', 'role', 'scope', 'colspan', 'aria-label', 'aria-hidden', 'tabindex',
    'viewBox', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height',
    'points', 'text-anchor',
  ]);

  /**
   * @param {Document} doc
   * @param {string} tag
   * @param {Record<string, string | number | undefined>} [attrs]
   * @param {...(Node | string | number | null | undefined)} children
   */
  function el(doc, tag, attrs, ...children) {
    return fill(doc, doc.createElement(tag), attrs, children);
  }

  /** @param {Document} doc @param {string} tag @param {Record<string, string | number | undefined>} [attrs] @param {...(Node | string | number | null | undefined)} children */
  function svg(doc, tag, attrs, ...children) {
    return fill(doc, doc.createElementNS(SVG_NS, tag), attrs, children);
  }

  /** @template {Element} E @param {Document} doc @param {E} node @param {Record<string, string | number | undefined> | undefined} attrs @param {(Node | string | number | null | undefined)[]} children @returns {E} */
  function fill(doc, node, attrs, children) {
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === undefined) continue;
      if (!SAFE_ATTRIBUTES.has(name)) throw new Error(`unsafe attribute ${name}`);
      node.setAttribute(name, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === 'object' ? child : doc.createTextNode(String(child)));
    }
    return node;
  }

  /** `{0}` placeholders of a localised template. @param {string} template @param {...(string | number)} values */
  function format(template, ...values) {
    return String(template).replace(/\{(\d)\}/g, (match, i) => (values[Number(i)] === undefined ? match : String(values[Number(i)])));
  }

  /** @param {number} n */
  function num(n) {
    return typeof n === 'number' && Number.isFinite(n) ? n.toLocaleString() : '?';
  }

  /** @param {number} n */
  function bytes(n) {
    if (typeof n !== 'number' || !Number.isFinite(n)) return '?';
    if (n < 1024) return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = n / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
  }

  /** @param {number | undefined} n */
  function seconds(n) {
    return typeof n === 'number' && Number.isFinite(n) ? (Number.isInteger(n) ? String(n) : n.toFixed(2)) : '–';
  }

  /**
   * Renders a report into `container`, replacing what was there.
   * @param {Document} doc
   * @param {Element} container
   * @param {any} summary the MailSummary, or null when the log is not open
   * @param {Record<string, string>} strings localised words
   * @param {(message: unknown) => void} post sends a message to the extension
   */
  function render(doc, container, summary, strings, post) {
    const s = strings || {};
    const nodes = [];
    /** A button that opens a line of the log. @param {number} line @param {string} [label] */
    const lineButton = (line, label) => {
      const button = el(doc, 'button', { type: 'button', class: 'link line', title: format(s.openLine, line + 1) }, label || format(s.lineLink, line + 1));
      button.addEventListener('click', () => post({ type: 'reveal', line }));
      return button;
    };
    /** A button that filters Mail Traces. @param {string} filter @param {string} label */
    const filterButton = (filter, label) => {
      const button = el(doc, 'button', { type: 'button', class: 'link name', title: s.filterTip }, label);
      button.addEventListener('click', () => post({ type: 'filter', text: filter }));
      return button;
    };
    /** The row's journeys: a filter on its name, else a link to its first line. */
    const nameCell = (/** @type {any} */ row, /** @type {string} */ name) =>
      el(doc, 'td', { class: 'text' }, typeof row.filter === 'string' ? filterButton(row.filter, name) : name);
    const linesCell = (/** @type {any} */ row) => {
      const lines = Array.isArray(row.lines) ? row.lines.filter((/** @type {unknown} */ l) => Number.isInteger(l) && /** @type {number} */ (l) >= 0).slice(0, 3) : [];
      const cell = el(doc, 'td', { class: 'lines' });
      for (const line of lines) cell.appendChild(lineButton(line));
      return cell;
    };

    const refresh = el(doc, 'button', { type: 'button', class: 'refresh', title: s.refresh }, s.refresh);
    refresh.addEventListener('click', () => post({ type: 'refresh' }));
    nodes.push(el(doc, 'header', {}, el(doc, 'h1', {}, s.title), refresh));

    if (!summary || typeof summary !== 'object' || !summary.totals) {
      nodes.push(el(doc, 'p', { class: 'status' }, s.noDocument));
      container.replaceChildren(...nodes);
      return;
    }
    nodes.push(el(doc, 'p', { class: 'span' }, format(s.span, num(summary.lineCount), summary.firstTime || '?', summary.lastTime || '?')));
    // A log set's or large file's report names the files it covers (their names are text, never markup).
    if (Array.isArray(summary.files) && summary.files.length > 0) {
      const list = summary.files.map((/** @type {any} */ f) => format(s.fileLines, String(f.file), num(f.lines))).join(', ');
      nodes.push(el(doc, 'p', { class: 'files' }, format(s.files, list)));
    }

    // Grand totals: cards; the ones that are a journey status filter Mail Traces by it, unless
    // there is nothing to show (a zero is plain and muted, not a red alarm or a dead link).
    const t = summary.totals;
    const card = (/** @type {string} */ key, /** @type {string} */ value, /** @type {string | undefined} */ note, /** @type {string | undefined} */ status, count = -1) => {
      const label = status && count > 0 ? filterButton(status, s[key]) : el(doc, 'span', {}, s[key]);
      return el(doc, 'div', { class: `card ${key}${count === 0 ? ' zero' : ''}`, title: note }, el(doc, 'div', { class: 'value' }, value), el(doc, 'div', { class: 'label' }, label));
    };
    const statusCard = (/** @type {string} */ key, /** @type {number} */ count, /** @type {string} */ status, /** @type {string | undefined} */ note = undefined) =>
      card(key, num(count), note, status, count);
    nodes.push(section(doc, s.totals, el(doc, 'div', { class: 'cards' },
      card('received', num(t.received)),
      statusCard('delivered', t.delivered, 'sent'),
      card('forwardedToFilter', num(t.forwardedToFilter), s.forwardedNote),
      t.forwarded ? card('forwarded', num(t.forwarded), s.forwardedAliasNote) : null,
      t.abandoned ? card('abandoned', num(t.abandoned), s.abandonedNote) : null,
      statusCard('deferred', t.deferred, 'deferred', format(s.deferrals, num(t.deferrals))),
      statusCard('bounced', t.bounced, 'bounced'),
      statusCard('rejected', t.rejected, 'rejected'),
      statusCard('expired', t.expired, 'expired'),
      statusCard('discarded', t.discarded, 'discarded'),
      statusCard('held', t.held, 'held'),
    ), el(doc, 'div', { class: 'cards small' },
      card('bytesReceived', bytes(t.bytesReceived), num(t.bytesReceived)),
      card('bytesDelivered', bytes(t.bytesDelivered), num(t.bytesDelivered)),
      card('senders', num(t.senders)),
      card('sendingDomains', num(t.sendingDomains)),
      card('sendingHosts', num(t.sendingHosts)),
      card('recipients', num(t.recipients)),
      card('recipientDomains', num(t.recipientDomains)),
    )));

    // Journeys cut off by either end of the log.
    const p = summary.partial || {};
    const partialRow = (/** @type {string} */ key, /** @type {number} */ n, /** @type {string} */ note, /** @type {number[]} */ lines) =>
      el(doc, 'tr', { title: note }, el(doc, 'td', { class: 'num' }, num(n)), el(doc, 'td', { class: 'text' }, s[key]), linesCell({ lines }));
    nodes.push(section(doc, s.cutOff, el(doc, 'table', {}, el(doc, 'tbody', {},
      partialRow('startedBeforeLog', p.startedBeforeLog, s.startedBeforeLogNote, p.startedLines),
      partialRow('unfinishedAtEnd', p.unfinishedAtEnd, s.unfinishedAtEndNote, p.unfinishedLines),
    ))));

    nodes.push(section(doc, s.perHour, chart(doc, Array.isArray(summary.hourly) ? summary.hourly : [], s)));

    // Top senders, recipients and domains, by count and by size.
    const top = summary.top || {};
    const topSection = (/** @type {string} */ title, /** @type {any} */ list, /** @type {string} */ nameKey, /** @type {boolean} */ deferred) => {
      if (!list) return null;
      const table = (/** @type {string} */ caption, /** @type {any[]} */ rows) => {
        const head = [s.count, s.bytes, ...(deferred ? [s.defers] : []), s[nameKey], s.journeys];
        return el(doc, 'div', { class: 'half' }, el(doc, 'h3', {}, caption), rows.length === 0 ? el(doc, 'p', { class: 'none' }, s.none) : el(doc, 'table', {},
          el(doc, 'thead', {}, el(doc, 'tr', {}, ...head.map((h, i) => el(doc, 'th', { scope: 'col', class: i < head.length - 2 ? 'num' : 'text' }, h)))),
          el(doc, 'tbody', {}, ...rows.map((row) => el(doc, 'tr', {},
            el(doc, 'td', { class: 'num' }, num(row.count)),
            el(doc, 'td', { class: 'num', title: num(row.bytes) }, bytes(row.bytes)),
            deferred ? el(doc, 'td', { class: 'num' }, num(row.deferred || 0)) : null,
            nameCell(row, String(row.name)),
            linesCell(row))))));
      };
      const byCount = Array.isArray(list.byCount) ? list.byCount : [];
      const more = list.distinct > byCount.length ? ` (${format(s.topOf, byCount.length, num(list.distinct))})` : '';
      return section(doc, title + more, el(doc, 'div', { class: 'pair' },
        table(s.byCount, byCount), table(s.byBytes, Array.isArray(list.byBytes) ? list.byBytes : [])));
    };
    nodes.push(
      topSection(s.topSenders, top.senders, 'sender', false),
      topSection(s.topRecipients, top.recipients, 'recipient', false),
      topSection(s.topSendingDomains, top.sendingDomains, 'domain', false),
      topSection(s.topRecipientDomains, top.recipientDomains, 'domain', true),
    );

    // Deferral, bounce and reject reasons; delays per relay.
    const grid = (/** @type {string[]} */ head, /** @type {number} */ numeric, /** @type {any[]} */ rows, /** @type {(row: any) => (Node | null)[]} */ cells) =>
      rows.length === 0 ? el(doc, 'p', { class: 'none' }, s.none) : el(doc, 'table', {},
        el(doc, 'thead', {}, el(doc, 'tr', {}, ...head.map((h, i) => el(doc, 'th', { scope: 'col', class: i < numeric ? 'num' : 'text' }, h)))),
        el(doc, 'tbody', {}, ...rows.map((row) => el(doc, 'tr', {}, ...cells(row)))));
    const td = (/** @type {string} */ cls, /** @type {unknown} */ value) => el(doc, 'td', { class: cls }, String(value ?? ''));
    const reasonRows = (/** @type {any[]} */ rows) => grid([s.count, s.messages, s.dsn, s.host, s.reason, s.journeys], 2, rows,
      (row) => [td('num', num(row.count)), td('num', num(row.messages)), td('text code', row.dsn), td('text', row.host), td('text reason', row.reason), linesCell(row)]);
    nodes.push(
      section(doc, s.deferralReasons, reasonRows(Array.isArray(summary.deferrals) ? summary.deferrals : [])),
      section(doc, s.bounceReasons, reasonRows(Array.isArray(summary.bounces) ? summary.bounces : [])),
      section(doc, s.rejectReasons, grid([s.count, s.action, s.by, s.stage, s.reply, s.reason, s.journeys], 1,
        Array.isArray(summary.rejects) ? summary.rejects : [],
        (row) => [td('num', num(row.count)), td('text', Object.prototype.hasOwnProperty.call(s, row.action) ? s[row.action] : row.action), td('text', row.by), td('text', row.stage),
          td('text code', [row.reply, row.dsn].filter(Boolean).join(' ')), td('text reason', row.reason), linesCell(row)])),
      section(doc, s.delays, grid([s.count, 'p50', 'p90', 'p99', 'max', 'a', 'b', 'c', 'd', s.relay, s.journeys], 9,
        Array.isArray(summary.delays) ? summary.delays : [],
        (row) => [td('num', num(row.count)), td('num', seconds(row.p50)), td('num', seconds(row.p90)), td('num', seconds(row.p99)), td('num', seconds(row.max)),
          td('num', seconds(row.stages?.a)), td('num', seconds(row.stages?.b)), td('num', seconds(row.stages?.c)), td('num', seconds(row.stages?.d)),
          td('text', row.relay), linesCell(row)]),
        el(doc, 'p', { class: 'note' }, s.delayStages)),
    );

    container.replaceChildren(...nodes.filter(Boolean));
  }

  /** @param {Document} doc @param {string} title @param {...(Node | null)} children */
  function section(doc, title, ...children) {
    return el(doc, 'section', {}, el(doc, 'h2', {}, title), ...children);
  }

  /**
   * The per-hour chart, drawn as SVG nodes: grouped bars for up to 48 hours, lines beyond.
   * @param {Document} doc @param {any[]} hours @param {Record<string, string>} s
   */
  function chart(doc, hours, s) {
    if (hours.length === 0) return el(doc, 'p', { class: 'none' }, s.none);
    const width = 800;
    const height = 220;
    const left = 48;
    const right = 12;
    const top = 12;
    const bottom = 28;
    const plotW = width - left - right;
    const plotH = height - top - bottom;
    const n = hours.length;
    const bars = n <= 48;
    let max = 1;
    for (const h of hours) for (const key of SERIES) max = Math.max(max, Number(h[key]) || 0);
    const band = bars ? plotW / n : n === 1 ? plotW : plotW / (n - 1);
    /** Centre of hour i. */
    const x = (/** @type {number} */ i) => (bars ? left + (i + 0.5) * band : left + (n === 1 ? plotW / 2 : i * band));
    const y = (/** @type {number} */ v) => top + plotH - (v / max) * plotH;
    const root = svg(doc, 'svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': s.perHour });
    root.appendChild(svg(doc, 'line', { class: 'axis', x1: left, y1: top + plotH, x2: width - right, y2: top + plotH }));
    root.appendChild(svg(doc, 'line', { class: 'axis', x1: left, y1: top, x2: left, y2: top + plotH }));
    root.appendChild(svg(doc, 'text', { class: 'tick', x: left - 6, y: top + 4, 'text-anchor': 'end' }, num(max)));
    root.appendChild(svg(doc, 'text', { class: 'tick', x: left - 6, y: top + plotH, 'text-anchor': 'end' }, '0'));
    const labels = n === 1 ? [0] : [0, Math.floor((n - 1) / 2), n - 1];
    for (const i of labels) {
      const anchor = n > 1 && i === 0 && !bars ? 'start' : n > 1 && i === n - 1 && !bars ? 'end' : 'middle';
      root.appendChild(svg(doc, 'text', { class: 'tick', x: x(i).toFixed(1), y: height - 8, 'text-anchor': anchor }, String(hours[i].hour)));
    }
    if (bars) {
      const barW = (band * 0.8) / SERIES.length;
      hours.forEach((h, i) => {
        SERIES.forEach((key, k) => {
          const v = Number(h[key]) || 0;
          const bx = left + i * band + band * 0.1 + k * barW;
          root.appendChild(svg(doc, 'rect', { class: `bar ${key}`, x: bx.toFixed(1), y: y(v).toFixed(1), width: Math.max(1, barW - 1).toFixed(1), height: (top + plotH - y(v)).toFixed(1) }));
        });
      });
    } else {
      for (const key of SERIES) {
        const points = hours.map((h, i) => `${x(i).toFixed(1)},${y(Number(h[key]) || 0).toFixed(1)}`).join(' ');
        root.appendChild(svg(doc, 'polyline', { class: `series ${key}`, points }));
      }
    }
    // One invisible column per hour, so hovering shows that hour's numbers.
    hours.forEach((h, i) => {
      const tip = format(s.hourTip, h.hour, num(h.received), num(h.delivered), num(h.deferred), num(h.bounced), num(h.rejected));
      const x0 = Math.max(left, x(i) - band / 2);
      const x1 = Math.min(width - right, x(i) + band / 2);
      root.appendChild(svg(doc, 'rect', { class: 'hover', x: x0.toFixed(1), y: top, width: Math.max(1, x1 - x0).toFixed(1), height: plotH },
        svg(doc, 'title', {}, tip)));
    });
    const legend = el(doc, 'ul', { class: 'legend' }, ...SERIES.map((key) =>
      el(doc, 'li', {}, el(doc, 'span', { class: `swatch ${key}`, 'aria-hidden': 'true' }), s[key])));
    return el(doc, 'div', { class: 'chart-box' }, root, legend);
  }

  /** Wires the page: renders each report the extension posts, forwards clicks to it. @param {Window & typeof globalThis} window */
  function start(window) {
    // @ts-expect-error acquireVsCodeApi is provided by the webview host
    const vscode = acquireVsCodeApi();
    const doc = window.document;
    const container = doc.getElementById('summary');
    if (!container) return;
    const post = (/** @type {unknown} */ message) => vscode.postMessage(message);
    window.addEventListener('message', (event) => {
      const message = event.data;
      if (!message || typeof message !== 'object') return;
      if (message.type === 'summary') render(doc, container, message.summary, message.strings, post);
      else if (message.type === 'error') container.replaceChildren(el(doc, 'p', { class: 'status error' }, String(message.message)));
    });
    post({ type: 'ready' });
  }

  return { render, start, format };
});
