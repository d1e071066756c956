// Log text comes from the internet: HELO names, addresses and reasons are chosen by strangers.
// Everything taken from a log line goes through these before it reaches a user's screen.

/** Longest piece of log text shown in one place; the rest is elided. */
export const SHOWN_LIMIT = 300;

// C0/C1 controls (ANSI escapes start with ESC), soft hyphen, bidi overrides and isolates,
// zero-width characters, line and paragraph separators, Hangul fillers and the Mongolian vowel
// separator (blank, yet letters to a renderer), variation selectors and Unicode tags (which can
// smuggle invisible ASCII).
const INVISIBLE_BEYOND_C0 = '\\u007f-\\u009f\\u00ad\\u061c\\u115f\\u1160\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff9-\\ufffb\\u{e0000}-\\u{e007f}\\u{e0100}-\\u{e01ef}';
/** One character that inertText shows by code point (the hostile-input tests check output against this same set). */
// eslint-disable-next-line no-misleading-character-class -- each code point is matched alone: that is the point
export const INVISIBLE_CHARACTER = new RegExp(`[\\u0000-\\u001f${INVISIBLE_BEYOND_C0}]`, 'u');
/** A surrogate without its pair, which inertText shows as U+FFFD. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-misleading-character-class -- as above
const INVISIBLE = new RegExp(INVISIBLE_CHARACTER.source, 'gu');
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');
/** JSON.stringify escapes C0 controls itself (and the newlines of its indentation are wanted). */
// eslint-disable-next-line no-misleading-character-class -- as above
const INVISIBLE_IN_JSON = new RegExp(`[${INVISIBLE_BEYOND_C0}]`, 'gu');
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * Plain text that displays exactly what the log holds: invisible and direction-changing
 * characters are shown as `<U+202E>`, lone surrogates as U+FFFD, and length is bounded.
 */
export function inertText(text: string, limit = SHOWN_LIMIT): string {
  const bounded = text.length > limit ? text.slice(0, limit) : text;
  const visible = bounded
    .replace(INVISIBLE, (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`)
    .replace(LONE_SURROGATES, '\ufffd');
  return text.length > limit ? `${visible}… (+${text.length - limit})` : visible;
}

/**
 * JSON whose text shows no invisible character: each is written as its `\u009b` escape (JSON.stringify
 * leaves C1 controls such as U+009B, a one-byte terminal escape, and bidi overrides raw).
 */
export function inertJson(value: unknown, indent?: number, replacer?: (key: string, value: unknown) => unknown): string {
  return JSON.stringify(value, replacer, indent).replace(INVISIBLE_IN_JSON, (ch) => {
    let escaped = '';
    for (let i = 0; i < ch.length; i++) escaped += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}

/**
 * Markdown that renders as the literal text: every ASCII punctuation character is
 * backslash-escaped (CommonMark allows it for all of them), which defeats links, images,
 * autolinks (`https\:`, `a\@b`), HTML tags, emphasis and `command:` URIs alike.
 */
export function escapeMarkdown(text: string, limit = SHOWN_LIMIT): string {
  return inertText(text, limit).replace(ASCII_PUNCTUATION, '\\$&');
}

/** Text for inside a markdown `code span`, where escapes would show: literal, but it cannot close the span. */
export function codeSpanText(text: string, limit = SHOWN_LIMIT): string {
  return inertText(text, limit).replace(/`/g, "'");
}
