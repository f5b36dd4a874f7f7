package org.dossier.knowledge.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one tab-separated data file: a header line naming the columns, then one row per line;
 * blank lines and lines starting with {@code #} are skipped.
 *
 * <p>The header must list exactly the expected columns, in order, and every row must have one
 * value per column, so a misplaced tab is caught where it is rather than as a wrong value later.
 */
public final class TsvTable {

  private TsvTable() {
  }

  /**
   * Parses {@code reader} as the file {@code file}; throws {@link IllegalStateException} naming the
   * file and line of the first malformed line.
   */
  public static List<TsvRow> read(String file, BufferedReader reader, List<String> columns) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i), i);
    }
    List<TsvRow> rows = new ArrayList<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] values = line.split("\t", -1);
        if (!headerSeen) {
          checkHeader(file, lineNumber, values, columns);
          headerSeen = true;
        } else if (values.length != columns.size()) {
          throw new IllegalStateException(file + ":" + lineNumber + ": expected "
              + columns.size() + " tab-separated values " + columns + ", found " + values.length
              + " in '" + line + "'");
        } else {
          rows.add(new TsvRow(file, lineNumber, index, values));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (!headerSeen) {
      throw new IllegalStateException(file + ":1: no header line " + columns);
    }
    return List.copyOf(rows);
  }

  private static void checkHeader(String file, int line, String[] values, List<String> columns) {
    List<String> header = Arrays.stream(values).map(String::trim).toList();
    if (!header.equals(columns)) {
      throw new IllegalStateException(
          file + ":" + line + ": expected header " + columns + ", found " + header);
    }
  }
}
