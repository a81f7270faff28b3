// Checks one coded article against the record contract: the zod schema plus checkOffsets, with the
// CAMEO codebook read straight from dictionaries/reference (not through the coder's own loader).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/apps/create-coder.ts';
import { type CameoLookup, checkOffsets, codedArticleSchema } from '../../src/core/contract-schema.ts';
import type { CodedArticle } from '../../src/core/types.ts';

export function readCameoReference(): CameoLookup {
  const [head, ...rows] = readFileSync(join(ROOT, 'dictionaries', 'reference', 'cameo_event_codes.tsv'), 'utf8').split('\n').filter(Boolean);
  const cols = head.split('\t');
  const at = (name: string) => cols.indexOf(name);
  const table = new Map<string, { root: string; quadClass: number; goldstein: number }>();
  for (const row of rows) {
    const cells = row.split('\t');
    table.set(cells[at('code')], { root: cells[at('root_code')], quadClass: Number(cells[at('quad_class')]), goldstein: Number(cells[at('goldstein')]) });
  }
  return table;
}

const schema = codedArticleSchema(readCameoReference());

/** Every way `article` breaks the contract; [] when it keeps it. */
export function contractProblems(article: CodedArticle): string[] {
  const parsed = schema.safeParse(article);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  return [...problems, ...checkOffsets(article)];
}
