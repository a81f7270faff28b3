// Runs the CLI for tests: in-process through main(argv) with stdout/stderr captured, or as a child
// process through bin/dyad.mjs for the end-to-end cases (stdin, exit codes set by the launcher).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/apps/cli/main.ts';
import { ROOT } from '../../src/apps/create-coder.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Environment for one run; undefined removes a variable. DYAD_DICTIONARIES and DYAD_DB default to unset. */
export type CliEnv = Record<string, string | undefined>;

const BASE_ENV: CliEnv = { DYAD_DICTIONARIES: undefined, DYAD_DB: undefined };

function withEnv<T>(env: CliEnv, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const apply = (vars: CliEnv) => {
    for (const [k, v] of Object.entries(vars)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(env);
  return run().finally(() => apply(saved));
}

/** main(argv) in this process; what it writes to stdout and stderr is captured, not shown. */
export async function runCli(argv: string[], env: CliEnv = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const { stdout, stderr } = process;
  const realOut = stdout.write;
  const realErr = stderr.write;
  const capture = (sink: string[]) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      cb?.();
      return true;
    }) as typeof stdout.write;
  stdout.write = capture(out);
  stderr.write = capture(err);
  try {
    const code = await withEnv({ ...BASE_ENV, ...env }, () => main(argv));
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.write = realOut;
    stderr.write = realErr;
  }
}

/** `node bin/dyad.mjs …` as a child process, with optional stdin. */
export function spawnCli(argv: string[], options: { input?: string; cwd?: string; env?: CliEnv } = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries({ ...BASE_ENV, ...options.env })) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'dyad.mjs'), ...argv], {
    input: options.input ?? '',
    cwd: options.cwd ?? ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];

/** A fresh temp directory holding the given files (paths relative to it; folders are created). */
export function fixtureDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Removes every directory fixtureDir made (call from afterAll). */
export function removeFixtures(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** The JSON lines of a run's stdout. */
export const jsonLines = <T = Record<string, unknown>>(stdout: string): T[] =>
  stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
