// A timeline as an SVG chart (one dot per dated event or quote) and as an ordered list.
import { el, svg, entityHref, pageLink } from './dom.js';

const COOPERATION = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
const CONFLICT = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);

/** cooperation, conflict, request or quote: how an entry is coloured. */
export function tone(entry) {
  if (entry.kind === 'quote') return 'quote';
  if (COOPERATION.has(entry.code)) return 'cooperation';
  if (CONFLICT.has(entry.code)) return 'conflict';
  return 'neutral';
}

function dayNumber(day) {
  return Date.parse(`${day}T00:00:00Z`) / 86400000;
}

function summary(entry) {
  const who = entry.target ? `${entry.actor} → ${entry.target}` : entry.actor;
  return `${entry.date} · ${entry.code} · ${who}`;
}

/** The chart: time across, events on the upper row, quotes on the lower. */
export function timelineChart(entries) {
  const width = 900;
  const height = 110;
  const left = 20;
  const right = width - 20;
  const days = entries.map((e) => dayNumber(e.day));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = last - first;
  // One day only: the dots sit in the middle; several on a day stand side by side.
  const inset = 20;
  const x = (day) => (span === 0 ? (left + right) / 2
    : left + inset + ((dayNumber(day) - first) / span) * (right - left - 2 * inset));
  const used = new Map();
  const place = (entry) => {
    const key = `${entry.kind === 'quote'}:${entry.day}`;
    const n = used.get(key) || 0;
    used.set(key, n + 1);
    const shift = (n % 2 === 0 ? 1 : -1) * Math.ceil(n / 2) * 9;
    return Math.min(right, Math.max(left, x(entry.day) + shift));
  };
  const chart = svg('svg', { class: 'timeline-chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `Timeline from ${entries[0].day} to ${entries[entries.length - 1].day}: ${entries.length} entries` },
  svg('line', { x1: left, x2: right, y1: 80, y2: 80, class: 'axis' }),
  svg('text', { x: left, y: 102, class: 'axis-label' }, entries[0].day),
  svg('text', { x: right, y: 102, class: 'axis-label end' }, entries[entries.length - 1].day),
  svg('text', { x: left, y: 14, class: 'axis-label' }, 'events'),
  svg('text', { x: left, y: 70, class: 'axis-label' }, 'quotes'));
  for (const entry of entries) {
    const y = entry.kind === 'quote' ? 58 : 32;
    chart.append(svg('circle', { cx: place(entry).toFixed(1), cy: y, r: 6, class: `dot ${tone(entry)}` },
      svg('title', {}, summary(entry))));
  }
  return chart;
}

/** The entries in date order with their evidence and article. */
export function timelineList(entries) {
  return el('ol', { class: 'timeline', id: 'timeline' }, entries.map((entry) => el('li', { class: `entry ${tone(entry)}` },
    el('span', { class: 'date' }, entry.date),
    ' ', el('span', { class: `badge ${tone(entry)}` }, entry.kind === 'quote' ? `quote (${entry.code})` : entry.code),
    ' ', el('a', { href: pageLink('timeline.html', { actor: entry.actor }) }, entry.actor),
    entry.target ? [' → ', el('a', { href: pageLink('timeline.html', { actor: entry.target }) }, entry.target)] : null,
    entry.location ? el('span', { class: 'muted' }, ` in ${entry.location}`) : null,
    el('p', { class: 'evidence' }, entry.evidence),
    el('p', { class: 'small muted' }, 'From ',
      el('a', { href: pageLink('article.html', { id: entry.article.id }) }, entry.article.title || entry.article.source)))));
}

/** Chart plus list, or a note when there is nothing. */
export function timelineView(entries) {
  if (!entries.length) return el('p', { class: 'muted' }, 'No dated events or quotes.');
  return el('div', {}, timelineChart(entries), timelineList(entries));
}

export { entityHref };
