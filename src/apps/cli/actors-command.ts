import { join } from 'node:path';
import { personCodeOn } from '../../dictionaries/actor-index.ts';
import { loadActorBlocks, loadCameoTable } from '../../dictionaries/cameo-table.ts';
import { checkDictionaries } from '../../dictionaries/check-dictionaries.ts';
import { loadDictionaries } from '../../dictionaries/load-dictionaries.ts';
import { ROOT } from '../create-coder.ts';
import type { CliValues } from './main.ts';

const overlays = () => (process.env.DYAD_DICTIONARIES ?? '').split(':').filter(Boolean);

/** `dyad actors check` and `dyad actors find <name> [--date]`. */
export async function actorsCommand(args: string[], v: CliValues): Promise<number> {
  const [sub, ...words] = args;
  const raw = loadDictionaries(join(ROOT, 'dictionaries'), overlays());
  if (sub === 'check') {
    const ref = join(ROOT, 'dictionaries', 'reference');
    const problems = checkDictionaries(raw, loadActorBlocks(ref), new Set(loadCameoTable(ref).keys()));
    for (const p of problems) process.stdout.write(`${p.severity}: ${p.entry}: ${p.text}\n`);
    const errors = problems.filter((p) => p.severity === 'error').length;
    process.stdout.write(`${raw.actors.length} actor entries, ${raw.patterns.length} patterns in ${raw.files.length} files: ${errors} error(s), ${problems.length - errors} warning(s)\n`);
    return errors ? 1 : 0;
  }
  if (sub === 'find' && words.length) {
    const name = words.join(' ').toLowerCase();
    const date = v.date ?? new Date().toISOString().slice(0, 10);
    const hits = raw.actors.filter((e) => [...('names' in e ? e.names : []), ...('nouns' in e ? e.nouns : []), ...('adjectives' in e ? e.adjectives : [])].some((n) => n.toLowerCase() === name));
    if (!hits.length) {
      process.stdout.write(`no entry is named "${words.join(' ')}"\n`);
      return 1;
    }
    for (const e of hits) {
      if (e.type === 'person') {
        const r = personCodeOn(e, date);
        process.stdout.write(`${e.id} (person): on ${date} → ${r.code}${r.title ? ` as ${r.title}` : ' (outside every dated role: fallback)'}\n`);
        for (const role of e.roles) process.stdout.write(`    ${role.code}  ${role.title}  ${role.from} … ${role.to ?? 'now'}\n`);
      } else process.stdout.write(`${e.id} (${e.type}) → ${e.code}\n`);
    }
    return 0;
  }
  process.stderr.write('usage: dyad actors check | dyad actors find <name> [--date YYYY-MM-DD] | dyad actors unknown [--db PATH] [--limit N]\n');
  return 2;
}
