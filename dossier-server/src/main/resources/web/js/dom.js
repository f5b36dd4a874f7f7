// Builds DOM nodes. Every piece of data goes in as a text node or an attribute value set with
// setAttribute, never as markup, so article text and names are always shown as text.

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.setAttribute('class', value);
    else if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element: el('a', {href: url, class: 'x'}, 'text', otherNode). */
export function el(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Replaces the children of a node. */
export function show(node, ...children) {
  node.replaceChildren();
  fill(node, {}, children);
  return node;
}

/** A link to a page of this UI with query parameters, encoded. */
export function pageLink(page, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== '') query.set(name, value);
  }
  const text = query.toString();
  return text ? `${page}?${text}` : page;
}

/** Link to an entity's page. */
export function entityHref(id, name) {
  return pageLink('entity.html', { id, name });
}

/** The query parameters of the current page. */
export function params() {
  return new URLSearchParams(window.location.search);
}

/** Shows a message in the page's status line (an aria-live region). */
export function status(message, kind) {
  const line = document.getElementById('status');
  if (!line) return;
  line.textContent = message || '';
  line.className = kind ? `status ${kind}` : 'status';
}
