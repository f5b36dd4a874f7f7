// A page of article hits with links to the previous and next pages.
import { el, pageLink } from './dom.js';

/** A list of article hits with prev/next links. */
export function hitList(page, link) {
  const list = el('ol', { class: 'hits', id: 'hits', start: String(page.offset + 1) }, page.results.map((hit) => el('li', {},
    el('a', { href: pageLink('article.html', { id: hit.article.id }) }, hit.article.title || hit.article.source),
    el('span', { class: 'small muted' }, ` ${hit.article.published || ''}`),
    el('p', { class: 'small' }, hit.snippet))));
  const nav = el('nav', { class: 'pager', 'aria-label': 'Pages' });
  if (page.offset > 0) nav.append(el('a', { href: link(Math.max(0, page.offset - page.limit)), rel: 'prev' }, '← Previous'));
  if (page.offset + page.results.length < page.total) {
    nav.append(el('a', { href: link(page.offset + page.limit), rel: 'next' }, 'Next →'));
  }
  return el('div', {}, list, nav);
}
