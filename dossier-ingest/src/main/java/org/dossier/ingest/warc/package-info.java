/** Reads WARC crawls (CC-NEWS layout included) with jwarc, one article per HTML response. */
package org.dossier.ingest.warc;
