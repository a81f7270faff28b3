// Lints the event pattern files dictionaries/verbs/*.jsonl.
//
//   npx tsx scripts/check-patterns.ts            errors fail, example warnings are listed
//   npx tsx scripts/check-patterns.ts --strict   example warnings fail too
//   npx tsx scripts/check-patterns.ts --quiet    counts only
//   npx tsx scripts/check-patterns.ts --coder    also run every example through the real pipeline
//                                                (src/apps/create-coder.ts) and check rule, source, target
//
// Errors: a line that is not JSON or not a PatternEntry, duplicate ids, a CAMEO code missing from the
// codebook, a code outside its file's root, two patterns with the same trigger (verbs, objects, nouns),
// phrases that are not lower case, 13x patterns without modality "threatened", bad expect codes.
// Warnings (example check): every pattern's example is run through the wink adapter and a small
// re-implementation of the matching rules (lemma or lower-case form, objects within 8 tokens after the
// trigger, not_objects veto, patterns with objects win over bare ones at the same token, longer verb
// phrases win). The example should fire its own pattern, with no other code winning at that token.
// Also warned: object phrases of one pattern that contain another pattern's object phrase for the same
// verb (which one wins then depends on the matcher's precedence), and objects on noun-only patterns.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWinkNlp } from '../src/adapters/nlp/wink.ts';
import type { Token } from '../src/core/types.ts';
import { PatternEntry } from '../src/dictionaries/schema.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const VERBS_DIR = join(ROOT, 'dictionaries/verbs');
const CODEBOOK = join(ROOT, 'dictionaries/reference/cameo_event_codes.tsv');
const ACTOR_CODES = join(ROOT, 'dictionaries/reference/cameo_actor_codes.tsv');
const OBJECT_WINDOW = 8; // tokens after the trigger searched for objects (the matcher uses ~8)

const args = new Set(process.argv.slice(2));
const strict = args.has('--strict');
const quiet = args.has('--quiet');
const withCoder = args.has('--coder');

const errors: string[] = [];
const warnings: string[] = [];

// ---------- reference tables ----------
interface Code {
  code: string;
  name: string;
  level: number;
  parent: string;
  root: string;
}
function readTsv(path: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const cols = head.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i], v])));
}
const codebook = new Map<string, Code>(
  readTsv(CODEBOOK).map((r) => [
    r.code,
    { code: r.code, name: r.name, level: Number(r.level), parent: r.parent_code, root: r.root_code },
  ]),
);
const actorBlocks = new Set(readTsv(ACTOR_CODES).map((r) => r.code));
const threeDigit = [...codebook.values()].filter((c) => c.level === 2).map((c) => c.code);
const rootNames = new Map([...codebook.values()].filter((c) => c.level === 1).map((c) => [c.code, c.name]));

