// An entity: its quotes over time and the events it did or suffered.
import { getJson } from './api.js';
import { el, show, params, status, pageLink } from './dom.js';
import { timelineView } from './timeline-view.js';

const id = params().get('id');
const fallbackName = params().get('name');

function quoteList(quotes) {
  return el('ol', { class: 'quotes', id: 'entity-quotes' }, quotes.map((quote) => el('li', {},
    el('span', { class: 'date' }, quote.day || quote.date || ''),
    el('blockquote', {}, quote.text),
    el('p', { class: 'small muted' }, [quote.kind, quote.cue, quote.channel].filter(Boolean).join(' · '), ' · ',
      el('a', { href: pageLink('article.html', { id: quote.article.id }) }, quote.article.title || quote.article.source)))));
}

async function load() {
  const heading = document.getElementById('entity-name');
  if (!id) {
    status('No entity given.', 'error');
    return;
  }
  heading.textContent = fallbackName || id;
  document.title = `${fallbackName || id} — Dossier`;
  status('Loading…', 'busy');
  try {
    const entity = await getJson(`/api/entities/${encodeURIComponent(id)}`);
    const name = entity.name || fallbackName || id;
    heading.textContent = name;
    document.title = `${name} — Dossier`;
    document.getElementById('entity-id').textContent = id;
    const events = entity.timeline.results.filter((e) => e.kind === 'event');
    show(document.getElementById('entity-timeline'), timelineView(entity.timeline.results));
    show(document.getElementById('entity-quotes-panel'),
      entity.quotes.results.length ? quoteList(entity.quotes.results) : el('p', { class: 'muted' }, 'No quotes stored.'));
    document.getElementById('event-count').textContent = String(events.length);
    document.getElementById('quote-count').textContent = String(entity.quotes.total);
    status('', null);
  } catch (failure) {
    status(failure.status === 404 ? `Nothing stored about ${fallbackName || id} yet: save an article that mentions them.`
      : `Could not load: ${failure.message}`, 'error');
  }
}

load();
