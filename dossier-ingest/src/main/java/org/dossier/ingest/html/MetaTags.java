package org.dossier.ingest.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page by lower-cased {@code name}, {@code property} or
 * {@code itemprop} — the first of each wins — for the metadata readers. Immutable.
 */
final class MetaTags {

  private final Map<String, String> values;

  private MetaTags(Map<String, String> values) {
    this.values = values;
  }

  static MetaTags of(Document document) {
    Map<String, String> values = new HashMap<>();
    for (Element meta : document.getElementsByTag("meta")) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"name", "property", "itemprop", "http-equiv"}) {
        String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          values.putIfAbsent(name, content);
        }
      }
    }
    return new MetaTags(Map.copyOf(values));
  }

  /** The content of the first of {@code names} the page has. */
  Optional<String> first(String... names) {
    for (String name : names) {
      String value = values.get(name);
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
