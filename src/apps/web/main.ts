// The dashboard's entry: a hash router over the pages, the nav highlight and the store's counts.
import './style.css';
import { api } from './lib/api-client.ts';
import type { Page } from './lib/page.ts';
import { parseRoute } from './lib/route.ts';
import { articlePage } from './pages/article-page.ts';
import { eventPage } from './pages/event-page.ts';
import { eventsPage } from './pages/events-page.ts';
import { mapPage } from './pages/map-page.ts';
import { networkPage } from './pages/network-page.ts';
import { pastePage } from './pages/paste-page.ts';
import { timelinePage } from './pages/timeline-page.ts';

const PAGES: Record<string, Page> = {
  events: eventsPage,
  event: eventPage,
  article: articlePage,
  timeline: timelinePage,
  map: mapPage,
  network: networkPage,
  paste: pastePage,
};

const view = document.getElementById('view') as HTMLElement;
let rendering = 0;

async function render(): Promise<void> {
  const route = parseRoute(location.hash);
  const page = PAGES[route.page] ?? eventsPage;
  const nav = route.page === 'event' || route.page === 'article' ? 'events' : route.page;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#nav a')) a.classList.toggle('active', a.dataset.page === nav);
  const mine = ++rendering;
  view.setAttribute('aria-busy', 'true');
  await page(view, route);
  // a later navigation may have finished first; only the latest marks the view ready
  if (mine === rendering) {
    view.setAttribute('aria-busy', 'false');
    document.body.dataset.page = route.page;
  }
}

window.addEventListener('hashchange', () => void render());
void render();
api
  .stats()
  .then((s) => {
    (document.getElementById('stats') as HTMLElement).textContent = `${s.articles} articles · ${s.events} events`;
  })
  .catch(() => undefined);