// ---------- load ----------
interface Loaded {
  file: string;
  line: number;
  entry: PatternEntry;
}
const files = readdirSync(VERBS_DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
const loaded: Loaded[] = [];
for (const file of files) {
  const m = /^(\d{2})-[a-z-]+\.jsonl$/.exec(file);
  if (!m) errors.push(`${file}: file name must be NN-name.jsonl with NN a CAMEO root`);
  const root = m?.[1];
  if (root && !rootNames.has(root)) errors.push(`${file}: ${root} is not a CAMEO root`);
  const lines = readFileSync(join(VERBS_DIR, file), 'utf8').split('\n');
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      errors.push(`${where}: not JSON (${(e as Error).message})`);
      return;
    }
    const parsed = PatternEntry.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((x) => `${x.path.join('.') || '(entry)'}: ${x.message}`);
      errors.push(`${where}: ${issues.join('; ')}`);
      return;
    }
    const entry = parsed.data;
    loaded.push({ file, line: i + 1, entry });
    const code = codebook.get(entry.cameo);
    if (!code) errors.push(`${where} ${entry.id}: cameo ${entry.cameo} is not in the codebook`);
    else if (root && code.root !== root) errors.push(`${where} ${entry.id}: cameo ${entry.cameo} belongs to root ${code.root}, not ${root}`);
    if (entry.cameo.startsWith('13') && entry.modality !== 'threatened')
      errors.push(`${where} ${entry.id}: 13x patterns need modality "threatened"`);
    for (const key of ['verbs', 'nouns', 'objects', 'not_objects'] as const) {
      for (const ph of entry[key] ?? []) {
        if (ph !== ph.toLowerCase() || ph !== ph.trim() || /\s{2,}/.test(ph))
          errors.push(`${where} ${entry.id}: ${key} phrase "${ph}" must be lower case, trimmed, single-spaced`);
      }
      const seen = new Set<string>();
      for (const ph of entry[key] ?? []) {
        if (seen.has(ph)) warnings.push(`${where} ${entry.id}: ${key} lists "${ph}" twice`);
        seen.add(ph);
      }
    }
    for (const side of ['source', 'target'] as const) {
      const c = entry.expect?.[side];
      if (c == null) continue;
      if (!/^([A-Z]{3})+$/.test(c)) errors.push(`${where} ${entry.id}: expect.${side} "${c}" is not a CAMEO actor code prefix`);
      else if (!actorBlocks.has(c.slice(0, 3))) warnings.push(`${where} ${entry.id}: expect.${side} block ${c.slice(0, 3)} is not in cameo_actor_codes.tsv`);
    }
    if (!entry.expect) warnings.push(`${where} ${entry.id}: no expect`);
  });
}

// ---------- cross-file checks ----------
const byId = new Map<string, Loaded>();
for (const l of loaded) {
  const prev = byId.get(l.entry.id);
  if (prev) errors.push(`${l.file}:${l.line}: id ${l.entry.id} already used at ${prev.file}:${prev.line}`);
  else byId.set(l.entry.id, l);
}
const norm = (xs: string[] | undefined) => JSON.stringify([...(xs ?? [])].sort());
const byTrigger = new Map<string, Loaded>();
for (const l of loaded) {
  const key = `${norm(l.entry.verbs)}|${norm(l.entry.objects)}|${norm(l.entry.nouns)}`;
  const prev = byTrigger.get(key);
  if (prev) errors.push(`${l.file}:${l.line} ${l.entry.id}: same trigger (verbs, objects, nouns) as ${prev.entry.id}`);
  else byTrigger.set(key, l);
}

// ---------- overlapping objects ----------
// Two object patterns for the same verb where an object phrase of one contains an object phrase of the
// other ("aid" ⊂ "humanitarian aid"): unless not_objects keep them apart, which code a sentence gets
// depends on the matcher's precedence.
const contains = (big: string, small: string) => ` ${big} `.includes(` ${small} `);
// Verb phrases compete at the same token when one is a word-prefix of the other ("call" / "call for").
const competes = (a: string, b: string) => a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
{
  const withObjects = loaded.map((l) => l.entry).filter((e) => e.objects?.length && e.verbs?.length);
  for (const { entry } of loaded) {
    if (entry.nouns?.length && !entry.verbs?.length && (entry.objects?.length || entry.not_objects?.length))
      warnings.push(`${entry.id}: objects/not_objects on a noun-only pattern (the matcher applies them to verbs only)`);
  }
  for (const a of withObjects) {
    for (const b of withObjects) {
      if (a === b || a.cameo === b.cameo) continue;
      const va = a.verbs ?? [];
      // "call" + not_object "off" does not compete with "call off"
      const nextWord = (long: string, short: string) => long.slice(short.length + 1).split(' ')[0];
      const vetoedByRest = (x: string, vb: string) =>
        (vb.startsWith(`${x} `) && (a.not_objects ?? []).includes(nextWord(vb, x))) ||
        (x.startsWith(`${vb} `) && (b.not_objects ?? []).includes(nextWord(x, vb)));
      const shared = (b.verbs ?? []).find((vb) => va.some((x) => competes(x, vb) && !vetoedByRest(x, vb)));
      if (!shared) continue;
      for (const bo of b.objects ?? []) {
        const same = (a.objects ?? []).includes(bo);
        const ao = same ? bo : (a.objects ?? []).find((x) => contains(bo, x));
        if (!ao) continue;
        if ((a.not_objects ?? []).some((n) => contains(bo, n))) continue;
        if (same && a.id > b.id) break; // report a shared object once per pair
        warnings.push(
          same
            ? `"${shared}": ${a.id} (${a.cameo}) and ${b.id} (${b.cameo}) share the object "${bo}"`
            : `"${shared}": ${a.id} (${a.cameo}) object "${ao}" also matches ${b.id} (${b.cameo}) object "${bo}"; add a not_object`,
        );
        break;
      }
    }
  }
}

