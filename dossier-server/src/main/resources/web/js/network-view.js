// An actor network: who does what to whom. Actors sit on a circle; an arrow per pair of actors,
// as thick as the number of events, coloured by whether they were mostly cooperation or conflict.
import { el, svg } from './dom.js';
import { tone } from './timeline-view.js';

/** Groups events {from, to, fromHref, toHref, code} into one edge per ordered pair. */
function edgesOf(events) {
  const edges = new Map();
  for (const event of events) {
    if (!event.to || event.from === event.to) continue;
    const key = `${event.from}\u0000${event.to}`;
    const edge = edges.get(key) || { from: event.from, to: event.to, codes: [], cooperation: 0, conflict: 0 };
    edge.codes.push(event.code);
    const kind = tone({ kind: 'event', code: event.code });
    if (kind === 'cooperation') edge.cooperation += 1;
    if (kind === 'conflict') edge.conflict += 1;
    edges.set(key, edge);
  }
  return [...edges.values()];
}

function edgeTone(edge) {
  if (edge.conflict > edge.cooperation) return 'conflict';
  if (edge.cooperation > edge.conflict) return 'cooperation';
  return 'neutral';
}

/** The network as SVG plus a table of the same edges for keyboard and screen-reader users. */
export function actorNetwork(events) {
  const edges = edgesOf(events);
  if (!edges.length) return el('p', { class: 'muted' }, 'No events between two actors.');
  const hrefs = new Map();
  for (const event of events) {
    if (event.fromHref) hrefs.set(event.from, event.fromHref);
    if (event.to && event.toHref) hrefs.set(event.to, event.toHref);
  }
  const names = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  const size = 520;
  const centre = size / 2;
  const radius = size / 2 - 90;
  const at = new Map(names.map((name, i) => {
    const angle = (2 * Math.PI * i) / names.length - Math.PI / 2;
    return [name, { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle) }];
  }));
  const chart = svg('svg', { class: 'network-chart', viewBox: `0 0 ${size} ${size}`, role: 'img',
    'aria-label': `Actor network: ${names.length} actors, ${edges.length} relations` },
  svg('defs', {}, ['cooperation', 'conflict', 'neutral'].map((kind) => svg('marker', {
    id: `arrow-${kind}`, viewBox: '0 0 10 10', refX: '19', refY: '5', markerWidth: '10', markerHeight: '10', markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse',
  }, svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: `arrow ${kind}` })))));
  for (const edge of edges) {
    const a = at.get(edge.from);
    const b = at.get(edge.to);
    // Bend each arrow to its right, so A→B and B→A do not overlap.
    const mx = (a.x + b.x) / 2 + (b.y - a.y) * 0.12;
    const my = (a.y + b.y) / 2 - (b.x - a.x) * 0.12;
    const kind = edgeTone(edge);
    chart.append(svg('path', {
      d: `M ${a.x.toFixed(1)} ${a.y.toFixed(1)} Q ${mx.toFixed(1)} ${my.toFixed(1)} ${b.x.toFixed(1)} ${b.y.toFixed(1)}`,
      class: `edge ${kind}`, 'stroke-width': Math.min(8, 1.5 + edge.codes.length).toFixed(1),
      'marker-end': `url(#arrow-${kind})`,
    }, svg('title', {}, `${edge.from} → ${edge.to}: ${edge.codes.join(', ')}`)));
  }
  for (const name of names) {
    const p = at.get(name);
    const label = svg('text', { x: p.x.toFixed(1), y: (p.y + (p.y < centre ? -14 : 22)).toFixed(1), class: 'node-label' }, name);
    const node = svg('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: 9, class: 'node' });
    chart.append(hrefs.has(name) ? svg('a', { href: hrefs.get(name) }, node, label) : svg('g', {}, node, label));
  }
  const table = el('table', { class: 'events network-table' },
    el('caption', { class: 'small muted' }, 'Relations'),
    el('thead', {}, el('tr', {}, ['Source', 'Target', 'Events'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, edges.map((edge) => el('tr', { class: edgeTone(edge) },
      el('td', {}, edge.from), el('td', {}, edge.to), el('td', {}, edge.codes.join(', '))))));
  return el('div', { class: 'network', id: 'network' }, chart, table);
}
