import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CameoCode {
  readonly code: string;
  readonly name: string;
  readonly goldstein: number;
  readonly root: string;
  readonly quadClass: number;
  readonly ploverType: string | null;
  readonly ploverMode: string | null;
}

export type CameoTable = ReadonlyMap<string, CameoCode>;

function readTsv(path: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0);
  const cols = head.split('\t');
  return rows.map((r) => {
    const cells = r.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

/** CAMEO event codes with GDELT's Goldstein values and quad classes, and their PLOVER mapping. */
export function loadCameoTable(referenceDir: string): CameoTable {
  const plover = new Map(readTsv(join(referenceDir, 'cameo_to_plover.tsv')).map((r) => [r.cameo_code, r]));
  const table = new Map<string, CameoCode>();
  for (const r of readTsv(join(referenceDir, 'cameo_event_codes.tsv'))) {
    const p = plover.get(r.code);
    table.set(r.code, {
      code: r.code,
      name: r.name,
      goldstein: Number(r.goldstein),
      root: r.root_code,
      quadClass: Number(r.quad_class),
      ploverType: p?.plover_type || null,
      ploverMode: p?.plover_mode || null,
    });
  }
  return table;
}

/** The set of 3-letter actor-code blocks the codebook knows, by kind. */
export function loadActorBlocks(referenceDir: string): Map<string, Set<string>> {
  const blocks = new Map<string, Set<string>>();
  for (const r of readTsv(join(referenceDir, 'cameo_actor_codes.tsv'))) {
    if (!blocks.has(r.code)) blocks.set(r.code, new Set());
    blocks.get(r.code)!.add(r.kind);
  }
  return blocks;
}

/**
 * CAMEO codes a promised or planned act as an expression of intent (03x): "will visit" is 036,
 * "offered to send troops" 0332. `intent_codes.tsv` maps an act's code prefix to its intent code.
 */
export function loadIntentCodes(referenceDir: string): (cameo: string) => string | null {
  const table = readTsv(join(referenceDir, 'intent_codes.tsv')).map((r) => [r.from, r.intent] as const);
  table.sort((a, b) => b[0].length - a[0].length);
  return (cameo) => table.find(([from]) => cameo.startsWith(from))?.[1] ?? null;
}

/** dictionaries/lexicon/irregular-verbs.tsv: past forms and participles → lemma. */
export function loadIrregularVerbs(lexiconDir: string): Map<string, string> {
  return new Map(readTsv(join(lexiconDir, 'irregular-verbs.tsv')).map((r) => [r.form, r.lemma]));
}
