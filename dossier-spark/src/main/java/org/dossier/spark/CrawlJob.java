package org.dossier.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dossier.ingest.IngestOptions;
import org.dossier.spark.pipeline.ArticleAnalyzer;
import org.dossier.spark.pipeline.InputReader;
import org.dossier.spark.pipeline.PipelineRecord;
import org.dossier.spark.table.ArticleRows;
import org.dossier.spark.table.OutputTable;

/**
 * Dossier over a crawl: reads every file under the inputs (any Hadoop file system) with the
 * ingest stage, spreads the articles over {@code partitions} tasks, analyzes them with models
 * loaded once per executor, and writes the {@link OutputTable}s plus a {@code quarantine} table
 * as Parquet. A bad input or article lands in quarantine and never fails the job. The tables are
 * written beside the output and moved into place at the end, so a failed job leaves no
 * half-written output.
 */
public final class CrawlJob {

  /** The quarantine table's directory name. */
  public static final String QUARANTINE = "quarantine";

  private final SparkSession spark;
  private final int partitions;
  private final IngestOptions reading;

  /**
   * A job on {@code spark}; {@code partitions} analysis tasks, 0 for four per core; inputs read
   * with {@code reading} (the publication date of undated inputs, the largest input).
   */
  public CrawlJob(SparkSession spark, int partitions, IngestOptions reading) {
    this.spark = spark;
    this.partitions = partitions;
    this.reading = reading;
  }

  /** Runs the job over {@code inputs} (files, folders, globs) into the new {@code output}. */
  public JobSummary run(List<String> inputs, String output) {
    long started = System.nanoTime();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = context.hadoopConfiguration();
    hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    Path target = qualified(output, hadoop);
    Path staging = new Path(target.getParent(), "." + target.getName() + ".incomplete");
    checkInputs(inputs, hadoop);
    prepareOutput(target, staging, hadoop);

    int tasks = partitions > 0 ? partitions : 4 * context.defaultParallelism();
    JavaRDD<PipelineRecord> records = context
        .binaryFiles(String.join(",", inputs), context.defaultParallelism())
        .flatMap(new InputReader(reading))
        .repartition(tasks)
        .mapPartitions(new ArticleAnalyzer())
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      Map<String, Long> kinds = records.map(r -> r.getClass().getSimpleName()).countByValue();
      for (OutputTable table : OutputTable.values()) {
        JavaRDD<Row> rows = records.flatMap(r -> r instanceof PipelineRecord.Analyzed a
            ? ArticleRows.of(a.contractJson(), a.origin()).rows(table).iterator()
            : Collections.<Row>emptyIterator());
        spark.createDataFrame(rows, table.schema()).write()
            .partitionBy(OutputTable.PARTITION)
            .parquet(new Path(staging, table.tableName()).toString());
      }
      JavaRDD<Row> quarantined = records.flatMap(r -> r instanceof PipelineRecord.Quarantined q
          ? List.of(RowFactory.create(q.source(), q.stage(), q.error())).iterator()
          : Collections.<Row>emptyIterator());
      spark.createDataFrame(quarantined, OutputTable.QUARANTINE).coalesce(1).write()
          .parquet(new Path(staging, QUARANTINE).toString());
      move(staging, target, hadoop);
      return new JobSummary(kinds.getOrDefault("Analyzed", 0L),
          kinds.getOrDefault("Quarantined", 0L), (System.nanoTime() - started) / 1e9);
    } finally {
      records.unpersist(false);
    }
  }

  private static Path qualified(String output, Configuration hadoop) {
    try {
      Path path = new Path(output);
      return path.getFileSystem(hadoop).makeQualified(path);
    } catch (IOException e) {
      throw new JobException(output, "is not a usable output: " + e.getMessage());
    }
  }

  private static void checkInputs(List<String> inputs, Configuration hadoop) {
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileStatus[] found = path.getFileSystem(hadoop).globStatus(path);
        if (found == null || found.length == 0) {
          throw new JobException(input, "no such file or folder");
        }
      } catch (IOException e) {
        throw new JobException(input, "cannot be listed: " + e.getMessage());
      }
    }
  }

  private static void prepareOutput(Path target, Path staging, Configuration hadoop) {
    try {
      FileSystem fs = target.getFileSystem(hadoop);
      if (fs.exists(target)) {
        throw new JobException(target.toString(),
            "already exists; the job writes a new folder, name one that does not exist");
      }
      // Left over from a job that died: nothing in it is worth keeping.
      fs.delete(staging, true);
    } catch (IOException e) {
      throw new JobException(target.toString(), "cannot be prepared: " + e.getMessage());
    }
  }

  private static void move(Path staging, Path target, Configuration hadoop) {
    try {
      FileSystem fs = target.getFileSystem(hadoop);
      if (!fs.rename(staging, target)) {
        throw new JobException(target.toString(), "could not move the finished tables from "
            + staging + " into place");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
