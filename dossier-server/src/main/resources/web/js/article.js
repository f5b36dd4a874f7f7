// One stored article: where it came from, a snippet and its quotes.
import { getJson } from './api.js';
import { el, show, params, status, entityHref } from './dom.js';

async function load() {
  const id = params().get('id');
  if (!id) {
    status('No article given.', 'error');
    return;
  }
  try {
    const found = await getJson(`/api/articles/${encodeURIComponent(id)}`);
    const article = found.article;
    document.getElementById('article-title').textContent = article.title || article.source;
    document.title = `${article.title || article.source} — Dossier`;
    show(document.getElementById('article-meta'), [article.published, article.url || article.source].filter(Boolean).join(' · '));
    show(document.getElementById('article-snippet'), found.snippet);
    show(document.getElementById('article-quotes'), found.quotes.length ? el('ol', { class: 'quotes' }, found.quotes.map((q) => el('li', {},
      el('blockquote', {}, q.text),
      el('p', { class: 'small' }, q.speakerId ? el('a', { href: entityHref(q.speakerId, q.speakerName) }, q.speakerName || q.speakerId)
        : el('span', { class: 'muted' }, 'unknown speaker'), ` · ${[q.kind, q.cue, q.channel, q.date].filter(Boolean).join(' · ')}`))))
      : el('p', { class: 'muted' }, 'No quotes.'));
  } catch (failure) {
    status(`Could not load: ${failure.message}`, 'error');
  }
}

load();
