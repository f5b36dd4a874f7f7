// One stored article: its text with quotes, mentions and times marked, and what was found in
// it, from the record the store kept.
import { getJson } from './api.js';
import { articleView } from './article-view.js';
import { el, show, params, status } from './dom.js';

async function load() {
  const id = params().get('id');
  if (!id) {
    status('No article given.', 'error');
    return;
  }
  try {
    const found = await getJson(`/api/articles/${encodeURIComponent(id)}`);
    const article = found.article;
    document.title = `${article.title || article.source} — Dossier`;
    if (article.url) {
      // Only a web address becomes a link: a stored URL is the input's word, not ours.
      const web = /^https?:\/\//i.test(article.url);
      show(document.getElementById('article-meta'), 'Original: ', web
        ? el('a', { href: article.url, rel: 'noopener noreferrer' }, article.url) : article.url);
    }
    if (!found.analyzed) {
      status('The store has no record for this article.', 'error');
      return;
    }
    show(document.getElementById('stored-article'), articleView(found.analyzed));
  } catch (failure) {
    status(`Could not load: ${failure.message}`, 'error');
  }
}

load();
