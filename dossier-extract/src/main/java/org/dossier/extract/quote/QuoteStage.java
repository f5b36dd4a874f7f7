package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.entity.ResolvedEntities;
import org.dossier.extract.pipeline.ArticleAnnotations;
import org.dossier.extract.pipeline.Stage;
import org.dossier.extract.text.ClauseReader;
import org.dossier.extract.text.DependencyTree;
import org.dossier.extract.text.Quotation;
import org.dossier.extract.text.QuotationFinder;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Speaker;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Finds every statement the article reports — direct, partial and indirect — and attributes it:
 * the canonical speaker, the cue, the channel and the date of the speech. A quote with no cue that
 * fills its own paragraph continues the previous speaker; a statement repeated in the article is
 * one quote with its occurrences counted; a partial quote inside a direct quote of the same
 * speaker is the same utterance.
 */
public final class QuoteStage implements Stage {

  private static final int CONTINUATION_SENTENCES = 3;
  // Channels that live on a platform: "wrote in the caption" of a post made on X.
  private static final Set<String> ON_A_PLATFORM = Set.of("caption", "post", "tweet", "video",
      "story", "message");

  private final QuotationFinder quotations;
  private final DirectQuoteFinder direct;
  private final IndirectSpeechFinder indirect;
  private final QuoteSetting setting;

  private QuoteStage(SpeechLexicon lexicon) {
    SpeakerResolver speakers = new SpeakerResolver(lexicon);
    this.quotations = new QuotationFinder();
    this.direct = new DirectQuoteFinder(lexicon, speakers);
    this.indirect = new IndirectSpeechFinder(lexicon, speakers);
    this.setting = new QuoteSetting(lexicon, new ClauseReader());
  }

  public static QuoteStage create(KnowledgeBase knowledge) {
    return new QuoteStage(SpeechLexicon.builtIn());
  }

  @Override
  public ArticleAnnotations apply(ArticleAnnotations in) {
    DependencyTree tree = new DependencyTree(in.parsed());
    List<Quotation> marks = quotations.find(in.parsed().text());
    List<QuoteDraft> drafts = new ArrayList<>(direct.find(tree, in.entities(), marks));
    drafts.addAll(withoutQuotedCues(indirect.find(tree, in.entities(), marks), drafts,
        in.parsed()));
    drafts.sort(Comparator.comparingInt(QuoteDraft::start));
    List<Quote> quotes = new ArrayList<>();
    QuoteDraft previousDraft = null;
    Quote previous = null;
    for (QuoteDraft d : drafts) {
      Quote quote = isContinuation(d, previousDraft, in.parsed())
          ? continuing(d, previous)
          : settle(d, tree, in, quotes);
      quotes.add(quote);
      if (quote.speaker().isPresent()) {
        previousDraft = d;
        previous = quote;
      } else if (d.attribution().cue().isPresent() && d.kind() != QuoteKind.INDIRECT) {
        // Someone the article does not name was quoted in between: what follows is not the
        // earlier speaker's.
        previousDraft = null;
        previous = null;
      }
    }
    return in.withQuotes(new QuoteMerger().merge(quotes));
  }

  // "Trump admires Putin as a "strong leader"": the quoted words are the record of what the cue
  // reports; a phrase without a finite verb left unquoted beside them ("of the prospect of
  // tampering") is no statement of its own. A clause of its own ("she denied …") is.
  private static List<QuoteDraft> withoutQuotedCues(List<QuoteDraft> reported,
      List<QuoteDraft> quoted, ParsedText parsed) {
    Set<Token> cues = new HashSet<>();
    quoted.forEach(d -> d.attribution().cue().ifPresent(cues::add));
    return reported.stream()
        .filter(d -> d.attribution().cue().filter(cues::contains).isEmpty()
            || parsed.tokensIn(d.start(), d.end()).stream().anyMatch(Token::isFinite))
        .toList();
  }

  // A cue-less quote right after another speaker's quote goes on with that speaker, unless it
  // names its own (a transcript's "PENCE: …"). "Right after" counts from where the earlier quote
  // ends: a long quote spans many sentences.
  private static boolean isContinuation(QuoteDraft d, QuoteDraft previous, ParsedText parsed) {
    if (d.attribution().cue().isPresent() || d.attribution().speaker().isPresent()
        || previous == null) {
      return false;
    }
    int previousEnd = parsed.sentenceAt(Math.max(previous.start(), previous.end() - 1))
        .map(Sentence::index).orElse(previous.sentence());
    return d.sentence() - previousEnd <= CONTINUATION_SENTENCES;
  }

  private static Quote continuing(QuoteDraft d, Quote previous) {
    return new Quote(d.text(), d.kind(), previous.speaker(), Optional.empty(), previous.channel(),
        previous.date(), 1, d.start(), d.end(), 0.7);
  }

  private Quote settle(QuoteDraft d, DependencyTree tree, ArticleAnnotations in,
      List<Quote> earlier) {
    Optional<Token> cue = d.attribution().cue();
    Optional<Speaker> speaker = d.attribution().speaker();
    Optional<String> channel = d.attribution().channel()
        .or(() -> cue.flatMap(c -> setting.channel(tree, in.entities(), c)));
    if (channel.isPresent() && ON_A_PLATFORM.contains(channel.get())) {
      channel = lastMedium(speaker, earlier).or(() -> d.attribution().channel())
          .or(() -> cue.flatMap(c -> setting.channel(tree, in.entities(), c)));
    }
    Optional<String> date = cue.flatMap(c -> setting.date(tree, in.times(), c))
        .or(() -> speaker.flatMap(s -> dateBefore(d, s, tree, in)))
        .or(() -> in.article().published().map(Object::toString));
    Optional<String> cueWord = d.attribution().cuePhrase()
        .or(() -> cue.map(c -> c.word().toLowerCase(Locale.ROOT)));
    return new Quote(d.text(), d.kind(), speaker, cueWord, channel, date, 1, d.start(), d.end(),
        d.confidence());
  }

  // The platform the speaker was last quoted on, for a caption or post that names none.
  private static Optional<String> lastMedium(Optional<Speaker> speaker, List<Quote> earlier) {
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Quote q = earlier.get(i);
      if (q.speaker().map(s -> s.entityId().equals(speaker.get().entityId())).orElse(false)
          && q.channel().isPresent() && !ON_A_PLATFORM.contains(q.channel().get())
          && Character.isUpperCase(q.channel().get().charAt(0))) {
        return q.channel();
      }
    }
    return Optional.empty();
  }

  // "The following month, he uploaded … . "…," the Iranian top diplomat wrote": the date said of
  // what the speaker did in the sentence before sets the time of the statement that follows it.
  private Optional<String> dateBefore(QuoteDraft d, Speaker speaker, DependencyTree tree,
      ArticleAnnotations in) {
    int previous = d.sentence() - 1;
    if (previous < 0) {
      return Optional.empty();
    }
    ResolvedEntities entities = in.entities();
    for (Token t : in.parsed().tokensOf(in.parsed().sentences().get(previous))) {
      if (!t.isVerb()) {
        continue;
      }
      Optional<String> actor = tree.subject(t)
          .flatMap(s -> entities.containing(s.start(), s.end(), e -> true))
          .map(m -> entities.entityOf(m).id());
      if (actor.equals(Optional.of(speaker.entityId()))) {
        Optional<String> date = setting.date(tree, in.times(), t);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }
}
