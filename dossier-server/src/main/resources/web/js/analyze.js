// The paste box: posts the document, then shows the analyzed article.
import { postDocument } from './api.js';
import { show, status } from './dom.js';
import { articleView } from './article-view.js';

const form = document.getElementById('analyze-form');
const result = document.getElementById('result');
const button = document.getElementById('analyze-button');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = document.getElementById('document').value;
  if (!text.trim()) {
    status('Paste the text or HTML of an article first.', 'error');
    document.getElementById('document').focus();
    return;
  }
  const save = document.getElementById('save').checked;
  const token = save ? document.getElementById('token').value.trim() : '';
  if (save && !token) {
    status('Saving needs the server token (printed when the server first started).', 'error');
    document.getElementById('token').focus();
    return;
  }
  button.disabled = true;
  status(save ? 'Analyzing and saving…' : 'Analyzing… (the first analysis loads the models)', 'busy');
  try {
    const analyzed = await postDocument({
      text,
      format: document.getElementById('format').value,
      published: document.getElementById('published').value,
      token,
    });
    show(result, articleView(analyzed));
    status(`${analyzed.quotes.length} quotes, ${analyzed.events.length} events, `
      + `${analyzed.entities.length} entities${save ? ' — saved to the store' : ''}.`, 'done');
    document.getElementById('article-title').setAttribute('tabindex', '-1');
    document.getElementById('article-title').focus();
  } catch (failure) {
    status(`Could not analyze: ${failure.message}`, 'error');
  } finally {
    button.disabled = false;
  }
});
