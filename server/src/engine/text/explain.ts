import type { LineDetails } from '../model/parse';
import { fill, type Locale } from './i18n';
import { text as t } from './strings';
import { codeSpanText, escapeMarkdown } from './inert';
import { formatTime } from '../model/time';

// A line's meaning from its catalog entry, as markdown for hovers and as plain text elsewhere.

/** The line's meaning: the catalog's summary and detail, or what was recognised of an unknown line. */
export function explainLine(details: LineDetails, locale: Locale): string {
  const { header, entry } = details;
  if (!header) return t(locale, 'notSyslog');
  const out: string[] = [];
  if (entry) {
    out.push(`**${fillEscaped(entry.summary[locale], details)}**`);
    if (entry.detail) out.push(fillEscaped(entry.detail[locale], details));
  } else {
    out.push(`**${t(locale, 'unknownMessage', { program: escapeMarkdown(header.program, 80) })}**`);
  }
  const facts = [
    `${t(locale, 'time')}: ${escapeMarkdown(formatTime(details.parsed.time, details.parsed.utcOffset))}`,
    `${t(locale, 'host')}: ${escapeMarkdown(header.host, 80)}`,
    `${t(locale, 'program')}: ${escapeMarkdown(header.program, 80)}${header.pid === undefined ? '' : `\\[${header.pid}\\]`}`,
  ];
  if (details.parsed.queueId) facts.push(`${t(locale, 'queueId')}: ${escapeMarkdown(details.parsed.queueId)}`);
  if (entry) facts.push(`${t(locale, 'kind')}: \`${entry.kind}\``);
  out.push(facts.join(' · '));
  return out.join('\n\n');
}

/** Summary text with plain (unescaped) field values, for diagnostics, the tree and the CLI. */
export function summarizeLine(details: LineDetails, locale: Locale): string {
  if (!details.header) return t(locale, 'notSyslog');
  if (!details.entry) return t(locale, 'unknownMessage', { program: details.header.program });
  return fill(details.entry.summary[locale], (name) => placeholder(details, name));
}

function fillEscaped(template: string, details: LineDetails): string {
  // Templates may hold `code` spans of their own (odd pieces between backticks): a value there is
  // shown literally, since escapes would show; elsewhere it is escaped.
  return template
    .split('`')
    .map((piece, i) => fill(piece, (name) => {
      const value = placeholder(details, name);
      if (value === undefined) return undefined;
      return i % 2 === 1 ? codeSpanText(value, 160) : escapeMarkdown(value, 160);
    }))
    .join('`');
}

function placeholder(details: LineDetails, name: string): string | undefined {
  switch (name) {
    case 'daemon':
      return details.daemon;
    case 'program':
      return details.header?.program;
    case 'queue_id':
      return details.parsed.queueId;
    default: {
      const field = details.fields.find((f) => f.name === name);
      if (!field) return undefined;
      return field.value === '' && (name === 'from' || name === 'to' || name === 'sender') ? '<>' : field.value;
    }
  }
}

