// The timeline page: the dated events and quotes of an actor, optionally towards a target.
import { getJson } from './api.js';
import { show, params, status } from './dom.js';
import { timelineView } from './timeline-view.js';

const query = params();
for (const name of ['actor', 'target', 'event', 'from', 'to']) {
  const field = document.getElementById(name);
  if (field && query.get(name)) field.value = query.get(name);
}

async function load() {
  if (!query.get('actor')) {
    status('Name an actor (a name or an entity id) to see a timeline.', null);
    return;
  }
  status('Loading…', 'busy');
  try {
    const page = await getJson('/api/timeline', Object.fromEntries(['actor', 'target', 'event', 'from', 'to']
      .map((n) => [n, query.get(n)])));
    show(document.getElementById('timeline-result'), timelineView(page.results));
    status(`${page.total}${page.exact ? '' : '+'} ${page.total === 1 ? 'entry' : 'entries'}.`, 'done');
  } catch (failure) {
    status(`Could not load: ${failure.message}`, 'error');
  }
}

load();
