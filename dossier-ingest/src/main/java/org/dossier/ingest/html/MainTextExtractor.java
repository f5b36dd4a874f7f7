package org.dossier.ingest.html;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article text of a parsed page, as a pipeline of small stages read top to bottom:
 * <ol>
 *   <li>{@link PageCleaner} removes what is never article text and page furniture;</li>
 *   <li>{@link ContentSelector} scores containers by paragraph text and picks the article's;</li>
 *   <li>{@link TextCollector} cuts the chosen elements into paragraphs and captions;</li>
 *   <li>{@link BlockFilter} drops the leftover furniture among them.</li>
 * </ol>
 * The document is changed in place (cleaned). Thread-safe: the stages hold no per-page state.
 */
final class MainTextExtractor {

  private static final int MIN_JSON_LD_WORDS = 50;

  private final PageCleaner cleaner;
  private final ContentSelector selector;
  private final TextCollector collector;
  private final BlockFilter filter;

  MainTextExtractor(PageCleaner cleaner, ContentSelector selector, TextCollector collector,
      BlockFilter filter) {
    this.cleaner = cleaner;
    this.selector = selector;
    this.collector = collector;
    this.filter = filter;
  }

  /**
   * All the text of {@code document}, a fragment that is article text already (a feed item's
   * content): cleaned and filtered, but with no container to select.
   */
  MainText fragment(Document document) {
    cleaner.clean(document);
    return assemble(collector.collect(List.of(document.body())), Optional.empty(), List.of());
  }

  /** The article text of {@code document}; {@code title} helps drop the repeated headline. */
  MainText extract(Document document, Optional<String> title, Optional<String> jsonLdBody) {
    cleaner.clean(document);
    Element body = document.body();
    List<Element> roots = selector.select(body, TextStatistics.count(body));
    List<TextBlock> captions = collector.collect(CaptionScope.around(roots)).stream()
        .filter(b -> b.kind() == TextBlock.Kind.CAPTION).toList();
    MainText found = assemble(collector.collect(roots), title, captions);
    return jsonLdBody.filter(ld -> isMuchFuller(ld, found.text()))
        .map(ld -> new MainText(paragraphsOf(ld), found.captions()))
        .orElse(found);
  }

  // JSON-LD bodies are sometimes truncated teasers, so they only win when the page text failed.
  private static boolean isMuchFuller(String jsonLdBody, String found) {
    int ld = words(jsonLdBody);
    return ld >= MIN_JSON_LD_WORDS && words(found) * 2 < ld;
  }

  private static List<String> paragraphsOf(String text) {
    return Arrays.stream(text.split("\\n\\s*\\n|\\n"))
        .map(p -> p.replaceAll("\\s+", " ").strip()).filter(p -> !p.isEmpty()).toList();
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  private MainText assemble(List<TextBlock> blocks, Optional<String> title,
      List<TextBlock> around) {
    List<String> captions = Stream.concat(around.stream(), blocks.stream())
        .filter(b -> b.kind() == TextBlock.Kind.CAPTION)
        .map(TextBlock::text).distinct().toList();
    List<String> paragraphs = filter.filter(blocks, title).stream().map(TextBlock::text).toList();
    return new MainText(paragraphs, captions);
  }
}
