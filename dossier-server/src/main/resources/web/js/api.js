// Calls the Dossier API. Failures become ApiFailure with the server's one-line message.

export class ApiFailure extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function answer(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body && typeof body.error === 'string' ? body.error : response.statusText;
    throw new ApiFailure(message || `HTTP ${response.status}`, response.status);
  }
  return body;
}

/** GET /api/... with query parameters (empty ones left out). */
export async function getJson(path, query) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query || {})) {
    if (value !== null && value !== undefined && value !== '') url.searchParams.set(name, value);
  }
  return answer(await fetch(url, { headers: { Accept: 'application/json' } }));
}

/** POSTs a document for analysis; with a token it is stored too. */
export async function postDocument({ text, format, published, token }) {
  const url = new URL(token ? '/api/articles' : '/api/analyze', window.location.origin);
  if (published) url.searchParams.set('published', published);
  const types = { html: 'text/html; charset=utf-8', text: 'text/plain; charset=utf-8' };
  const headers = {
    Accept: 'application/json',
    'Content-Type': types[format] || 'application/octet-stream',
  };
  if (token) headers.Authorization = `Bearer ${token}`;
  return answer(await fetch(url, { method: 'POST', headers, body: text }));
}