// ---------- example check ----------
// Phrase words match a token's lemma or its lower-case text. wink splits some hyphenated words
// ("cease-fire" → cease - fire) and keeps others ("cyber-attack"), so a hyphenated word may match
// either one token or its parts with "-" tokens between. wink also mis-lemmatises many regular forms
// ("harassed" → harassed/NOUN, "waging" → wag, "raped" → rap): a match that needs the regular-inflection
// fallback below is reported, because the matcher has to do the same to fire on such sentences.
function inflects(form: string, lemma: string): boolean {
  if (form === lemma) return true;
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const last = lemma[lemma.length - 1];
  const forms = [`${lemma}s`, `${lemma}es`, `${lemma}d`, `${lemma}ed`, `${stem}ing`, `${stem}ed`, `${lemma}${last}ed`, `${lemma}${last}ing`];
  if (lemma.endsWith('y')) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  return forms.includes(form);
}
type How = 'exact' | 'inflected';
interface WordMatch {
  end: number;
  how: How;
}
function tokenIs(t: Token | undefined, word: string, allowInflection: boolean): How | undefined {
  if (!t) return undefined;
  if (t.lemma === word || t.lower === word) return 'exact';
  if (allowInflection && inflects(t.lower, word)) return 'inflected';
  return undefined;
}
function wordAt(tokens: Token[], i: number, word: string, inflect: boolean): WordMatch | undefined {
  const how = tokenIs(tokens[i], word, inflect);
  if (how) return { end: i + 1, how };
  if (!word.includes('-')) return undefined;
  const parts = word.split('-');
  let k = i;
  let worst: How = 'exact';
  for (let p = 0; p < parts.length; p++) {
    const h = tokenIs(tokens[k], parts[p], inflect);
    if (!h) return undefined;
    if (h === 'inflected') worst = h;
    k++;
    if (p < parts.length - 1) {
      if (tokens[k]?.text !== '-') return undefined;
      k++;
    }
  }
  return { end: k, how: worst };
}
/** match of `phrase` starting at token i (only its first word may use the inflection fallback) */
function phraseAt(tokens: Token[], i: number, phrase: string, inflect = false): WordMatch | undefined {
  let k = i;
  let how: How = 'exact';
  const words = phrase.split(' ');
  for (let w = 0; w < words.length; w++) {
    const m = wordAt(tokens, k, words[w], inflect && w === 0);
    if (!m) return undefined;
    if (m.how === 'inflected') how = 'inflected';
    k = m.end;
  }
  return { end: k, how };
}
const CLAUSE_STOP = new Set(['.', ';', ':', '!', '?']);
function findIn(tokens: Token[], from: number, phrases: string[]): string | undefined {
  for (let i = from; i < Math.min(tokens.length, from + OBJECT_WINDOW); i++) {
    if (CLAUSE_STOP.has(tokens[i].text)) break;
    for (const ph of phrases) if (phraseAt(tokens, i, ph, true)) return ph;
  }
  return undefined;
}
interface Hit {
  entry: PatternEntry;
  at: number;
  kind: 'verb' | 'noun';
  phrase: string;
  how: How;
  object?: string;
  pos: string;
}
const VERB_POS = new Set(['VERB', 'AUX']);
/**
 * Pattern hits in a sentence. `verbPos`: verbal triggers need a VERB/AUX token (what a POS-aware matcher
 * does); `inflect`: allow the regular-inflection fallback on the trigger word.
 */
