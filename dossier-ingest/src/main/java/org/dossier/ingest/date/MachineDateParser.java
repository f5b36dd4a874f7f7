package org.dossier.ingest.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calendar date written for machines: ISO 8601 ("2019-11-19", "2019-11-19T10:00:00Z"),
 * compact ISO ("20191119"), RFC 1123 as feeds write it ("Tue, 19 Nov 2019 10:00:00 GMT"), and
 * failing those any date a {@link VisibleDateParser} reads. The date is the calendar day as
 * written, not shifted to another time zone. Thread-safe.
 */
public final class MachineDateParser {

  private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
  private static final Pattern SLASHED = Pattern.compile("^\\s*(\\d{4})/(\\d{1,2})/(\\d{1,2})");

  private final VisibleDateParser visible;

  public MachineDateParser(VisibleDateParser visible) {
    this.visible = visible;
  }

  /** The date {@code value} gives, if it is a plausible calendar day. */
  public Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    for (Pattern p : new Pattern[] {ISO, SLASHED, COMPACT}) {
      Matcher m = p.matcher(value);
      if (m.find()) {
        return date(m.group(1), m.group(2), m.group(3));
      }
    }
    try {
      return plausible(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
          .toLocalDate());
    } catch (DateTimeParseException e) {
      return visible.parse(value).flatMap(MachineDateParser::plausible);
    }
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return plausible(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
          Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> plausible(LocalDate d) {
    return d.getYear() >= 1900 && d.getYear() <= 2200 ? Optional.of(d) : Optional.empty();
  }
}
