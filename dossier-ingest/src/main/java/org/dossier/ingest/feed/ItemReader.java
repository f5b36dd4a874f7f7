package org.dossier.ingest.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one RSS {@code <item>} or Atom {@code <entry>} the parser stands on into a
 * {@link FeedItem}, taking the first of each field; leaves the parser on the item's end tag.
 */
final class ItemReader {

  private final XMLStreamReader xml;
  private final String contentNamespace;
  private final Map<String, String> fields = new HashMap<>();
  private final List<String> categories = new ArrayList<>();

  ItemReader(XMLStreamReader xml, String contentNamespace) {
    this.xml = xml;
    this.contentNamespace = contentNamespace;
  }

  FeedItem read() throws XMLStreamException {
    int depth = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        if (!field(xml.getLocalName())) {
          depth++;
        }
      }
    }
    return new FeedItem(get("title"), get("link").or(() -> get("guid")), get("published"),
        get("summary"), get("content"), get("author"), categories);
  }

  // Reads a known field whole (true) or steps into an unknown element (false).
  private boolean field(String name) throws XMLStreamException {
    switch (name) {
      case "title" -> put("title", MarkupText.read(xml));
      case "link" -> link();
      case "guid", "id" -> put("guid", MarkupText.read(xml));
      case "pubDate", "published", "date", "issued" -> put("published", MarkupText.read(xml));
      case "updated", "modified" -> put("updated", MarkupText.read(xml));
      case "description", "summary" -> put("summary", MarkupText.read(xml));
      case "encoded" -> put(contentNamespace.equals(xml.getNamespaceURI()) ? "content" : name,
          MarkupText.read(xml));
      case "content" -> put("content", MarkupText.read(xml));
      case "author", "creator" -> put("author", authorName());
      case "category", "subject" -> categories.add(category());
      default -> {
        return false;
      }
    }
    return true;
  }

  private void link() throws XMLStreamException {
    String href = xml.getAttributeValue(null, "href");
    String rel = xml.getAttributeValue(null, "rel");
    String text = MarkupText.read(xml);
    if (href != null && (rel == null || rel.equals("alternate"))) {
      put("link", href);
    } else if (href == null) {
      put("link", text);
    }
  }

  // Atom nests <name> in <author>; RSS writes the name (or an e-mail address) as text.
  private String authorName() throws XMLStreamException {
    String text = MarkupText.read(xml);
    int name = text.indexOf("<name>");
    if (name >= 0) {
      int end = text.indexOf("</name>", name);
      return text.substring(name + 6, end < 0 ? text.length() : end).strip();
    }
    return text;
  }

  private String category() throws XMLStreamException {
    String term = xml.getAttributeValue(null, "term");
    String text = MarkupText.read(xml);
    return term != null ? term : text;
  }

  private void put(String key, String value) {
    if (value != null && !value.isBlank()) {
      fields.putIfAbsent(key, value.strip());
    }
  }

  private Optional<String> get(String key) {
    Optional<String> value = Optional.ofNullable(fields.get(key));
    return key.equals("published") ? value.or(() -> Optional.ofNullable(fields.get("updated")))
        : value;
  }
}
