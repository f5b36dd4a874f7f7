/**
 * The TempEval-3 task A harness: {@link org.dossier.bench.time.TimeMlDocument} reads the shared
 * TimeML development documents, {@link org.dossier.bench.time.TempEvalScorer} ports the official
 * scorer's definitions, and {@link org.dossier.bench.time.TempEvalBenchmark} runs Dossier's time
 * tagger and CoreNLP's SUTime side by side into {@code bench/results/tempeval3.json}.
 */
package org.dossier.bench.time;
