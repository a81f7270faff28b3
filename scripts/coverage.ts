// `npm run coverage`: for every 3- and 4-digit code of the CAMEO codebook, which forms (active,
// passive, nominal, infinitival) a pattern example demonstrates through the real coder.
//
//   npm run coverage                  the table, then totals per form and the examples with problems
//   npm run coverage -- --missing     only the code/form pairs nobody demonstrates yet
//   npm run coverage -- --json        {codes: {code: [forms]}, totals, problems} on stdout
//
// An example counts for a form when it fires its own pattern with the pattern's code, gives the
// expected source/target, and the trigger is in that form (see scripts/form-coverage.ts). Exits 1
// when an example states a form it does not show, or does not fire.
import { join } from 'node:path';
import { createCoder, ROOT } from '../src/apps/create-coder.ts';
import { loadDictionaries } from '../src/dictionaries/load-dictionaries.ts';
import { codebookCodes, coverageByCode, FORMS, runAllExamples } from './form-coverage.ts';

const args = new Set(process.argv.slice(2));
const coder = createCoder({ overlays: [] });
const patterns = loadDictionaries(join(ROOT, 'dictionaries')).patterns;
const runs = runAllExamples(coder, patterns);
const covered = coverageByCode(runs);
const codes = codebookCodes();
const problems = runs.filter((r) => r.problem);

const totals = Object.fromEntries(FORMS.map((f) => [f, codes.filter((c) => covered.get(c.code)?.has(f)).length]));
if (args.has('--json')) {
  const byCode = Object.fromEntries(codes.map((c) => [c.code, FORMS.filter((f) => covered.get(c.code)?.has(f))]));
  console.log(JSON.stringify({ codes: byCode, totals, of: codes.length, problems: problems.map((r) => ({ id: r.pattern.id, example: r.index, problem: r.problem })) }, null, 1));
} else {
  const mark = (code: string, f: string) => (covered.get(code)?.has(f as never) ? f.slice(0, 3) : ' · ');
  for (const c of codes) {
    const missing = FORMS.filter((f) => !covered.get(c.code)?.has(f));
    if (args.has('--missing')) {
      if (missing.length) console.log(`${c.code}\t${missing.join(',')}\t${c.name}`);
      continue;
    }
    console.log(`${c.code.padEnd(5)} ${FORMS.map((f) => mark(c.code, f)).join(' ')}  ${c.name}`);
  }
  console.log(`\n${codes.length} codes; ${patterns.length} patterns, ${runs.length} examples`);
  for (const f of FORMS) console.log(`${f.padEnd(12)} ${String(totals[f]).padStart(3)} / ${codes.length}`);
  const all = codes.filter((c) => FORMS.every((f) => covered.get(c.code)?.has(f))).length;
  console.log(`${'all four'.padEnd(12)} ${String(all).padStart(3)} / ${codes.length}`);
  if (problems.length) {
    console.log(`\n${problems.length} example(s) that do not demonstrate their pattern:`);
    for (const r of problems) console.log(`  ${r.pattern.id}${r.index ? ` #${r.index}` : ''}: ${r.problem}\n    ${r.text}`);
  }
}
process.exit(problems.some((r) => r.index > 0 || r.declared) ? 1 : 0);
