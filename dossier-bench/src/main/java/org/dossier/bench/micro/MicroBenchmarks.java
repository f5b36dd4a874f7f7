package org.dossier.bench.micro;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import org.dossier.bench.BenchReport;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the {@link HotStages} microbenchmarks in a forked JVM and writes
 * {@code bench/results/micro.json}: mean and 99.9% error per stage, per pass over the corpus
 * and per article. Options: {@code --iterations N} (default 5).
 */
public final class MicroBenchmarks {

  private MicroBenchmarks() {
  }

  public static void main(String[] args) throws RunnerException {
    int iterations = args.length == 2 && args[0].equals("--iterations")
        ? Integer.parseInt(args[1]) : 5;
    int articles = AebInputs.load().texts().size();
    Options options = new OptionsBuilder()
        .include(HotStages.class.getName())
        .forks(1)
        .warmupIterations(3).warmupTime(TimeValue.seconds(2))
        .measurementIterations(iterations).measurementTime(TimeValue.seconds(2))
        .jvmArgsAppend("-Xmx2g", "-Ddossier.shared=" + BenchReport.shared().toAbsolutePath())
        .build();
    Collection<RunResult> results = new Runner(options).run();

    BenchReport report = new BenchReport("micro",
        "JMH microbenchmarks of the model-free hot stages (HTML extraction, time tagging,"
            + " finding quoted passages), one pass over the " + articles + " AEB pages per"
            + " operation; average time, one fork, 3 warm-up and " + iterations
            + " measured iterations of 2 s.");
    report.root().put("articles", articles);
    ArrayNode stages = report.root().putArray("stages");
    for (RunResult result : results) {
      var score = result.getPrimaryResult();
      String label = result.getParams().getBenchmark();
      ObjectNode stage = stages.addObject();
      stage.put("stage", label.substring(label.lastIndexOf('.') + 1));
      stage.put("msPerCorpus", round(score.getScore()));
      stage.put("error999", round(score.getScoreError()));
      stage.put("msPerArticle", round(score.getScore() / articles));
      stage.put("articlesPerSecond", round(articles * 1000.0 / score.getScore()));
    }
    report.root().put("loadAverageAtEnd",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("wrote " + report.write(BenchReport.projectDir(), "micro"));
  }

  private static double round(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }
}
