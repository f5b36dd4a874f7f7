package org.dossier.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a {@code YYYY-MM-DD} option value, saying what a bad one should look like. */
final class IsoDate implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a date; expected YYYY-MM-DD,"
          + " e.g. 2026-02-11");
    }
  }
}
