import type { ActorIndex } from '../../dictionaries/actor-index.ts';
import { pushAll } from '../../core/push-all.ts';
import type { Stage } from '../../core/stage.ts';
import { isLowerCaseText } from '../../core/text-case.ts';
import type { Mention, Token } from '../../core/types.ts';
import { articleFocus } from './article-focus.ts';
import { ethnicResidence } from './ethnic-residence.ts';
import { composeMentions } from './compose-mentions.ts';
import { matchAtoms } from './match-atoms.ts';
import { namedRoles, surnameMentions } from './named-role.ts';
import { resolvePronouns } from './resolve-pronouns.ts';
import { unknownNames } from './unknown-names.ts';

const VAGUE = new Set(['outside', 'foreign', 'external', 'unidentified', 'unknown', 'unnamed', 'international', 'overseas', 'alien']);

/** "outside forces", "foreign partners" — but not "protesters outside army headquarters". */
function vague(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (!prev || !VAGUE.has(prev.lower)) return false;
  return !(prev.lower === 'outside' && /^(NOUN|PROPN)$/.test(tokens[first - 2]?.pos ?? ''));
}

export const actorsStage: Stage<{ actors: ActorIndex }> = {
  name: 'actors.dictionary.v1',
  requires: ['tokens', 'sentences', 'places'],
  assigns: ['mentions', 'focus'],
  run(doc, { actors }) {
    const tokens = doc.layers.tokens!;
    const sentences = doc.layers.sentences!;
    const lower = isLowerCaseText(doc.text);
    const keys = tokens.map((t) => t.lower);
    const found: Mention[] = [];
    for (const s of sentences) {
      const atoms = matchAtoms(tokens, s, actors, lower, keys);
      pushAll(
        found,
        composeMentions(atoms, {
          tokens,
          text: doc.text,
          index: actors,
          date: doc.meta.published,
          sentence: s.index,
          sentenceFirst: s.first,
        }),
      );
    }
    const focus = articleFocus(doc.text, found, doc.layers.places ?? []);
    // A role noun with no country in its own words takes the article's country.
    // Not when the words say the actor is foreign or unknown: "outside forces", "unidentified gunmen".
    // With no country anywhere, the role alone is the code ("COP"), as GDELT writes it.
    let filled = namedRoles(
      found.map((m) => {
        if (m.code !== null || m.kind !== 'agent' || vague(tokens, m.first)) return m;
        return focus ? { ...m, code: focus + codeOfAgent(m, actors), country: focus, contextCountry: true } : { ...m, code: codeOfAgent(m, actors) || null };
      }),
      tokens,
      doc.text,
    );
    filled = ethnicResidence(filled, tokens, doc.layers.places ?? [], focus);
    pushAll(filled, surnameMentions(filled, tokens, doc.text));
    filled.sort((a, b) => a.start - b.start);
    const gender = (m: Mention) => (m.entity ? actors.people.get(m.entity)?.gender : undefined);
    const pronouns = resolvePronouns(tokens, sentences, filled, doc.text, gender);
    // names no entry knows keep their text with code null ("Acme Mining Corp sued the government")
    const unknown = lower ? [] : unknownNames({ tokens, text: doc.text, sentences, known: [...filled, ...pronouns], places: doc.layers.places ?? [] });
    const mentions = [...filled, ...pronouns, ...unknown].sort((a, b) => a.start - b.start);
    return { mentions, focus };
  },
};

function codeOfAgent(m: Mention, actors: ActorIndex): string {
  // the entity of an agent-headed mention is the agent entry; its role block is the code suffix
  return actors.agentCodes.get(m.entity ?? '') ?? '';
}