function hitsIn(tokens: Token[], patterns: PatternEntry[], verbPos: boolean, inflect: boolean): Hit[] {
  const hits: Hit[] = [];
  for (const entry of patterns) {
    const triggers: ['verb' | 'noun', string][] = [
      ...(entry.verbs ?? []).map((v): ['verb', string] => ['verb', v]),
      ...(entry.nouns ?? []).map((n): ['noun', string] => ['noun', n]),
    ];
    for (let i = 0; i < tokens.length; i++) {
      let best: Hit | undefined;
      for (const [kind, phrase] of triggers) {
        if (kind === 'verb' && verbPos && !VERB_POS.has(tokens[i].pos)) continue;
        const m = phraseAt(tokens, i, phrase, inflect);
        if (!m) continue;
        if (entry.not_objects && findIn(tokens, m.end, entry.not_objects)) continue;
        let object: string | undefined;
        if (entry.objects?.length) {
          object = findIn(tokens, m.end, entry.objects);
          if (!object) continue;
        }
        const better =
          !best ||
          (best.how === 'inflected' && m.how === 'exact') ||
          (best.how === m.how && phrase.split(' ').length > best.phrase.split(' ').length);
        if (better) best = { entry, at: i, kind, phrase, how: m.how, object, pos: tokens[i].pos };
      }
      if (best) hits.push(best);
    }
  }
  return hits;
}
/** the matcher's precedence at one token: objects beat bare, then the longer trigger phrase */
function winners(hits: Hit[]): Hit[] {
  const rank = (h: Hit) => (h.object ? 100 : 0) + h.phrase.split(' ').length;
  const top = Math.max(...hits.map(rank));
  return hits.filter((h) => rank(h) === top);
}
const show = (hs: Hit[]) => hs.map((x) => `${x.entry.id} (${x.entry.cameo})`).join(', ');

let examplesOk = 0;
let needInflection = 0;
if (loaded.length && errors.length === 0) {
  const nlp = createWinkNlp();
  const verbal = loaded.map((l) => l.entry).filter((e) => e.verbs?.length);
  for (const { file, line, entry } of loaded) {
    const where = `${file}:${line} ${entry.id}`;
    const { tokens } = nlp.analyse(entry.example);
    // Prefer a POS-clean exact match; fall back step by step and say why.
    let own = hitsIn(tokens, [entry], true, false);
    let note = '';
    if (own.length === 0) {
      own = hitsIn(tokens, [entry], false, false);
      if (own.length) note = `trigger "${tokens[own[0].at].text}" is tagged ${own[0].pos} by wink, not VERB`;
    }
    if (own.length === 0) {
      own = hitsIn(tokens, [entry], false, true);
      if (own.length) {
        const t = tokens[own[0].at];
        note = `fires only through the regular-inflection fallback ("${t.text}" is ${t.lemma}/${t.pos} in wink)`;
        needInflection++;
      }
    }
    if (own.length === 0) {
      warnings.push(`${where}: example does not fire its own pattern ("${entry.example}")`);
      continue;
    }
    if (note) warnings.push(`${where}: ${note}`);
    let ok = note === '';
    if (own.some((h) => h.kind === 'verb')) {
      const strictPos = VERB_POS.has(own[0].pos);
      const others = hitsIn(tokens, verbal, strictPos, !strictPos || own[0].how === 'inflected');
      const fired = own.find((h) => winners(others.filter((o) => o.at === h.at)).some((x) => x.entry.id === entry.id));
      if (!fired) {
        const at = own[0].at;
        warnings.push(`${where}: example is claimed by ${show(winners(others.filter((o) => o.at === at)))} at "${tokens[at].text}"`);
        ok = false;
      } else {
        const w = winners(others.filter((o) => o.at === fired.at));
        if (new Set(w.map((x) => x.entry.cameo)).size > 1) {
          warnings.push(`${where}: ambiguous at "${tokens[fired.at].text}": ${show(w)}`);
          ok = false;
        }
      }
    } else {
      const claim = hitsIn(tokens, verbal, true, false);
      if (claim.length) {
        warnings.push(`${where}: nominal example also fires verbal ${show(claim)} (the noun pattern would not be used)`);
        ok = false;
      }
    }
    if (ok) examplesOk++;
  }
}

