package org.dossier.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VisibleDateParserTest {

  private final VisibleDateParser dates = new VisibleDateParser();

  @Test
  void readsAbbreviatedMonthWithDot() {
    assertThat(dates.parse("Feb. 11, 2026 • 3 min read")).contains(LocalDate.of(2026, 2, 11));
  }

  @Test
  void readsDayMonthYear() {
    assertThat(dates.parse("Wed 11 February 2026 10:02 GMT")).contains(LocalDate.of(2026, 2, 11));
  }

  @Test
  void readsIsoDates() {
    assertThat(dates.parse("Published 2025-06-13T04:00:00Z")).contains(LocalDate.of(2025, 6, 13));
  }

  @Test
  void readsSeptAbbreviation() {
    assertThat(dates.parse("Sept. 3, 2024")).contains(LocalDate.of(2024, 9, 3));
  }

  @Test
  void ignoresImpossibleDays() {
    assertThat(dates.parse("February 30, 2026")).isEmpty();
  }

  @Test
  void ignoresYearsOutOfRange() {
    assertThat(dates.parse("0000-00-00")).isEmpty();
    assertThat(dates.parse("January 1, 99999")).isEmpty();
  }

  @Test
  void tellsADateLineFromASentenceThatHasADate() {
    assertThat(dates.isDateLine("Feb. 11, 2026 • 3 min read")).isTrue();
    assertThat(dates.isDateLine("The meeting on February 11, 2026 lasted three hours and ended"
        + " without any agreement between the two leaders on the main points.")).isFalse();
  }
}
