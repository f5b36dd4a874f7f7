package org.dossier.bench.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the PolNeAR development split: {@code text/<name>.txt} and brat standoff
 * {@code attributions/<name>_<annotator>.ann} with Source, Cue and Content spans tied together by
 * Attribution events. Where two annotators annotated an article, the first file is used. The
 * publication date is in the file name ({@code publisher_YYYY-MM-DD_slug}).
 */
final class PolnearCorpus {

  private PolnearCorpus() {
  }

  static List<PolnearArticle> read(Path dev) {
    try (Stream<Path> texts = Files.list(dev.resolve("text"))) {
      List<PolnearArticle> articles = new ArrayList<>();
      for (Path text : texts.sorted().toList()) {
        String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
        Path ann = annotation(dev.resolve("attributions"), name);
        String body = Files.readString(text, StandardCharsets.UTF_8);
        articles.add(new PolnearArticle(name, LocalDate.parse(name.split("_")[1]), body,
            parse(Files.readAllLines(ann, StandardCharsets.UTF_8))));
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PolNeAR from " + dev, e);
    }
  }

  private static Path annotation(Path dir, String name) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith(name + "_"))
          .sorted().findFirst()
          .orElseThrow(() -> new IOException("no annotation for " + name));
    }
  }

  static List<GoldAttribution> parse(List<String> lines) {
    Map<String, List<int[]>> spans = new HashMap<>();
    List<GoldAttribution> out = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (line.startsWith("T") && f.length >= 2) {
        String[] typeAndSpans = f[1].split(" ", 2);
        spans.put(f[0], spans(typeAndSpans[1]));
      }
    }
    for (String line : lines) {
      if (!line.startsWith("E")) {
        continue;
      }
      List<int[]> sources = new ArrayList<>();
      List<int[]> cues = new ArrayList<>();
      List<int[]> contents = new ArrayList<>();
      for (String arg : line.split("\t")[1].split(" ")) {
        String[] kv = arg.split(":");
        List<int[]> s = spans.getOrDefault(kv[1], List.of());
        switch (kv[0].replaceAll("\\d+$", "")) {
          case "Source" -> sources.addAll(s);
          case "Cue" -> cues.addAll(s);
          case "Content" -> contents.addAll(s);
          default -> { }
        }
      }
      if (!contents.isEmpty()) {
        out.add(new GoldAttribution(sources, cues, contents));
      }
    }
    return out;
  }

  private static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    for (String piece : text.split(";")) {
      String[] se = piece.trim().split(" ");
      out.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
    }
    return out;
  }
}
