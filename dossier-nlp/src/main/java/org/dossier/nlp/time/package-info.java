/**
 * Dossier's own time-expression tagger: {@link org.dossier.nlp.time.TimeTagger} finds the time
 * expressions of English text and normalizes them to TIMEX3 values anchored on a publication
 * date, without a parser. The public types are the tagger, its result
 * {@link org.dossier.nlp.time.TimexAnnotation}, and {@link org.dossier.nlp.time.TenseOracle} /
 * {@link org.dossier.nlp.time.Tense}, which decide whether a bare "Friday" looks back or ahead.
 * Everything else is package-private: rule sets per kind of expression ({@code WrittenDateRules},
 * {@code DeicticRules}, {@code AnaphoricRules}, ...), calendar arithmetic and the lexicon, whose
 * word tables ({@code months.tsv}, {@code units.tsv}, {@code holidays.tsv},
 * {@code tense-words.tsv}, ...) sit beside the classes as resources users may extend.
 */
package org.dossier.nlp.time;
