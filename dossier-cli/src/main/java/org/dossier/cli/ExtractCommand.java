package org.dossier.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossier.ingest.Ingest;
import org.dossier.knowledge.KnowledgeHome;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier extract}: clean text and metadata of each article, without NLP. */
@Command(name = "extract", sortOptions = false,
    description = {"Extract clean article text and metadata (title, date, section, dateline,"
        + " captions) without any NLP: the fast path when you only want the text."},
    footer = {"", "Exit codes: 0 all read, 2 bad usage, 3 some input could not be read."})
final class ExtractCommand implements Callable<Integer> {

  @Mixin
  InputOptions input;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json (one pretty object per article) or jsonl. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Ingest ingest = Ingest.create(KnowledgeHome.fromEnvironment().knowledge(), input.ingestOptions());
    BatchRunner batch = new BatchRunner(ingest, out, spec.commandLine().getErr(), input.verbose, 1);
    return batch.run(input.paths, () -> System.in, this::render);
  }

  private String render(Article article) {
    return switch (format) {
      case json -> DossierJson.toJson(article);
      case jsonl -> DossierJson.toJsonLine(article);
      case text -> new TextSummary().header(article) + "\n" + article.text() + "\n";
    };
  }
}
