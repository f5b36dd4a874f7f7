/**
 * The embedded store of analyzed articles: {@link org.dossier.store.DossierStore} is the entry
 * point; the records beside it are what it takes and answers. Everything under
 * {@code org.dossier.store.internal} is implementation and may change.
 */
package org.dossier.store;
