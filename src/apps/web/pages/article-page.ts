// #/article/<id>: an article with all its layers highlighted and its events listed.
import { articleView, legend } from '../components/article-view.ts';
import { eventTable } from '../components/event-table.ts';
import { api } from '../lib/api-client.ts';
import { h } from '../lib/dom.ts';
import { errorBox, type Page, title } from '../lib/page.ts';

export const articlePage: Page = async (view, route) => {
  view.replaceChildren(title('Article'), h('p', { class: 'muted' }, 'Loading…'));
  try {
    const a = await api.article(route.id ?? '');
    view.replaceChildren(
      title(a.title ?? a.id),
      h('p', { class: 'muted' }, [a.outlet, a.published, `${a.events.length} event(s)`, `${a.mentions.length} actor mention(s)`, `${a.attributions.length} quote(s)/statement(s)`].filter(Boolean).join(' · ')),
      legend(),
      articleView(a),
      h('h2', {}, 'Events'),
      eventTable(a.events.map((e) => ({ ...e }))),
      a.messages.length ? h('details', {}, h('summary', {}, `${a.messages.length} message(s) from the pipeline`), h('ul', {}, ...a.messages.map((m) => h('li', {}, `${m.severity} ${m.code}: ${m.text}`)))) : '',
    );
  } catch (err) {
    view.replaceChildren(title('Article'), errorBox(err));
  }
};
