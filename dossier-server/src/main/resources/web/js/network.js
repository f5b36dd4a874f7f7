// The network around one actor, from the stored events it did or suffered.
import { getJson } from './api.js';
import { show, params, status, pageLink } from './dom.js';
import { actorNetwork } from './network-view.js';

async function load() {
  const actor = params().get('actor');
  if (!actor) {
    status('Name an actor (a name or an entity id) to see who they deal with.', null);
    return;
  }
  document.getElementById('actor').value = actor;
  status('Loading…', 'busy');
  try {
    const page = await getJson('/api/timeline', { actor, limit: 200 });
    const events = page.results.filter((e) => e.kind === 'event').map((e) => ({
      from: e.actor, to: e.target, code: e.code,
      fromHref: pageLink('network.html', { actor: e.actor }),
      toHref: e.target && pageLink('network.html', { actor: e.target }),
    }));
    show(document.getElementById('network-result'), actorNetwork(events));
    status(`${events.length} events.`, 'done');
  } catch (failure) {
    status(`Could not load: ${failure.message}`, 'error');
  }
}

load();
