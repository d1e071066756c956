// The Summary webview's HTML shell. It carries no log text at all: the report arrives by
// postMessage and media/summary.js puts it in the page with DOM APIs (textContent, never
// innerHTML). No vscode import here, so the shell can be tested outside VS Code.
import { randomBytes } from 'node:crypto';

export interface SummaryHtmlOptions {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh nonce per page (see `nonce()`). */
  readonly nonce: string;
  /** `webview.asWebviewUri(media/summary.js)` and `.../summary.css`, as strings. */
  readonly scriptUri: string;
  readonly styleUri: string;
  /** BCP 47 tag of the UI language, e.g. `en`, `zh-cn`. */
  readonly lang: string;
  /** Localised page title (not log text). */
  readonly title: string;
  /** Localised "Loading…" text shown until the first report arrives. */
  readonly loading: string;
}

/** A nonce for `script-src 'nonce-…'`: 128 random bits, base64url (no quoting needed). */
export function nonce(): string {
  return randomBytes(16).toString('base64url');
}

/** The Content-Security-Policy of the page: nothing but our own script, stylesheet and images. */
export function contentSecurityPolicy(cspSource: string, scriptNonce: string): string {
  return `default-src 'none'; img-src ${cspSource} data:; style-src ${cspSource}; script-src 'nonce-${scriptNonce}';`;
}

export function html(options: SummaryHtmlOptions): string {
  const csp = contentSecurityPolicy(options.cspSource, options.nonce);
  return `<!DOCTYPE html>
<html lang="${attr(options.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attr(options.styleUri)}">
<title>${text(options.title)}</title>
</head>
<body>
<main id="summary" aria-live="polite"><p class="status">${text(options.loading)}</p></main>
<script nonce="${attr(options.nonce)}" src="${attr(options.scriptUri)}"></script>
</body>
</html>
`;
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
