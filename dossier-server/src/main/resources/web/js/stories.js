// Storylines: events between the same parties clustered in time.
import { getJson } from './api.js';
import { el, show, params, status } from './dom.js';
import { timelineList } from './timeline-view.js';

async function load() {
  const actor = params().get('actor');
  if (actor) document.getElementById('actor').value = actor;
  try {
    const answer = await getJson('/api/stories', { actor });
    show(document.getElementById('stories-result'), answer.results.length
      ? answer.results.map((story) => el('section', { class: 'panel story' },
        el('h3', {}, story.title),
        el('p', { class: 'small muted' }, `${story.from} – ${story.to} · ${story.articles} articles · ${story.events} events · ${story.codes.join(', ')}`),
        timelineList(story.timeline)))
      : el('p', { class: 'muted' }, 'No stories yet: stories need events from two or more articles.'));
  } catch (failure) {
    status(`Could not load: ${failure.message}`, 'error');
  }
}

load();
