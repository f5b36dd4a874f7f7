package org.dossier.extract.typing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.pipeline.ArticleAnnotations;
import org.dossier.extract.pipeline.Stage;
import org.dossier.extract.text.WordList;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.knowledge.Place;
import org.dossier.knowledge.PlaceKind;
import org.dossier.nlp.NamedEntityMention;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

/**
 * Refines the coarse entity tags of the NER model (PERSON, LOCATION, ORGANIZATION, MISC) with the
 * knowledge base: locations become COUNTRY, CITY or STATE_OR_PROVINCE, demonyms ("Israeli",
 * "Omani") NATIONALITY, and words of office ("President", "premier", "top diplomat") TITLE.
 * A dictionary does what CoreNLP's fine-grained tagger does, at a fraction of its cost.
 */
public final class FineGrainedTyper implements Stage {

  private static final int MAX_TITLE_WORDS = 4;

  private final KnowledgeBase knowledge;
  private final Set<String> titles;

  private FineGrainedTyper(KnowledgeBase knowledge, Set<String> titles) {
    this.knowledge = knowledge;
    this.titles = titles;
  }

  public static FineGrainedTyper create(KnowledgeBase knowledge) {
    return new FineGrainedTyper(knowledge, readTitles());
  }

  @Override
  public ArticleAnnotations apply(ArticleAnnotations in) {
    ParsedText parsed = in.parsed();
    String[] tags = parsed.tokens().stream().map(Token::ner).toArray(String[]::new);
    List<NamedEntityMention> mentions = new ArrayList<>();
    for (NamedEntityMention m : parsed.entityMentions()) {
      NamedEntityMention typed = retype(m);
      mentions.add(typed);
      for (int i = typed.firstToken(); i < typed.endToken(); i++) {
        tags[i] = typed.type();
      }
    }
    addDemonyms(parsed, tags, mentions);
    markTitles(parsed, tags);
    List<Token> tokens = new ArrayList<>(parsed.tokens().size());
    for (Token t : parsed.tokens()) {
      tokens.add(new Token(t.index(), t.sentence(), t.start(), t.end(), t.word(), t.pos(),
          t.lemma(), tags[t.index()], t.head(), t.relation()));
    }
    mentions.sort(java.util.Comparator.comparingInt(NamedEntityMention::start));
    return in.withParse(new ParsedText(parsed.text(), parsed.sentences(), tokens, mentions,
        parsed.timexes()));
  }

  private NamedEntityMention retype(NamedEntityMention m) {
    String type = switch (m.type()) {
      case "LOCATION", "GPE" -> locationType(m.text());
      case "MISC", "ORGANIZATION" -> knowledge.countryByDemonym(m.text()).isPresent()
          ? "NATIONALITY" : knowledge.country(m.text()).isPresent() && isCapitalized(m.text())
          ? "COUNTRY" : m.type();
      default -> m.type();
    };
    return type.equals(m.type()) ? m
        : new NamedEntityMention(type, m.start(), m.end(), m.text(), m.firstToken(), m.endToken());
  }

  private String locationType(String name) {
    if (knowledge.country(name).isPresent()) {
      return "COUNTRY";
    }
    Optional<Place> place = knowledge.place(name, Optional.empty());
    if (place.isEmpty()) {
      return "LOCATION";
    }
    PlaceKind kind = place.get().kind();
    return kind == PlaceKind.CITY || kind == PlaceKind.CAPITAL ? "CITY"
        : kind == PlaceKind.REGION ? "STATE_OR_PROVINCE" : "LOCATION";
  }

  // The NER model leaves most demonyms untagged ("the Israeli premier").
  private void addDemonyms(ParsedText parsed, String[] tags, List<NamedEntityMention> mentions) {
    for (Token t : parsed.tokens()) {
      if (tags[t.index()].equals("O") && isCapitalized(t.word())
          && knowledge.countryByDemonym(t.word()).isPresent()) {
        tags[t.index()] = "NATIONALITY";
        mentions.add(new NamedEntityMention("NATIONALITY", t.start(), t.end(), t.word(), t.index(),
            t.index() + 1));
      }
    }
  }

  private void markTitles(ParsedText parsed, String[] tags) {
    List<Token> tokens = parsed.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      for (int n = Math.min(MAX_TITLE_WORDS, tokens.size() - i); n >= 1; n--) {
        if (isTitle(tokens, tags, i, n)) {
          for (int k = i; k < i + n; k++) {
            tags[k] = "TITLE";
          }
          i += n - 1;
          break;
        }
      }
    }
  }

  private boolean isTitle(List<Token> tokens, String[] tags, int from, int n) {
    StringBuilder phrase = new StringBuilder();
    for (int k = from; k < from + n; k++) {
      Token t = tokens.get(k);
      if (!tags[k].equals("O") || !t.isNoun() && !t.pos().equals("JJ") && !t.pos().equals("IN")
          || t.sentence() != tokens.get(from).sentence()) {
        return false;
      }
      phrase.append(k > from ? " " : "").append(t.word().toLowerCase(Locale.ROOT));
    }
    // A title ends in a noun ("foreign minister"), never in "of".
    return tokens.get(from + n - 1).isNoun() && titles.contains(phrase.toString());
  }

  private static boolean isCapitalized(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static Set<String> readTitles() {
    return WordList.read(FineGrainedTyper.class, "titles.txt");
  }
}
