package org.dossier.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads schema.org JSON-LD blocks ({@code <script type="application/ld+json">}) for the article
 * they describe: the first object typed as an article or news article, looked for through arrays
 * and {@code @graph}s, plus any breadcrumb list. Malformed blocks are ignored: they are common and
 * the page still has its markup. Thread-safe.
 */
final class JsonLdReader {

  private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
      "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
      "backgroundnewsarticle", "scholarlyarticle", "techarticle", "socialmediaposting",
      "liveblogposting", "report", "posting");
  private static final int MAX_NODES = 10_000;

  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();

  /** The article the page's JSON-LD describes, or {@link JsonLdArticle#NONE}. */
  JsonLdArticle read(Document document) {
    JsonNode article = null;
    List<String> crumbs = List.of();
    for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
      for (JsonNode node : objects(parse(script.data()))) {
        if (article == null && hasType(node, ARTICLE_TYPES)) {
          article = node;
        } else if (crumbs.isEmpty() && hasType(node, Set.of("breadcrumblist"))) {
          crumbs = breadcrumbs(node);
        }
      }
    }
    return article == null ? new JsonLdArticle(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), crumbs) : toArticle(article, crumbs);
  }

  private JsonNode parse(String json) {
    try (JsonParser parser = mapper.createParser(json.strip())) {
      JsonNode node = mapper.readTree(parser);
      return node == null ? mapper.nullNode() : node;
    } catch (JsonProcessingException e) {
      return mapper.nullNode();
    } catch (java.io.IOException e) {
      return mapper.nullNode();
    }
  }

  // All objects in arrays and @graph lists, breadth first and bounded.
  private static List<JsonNode> objects(JsonNode root) {
    List<JsonNode> found = new ArrayList<>();
    Deque<JsonNode> queue = new ArrayDeque<>(List.of(root));
    while (!queue.isEmpty() && found.size() < MAX_NODES) {
      JsonNode node = queue.poll();
      if (node.isArray()) {
        node.forEach(queue::add);
      } else if (node.isObject()) {
        found.add(node);
        if (node.has("@graph")) {
          queue.add(node.get("@graph"));
        }
        if (node.has("mainEntity")) {
          queue.add(node.get("mainEntity"));
        }
      }
    }
    return found;
  }

  private static boolean hasType(JsonNode node, Set<String> types) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      if (t.isTextual() && types.contains(t.asText().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static JsonLdArticle toArticle(JsonNode a, List<String> crumbs) {
    return new JsonLdArticle(text(a.get("headline")), text(a.get("articleBody")),
        text(a.get("datePublished")), text(a.get("dateModified")), names(a.get("author")),
        text(a.get("articleSection")), text(a.path("publisher").get("name")),
        text(a.get("url")).or(() -> text(a.path("mainEntityOfPage").get("@id"))),
        text(a.get("inLanguage")), crumbs);
  }

  private static List<String> breadcrumbs(JsonNode list) {
    List<String> names = new ArrayList<>();
    for (JsonNode item : list.path("itemListElement")) {
      text(item.get("name")).or(() -> text(item.path("item").get("name"))).ifPresent(names::add);
    }
    return names;
  }

  private static List<String> names(JsonNode authors) {
    List<String> names = new ArrayList<>();
    if (authors == null) {
      return names;
    }
    for (JsonNode author : authors.isArray() ? authors : List.of(authors)) {
      (author.isTextual() ? text(author) : text(author.get("name"))).ifPresent(names::add);
    }
    return names.stream().distinct().toList();
  }

  // A string value, or the first string of an array; entities decoded, whitespace collapsed.
  private static Optional<String> text(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isArray()) {
      return node.isEmpty() ? Optional.empty() : text(node.get(0));
    }
    if (!node.isValueNode()) {
      return Optional.empty();
    }
    String s = Parser.unescapeEntities(node.asText(), false).strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
