// The context words of a document, read once: for each token, the kinds of story it signals
// (dictionaries/context), alone and as the second word of a two-word entry. storyKind asks about
// every sentence's neighbourhood, so without this each token was looked up three times or more.
import type { Token } from '../../core/types.ts';
import type { PatternIndex } from '../../dictionaries/pattern-index.ts';

export const HAZARD = 1;
export const CRIME = 2;
export const POLITICAL = 4;

export interface StoryMarks {
  /** the token's kinds read alone: its word as written, else its lemma (which never marks political) */
  readonly alone: Uint8Array;
  /** the same, unless the token and the one before make a two-word entry, whose kinds win */
  readonly paired: Uint8Array;
}

type Context = PatternIndex['context'];

function maskOf(kinds: readonly string[] | undefined, political: boolean): number {
  let m = 0;
  if (kinds) {
    for (const kind of kinds) {
      if (kind === 'hazard') m |= HAZARD;
      else if (kind === 'crime') m |= CRIME;
      else if (political) m |= POLITICAL;
    }
  }
  return m;
}

// first words of the two-word entries, per context map: most tokens open none
const firstWordsOf = new WeakMap<Context, ReadonlySet<string>>();
const memo = new WeakMap<readonly Token[], { readonly context: Context; readonly marks: StoryMarks }>();

export function storyMarks(tokens: readonly Token[], context: Context): StoryMarks {
  const hit = memo.get(tokens);
  if (hit && hit.context === context) return hit.marks;
  let firsts = firstWordsOf.get(context);
  if (!firsts) {
    const set = new Set<string>();
    for (const key of context.keys()) {
      const space = key.indexOf(' ');
      if (space > 0) set.add(key.slice(0, space));
    }
    firstWordsOf.set(context, (firsts = set));
  }
  const alone = new Uint8Array(tokens.length);
  const paired = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const exact = context.get(t.lower);
    alone[k] = exact ? maskOf(exact, true) : t.lemma === t.lower ? 0 : maskOf(context.get(t.lemma), false);
    const pair = k > 0 && firsts.has(tokens[k - 1].lower) ? context.get(`${tokens[k - 1].lower} ${t.lower}`) : undefined;
    paired[k] = pair ? maskOf(pair, true) : alone[k];
  }
  const marks = { alone, paired };
  memo.set(tokens, { context, marks });
  return marks;
}