// ---------- optional: the real pipeline ----------
let coderLine = '';
if (withCoder && errors.length === 0) {
  // Imported lazily: the pipeline is developed in parallel and may not load at every commit.
  const { createCoder } = await import('../src/apps/create-coder.ts');
  const coder = createCoder();
  let own = 0;
  let roles = 0;
  for (const { file, line, entry } of loaded) {
    const out = coder.code({ id: entry.id, text: entry.example, published: '2024-01-10' });
    const mine = out.events.find((e) => e.rule === entry.id);
    if (!mine) {
      const got = out.events.map((e) => `${e.rule} (${e.cameo})`).join(', ') || 'nothing';
      warnings.push(`${file}:${line} ${entry.id}: pipeline does not fire this rule on its example (got ${got})`);
      continue;
    }
    own++;
    const want = entry.expect ?? {};
    const fits = (want: string | null | undefined, got: string | null | undefined) => want == null || (got ?? '').startsWith(want);
    if (fits(want.source, mine.source?.code) && fits(want.target, mine.target?.code)) roles++;
    else
      warnings.push(
        `${file}:${line} ${entry.id}: pipeline codes ${mine.source?.code ?? '-'} → ${mine.target?.code ?? '-'}, example expects ${want.source ?? '-'} → ${want.target ?? '-'}`,
      );
  }
  coderLine = `pipeline: own rule fires on ${own}/${loaded.length} examples, expected actors on ${roles}`;
}

// ---------- report ----------
const perRoot = new Map<string, number>();
const covered3 = new Set<string>();
const covered4 = new Set<string>();
for (const { entry } of loaded) {
  const c = codebook.get(entry.cameo);
  if (!c) continue;
  perRoot.set(c.root, (perRoot.get(c.root) ?? 0) + 1);
  if (c.level === 2) covered3.add(c.code);
  if (c.level === 3) {
    covered4.add(c.code);
    covered3.add(c.parent);
  }
}
const fourDigit = [...codebook.values()].filter((c) => c.level === 3).length;
if (!quiet) {
  console.log('patterns per root:');
  for (const [root, name] of rootNames) {
    const n = perRoot.get(root) ?? 0;
    const c3 = threeDigit.filter((c) => c.startsWith(root));
    const got = c3.filter((c) => covered3.has(c)).length;
    console.log(`  ${root} ${name.padEnd(40)} ${String(n).padStart(4)}   3-digit ${got}/${c3.length}`);
  }
}
const missing3 = threeDigit.filter((c) => !covered3.has(c));
console.log(`${loaded.length} patterns in ${files.length} files`);
console.log(`distinct 3-digit codes covered: ${covered3.size}/${threeDigit.length} (a 4-digit code counts for its parent)`);
console.log(`distinct 4-digit codes used: ${covered4.size}/${fourDigit}`);
if (missing3.length) console.log(`3-digit codes without a pattern: ${missing3.join(' ')}`);
console.log(`examples that fire their own pattern cleanly: ${examplesOk}/${loaded.length}` +
  (needInflection ? ` (${needInflection} more need the regular-inflection fallback)` : ''));
if (coderLine) console.log(coderLine);
if (warnings.length && !quiet) {
  console.log(`\n${warnings.length} warning(s):`);
  for (const w of warnings) console.log(`  ${w}`);
}
if (errors.length) {
  console.error(`\n${errors.length} error(s):`);
  for (const e of errors) console.error(`  ${e}`);
}
const failed = errors.length > 0 || (strict && warnings.length > 0);
console.log(failed ? '\nFAIL' : '\nOK');
process.exit(failed ? 1 : 0);
