package org.dossier.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An aligned plain-text table: a header row and data rows, each column as wide as its widest
 * cell (long cells are cut with an ellipsis), the last column left ragged.
 */
final class TextTable {

  private final List<String> header;
  private final int[] maxWidths;
  private final List<List<String>> rows = new ArrayList<>();

  /** Columns named {@code header}; {@code maxWidths} caps each (0 for no cap). */
  TextTable(List<String> header, int... maxWidths) {
    this.header = List.copyOf(header);
    this.maxWidths = maxWidths.length == 0 ? new int[header.size()]
        : Arrays.copyOf(maxWidths, header.size());
  }

  TextTable row(String... cells) {
    List<String> row = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String cell = i < cells.length && cells[i] != null ? flat(cells[i]) : "";
      row.add(cut(cell, maxWidths[i]));
    }
    rows.add(row);
    return this;
  }

  String render() {
    int[] widths = new int[header.size()];
    for (List<String> row : withHeader()) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : withHeader()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(i == row.size() - 1 ? row.get(i)
            : String.format("%-" + widths[i] + "s  ", row.get(i)));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private List<List<String>> withHeader() {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }

  private static String flat(String cell) {
    return cell.replaceAll("\\s+", " ").strip();
  }

  private static String cut(String cell, int max) {
    return max <= 0 || cell.length() <= max ? cell : cell.substring(0, max - 1) + "…";
  }
}
