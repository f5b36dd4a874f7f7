// Renders an analyzed article (the output contract): the clean text with quotes, entity
// mentions and time expressions marked, and lists of entities, quotes, times and events.
import { el, entityHref } from './dom.js';
import { actorNetwork } from './network-view.js';

function valid(span, length) {
  return Number.isInteger(span.start) && Number.isInteger(span.end)
    && span.start >= 0 && span.start < span.end && span.end <= length;
}

// Keeps the spans that do not overlap an earlier (or, at the same start, a longer) one.
function disjoint(spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let end = -1;
  for (const span of sorted) {
    if (span.start >= end) {
      kept.push(span);
      end = span.end;
    }
  }
  return kept;
}

function quoteTitle(quote) {
  const who = quote.speaker ? quote.speaker.name : 'unknown speaker';
  return [who, quote.kind, quote.cue, quote.channel, quote.date].filter(Boolean).join(' · ');
}

function roleText(entity) {
  return (entity.roles || []).map((r) => (r.countryCode ? `${r.title} (${r.countryCode})` : r.title))
    .join(', ');
}

// "a year and a half ago → P1Y6M → 2024-08": an offset also shows the date it reaches.
function timeValue(time) {
  return time.anchor ? `${time.value} → ${time.anchor}` : time.value;
}

function innerNode(span, text) {
  const words = text.slice(span.start, span.end);
  if (span.type === 'mention') {
    const roles = roleText(span.entity);
    return el('a', {
      class: `mention type-${span.entity.type.toLowerCase()}`,
      href: entityHref(span.entity.id, span.entity.name),
      title: roles ? `${span.entity.name} — ${roles}` : span.entity.name,
      'data-entity-id': span.entity.id,
    }, words);
  }
  return el('span', { class: 'timex', title: `${span.time.type}: ${timeValue(span.time)}`,
    'data-value': span.time.value }, words);
}

// Appends text[from, to) to parent with the inner spans that lie wholly inside it.
function appendRange(parent, text, from, to, inner) {
  let at = from;
  for (const span of inner) {
    if (span.start < from || span.end > to || span.start < at) continue;
    if (span.start > at) parent.append(text.slice(at, span.start));
    parent.append(innerNode(span, text));
    at = span.end;
  }
  if (at < to) parent.append(text.slice(at, to));
}

/** The article text with quotes highlighted and mentions and times marked. */
export function markedText(analyzed) {
  const text = analyzed.article.text || '';
  const quotes = disjoint(analyzed.quotes.filter((q) => valid(q, text.length)));
  const inner = disjoint([
    ...analyzed.entities.flatMap((entity) => (entity.mentions || [])
      .filter((m) => valid(m, text.length)).map((m) => ({ start: m.start, end: m.end, type: 'mention', entity }))),
    ...analyzed.times.filter((t) => valid(t, text.length))
      .map((time) => ({ start: time.start, end: time.end, type: 'time', time })),
  ]);
  const body = el('div', { class: 'article-text', id: 'article-text' });
  let at = 0;
  for (const quote of quotes) {
    appendRange(body, text, at, quote.start, inner);
    const mark = el('mark', {
      class: `quote quote-${quote.kind}`, tabindex: '0', title: quoteTitle(quote),
      'data-speaker': quote.speaker ? quote.speaker.name : null,
    });
    appendRange(mark, text, quote.start, quote.end, inner);
    body.append(mark);
    at = quote.end;
  }
  appendRange(body, text, at, text.length, inner);
  return body;
}

function header(article) {
  const facts = [
    article.published && `Published ${article.published}`,
    article.section,
    article.dateline && article.dateline.text,
    article.byline,
    article.readingTimeMinutes && `${article.readingTimeMinutes} min read`,
  ].filter(Boolean);
  return el('header', { class: 'article-header' },
    el('h2', { id: 'article-title' }, article.title || '(untitled)'),
    el('p', { class: 'meta' }, facts.join(' · ')),
    el('p', { class: 'meta small' }, `Source: ${article.source} · id ${article.id.slice(0, 12)}…`));
}

function entityList(entities) {
  const people = [...entities].sort((a, b) => (b.mentions || []).length - (a.mentions || []).length);
  return el('ul', { class: 'entities', id: 'entities' }, people.map((entity) => el('li', {},
    el('a', { href: entityHref(entity.id, entity.name), 'data-entity-id': entity.id }, entity.name),
    ' ', el('span', { class: `badge type-${entity.type.toLowerCase()}` }, entity.type),
    roleText(entity) ? el('span', { class: 'small' }, ` ${roleText(entity)}`) : null,
    el('span', { class: 'small muted' }, ` ×${(entity.mentions || []).length}`))));
}

function quoteList(quotes) {
  return el('ol', { class: 'quotes', id: 'quotes' }, quotes.map((quote) => el('li', {},
    el('blockquote', {}, quote.text),
    el('p', { class: 'small' },
      quote.speaker
        ? el('a', { href: entityHref(quote.speaker.entityId, quote.speaker.name) }, quote.speaker.name)
        : el('span', { class: 'muted' }, 'unknown speaker'),
      ` · ${[quote.kind, quote.cue, quote.channel, quote.date].filter(Boolean).join(' · ')}`))));
}

function timeList(times) {
  return el('ul', { class: 'times', id: 'times' }, times.map((time) => el('li', {},
    el('span', {}, time.text), ' → ', el('code', {}, timeValue(time)), el('span', { class: 'small muted' }, ` ${time.type}`))));
}

function actorCell(actor) {
  if (!actor) return el('td', { class: 'muted' }, '—');
  return el('td', {}, el('a', { href: entityHref(actor.entityId, actor.name) }, actor.name),
    actor.countryCode ? el('span', { class: 'small muted' }, ` ${actor.countryCode}`) : null);
}

/** The events as a table: PLOVER code, actors, place, date and the sentence. */
export function eventTable(events, id) {
  return el('table', { class: 'events', id: id || 'events' },
    el('thead', {}, el('tr', {}, ['Code', 'Source', 'Target', 'Where', 'Date', 'Evidence']
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, events.map((event) => el('tr', {},
      el('td', {}, el('span', { class: `badge code-${event.code.toLowerCase()}`, title: `CAMEO ${event.cameo}` }, event.code)),
      actorCell(event.source), actorCell(event.target),
      el('td', {}, event.location ? event.location.name : ''),
      el('td', {}, event.date || ''),
      el('td', { class: 'small' }, event.sentence)))));
}

function section(title, count, body) {
  return el('section', { class: 'panel' }, el('h3', {}, `${title} (${count})`),
    count ? body : el('p', { class: 'muted' }, 'None found.'));
}

/** The whole view of one analyzed article. */
export function articleView(analyzed) {
  return el('article', { class: 'analyzed' },
    header(analyzed.article),
    el('div', { class: 'columns' },
      el('div', { class: 'main' }, markedText(analyzed),
        section('Events', analyzed.events.length, eventTable(analyzed.events)),
        section('Actor network', analyzed.events.filter((e) => e.target).length,
          actorNetwork(analyzed.events.map((e) => ({
            from: e.source.name, to: e.target && e.target.name, code: e.code,
            fromHref: entityHref(e.source.entityId, e.source.name),
            toHref: e.target && entityHref(e.target.entityId, e.target.name),
          }))))),
      el('aside', { class: 'side' },
        section('Entities', analyzed.entities.length, entityList(analyzed.entities)),
        section('Quotes', analyzed.quotes.length, quoteList(analyzed.quotes)),
        section('Times', analyzed.times.length, timeList(analyzed.times)))));
}
