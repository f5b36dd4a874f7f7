package org.dossier.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.pipeline.ArticleAnnotations;
import org.dossier.extract.pipeline.Stage;
import org.dossier.model.TimeExpression;
import org.dossier.model.TimexType;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.TimexMention;
import org.dossier.nlp.Token;

/**
 * Gives every time expression of the text a TIMEX3 value resolved against the publication date:
 * weekdays by the tense of the clause, month names without a year to the nearest plausible one,
 * discourse-relative expressions ("the following month") against the previous date in the text.
 */
public final class TimeStage implements Stage {

  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)^(?:(last|this|next|on|coming)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$");
  private static final Pattern RELATIVE_UNIT = Pattern.compile(
      "(?i)^the (following|next|previous|preceding|same) (day|week|month|year)$");

  private TimeStage() {
  }

  public static TimeStage create() {
    return new TimeStage();
  }

  @Override
  public ArticleAnnotations apply(ArticleAnnotations in) {
    ParsedText parsed = in.parsed();
    Optional<LocalDate> published = in.article().published();
    List<TimeExpression> times = new ArrayList<>();
    Optional<String> previousDate = Optional.empty();
    for (TimexMention timex : parsed.timexes()) {
      Optional<String> value = resolve(timex, parsed, published, previousDate);
      if (value.isEmpty()) {
        continue;
      }
      TimexType type = type(timex.type());
      if (type == TimexType.DATE && value.get().matches("\\d{4}(-\\d{2}){0,2}")) {
        previousDate = value;
      }
      times.add(withPreposition(parsed.text(), timex, type, value.get()));
    }
    return in.withTimes(times);
  }

  private Optional<String> resolve(TimexMention timex, ParsedText parsed,
      Optional<LocalDate> published, Optional<String> previous) {
    String text = timex.text().strip();
    Matcher weekday = WEEKDAY.matcher(text);
    if (weekday.matches() && published.isPresent()) {
      DayOfWeek day = DayOfWeek.valueOf(weekday.group(2).toUpperCase(Locale.ROOT));
      return Optional.of(weekday(published.get(), day, tense(parsed, timex, weekday.group(1)))
          .toString());
    }
    Matcher relative = RELATIVE_UNIT.matcher(text);
    if (relative.matches()) {
      return previous.flatMap(p -> shift(p, relative.group(1), relative.group(2)));
    }
    return timex.value();
  }

  private static LocalDate weekday(LocalDate published, DayOfWeek day, Tense tense) {
    if (tense == Tense.FUTURE) {
      return published.with(TemporalAdjusters.next(day));
    }
    return published.with(TemporalAdjusters.previousOrSame(day));
  }

  private static Optional<String> shift(String anchor, String direction, String unit) {
    int step = switch (direction.toLowerCase(Locale.ROOT)) {
      case "following", "next" -> 1;
      case "previous", "preceding" -> -1;
      default -> 0;
    };
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.equals("month") && anchor.length() >= 7) {
      return Optional.of(YearMonth.parse(anchor.substring(0, 7)).plusMonths(step).toString());
    }
    if (u.equals("year")) {
      return Optional.of(Integer.toString(Integer.parseInt(anchor.substring(0, 4)) + step));
    }
    if (u.equals("day") && anchor.length() == 10) {
      return Optional.of(LocalDate.parse(anchor).plusDays(step).toString());
    }
    return Optional.empty();
  }

  private enum Tense { PAST, PRESENT, FUTURE }

  private static Tense tense(ParsedText parsed, TimexMention timex, String modifier) {
    if (modifier != null) {
      String m = modifier.toLowerCase(Locale.ROOT);
      if (m.equals("next") || m.equals("coming")) {
        return Tense.FUTURE;
      }
      if (m.equals("last")) {
        return Tense.PAST;
      }
    }
    List<Token> tokens = parsed.tokensIn(timex.start(), timex.end());
    if (tokens.isEmpty()) {
      return Tense.PRESENT;
    }
    Token t = tokens.get(tokens.size() - 1);
    for (int hops = 0; hops < 6; hops++) {
      Optional<Token> head = parsed.headOf(t);
      if (head.isEmpty()) {
        break;
      }
      t = head.get();
      if (t.isVerb()) {
        return tenseOf(parsed, t);
      }
    }
    return Tense.PRESENT;
  }

  private static Tense tenseOf(ParsedText parsed, Token verb) {
    for (Token d : parsed.dependentsOf(verb)) {
      String w = d.word().toLowerCase(Locale.ROOT);
      if (d.relation().startsWith("aux") && (w.equals("will") || w.equals("'ll") || w.equals("shall"))) {
        return Tense.FUTURE;
      }
      if (d.relation().startsWith("aux") && (d.pos().equals("VBD") || w.equals("had"))) {
        return Tense.PAST;
      }
    }
    return verb.pos().equals("VBD") || verb.pos().equals("VBN") ? Tense.PAST : Tense.PRESENT;
  }

  private static TimexType type(String type) {
    try {
      return TimexType.valueOf(type);
    } catch (IllegalArgumentException e) {
      return TimexType.DATE;
    }
  }

  // "on Friday", "in January": the preposition belongs to the expression as readers quote it.
  private static TimeExpression withPreposition(String text, TimexMention timex, TimexType type,
      String value) {
    int start = type == TimexType.DATE ? prepositionStart(text, timex.start()) : timex.start();
    return new TimeExpression(text.substring(start, timex.end()), type, value, Optional.empty(),
        start, timex.end());
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
