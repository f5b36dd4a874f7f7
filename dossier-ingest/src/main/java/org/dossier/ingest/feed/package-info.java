/** Reads RSS 2.0, RSS 1.0 and Atom feeds, one article per item, with DTDs never loaded. */
package org.dossier.ingest.feed;
