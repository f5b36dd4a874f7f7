package org.dossier.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.store.DossierStore;
import org.dossier.store.Filters;
import org.dossier.store.QuerySyntaxException;
import org.dossier.store.Results;
import org.dossier.store.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier quotes}: what a person said, newest first, with the article it is from. */
@Command(name = "quotes", sortOptions = false,
    description = {"List the quotes in the store, newest first: by one speaker, about some words."},
    footer = {"", "Examples:",
        "  dossier quotes --speaker Trump                  everything Trump was quoted saying",
        "  dossier quotes --speaker Q22686 negotiations    by entity id, about negotiations",
        "Exit codes: 0 ok, 2 bad usage or query, 3 store missing, locked or unreadable."})
final class QuotesCommand implements Callable<Integer> {

  @Option(names = "--speaker", paramLabel = "NAME",
      description = "Who said it: part of a name (\"Trump\") or an entity id. Default: anyone.")
  String speaker;

  @Parameters(arity = "0..*", paramLabel = "WORDS",
      description = "Lucene query over the quoted words. Default: any.")
  List<String> words = List.of();

  @Mixin
  DateRange dates;

  @Mixin
  StoreOptions store;

  @Mixin
  QueryOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    String query = String.join(" ", words);
    Filters filters = Filters.none().withSpeaker(speaker).withDates(dates.from, dates.to);
    try (DossierStore opened = store.openForReading()) {
      Results<StoredQuote> results = opened.quotes(query, filters, options.limit);
      new ResultPrinter(spec.commandLine().getOut(), options.format).print(results, table(results));
    } catch (QuerySyntaxException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    return ExitCode.OK;
  }

  private static TextTable table(Results<StoredQuote> results) {
    TextTable table = new TextTable(List.of("DATE", "SPEAKER", "KIND", "QUOTE", "ARTICLE"),
        10, 24, 8, 90, 0);
    for (StoredQuote q : results.results()) {
      table.row(q.day().map(Object::toString).orElse("—"), q.speakerName().orElse("(unknown)"),
          q.kind(), "“" + q.text() + "”", q.article().title().orElse(q.article().source()));
    }
    return table;
  }
}
