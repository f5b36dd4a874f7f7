/**
 * Event coding: who did what to whom, where and when, in PLOVER types and modes with the
 * nearest CAMEO code. {@link org.dossier.extract.event.EventStage} is the stage; the words it
 * knows are data: {@code event-dictionary.tsv} (verbs, nouns and the frame words around them)
 * and {@code agents.tsv} (group nouns and their sectors), both documented in their headers.
 */
package org.dossier.extract.event;
