import type { EventFilter } from '../../adapters/store/store.ts';
import { loadActorKinds } from '../../exports/actor-kinds.ts';
import { csvExport } from '../../exports/csv-export.ts';
import { gdeltExport } from '../../exports/gdelt-export.ts';
import { jsonlExport } from '../../exports/jsonl-export.ts';
import type { CliValues } from './main.ts';
import { openStore } from './open-store.ts';

/** `dyad export`: every stored event matching the filters, streamed to stdout. */
export async function exportCommand(v: CliValues): Promise<number> {
  const format = v.format ?? 'jsonl';
  if (!['jsonl', 'csv', 'gdelt'].includes(format)) {
    process.stderr.write(`dyad: --format must be jsonl, csv or gdelt, got "${format}"\n`);
    return 2;
  }
  const filter: EventFilter = { from: v.from, to: v.to, actor: v.actor, source: v.source, target: v.target, cameo: v.cameo };
  const { store } = await openStore(v);
  const write = (chunk: string) =>
    process.stdout.write(chunk) ? undefined : new Promise<void>((r) => process.stdout.once('drain', () => r()));
  try {
    const events = store.iterateEvents(filter);
    const n =
      format === 'csv'
        ? await csvExport(events, write, { header: v.header ?? true })
        : format === 'gdelt'
          ? await gdeltExport(events, write, { actorKinds: loadActorKinds(), header: v.header ?? false })
          : await jsonlExport(events, write);
    process.stderr.write(`dyad: exported ${n} event(s) as ${format}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
