/**
 * Loads and indexes the knowledge data behind {@link org.dossier.knowledge.KnowledgeBase}: TSV
 * reading with file-and-line errors, name normalization, the gazetteer ranking and the GeoNames
 * import. Not part of the API; do not depend on it.
 */
package org.dossier.knowledge.internal;
