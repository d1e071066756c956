#!/usr/bin/env node
// The TextMate grammar's cost without a workbench: vscode-textmate (the engine VS Code uses) tokenizes
// a generated log line by line with syntaxes/maillog.tmLanguage.json, against a grammar that only
// splits lines (what plain text costs the tokenizer). A quick check while changing the grammar;
// `npm run bench:ui` measures what the renderer really spends.
//   node bench/grammar.mjs [--lines 25000] [--grammar FILE]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureLog } from './logs.mjs';
import { ms, times } from './util.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const argv = process.argv.slice(2);
const value = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const lineCount = Number(value('--lines', '25000'));
const grammarFile = path.resolve(value('--grammar', path.join(ROOT, 'syntaxes', 'maillog.tmLanguage.json')));

const PLAIN = { scopeName: 'text.plain.bench', patterns: [] };

async function registry() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  return new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scopeName) => (scopeName === PLAIN.scopeName ? PLAIN : textmate.parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile)),
  });
}

/** CPU milliseconds of this process (less disturbed by other work on the machine than wall time). */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Tokenizes every line as VS Code does (tokenizeLine2, state carried); the best CPU time of 3 passes. */
function tokenize(grammar, lines) {
  let best = Infinity;
  let tokens = 0;
  for (let pass = 0; pass < 3; pass++) {
    let state = textmate.INITIAL;
    tokens = 0;
    const started = cpuMs();
    for (const line of lines) {
      const result = grammar.tokenizeLine2(line, state);
      tokens += result.tokens.length / 2;
      state = result.ruleStack;
    }
    best = Math.min(best, cpuMs() - started);
  }
  return { ms: best, tokens };
}

const { file } = await ensureLog(ROOT, lineCount, 42, 0);
const lines = fs.readFileSync(file, 'utf8').split('\n');
const reg = await registry();
const maillog = await reg.loadGrammar(JSON.parse(fs.readFileSync(grammarFile, 'utf8')).scopeName);
const plain = await reg.loadGrammar(PLAIN.scopeName);
const base = tokenize(plain, lines);
const ours = tokenize(maillog, lines);
process.stdout.write(`${lineCount} lines: ${path.relative(ROOT, grammarFile)} ${ms(ours.ms)} (${ours.tokens} tokens), plain ${ms(base.ms)}; ` +
  `${times(ours.ms / base.ms)}, ${(ours.ms * 1000 / lines.length).toFixed(1)} µs a line\n`);
