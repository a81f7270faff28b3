// Tokenizes TEXT in a fresh Node process, after tokenizing EARLIER (unless it is empty), and prints
// the tokens, sentences and how many documents wink read again on a fresh instance.
// Usage: tsx test/fuzz/nlp-in-child.ts EARLIER TEXT
import { createWinkNlp, winkConflicts } from '../../src/adapters/nlp/wink.ts';

const [earlier, text] = process.argv.slice(2);
const nlp = createWinkNlp();
if (earlier) nlp.analyse(earlier);
const out = nlp.analyse(text);
console.log(JSON.stringify({ tokens: out.tokens.map((t) => [t.start, t.end, t.pos, t.lemma]), sentences: out.sentences.map((s) => [s.start, s.end]), conflicts: winkConflicts() }));
