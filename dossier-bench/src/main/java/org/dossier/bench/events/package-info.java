/**
 * The PLOVER event-coding harness: {@link org.dossier.bench.events.PloverCorpus} reads the shared
 * gold-standard development sentences, {@link org.dossier.bench.events.PloverScorer} judges
 * Dossier's best event per sentence (type, source and target country) and the countries among
 * its entities, and {@link org.dossier.bench.events.PloverBenchmark} writes the figures to
 * {@code bench/results/plover.json}.
 */
package org.dossier.bench.events;
