package org.dossier.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.store.DossierStore;
import org.dossier.store.QuerySyntaxException;
import org.dossier.store.Results;
import org.dossier.store.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier search}: articles matching a full-text query and filters. */
@Command(name = "search", sortOptions = false,
    description = {"Search the store's articles: Lucene query syntax over titles, text and"
        + " quotes, narrowed by speaker, actor, target, event type, country and date."},
    footer = {"", "Examples:",
        "  dossier search \"nuclear deal\"                 a phrase",
        "  dossier search sanctions --speaker Trump      articles quoting Trump on sanctions",
        "  dossier search --actor US --target Iran --event THREATEN --from 2026-01-01",
        "  dossier search 'quote:\"nothing definitive\"'   inside quotes only",
        "Without a query, the newest matching articles come first; with one, the best.",
        "Exit codes: 0 ok, 2 bad usage or query, 3 store missing, locked or unreadable."})
final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "QUERY",
      description = "Lucene query: words, \"phrases\", AND/OR/NOT, field:term (title, text,"
          + " quote), wildcards*. Default: every article.")
  List<String> words = List.of();

  @Mixin
  FilterOptions filters;

  @Mixin
  StoreOptions store;

  @Mixin
  QueryOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    String query = String.join(" ", words);
    try (DossierStore opened = store.openForReading()) {
      Results<SearchHit> results = opened.search(query, filters.filters(), options.limit);
      new ResultPrinter(spec.commandLine().getOut(), options.format).print(results, table(results));
    } catch (QuerySyntaxException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    return ExitCode.OK;
  }

  private static TextTable table(Results<SearchHit> results) {
    TextTable table = new TextTable(List.of("PUBLISHED", "TITLE", "SNIPPET"), 10, 60, 120);
    for (SearchHit hit : results.results()) {
      table.row(hit.article().published().map(Object::toString).orElse("—"),
          hit.article().title().orElse(hit.article().source()), hit.snippet());
    }
    return table;
  }
}
