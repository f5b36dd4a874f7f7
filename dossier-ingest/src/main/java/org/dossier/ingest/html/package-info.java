/**
 * Reads HTML pages into articles: metadata (JSON-LD, OpenGraph, meta tags, microdata, markup)
 * and main text, found by a pipeline of small stages — clean, select, collect, filter — that
 * {@link org.dossier.ingest.html.MainTextExtractor} wires in order.
 */
package org.dossier.ingest.html;
