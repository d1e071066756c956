// What the in-host suites share: the extension's ID, the fixtures, and polling.
'use strict';
const path = require('path');

const EXTENSION_ID = 'maillog-tools.maillog';
const SEED = path.resolve(__dirname, '../../fixtures/seed.maillog');
const GENERATED = path.resolve(__dirname, '../../fixtures/generated-2k.maillog');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls fn() until it returns something truthy: that value, or undefined after `ms`. */
async function waitFor(fn, ms = 15000, every = 100) {
  for (const end = Date.now() + ms; ; await sleep(every)) {
    const v = await fn();
    if (v || Date.now() > end) return v || undefined;
  }
}

module.exports = { EXTENSION_ID, SEED, GENERATED, sleep, waitFor };
