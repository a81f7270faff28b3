// GDELT 2.0 compatible export: tab-separated, the 61 event columns in order, no header by default,
// so that existing GDELT loaders read it.
import type { ActorKinds } from './actor-kinds.ts';
import type { ExportEvent, Source, Write } from './export-types.ts';
import { GDELT_COLUMNS } from './gdelt-columns.ts';
import { gdeltRow, gdeltTimestamp } from './gdelt-row.ts';
import { writeLines } from './write-lines.ts';

export interface GdeltExportOptions {
  /** block kinds from cameo_actor_codes.tsv (loadActorKinds()) */
  actorKinds: ActorKinds;
  /** export time, written as DATEADDED; default now */
  now?: Date;
  /** write the column names as a first line */
  header?: boolean;
}

export function gdeltExport(events: Source<ExportEvent>, write: Write, opts: GdeltExportOptions): Promise<number> {
  const dateAdded = gdeltTimestamp(opts.now ?? new Date());
  const header = opts.header ? GDELT_COLUMNS.join('\t') : undefined;
  return writeLines(events, (e) => gdeltRow(e, opts.actorKinds, dateAdded).join('\t'), write, { header });
}
