#!/usr/bin/env node
// Runs Mozilla Readability (with jsdom) over the AEB pages, single-threaded, and prints one JSON
// object on stdout: {version, pages: {id: {text, millis}}, warmupPages, seconds}.
// Usage: node extract.js AEB_DIR [WARMUP_PAGES]
// Timing per page covers what a user of Readability pays: building the DOM and parsing.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

function readPages(aebDir) {
  const truth = JSON.parse(fs.readFileSync(path.join(aebDir, 'ground-truth.json'), 'utf8'));
  return Object.keys(truth).sort().map((id) => ({
    id,
    url: truth[id].url,
    html: zlib.gunzipSync(fs.readFileSync(path.join(aebDir, 'html', id + '.html.gz'))).toString('utf8'),
  }));
}

function extract(page) {
  // A silent console: page scripts are not run, but jsdom reports CSS it cannot parse.
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article && article.textContent ? article.textContent : '';
}

function main() {
  const aebDir = process.argv[2];
  const warmup = Number(process.argv[3] || 20);
  if (!aebDir) {
    process.stderr.write('usage: node extract.js AEB_DIR [WARMUP_PAGES]\n');
    process.exit(2);
  }
  const pages = readPages(aebDir);
  for (let i = 0; i < warmup; i++) {
    extract(pages[i % pages.length]);
  }
  const out = {};
  const start = process.hrtime.bigint();
  for (const page of pages) {
    const t0 = process.hrtime.bigint();
    let text = '';
    try {
      text = extract(page);
    } catch (e) {
      process.stderr.write(`${page.id}: ${e.message}\n`);
    }
    out[page.id] = { text, millis: Number(process.hrtime.bigint() - t0) / 1e6 };
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const version = require('@mozilla/readability/package.json').version;
  const jsdomVersion = require('jsdom/package.json').version;
  process.stdout.write(JSON.stringify({ version, jsdomVersion, warmupPages: warmup, seconds, pages: out }));
}

main();
