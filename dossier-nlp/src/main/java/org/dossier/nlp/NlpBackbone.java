package org.dossier.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The NLP backbone: Stanford CoreNLP's tokenizer, sentence splitter, part-of-speech model
 * (decoded by {@link BeamPartOfSpeechTagger}), lemmatizer, NER (optionally with SUTime, anchored
 * on the publication date) and dependency model (scored by {@link NeuralDependencyParser}), run
 * once per article and returned as a library-independent {@link ParsedText}. Loading takes
 * seconds: build one per process and share it. Thread-safe.
 *
 * <pre>{@code
 * NlpBackbone nlp = NlpBackbone.load(NlpOptions.defaults());
 * ParsedText parsed = nlp.parse(article.text(), article.published());
 * }</pre>
 */
public final class NlpBackbone {

  private static final String FOUR_CLASS_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private final StanfordCoreNLP front;
  private final Optional<BeamPartOfSpeechTagger> tagger;
  private final StanfordCoreNLP back;
  private final Optional<NeuralDependencyParser> parser;
  private final NlpOptions options;

  private NlpBackbone(StanfordCoreNLP front, Optional<BeamPartOfSpeechTagger> tagger,
      StanfordCoreNLP back, Optional<NeuralDependencyParser> parser, NlpOptions options) {
    this.front = front;
    this.tagger = tagger;
    this.back = back;
    this.parser = parser;
    this.options = options;
  }

  /** Loads the models; takes seconds. */
  public static NlpBackbone load(NlpOptions options) {
    Properties props = new Properties();
    props.setProperty("tokenize.language", "en");
    // A blank line ends a sentence: headlines and paragraphs never run into each other.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.applyFineGrained", Boolean.toString(options.fineGrainedEntities()));
    props.setProperty("ner.useSUTime", Boolean.toString(options.sutime()));
    props.setProperty("ner.applyNumericClassifiers", Boolean.toString(options.sutime()));
    props.setProperty("ner.buildEntityMentions", "true");
    if (!options.fineGrainedEntities()) {
      props.setProperty("ner.model", FOUR_CLASS_MODEL);
    }
    // The tagger and the parser run between two CoreNLP pipelines, with Dossier's own decoding:
    // CoreNLP's exact tag search and its depparse annotator (which also derives four enhanced
    // graphs per sentence that Dossier never reads) took most of the time per article.
    boolean beam = options.taggerBeam() > 0;
    Optional<BeamPartOfSpeechTagger> tagger = beam
        ? Optional.of(BeamPartOfSpeechTagger.of(
            new MaxentTagger(MaxentTagger.DEFAULT_JAR_PATH), options.taggerBeam()))
        : Optional.empty();
    Optional<NeuralDependencyParser> parser = options.dependencies()
        ? Optional.of(NeuralDependencyParser.of(
            DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL)))
        : Optional.empty();
    StanfordCoreNLP front = new StanfordCoreNLP(
        with(props, "annotators", beam ? "tokenize,ssplit" : "tokenize,ssplit,pos"));
    // Its requirements are met by the front pipeline and the tagger, which CoreNLP cannot see.
    StanfordCoreNLP back = new StanfordCoreNLP(with(props, "annotators", "lemma,ner"), false);
    return new NlpBackbone(front, tagger, back, parser, options);
  }

  private static Properties with(Properties props, String key, String value) {
    Properties copy = new Properties();
    copy.putAll(props);
    copy.setProperty(key, value);
    return copy;
  }

  public NlpOptions options() {
    return options;
  }

  /** Analyzes {@code text}; relative dates are resolved against {@code documentDate}. */
  public ParsedText parse(String text, Optional<LocalDate> documentDate) {
    Annotation document = new Annotation(text);
    documentDate.ifPresent(d -> document.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    front.annotate(document);
    tagger.ifPresent(t -> document.get(CoreAnnotations.SentencesAnnotation.class)
        .forEach(sentence -> t.tag(sentence.get(CoreAnnotations.TokensAnnotation.class))));
    back.annotate(document);
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      addSentence(sentence, sentences, tokens);
    }
    List<NamedEntityMention> entities = new ArrayList<>();
    List<TimexMention> timexes = new ArrayList<>();
    List<CoreMap> mentions = document.get(CoreAnnotations.MentionsAnnotation.class);
    for (CoreMap mention : mentions == null ? List.<CoreMap>of() : mentions) {
      addMention(text, mention, entities, timexes);
    }
    return new ParsedText(text, sentences, tokens, entities, timexes);
  }

  private void addSentence(CoreMap sentence, List<Sentence> sentences, List<Token> tokens) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int first = tokens.size();
    int index = sentences.size();
    int[] heads = new int[labels.size()];
    String[] relations = new String[labels.size()];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "root");
    if (parser.isPresent()) {
      NeuralDependencyParser.Parse parse = parser.get().parse(sentence);
      for (int i = 0; i < labels.size(); i++) {
        // The root hangs from a virtual word 0: it keeps head -1 and relation "root".
        if (parse.heads()[i] >= 0) {
          heads[i] = first + parse.heads()[i];
          relations[i] = parse.relations()[i];
        }
      }
    }
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      tokens.add(new Token(first + i, index, label.beginPosition(), label.endPosition(),
          label.originalText(), orDefault(label.tag(), "XX"), orDefault(label.lemma(), label.word()),
          orDefault(label.ner(), "O"), heads[i], relations[i]));
    }
    sentences.add(new Sentence(index,
        sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), first, tokens.size()));
  }

  private static void addMention(String text, CoreMap mention, List<NamedEntityMention> entities,
      List<TimexMention> timexes) {
    int start = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
    String surface = text.substring(start, end);
    if (Token.isTimeType(type)) {
      Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
      Optional<String> value = Optional.ofNullable(timex).map(Timex::value);
      String timexType = timex != null && timex.timexType() != null ? timex.timexType() : type;
      timexes.add(new TimexMention(start, end, surface, timexType, value));
    } else {
      // The tagger sometimes takes a quotation mark into a name ("” Trump said"): a name starts
      // and ends with a letter or digit.
      List<CoreLabel> words = mention.get(CoreAnnotations.TokensAnnotation.class);
      int from = 0;
      int to = words.size();
      while (from < to && !hasLetterOrDigit(words.get(from).originalText())) {
        from++;
      }
      while (to > from && !hasLetterOrDigit(words.get(to - 1).originalText())) {
        to--;
      }
      if (from == to) {
        return;
      }
      int firstToken = mention.get(CoreAnnotations.TokenBeginAnnotation.class);
      int nameStart = words.get(from).beginPosition();
      int nameEnd = words.get(to - 1).endPosition();
      entities.add(new NamedEntityMention(type, nameStart, nameEnd,
          text.substring(nameStart, nameEnd), firstToken + from, firstToken + to));
    }
  }

  private static boolean hasLetterOrDigit(String word) {
    return word.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
