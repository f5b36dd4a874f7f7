package org.dossier.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.dossier.model.DossierJson;
import org.dossier.store.Results;

/**
 * Prints a query's answer: as JSON, an object with the total and a {@code results} array; as
 * text, a table and a line saying how many of how many were shown.
 */
final class ResultPrinter {

  private final PrintWriter out;
  private final ResultFormat format;

  ResultPrinter(PrintWriter out, ResultFormat format) {
    this.out = out;
    this.format = format;
  }

  <T> void print(Results<T> results, TextTable table) {
    if (format == ResultFormat.json) {
      printJson(results.total(), results.exact(), results.results());
      return;
    }
    if (results.results().isEmpty()) {
      out.println("no results");
    } else {
      out.print(table.render());
      out.println(shown(results.results().size(), results.total(), results.exact()));
    }
    out.flush();
  }

  /** JSON only: {@code {"total": N, "exact": true, "results": [...]}}. */
  void printJson(long total, boolean exact, List<?> results) {
    ObjectNode root = DossierJson.mapper().createObjectNode();
    root.put("total", total);
    root.put("exact", exact);
    root.set("results", DossierJson.mapper().valueToTree(results));
    out.println(DossierJson.toJson(root));
    out.flush();
  }

  boolean json() {
    return format == ResultFormat.json;
  }

  private static String shown(int shown, long total, boolean exact) {
    String all = total + (exact ? "" : "+");
    return shown == total && exact ? "(" + total + (total == 1 ? " result)" : " results)")
        : "(" + shown + " of " + all + " results; --limit shows more)";
  }
}
