package org.dossier.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.dossier.model.DossierJson;

/**
 * Reads the article-extraction-benchmark's pages from the shared evaluation folder at run time
 * ({@code <shared>/eval/aeb}: {@code ground-truth.json} and {@code html/<id>.html.gz}), in id
 * order. Nothing of it is copied into the project.
 */
public final class AebCorpus {

  private AebCorpus() {
  }

  /** The benchmark folder under {@code shared}. */
  public static Path folder(Path shared) {
    return shared.resolve("eval/aeb");
  }

  /** Whether the benchmark data is present under {@code shared}. */
  public static boolean isPresent(Path shared) {
    return Files.isRegularFile(folder(shared).resolve("ground-truth.json"));
  }

  /** All pages of the benchmark under {@code shared}. */
  public static List<AebPage> load(Path shared) {
    Path folder = folder(shared);
    try {
      JsonNode truth = DossierJson.mapper().readTree(folder.resolve("ground-truth.json").toFile());
      List<AebPage> pages = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : truth.properties()) {
        pages.add(new AebPage(e.getKey(), e.getValue().path("url").asText(""),
            html(folder.resolve("html").resolve(e.getKey() + ".html.gz")),
            e.getValue().path("articleBody").asText("")));
      }
      pages.sort(java.util.Comparator.comparing(AebPage::id));
      return List.copyOf(pages);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the benchmark in " + folder, e);
    }
  }

  private static String html(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
