package org.dossier.knowledge.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One data row of a {@link TsvTable}, read by column name; every failure names the file and line
 * ("people.tsv:12: ...") so the row can be fixed.
 */
public final class TsvRow {
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final String file;
  private final int line;
  private final Map<String, Integer> columns;
  private final String[] values;

  TsvRow(String file, int line, Map<String, Integer> columns, String[] values) {
    this.file = requireNonNull(file, "file");
    this.line = line;
    this.columns = requireNonNull(columns, "columns");
    this.values = values.clone();
  }

  /** The 1-based line number in the file. */
  public int line() {
    return line;
  }

  /** {@code file:line}, for messages. */
  public String location() {
    return file + ":" + line;
  }

  /** The trimmed value of a required column. */
  public String text(String column) {
    return optional(column).orElseThrow(() -> error("empty " + column));
  }

  /** The trimmed value of a column, empty when blank. */
  public Optional<String> optional(String column) {
    Integer index = columns.get(column);
    if (index == null) {
      throw new IllegalArgumentException("no column '" + column + "' in " + file);
    }
    String value = values[index].trim();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** The {@code |}-separated values of a column, trimmed, blanks dropped. */
  public List<String> list(String column) {
    Optional<String> value = optional(column);
    if (value.isEmpty()) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    String text = value.get();
    int from = 0;
    while (from <= text.length()) {
      int bar = text.indexOf('|', from);
      int to = bar < 0 ? text.length() : bar;
      String part = text.substring(from, to).trim();
      if (!part.isEmpty()) {
        parts.add(part);
      }
      from = to + 1;
    }
    return List.copyOf(parts);
  }

  /** A required decimal number. */
  public double decimal(String column) {
    String value = text(column);
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw error(column + " is not a number: '" + value + "'");
    }
  }

  /** A whole number; 0 when blank. */
  public long count(String column) {
    String value = optional(column).orElse("0");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw error(column + " is not a whole number: '" + value + "'");
    }
  }

  /** An optional ISO date (yyyy-MM-dd). */
  public Optional<LocalDate> date(String column) {
    return optional(column).map(value -> {
      // Parsed by hand: the java.time formatters cost more to start than all the data to read.
      if (!DATE.matcher(value).matches()) {
        throw error(column + " is not a date (yyyy-MM-dd): '" + value + "'");
      }
      try {
        return LocalDate.of(Integer.parseInt(value.substring(0, 4)),
            Integer.parseInt(value.substring(5, 7)), Integer.parseInt(value.substring(8, 10)));
      } catch (DateTimeException e) {
        throw error(column + " is not a valid date: '" + value + "'");
      }
    });
  }

  /** A required enum constant, written as its name. */
  public <E extends Enum<E>> E constant(String column, Class<E> type) {
    String value = text(column);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw error(column + " '" + value + "' is not one of "
          + Arrays.toString(type.getEnumConstants()));
    }
  }

  /** An exception saying what is wrong with this row, naming file and line. */
  public IllegalStateException error(String message) {
    return new IllegalStateException(location() + ": " + message);
  }
}
