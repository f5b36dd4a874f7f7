package org.dossier.extract.quote;

import static java.util.Objects.requireNonNull;

import org.dossier.model.QuoteKind;

/** A statement found in the text, before dates and repeats are settled. */
record QuoteDraft(int start, int end, String text, QuoteKind kind, int sentence,
    Attribution attribution, double confidence) {

  QuoteDraft {
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
    requireNonNull(attribution, "attribution");
  }

  QuoteDraft withAttribution(Attribution value, double newConfidence) {
    return new QuoteDraft(start, end, text, kind, sentence, value, newConfidence);
  }
}
