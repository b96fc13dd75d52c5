#!/usr/bin/env node
// Runs electronegativity over the built app (out/) and fails on any HIGH finding.
// Offline-safe: the Electron version is given (-e) so it need not look releases up; its attempts to
// fetch release notes and translations fail harmlessly without a network.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const electronVersion = createRequire(import.meta.url)('electron/package.json').version;
const report = join(mkdtempSync(join(tmpdir(), 'svp-eneg-')), 'report.csv');
const run = spawnSync(
  'npx',
  [
    '--yes',
    '@doyensec/electronegativity@1.10.3',
    '-i',
    'out',
    '-e',
    electronVersion,
    '-o',
    report,
    '-v',
    'false',
    '-r',
  ],
  { stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' },
);
if (run.status !== 0) process.exit(run.status ?? 1);
const rows = readFileSync(report, 'utf8').trim().split('\n').slice(1);
const findings = rows.map((row) => row.split(',').slice(0, 5).join(' '));
for (const finding of findings) console.log(`electronegativity: ${finding}`);
const high = findings.filter((f) => f.includes('"HIGH"'));
console.log(`electronegativity: ${findings.length} findings, ${high.length} HIGH`);
process.exit(high.length ? 1 : 0);
