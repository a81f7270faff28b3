// #/paste: code pasted text on the fly (POST /api/code?explain=true): its events, the text with
// its layers highlighted, and the decision trail. Nothing is saved.
import { articleView, legend } from '../components/article-view.ts';
import { eventTable } from '../components/event-table.ts';
import { explainView } from '../components/explain-view.ts';
import { api } from '../lib/api-client.ts';
import { h } from '../lib/dom.ts';
import { errorBox, type Page, title } from '../lib/page.ts';

export const pastePage: Page = async (view) => {
  const text = h('textarea', { id: 'paste-text', name: 'text', rows: 10, required: true, placeholder: 'Paste the text of a news article…', spellcheck: false });
  const published = h('input', { id: 'paste-published', name: 'published', type: 'date' });
  const out = h('div', { id: 'paste-result' });
  const form = h(
    'form',
    { class: 'paste', id: 'paste-form' },
    text,
    h('label', { for: 'paste-published' }, 'Published ', published, h('span', { class: 'muted' }, ' (anchors “on Thursday”)')),
    h('button', { type: 'submit', id: 'paste-submit' }, 'Code it'),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    out.replaceChildren(h('p', { class: 'muted' }, 'Coding…'));
    const input = { text: text.value, ...(published.value ? { published: published.value } : {}) };
    try {
      const a = await api.code(input, true);
      out.replaceChildren(
        h('h2', {}, `${a.events.length} event(s)`),
        a.events.length ? eventTable(a.events, false) : h('p', { class: 'muted' }, 'No event was coded from this text.'),
        h('h2', {}, 'The text'),
        legend(),
        articleView(a),
        h('h2', {}, 'Decision trail'),
        a.explain ? explainView(a.explain.sentences) : h('p', { class: 'muted' }, 'No trail.'),
      );
    } catch (err) {
      out.replaceChildren(errorBox(err));
    }
  });
  view.replaceChildren(title('Paste an article'), form, out);
};
