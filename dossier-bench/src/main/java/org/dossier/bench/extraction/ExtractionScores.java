package org.dossier.bench.extraction;

/**
 * A system's quality over a set of pages: F1 of the mean precision and mean recall (as the
 * article-extraction-benchmark reports it), the means themselves, and exact-match accuracy.
 */
public record ExtractionScores(double f1, double precision, double recall, double accuracy,
    int pages) {
}
