package org.dossier.bench.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The baseline: Stanford CoreNLP's own quote annotator with speaker attribution, in its stock
 * configuration ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}). It finds quoted
 * text only; its speaker is the mention it attributes the quote to.
 */
final class CoreNlpQuoteBaseline {

  private final StanfordCoreNLP pipeline;

  CoreNlpQuoteBaseline() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    this.pipeline = new StanfordCoreNLP(props);
  }

  List<PredictedAttribution> attribute(String text, LocalDate published) {
    Annotation doc = new Annotation(text);
    doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    pipeline.annotate(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<PredictedAttribution> out = new ArrayList<>();
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    for (CoreMap q : quotes == null ? List.<CoreMap>of() : quotes) {
      int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      List<int[]> mentions = new ArrayList<>();
      span(tokens, q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
          q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class)).ifPresent(mentions::add);
      span(tokens, q.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
          q.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class))
          .ifPresent(mentions::add);
      Optional<String> speaker = Optional.ofNullable(
          q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class))
          .or(() -> Optional.ofNullable(q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)));
      // The annotator's span includes the quotation marks; the gold's usually does not.
      out.add(new PredictedAttribution(start + 1, Math.max(start + 1, end - 1), true, speaker,
          mentions));
    }
    return out;
  }

  private static Optional<int[]> span(List<CoreLabel> tokens, Integer begin, Integer end) {
    if (begin == null || end == null || begin < 0 || end >= tokens.size()) {
      return Optional.empty();
    }
    return Optional.of(new int[] {tokens.get(begin).beginPosition(), tokens.get(end).endPosition()});
  }
}
