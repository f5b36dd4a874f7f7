package org.dossier.spark.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.ReadOutcome;
import org.dossier.ingest.Source;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import scala.Tuple2;

/**
 * Reads one input file with Dossier's ingest stage — WARC, JSON Lines, HTML, feeds or text, the
 * format detected as {@code dossier analyze} detects it — into articles and quarantine records.
 * The file is opened as a stream (a CC-NEWS WARC is a gigabyte), never read whole into memory.
 * Never throws for bad input. The ingest stage is built on first use in each task, with the
 * options the job was given (the publication date for undated inputs, the largest input).
 */
public final class InputReader
    implements FlatMapFunction<Tuple2<String, PortableDataStream>, PipelineRecord> {

  private static final long serialVersionUID = 1L;

  // The options travel to the executors as plain fields: an Optional does not serialize.
  private final LocalDate defaultPublished;
  private final long maxBytes;
  private transient Ingest ingest;

  public InputReader(IngestOptions options) {
    this.defaultPublished = options.defaultPublished().orElse(null);
    this.maxBytes = options.maxBytes();
  }

  @Override
  public Iterator<PipelineRecord> call(Tuple2<String, PortableDataStream> file) {
    String name = InputName.of(file._1());
    PortableDataStream stream = file._2();
    return read(new Source(name, stream::open)).iterator();
  }

  /** The records of one input. */
  public List<PipelineRecord> read(Source source) {
    ReadOutcome outcome = ingest().read(source);
    List<PipelineRecord> records = new ArrayList<>();
    if (outcome instanceof ReadOutcome.Failed failed) {
      records.add(new PipelineRecord.Quarantined(source.name(), "read",
          failed.error().getMessage()));
      return records;
    }
    ReadOutcome.Read read = (ReadOutcome.Read) outcome;
    for (String warning : read.warnings()) {
      records.add(new PipelineRecord.Quarantined(source.name(), "record", warning));
    }
    for (int i = 0; i < read.articles().size(); i++) {
      Article article = read.articles().get(i);
      records.add(new PipelineRecord.ReadArticle(article.source(), origin(read, i),
          DossierJson.toJsonLine(article)));
    }
    return records;
  }

  private Ingest ingest() {
    if (ingest == null) {
      IngestOptions options = IngestOptions.defaults().withMaxBytes(maxBytes);
      ingest = Ingest.create(ExecutorModels.knowledge(),
          defaultPublished == null ? options : options.withDefaultPublished(defaultPublished));
    }
    return ingest;
  }

  /**
   * Where an article comes from, stable across edits, as {@code dossier ingest} keys it: its
   * URL; else its file when the file holds one article; else the file and its place in it.
   */
  static String origin(ReadOutcome.Read read, int index) {
    Article article = read.articles().get(index);
    if (article.url().isPresent()) {
      return article.url().get();
    }
    return read.articles().size() == 1 ? read.source() : read.source() + "#" + (index + 1);
  }
}
