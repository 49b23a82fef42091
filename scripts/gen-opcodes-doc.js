#!/usr/bin/env node
// Writes docs/opcodes.md from the compiled opcode tables (run `npx tsc -p tsconfig.json` first):
//     node scripts/gen-opcodes-doc.js          write docs/opcodes.md
//     node scripts/gen-opcodes-doc.js --check  exit 1 if docs/opcodes.md is stale
// The register section comes from dist/regvm/opcodes.js (its formatRegOpcodesMarkdown(),
// else its regOpcodeTable). test/dis/opcodes-doc.test.ts does the same check.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const { renderOpcodesDoc, registerSection } = require(path.join(DIST, 'frontend', 'opcode_doc.js'));

const regPath = path.join(DIST, 'regvm', 'opcodes.js');
const reg = registerSection(fs.existsSync(regPath) ? require(regPath) : null);
const text = renderOpcodesDoc(reg);
const out = path.join(ROOT, 'docs', 'opcodes.md');
if (process.argv.includes('--check')) {
  const cur = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (cur !== text) {
    process.stderr.write('docs/opcodes.md is stale: run node scripts/gen-opcodes-doc.js\n');
    process.exit(1);
  }
} else {
  fs.writeFileSync(out, text);
  process.stdout.write(`wrote ${path.relative(ROOT, out)}${reg === null ? ' (no register section yet)' : ''}\n`);
}
