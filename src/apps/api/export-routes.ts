// Streamed exports of the events matching a filter. The filter is validated before the first byte
// goes out, so bad input still gets a 400.
import type { Context, Hono } from 'hono';
import { stream } from 'hono/streaming';
import type { EventFilter } from '../../adapters/store/store.ts';
import { type ActorKinds, loadActorKinds } from '../../exports/actor-kinds.ts';
import { csvExport } from '../../exports/csv-export.ts';
import type { ExportEvent, Write } from '../../exports/export-types.ts';
import { gdeltExport } from '../../exports/gdelt-export.ts';
import { jsonlExport } from '../../exports/jsonl-export.ts';
import type { ApiOptions } from './api-options.ts';
import { parseEventFilter } from './event-query-schema.ts';

type Exporter = (events: AsyncIterable<ExportEvent>, write: Write) => Promise<number>;

interface Format {
  contentType: string;
  extension: string;
  run: Exporter;
}

export function exportRoutes(app: Hono, opts: ApiOptions): void {
  let kinds: ActorKinds | undefined = opts.actorKinds;
  const actorKinds = () => (kinds ??= loadActorKinds());
  const log = opts.log ?? console.error;

  const formats: Record<'jsonl' | 'csv' | 'gdelt', Format> = {
    jsonl: { contentType: 'application/x-ndjson; charset=UTF-8', extension: 'jsonl', run: jsonlExport },
    csv: { contentType: 'text/csv; charset=UTF-8; header=present', extension: 'csv', run: (e, w) => csvExport(e, w) },
    gdelt: {
      contentType: 'text/tab-separated-values; charset=UTF-8',
      extension: 'tsv',
      run: (e, w) => gdeltExport(e, w, { actorKinds: actorKinds() }),
    },
  };

  const send = (c: Context, format: Format, filter: EventFilter) => {
    c.header('Content-Type', format.contentType);
    c.header('Content-Disposition', `attachment; filename="dyad-events.${format.extension}"`);
    return stream(
      c,
      async (s) => {
        await format.run(opts.store.iterateEvents(filter), async (chunk) => {
          await s.write(chunk);
        });
      },
      // headers are gone by now: report, and end the body early
      async (err) => log(err),
    );
  };

  for (const [name, format] of Object.entries(formats)) {
    app.get(`/export.${name}`, (c) => {
      const filter = parseEventFilter(c);
      if (name === 'gdelt') actorKinds(); // fail before streaming if the table cannot be read
      return send(c, format, filter);
    });
  }
}
