// All stored articles, newest first, a page at a time.
import { getJson } from './api.js';
import { el, show, params, status, pageLink } from './dom.js';
import { hitList } from './hits.js';

async function load() {
  const offset = params().get('offset') || 0;
  try {
    const [page, stats] = await Promise.all([getJson('/api/articles', { offset }), getJson('/api/stats')]);
    show(document.getElementById('stats'), Object.entries(stats).map(([table, rows]) => el('span', { class: 'stat' },
      el('strong', {}, String(rows)), ` ${table}`)));
    show(document.getElementById('articles-result'),
      page.results.length ? hitList(page, (o) => pageLink('articles.html', { offset: o }))
        : el('p', {}, 'The store is empty: analyze an article with “Save to the store” ticked, or run dossier ingest.'));
  } catch (failure) {
    status(`Could not load: ${failure.message}`, 'error');
  }
}

load();
