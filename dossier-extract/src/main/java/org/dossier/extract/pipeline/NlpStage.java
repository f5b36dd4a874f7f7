package org.dossier.extract.pipeline;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.text.DatelineLocator;
import org.dossier.extract.text.WordList;
import org.dossier.model.Article;
import org.dossier.model.Mention;
import org.dossier.nlp.NlpBackbone;

/**
 * Runs the NLP backbone over the article text, anchored on its publication date. Two things are
 * hidden from it — blanked, so offsets hold. The dateline ("ERBIL, Kurdistan Region of Iraq - "),
 * because parsers read it as the subject of the first sentence. And the period of an abbreviated
 * title before a name that the tokenizer would take for the end of a sentence ("said Del. Stacey
 * Plaskett").
 */
public final class NlpStage implements Stage {

  // A sentence may well begin after "Dover, Del." with one of these.
  private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "He", "She", "It",
      "They", "We", "I", "In", "But", "And", "This", "That", "There", "On", "At", "As", "If");

  private final NlpBackbone nlp;
  private final DatelineLocator datelines;
  private final Pattern breakingTitle;

  public NlpStage(NlpBackbone nlp) {
    this.nlp = nlp;
    this.datelines = new DatelineLocator();
    this.breakingTitle = Pattern.compile("(?<=\\b(?:"
        + String.join("|", WordList.lines(WordList.class, WordList.SENTENCE_BREAKING_TITLES))
        + "))\\.(?= (\\p{Lu}\\p{L}*))");
  }

  @Override
  public ArticleAnnotations apply(ArticleAnnotations in) {
    Article article = in.article();
    String text = article.text();
    String analyzed = datelines.locate(article).map(d -> blank(text, d)).orElse(text);
    return in.withParse(nlp.parse(unbrokenTitles(analyzed), article.published()).over(text));
  }

  // "said Del. Stacey Plaskett" → "said Del  Stacey Plaskett"; "in Dover, Del. The …" stays.
  private String unbrokenTitles(String text) {
    Matcher m = breakingTitle.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      int at = m.start();
      boolean afterLowercase = at >= 5 && Character.isLowerCase(precedingLetter(text, at));
      // "Dover, Del." is a state after its city.
      boolean afterComma = text.substring(Math.max(0, at - 8), at).matches(".*,\\s*\\p{L}+");
      if (!afterLowercase || afterComma || SENTENCE_OPENERS.contains(m.group(1))) {
        continue;
      }
      out = out == null ? new StringBuilder(text.length()) : out;
      out.append(text, last, at).append(' ');
      last = at + 1;
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  // The last letter before the abbreviation at {@code periodAt}: "said" in "said Del.".
  private static char precedingLetter(String text, int periodAt) {
    int i = periodAt - 1;
    while (i > 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    while (i > 0 && !Character.isLetter(text.charAt(i))) {
      i--;
    }
    return text.charAt(i);
  }

  private static String blank(String text, Mention span) {
    return text.substring(0, span.start()) + " ".repeat(span.length()) + text.substring(span.end());
  }
}
