package org.dossier.bench.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Stanford CoreNLP's SUTime in its stock stand-alone configuration (tokenizer, sentence
 * splitter, part-of-speech tagger, then {@link TimeAnnotator}, as CoreNLP's SUTime demo wires
 * it), the baseline Dossier's own time tagger is measured against. Loading takes seconds.
 * CoreNLP annotators are thread-safe; so is this class.
 */
public final class SuTimeTagger {

  private final AnnotationPipeline pipeline;

  private SuTimeTagger(AnnotationPipeline pipeline) {
    this.pipeline = pipeline;
  }

  public static SuTimeTagger load() {
    Properties props = new Properties();
    AnnotationPipeline pipeline = new AnnotationPipeline();
    pipeline.addAnnotator(new TokenizerAnnotator(false, "en"));
    pipeline.addAnnotator(new WordsToSentencesAnnotator(false));
    pipeline.addAnnotator(new POSTaggerAnnotator(false));
    pipeline.addAnnotator(new TimeAnnotator("sutime", props));
    return new SuTimeTagger(pipeline);
  }

  /** SUTime's time expressions in {@code text}, resolved against {@code documentDate}. */
  public List<TimexSpan> tag(String text, Optional<LocalDate> documentDate) {
    Annotation document = new Annotation(text);
    documentDate.ifPresent(
        d -> document.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipeline.annotate(document);
    List<TimexSpan> spans = new ArrayList<>();
    List<CoreMap> timexes = document.get(TimeAnnotations.TimexAnnotations.class);
    for (CoreMap timex : timexes == null ? List.<CoreMap>of() : timexes) {
      Timex value = timex.get(TimeAnnotations.TimexAnnotation.class);
      spans.add(new TimexSpan(timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          timex.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
          value == null || value.timexType() == null ? "" : value.timexType(),
          value == null || value.value() == null ? "" : value.value()));
    }
    return spans;
  }
}
