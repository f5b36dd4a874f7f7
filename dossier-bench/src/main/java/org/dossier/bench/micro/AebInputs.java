package org.dossier.bench.micro;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.bench.BenchReport;
import org.dossier.bench.extraction.AebCorpus;
import org.dossier.bench.extraction.AebPage;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.Source;
import org.dossier.knowledge.KnowledgeBase;

/** The microbenchmarks' inputs: the article-extraction-benchmark pages and their clean texts. */
record AebInputs(List<Source> pages, List<String> texts) {

  static AebInputs load() {
    List<AebPage> pages = AebCorpus.load(BenchReport.shared());
    List<Source> sources = pages.stream()
        .map(p -> Source.of(p.id() + ".html", p.html().getBytes(StandardCharsets.UTF_8)))
        .toList();
    Ingest ingest = Ingest.create(KnowledgeBase.builtIn(), IngestOptions.defaults());
    List<String> texts = sources.stream().map(ingest::read)
        .filter(ReadOutcome.Read.class::isInstance)
        .flatMap(r -> ((ReadOutcome.Read) r).articles().stream())
        .map(a -> a.text()).toList();
    return new AebInputs(sources, texts);
  }
}
