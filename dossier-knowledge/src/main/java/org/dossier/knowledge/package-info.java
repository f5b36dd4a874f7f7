/**
 * Dossier's shipped knowledge of the world and its lookup: {@link
 * org.dossier.knowledge.KnowledgeBase} is the entry point; the records it returns ({@link
 * org.dossier.knowledge.Country}, {@link org.dossier.knowledge.Place}, {@link
 * org.dossier.knowledge.OfficeTerm}, ...) are immutable, and absent values are
 * {@link java.util.Optional#empty()}. The data files and their columns are described in the
 * module's README. {@code org.dossier.knowledge.internal} holds the loaders and indexes; do not
 * depend on it.
 */
package org.dossier.knowledge;
