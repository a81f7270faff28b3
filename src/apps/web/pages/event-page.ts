// #/event/<id>: one event, its article with the evidence highlighted, its cluster and, on request,
// the decision trail of its sentence (recomputed by the server's pipeline).
import { articleView, legend } from '../components/article-view.ts';
import { explainSentence } from '../components/explain-view.ts';
import { api } from '../lib/api-client.ts';
import { h } from '../lib/dom.ts';
import { errorBox, type Page, title } from '../lib/page.ts';
import { QUAD_LABEL, quadClass } from '../lib/quad-class.ts';
import { href } from '../lib/route.ts';

const row = (label: string, ...value: (string | Node)[]) => h('tr', {}, h('th', {}, label), h('td', {}, ...value));

export const eventPage: Page = async (view, route) => {
  const id = route.id ?? '';
  view.replaceChildren(title('Event'), h('p', { class: 'muted' }, 'Loading…'));
  try {
    const e = await api.event(id);
    const article = await api.article(e.article_id);
    const trail = h('div', { id: 'event-explain' });
    const explainButton = h('button', { type: 'button', id: 'explain-button' }, 'Show the decision trail');
    explainButton.addEventListener('click', async () => {
      explainButton.disabled = true;
      try {
        const detail = await api.event(id, true);
        const s = detail.explain?.sentence;
        trail.replaceChildren(
          detail.explain && !detail.explain.samePipeline ? h('p', { class: 'muted' }, 'Recomputed by the current pipeline, which is not the one that coded this event.') : '',
          s ? explainSentence(s) : h('p', { class: 'muted' }, 'The current pipeline finds no sentence for this event.'),
        );
      } catch (err) {
        trail.replaceChildren(errorBox(err));
      }
    });
    const cluster = e.cluster as { id: string; articles?: unknown[] } | null;
    view.replaceChildren(
      title(`${e.source?.code ?? '?'} → ${e.cameo} → ${e.target?.code ?? '?'}`),
      h(
        'table',
        { class: 'detail', id: 'event-detail' },
        row('Evidence', h('q', { id: 'event-evidence' }, e.evidence.text)),
        row('Event', h('span', { class: 'code' }, e.cameo), ` root ${e.root}, trigger “${e.trigger.text}”, rule ${e.rule}`),
        row('Quad class', h('span', { class: `badge ${quadClass(e.quad_class)}` }, String(e.quad_class)), ` ${QUAD_LABEL[e.quad_class] ?? ''}, Goldstein ${e.goldstein}`),
        row('Source', e.source ? `${e.source.text} (${e.source.code ?? 'no code'})` : '—'),
        row('Target', e.target ? `${e.target.text} (${e.target.code ?? 'no code'})` : '—'),
        row('Modality', `${e.modality}${e.negated ? ', negated' : ''}`),
        row('Claimed by', e.claim ? `${e.claim.by?.text ?? 'unnamed'} (${e.claim.by?.code ?? 'no code'}), “${e.claim.cue}”` : '—'),
        row('Date', `${e.date ?? 'unknown'} (${e.date_type})`),
        row('Where', e.location ? `${e.location.name}, ${e.location.country} (${e.location.precision})` : '—'),
        row('Cluster', cluster ? `${cluster.id}${cluster.articles ? `, ${cluster.articles.length} article(s)` : ''}` : '—'),
        row('Pipeline', e.pipeline),
        row(
          'Article',
          h('a', { href: href('article', undefined, article.id) }, article.title ?? article.id),
          article.outlet ? `, ${article.outlet}` : '',
          article.published ? `, ${article.published}` : '',
          article.url ? h('span', {}, ' · ', h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, 'source')) : '',
        ),
      ),
      explainButton,
      trail,
      h('h2', {}, 'In the article'),
      legend(),
      articleView(article, e.id),
    );
    view.querySelector('.hl-current')?.scrollIntoView({ block: 'center' });
  } catch (err) {
    view.replaceChildren(title('Event'), errorBox(err));
  }
};
