// Search with filters; the form submits to this page, so every search is a link.
import { getJson } from './api.js';
import { el, show, params, status, pageLink } from './dom.js';
import { hitList } from './hits.js';

const FIELDS = ['q', 'speaker', 'actor', 'target', 'event', 'from', 'to'];
const query = params();
for (const name of FIELDS) {
  const field = document.getElementById(name);
  if (field && query.get(name)) field.value = query.get(name);
}

async function load() {
  if (!FIELDS.some((n) => query.get(n))) return;
  status('Searching…', 'busy');
  try {
    const request = Object.fromEntries(FIELDS.map((n) => [n, query.get(n)]));
    const page = await getJson('/api/search', { ...request, offset: query.get('offset') || 0 });
    show(document.getElementById('search-result'),
      page.results.length ? hitList(page, (offset) => pageLink('search.html', { ...request, offset })) : el('p', {}, 'No articles match.'));
    status(`${page.total}${page.exact ? '' : '+'} article${page.total === 1 ? '' : 's'}.`, 'done');
  } catch (failure) {
    status(`Could not search: ${failure.message}`, 'error');
  }
}

load();
