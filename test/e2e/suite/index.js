// Tests module for the extension host (what @vscode/test-electron calls extensionTestsPath): runs every
// *.test.js next to it with mocha, inside the real VS Code extension host. Resolves when all pass.
// E2E_GREP (env) narrows the run to matching test titles.
'use strict';
const path = require('path'), fs = require('fs');
const Mocha = require('mocha');

exports.run = () => {
  // No colours: the output travels through the workbench's log forwarding, not a terminal.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, slow: 2000, grep: process.env.E2E_GREP });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (e) { reject(e); }
  });
};
