#!/usr/bin/env node
// `npm test`: type-check, lint, then every test; ends with the plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const run = (label, cmd, args) => {
  process.stdout.write(`\n== ${label}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  return r.status === 0;
};

let passed = 0;
let failed = 0;
const check = (ok) => (ok ? passed++ : failed++);

check(run('type-check', bin('tsc'), ['--noEmit']));
check(run('lint', bin('biome'), ['lint', 'src', 'test', 'bench', 'scripts']));
check(run('dictionaries', process.execPath, ['bin/dyad.mjs', 'actors', 'check']));

const dir = mkdtempSync(join(tmpdir(), 'dyad-test-'));
const report = join(dir, 'vitest.json');
const extra = process.argv.slice(2);
run('tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // a test file that fails to load has no test results of its own: count it as a failure
  const broken = (r.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'));
  for (const f of broken) process.stdout.write(`test file failed to run: ${f.name}: ${(f.message ?? '').split('\n')[0]}\n`);
  failed += broken.length;
  if (r.numTotalTests === 0) failed++;
} catch (e) {
  process.stdout.write(`could not read the vitest report: ${e.message}\n`);
  failed++;
}
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
