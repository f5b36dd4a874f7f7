/**
 * The records Dossier produces — {@link org.dossier.model.AnalyzedArticle} and its parts — with
 * their JSON form ({@link org.dossier.model.DossierJson}) and the schema of the output contract
 * ({@link org.dossier.model.ContractSchema}). Every record is immutable; absent values are
 * {@link java.util.Optional#empty()}, never {@code null}. Offsets are UTF-16 {@code [start, end)}
 * into {@link org.dossier.model.Article#text()}.
 */
package org.dossier.model;
