package org.dossier.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Any text and any anchor date give time expressions that lie inside the text, in text order,
 * each with a non-empty value; never an exception. Rule-based and model-free, so it fuzzes fast.
 */
class TimeTaggerFuzzTest {

  private static final TimeTagger TAGGER = TimeTagger.create();

  @FuzzTest
  void anyTextGivesOrderedExpressionsInsideIt(FuzzedDataProvider data) {
    Optional<LocalDate> anchor = data.consumeBoolean()
        ? Optional.of(LocalDate.ofEpochDay(data.consumeLong(
            LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())))
        : Optional.empty();
    String text = data.consumeRemainingAsString();
    List<TimexAnnotation> times = TAGGER.tag(text, anchor, TenseOracle.heuristic(text));
    int previousEnd = 0;
    for (TimexAnnotation time : times) {
      assertThat(time.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(time.end()).isLessThanOrEqualTo(text.length());
      assertThat(time.text()).isEqualTo(text.substring(time.start(), time.end()));
      assertThat(time.value()).isNotBlank();
      previousEnd = time.end();
    }
  }
}
