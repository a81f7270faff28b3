// The decision trail, sentence by sentence: each line labelled by its kind (actor, date, place,
// quote, pattern tried/fired, dropped, event), as text.
import type { ExplainSentence } from '../../explain-trail.ts';
import { h } from '../lib/dom.ts';

export function explainSentence(s: ExplainSentence, showTokens = false): HTMLElement {
  const lines = s.lines.filter((l) => showTokens || l.kind !== 'tokens');
  return h(
    'section',
    { class: 'explain-sentence' },
    h('p', { class: 'explain-text' }, h('span', { class: 'muted' }, `[${s.index}] `), s.text),
    h('ul', {}, ...lines.map((l) => h('li', { class: `explain-${l.kind}` }, h('span', { class: 'kind' }, l.kind), ' ', l.text))),
  );
}

export function explainView(sentences: readonly ExplainSentence[]): HTMLElement {
  const box = h('div', { class: 'explain', id: 'explain' });
  const tokens = h('input', { type: 'checkbox', id: 'show-tokens' });
  const list = h('div', {});
  const draw = () => list.replaceChildren(...sentences.map((s) => explainSentence(s, tokens.checked)));
  tokens.addEventListener('change', draw);
  draw();
  box.append(h('label', { class: 'inline' }, tokens, ' show tokens'), list);
  return box;
}
