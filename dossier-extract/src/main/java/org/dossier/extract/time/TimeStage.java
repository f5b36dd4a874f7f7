package org.dossier.extract.time;

import java.util.List;
import java.util.Locale;
import org.dossier.extract.pipeline.ArticleAnnotations;
import org.dossier.extract.pipeline.Stage;
import org.dossier.model.TimeExpression;
import org.dossier.model.TimexType;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.time.TimeTagger;
import org.dossier.nlp.time.TimexAnnotation;

/**
 * Gives every time expression of the text a TIMEX3 value resolved against the publication date,
 * with Dossier's own {@link TimeTagger}: weekdays and bare months by the tense the parse gives
 * their clause, discourse-relative expressions ("the following month") against the previous date
 * in the text, past offsets ("a year and a half ago") with the date they point to. A date keeps
 * the "on" or "in" that introduces it ("on Friday"), as readers quote it.
 */
public final class TimeStage implements Stage {

  private final TimeTagger tagger;

  private TimeStage(TimeTagger tagger) {
    this.tagger = tagger;
  }

  public static TimeStage create() {
    return new TimeStage(TimeTagger.create());
  }

  @Override
  public ArticleAnnotations apply(ArticleAnnotations in) {
    ParsedText parsed = in.parsed();
    List<TimexAnnotation> found = tagger.tag(parsed.text(), in.article().published(),
        ParseTenseOracle.of(parsed));
    return in.withTimes(found.stream().map(t -> expression(parsed.text(), t)).toList());
  }

  private static TimeExpression expression(String text, TimexAnnotation t) {
    int start = t.type() == TimexType.DATE ? prepositionStart(text, t.start()) : t.start();
    return new TimeExpression(text.substring(start, t.end()), t.type(), t.value(), t.anchor(),
        start, t.end());
  }

  private static int prepositionStart(String text, int start) {
    if (start < 3) {
      return start;
    }
    String before = text.substring(start - 3, start).toLowerCase(Locale.ROOT);
    boolean preposition = before.equals("on ") || before.equals("in ");
    boolean wordStart = start == 3 || !Character.isLetter(text.charAt(start - 4));
    return preposition && wordStart ? start - 3 : start;
  }
}
