/** Reads JSON Lines exports, one article per line. */
package org.dossier.ingest.jsonl;
