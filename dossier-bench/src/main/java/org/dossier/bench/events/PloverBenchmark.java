package org.dossier.bench.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.extract.Analysis;
import org.dossier.knowledge.KnowledgeBase;

/**
 * Measures Dossier's event coder on the PLOVER gold-standard development sentences and writes
 * event-type, source and target accuracy (issue 7) and actor-country accuracy (issue 5), with the
 * confusion of types, speed and machine, to {@code bench/results/plover.json}.
 *
 * <pre>
 * java -Xmx5g -cp ... org.dossier.bench.events.PloverBenchmark [OUTPUT.json] [--errors FILE]
 * </pre>
 * {@code --errors FILE} also lists every sentence with the gold coding and Dossier's events, for
 * development.
 */
public final class PloverBenchmark {

  private PloverBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    Path output = Path.of("bench/results/plover.json");
    Path errors = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--errors")) {
        errors = Path.of(args[++i]);
      } else {
        output = Path.of(args[i]);
      }
    }
    if (!PloverCorpus.available()) {
      System.err.println("No PLOVER gold standard at " + PloverCorpus.file().toAbsolutePath());
      System.exit(3);
    }
    KnowledgeBase knowledge = KnowledgeBase.builtIn();
    Analysis analysis = Analysis.load(knowledge);
    List<PloverRecord> records = PloverCorpus.load();
    PloverRun run = PloverRun.of(analysis, new PloverScorer(new GoldActorCodes(knowledge)), records);
    PloverScores s = run.scores();
    System.out.printf("event type %.3f  source %.3f  target %.3f  actor-country %.3f"
            + "  (%d sentences, %d without event, %.1f s)%n", s.typeAccuracy(), s.sourceAccuracy(),
        s.targetAccuracy(), s.actorCountryAccuracy(), s.sentences(), s.withoutEvent(), run.seconds());
    if (errors != null) {
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
        PloverErrors.write(run.outcomes(), out);
      }
    }
    write(output, run);
  }

  private static void write(Path output, PloverRun run) throws IOException {
    PloverScores s = run.scores();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", "PLOVER event coding (issue 7) and actor countries (issue 5):"
        + " gold-standard development sentences");
    json.put("data", PloverCorpus.file().toString());
    json.put("metric", new TreeMap<>(Map.of(
        "eventType", "share of sentences whose best event (highest confidence) has the gold type;"
            + " PLOVER 0.5 types mapped DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE,"
            + " FIGHT->ASSAULT",
        "source", "share of sentences with a gold source whose best event's source country"
            + " (alpha-2; IGO/NGO/IMG = an organization of no country) matches a gold source",
        "target", "the same for targets, over sentences with a gold target",
        "actorCountry", "share of gold actors whose country is carried by an entity of the"
            + " sentence (country, place, person by nationality or role, organization)")));
    json.put("date", Instant.now().toString());
    json.put("machine", machine());
    json.put("sentences", s.sentences());
    json.put("eventTypeAccuracy", round(s.typeAccuracy()));
    json.put("sourceAccuracy", round(s.sourceAccuracy()));
    json.put("targetAccuracy", round(s.targetAccuracy()));
    json.put("actorCountryAccuracy", round(s.actorCountryAccuracy()));
    json.put("counts", counts(s));
    json.put("rightByType", s.rightByType());
    Map<String, Object> confusion = new TreeMap<>();
    s.confusion().forEach((gold, row) -> confusion.put(gold, new TreeMap<>(row)));
    json.put("confusion", confusion);
    json.put("seconds", round(run.seconds()));
    json.put("sentencesPerSecond", round(s.sentences() / run.seconds()));
    Files.createDirectories(output.toAbsolutePath().getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(output.toFile(), json);
    System.out.println("Wrote " + output);
  }

  private static Map<String, Object> counts(PloverScores s) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("typeRight", s.typeRight());
    c.put("withSource", s.withSource());
    c.put("sourceRight", s.sourceRight());
    c.put("withTarget", s.withTarget());
    c.put("targetRight", s.targetRight());
    c.put("goldActors", s.actors());
    c.put("goldActorsFound", s.actorsFound());
    c.put("sentencesWithoutEvent", s.withoutEvent());
    return c;
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
    } catch (IOException | RuntimeException e) {
      m.put("cpu", "unknown");
    }
    return m;
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
