import { parseArgs } from 'node:util';
import { DyadError } from '../../core/errors.ts';
import { actorsCommand } from './actors-command.ts';
import { actorsUnknownCommand } from './actors-unknown-command.ts';
import { codeCommand, explainCommand } from './code-command.ts';
import { exportCommand } from './export-command.ts';
import { recodeCommand } from './recode-command.ts';
import { ingestCommand } from './ingest-command.ts';
import { serveCommand, startCommand } from './store-commands.ts';
import { watchCommand } from './watch-command.ts';
import { workerCommand } from './worker-command.ts';

const USAGE = `dyad — political event coder

usage:
  dyad code <file|dir|jsonl|csv|-> [...] [--published YYYY-MM-DD] [--out FILE]
        code articles, one JSON line per article on stdout
  dyad explain <file> [--published YYYY-MM-DD]
        the decision trail per sentence: tokens, actors, patterns tried and fired, drops
  dyad ingest <file|dir|jsonl|csv|html|feed|URL|-> [...] [--db dyad.db] [--threads N|auto] [--wait]
        code into the store: duplicates merged, events clustered, journaled (a killed run resumes)
  dyad watch <feed URL|file of URLs> [...] [--interval SECONDS] [--once]   poll feeds, code new items (queue them with DYAD_REDIS_URL)
  dyad worker [--concurrency N]   code queued batches into PostgreSQL (DYAD_DATABASE_URL, DYAD_REDIS_URL)
  dyad recode [--db dyad.db] [--all]
        re-code stored articles coded by another pipeline (--all: every article); unchanged events keep their ids
  dyad export --format jsonl|csv|gdelt [--db dyad.db] [--from D] [--to D] [--actor CODE] [--cameo CODE]
  dyad serve [--db dyad.db] [--port 8787] [--host 127.0.0.1]
  dyad start   ingest the shipped examples into ./dyad.db and serve the API
  dyad actors check | find <name> [--date YYYY-MM-DD]
  dyad actors unknown [--db dyad.db] [--limit 20]
        the most frequent uncoded source/target texts on stored events, with an example each

environment: DYAD_DB (store path), DYAD_DICTIONARIES (user dictionary dirs, ':'-separated),
             DYAD_TOKEN (bearer token for POST /ingest), DYAD_DATABASE_URL + DYAD_REDIS_URL (PostgreSQL
             store and BullMQ queue), DYAD_FETCH_ALLOW_PRIVATE=1 / DYAD_FETCH_ALLOW=origins (fetch private hosts),
             DYAD_CODE_TIMEOUT_MS (time limit for coding one article, default 30000; 0: none),
             DYAD_LOCK_WAIT_MS (how long a write waits for another writer's lock, default 60000),
             DYAD_DB_MAX_MB (size limit of the SQLite store)`;

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
  limit: { type: 'string' },
  all: { type: 'boolean' },
  header: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  threads: { type: 'string' },
  wait: { type: 'boolean' },
  interval: { type: 'string' },
  once: { type: 'boolean' },
  concurrency: { type: 'string' },
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
      case 'watch':
        return await watchCommand(rest, v);
      case 'worker':
        return await workerCommand(v);
      case 'recode':
        return await recodeCommand(rest, v);
      case 'export':
        return await exportCommand(v);
      case 'serve':
        return await serveCommand(v);
      case 'start':
        return await startCommand(v);
      case 'actors':
        return rest[0] === 'unknown' ? await actorsUnknownCommand(v) : await actorsCommand(rest, v);
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
