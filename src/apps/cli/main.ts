import { parseArgs } from 'node:util';
import { DyadError } from '../../core/errors.ts';
import { actorsCommand } from './actors-command.ts';
import { codeCommand, explainCommand } from './code-command.ts';
import { exportCommand } from './export-command.ts';
import { ingestCommand, serveCommand, startCommand } from './store-commands.ts';

const USAGE = `dyad — political event coder

usage:
  dyad code <file|dir|jsonl|csv|-> [...] [--published YYYY-MM-DD] [--out FILE]
        code articles, one JSON line per article on stdout
  dyad explain <file> [--published YYYY-MM-DD]
        the decision trail per sentence: tokens, actors, patterns tried and fired, drops
  dyad ingest <file|dir|jsonl|csv|-> [...] [--db dyad.db] [--published YYYY-MM-DD]
        code into the store (re-ingesting the same article is idempotent)
  dyad export --format jsonl|csv|gdelt [--db dyad.db] [--from D] [--to D] [--actor CODE] [--cameo CODE]
  dyad serve [--db dyad.db] [--port 8787] [--host 127.0.0.1]
  dyad start   ingest the shipped examples into ./dyad.db and serve the API
  dyad actors check | find <name> [--date YYYY-MM-DD]

environment: DYAD_DB (store path), DYAD_DICTIONARIES (user dictionary dirs, ':'-separated),
             DYAD_TOKEN (bearer token for POST /ingest)`;

export const OPTIONS = {
  published: { type: 'string' },
  out: { type: 'string' },
  db: { type: 'string' },
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  actor: { type: 'string' },
  source: { type: 'string' },
  target: { type: 'string' },
  cameo: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  date: { type: 'string' },
  header: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type CliValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    process.stderr.write(`dyad: ${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  const v = parsed.values;
  if (!command || v.help) {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (v.published && !/^\d{4}-\d{2}-\d{2}/.test(v.published)) {
    process.stderr.write(`dyad: --published must be an ISO date (YYYY-MM-DD), got "${v.published}"\n`);
    return 2;
  }
  try {
    switch (command) {
      case 'code':
        return await codeCommand(rest, v);
      case 'explain':
        return await explainCommand(rest, v);
      case 'ingest':
        return await ingestCommand(rest, v);
      case 'export':
        return await exportCommand(v);
      case 'serve':
        return await serveCommand(v);
      case 'start':
        return await startCommand(v);
      case 'actors':
        return await actorsCommand(rest, v);
      default:
        process.stderr.write(`dyad: unknown command "${command}"\n\n${USAGE}\n`);
        return 2;
    }
  } catch (e) {
    if (e instanceof DyadError) {
      process.stderr.write(`dyad: ${e.code}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

const isMain = process.argv[1] && /main\.ts$/.test(process.argv[1]);
if (isMain) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
