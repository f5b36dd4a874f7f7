package org.dossier.bench.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.dossier.nlp.NlpBackbone;
import org.dossier.nlp.NlpOptions;
import org.dossier.nlp.time.TimeTagger;

/**
 * Measures Dossier's time normalization and CoreNLP's SUTime side by side on the TempEval-3
 * development documents (TimeBank + AQUAINT, anchored on each document's creation time) and
 * writes the TempEval-3 task A scores, speed and machine to {@code bench/results/tempeval3.json}.
 * Dossier runs twice: as the pipeline runs it (each text parsed, so the tense comes from the words
 * and the parse; the timing includes the parse) and as the parser-free tagger alone.
 *
 * <pre>
 * java -Xmx6g -cp ... org.dossier.bench.time.TempEvalBenchmark [OUTPUT.json] [--errors FILE]
 *     [--dossier-only | --words-only]
 * </pre>
 * {@code --errors FILE} also lists Dossier's misses, false alarms and wrong values, for
 * development; {@code --dossier-only} skips SUTime and {@code --words-only} the parser too.
 */
public final class TempEvalBenchmark {

  /** The pipeline's time stage: the text parsed, the tense read from words and parse. */
  static final String PIPELINE = "Dossier (pipeline: tagger + parsed tense)";
  private static final String TAGGER_ALONE = "Dossier TimeTagger alone (tense from words)";

  /** Documents each system tags once, untimed, before the timed run, so the JIT has warmed up. */
  private static final int WARMUP_DOCUMENTS = 64;

  private TempEvalBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    Path output = Path.of("bench/results/tempeval3.json");
    Path errors = null;
    boolean dossierOnly = false;
    boolean wordsOnly = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--errors" -> errors = Path.of(args[++i]);
        case "--dossier-only" -> dossierOnly = true;
        case "--words-only" -> wordsOnly = true;
        default -> output = Path.of(args[i]);
      }
    }
    if (!TempEvalCorpus.available()) {
      System.err.println("No TempEval-3 documents in " + TempEvalCorpus.folder().toAbsolutePath());
      System.exit(3);
    }
    List<TimeMlDocument> documents = TempEvalCorpus.load();
    TimeTagger tagger = TimeTagger.create();
    BiFunction<String, Optional<LocalDate>, List<TimexSpan>> words = TempEvalRun.dossier(tagger);
    warmUp(documents, words);
    TempEvalRun tagged = TempEvalRun.of(TAGGER_ALONE, documents, words);
    report(tagged);
    BiFunction<String, Optional<LocalDate>, List<TimexSpan>> dossier = words;
    List<TempEvalRun> runs = new ArrayList<>();
    if (!wordsOnly) {
      dossier = TempEvalRun.dossierParsed(tagger, NlpBackbone.load(NlpOptions.defaults()));
      warmUp(documents, dossier);
      TempEvalRun pipeline = TempEvalRun.of(PIPELINE, documents, dossier);
      report(pipeline);
      runs.add(pipeline);
    }
    runs.add(tagged);
    if (errors != null) {
      try (PrintWriter out =
          new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
        TempEvalErrors.write(documents, dossier, out);
      }
    }
    if (dossierOnly || wordsOnly) {
      return;
    }
    SuTimeTagger sutime = SuTimeTagger.load();
    warmUp(documents, sutime::tag);
    TempEvalRun baseline = TempEvalRun.of("Stanford CoreNLP 4.5.10 SUTime", documents, sutime::tag);
    report(baseline);
    runs.add(baseline);
    write(output, runs);
  }

  private static void warmUp(List<TimeMlDocument> documents,
      BiFunction<String, Optional<LocalDate>, List<TimexSpan>> tagger) {
    for (TimeMlDocument document : documents.subList(0, Math.min(WARMUP_DOCUMENTS,
        documents.size()))) {
      tagger.apply(document.text(), document.creationDate());
    }
  }

  private static void report(TempEvalRun run) {
    TempEvalCounts c = run.counts();
    System.out.printf("%-32s strict F1 %.3f  relaxed F1 %.3f (P %.3f R %.3f)  value F1 %.3f"
            + "  type acc %.3f  %d docs in %.1f s (%.1f docs/s)%n", run.system(), c.strictF1(),
        c.relaxedF1(), c.relaxedPrecision(), c.relaxedRecall(), c.valueF1(), c.typeAccuracy(),
        run.documents(), run.seconds(), run.documentsPerSecond());
  }

  private static void write(Path output, List<TempEvalRun> runs) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", "TempEval-3 task A (time expressions): TimeBank 1.2 + AQUAINT"
        + " development documents");
    json.put("data", TempEvalCorpus.folder().toString());
    json.put("metric", "TE3-evaluation.py definitions: token-extent strict/relaxed P/R/F1;"
        + " value and type F1 = attribute accuracy on relaxed matches x relaxed F1;"
        + " DCT (t0) excluded; Dossier's anchored offsets scored as the dates they point to");
    json.put("date", Instant.now().toString());
    json.put("timing", "models loaded, after an untimed warm-up on the first "
        + WARMUP_DOCUMENTS + " documents; one thread; the pipeline's time includes parsing");
    json.put("machine", machine());
    Map<String, Object> systems = new LinkedHashMap<>();
    for (TempEvalRun run : runs) {
      systems.put(run.system(), scores(run));
    }
    json.put("systems", systems);
    Map<String, Object> published = new LinkedHashMap<>();
    published.put("note", "value F1 on the TempEval-3 platinum test (not these documents)");
    published.put("HeidelTime", 0.776);
    published.put("SUTime", 0.674);
    json.put("published", published);
    Files.createDirectories(output.toAbsolutePath().getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(output.toFile(), json);
    System.out.println("Wrote " + output);
  }

  private static Map<String, Object> scores(TempEvalRun run) {
    TempEvalCounts c = run.counts();
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("strict", prf(c.strictPrecision(), c.strictRecall(), c.strictF1()));
    s.put("relaxed", prf(c.relaxedPrecision(), c.relaxedRecall(), c.relaxedF1()));
    s.put("valueF1", round(c.valueF1()));
    s.put("valueAccuracy", round(c.valueAccuracy()));
    s.put("typeF1", round(c.typeF1()));
    s.put("typeAccuracy", round(c.typeAccuracy()));
    s.put("documents", run.documents());
    s.put("goldExpressions", c.gold());
    s.put("systemExpressions", c.system());
    s.put("seconds", round(run.seconds()));
    s.put("documentsPerSecond", round(run.documentsPerSecond()));
    return s;
  }

  private static Map<String, Object> prf(double precision, double recall, double f1) {
    Map<String, Object> scores = new LinkedHashMap<>();
    scores.put("precision", round(precision));
    scores.put("recall", round(recall));
    scores.put("f1", round(f1));
    return scores;
  }

  private static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("processors", Runtime.getRuntime().availableProcessors());
    m.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    try {
      Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .findFirst().ifPresent(l -> m.put("cpu", l.substring(l.indexOf(':') + 1).trim()));
      // The machine is shared: the load at the time says how much the timings can be trusted.
      m.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).trim());
    } catch (IOException | RuntimeException e) {
      m.putIfAbsent("cpu", "unknown");
    }
    return m;
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
