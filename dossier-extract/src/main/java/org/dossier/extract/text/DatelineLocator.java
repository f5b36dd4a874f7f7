package org.dossier.extract.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Mention;

/**
 * Finds where an article's dateline stands in its text: at the start of a paragraph, followed by
 * its dash or colon. Thread-safe.
 */
public final class DatelineLocator {

  /** The dateline with its dash and the space after it, if the text has it. */
  public Optional<Mention> locate(Article article) {
    if (article.dateline().isEmpty()) {
      return Optional.empty();
    }
    String text = article.text();
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(article.dateline().get().text())
        + "\\s*(?:[-–—]{1,2}|:)\\s+").matcher(text);
    return m.find() ? Optional.of(Mention.of(text, m.start(), m.end())) : Optional.empty();
  }

  /** The place name the dateline opens with ("ERBIL" in "ERBIL, Kurdistan Region of Iraq - "). */
  public Optional<Mention> place(Article article) {
    return locate(article).map(d -> {
      int end = d.start();
      String text = article.text();
      while (end < d.end() && ",(-–—:".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      while (end > d.start() && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return Mention.of(text, d.start(), end);
    });
  }
}
