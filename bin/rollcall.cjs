#!/usr/bin/env node
// `rollcall` as installed by npm (package.json "bin"). Runs the bundled CLI; bundles it first when the checkout
// has not been built yet, so that `npx rollcall` works straight after `npm install`.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const root = path.resolve(__dirname, '..');
const bundle = path.join(root, 'out', 'cli', 'rollcall.cjs');
if (!fs.existsSync(bundle)) {
  const { execFileSync } = require('node:child_process');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--only=cli'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
require(bundle);
