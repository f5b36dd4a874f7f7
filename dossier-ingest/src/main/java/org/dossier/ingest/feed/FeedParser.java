package org.dossier.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.text.DeclaredCharset;
import org.dossier.ingest.text.TextDecoder;
import org.dossier.ingest.MessageLine;

/**
 * Parses RSS 2.0, RSS 1.0 (RDF) and Atom feeds with a streaming XML parser that never loads a DTD
 * and never resolves an external entity, so XXE and entity-expansion ("billion laughs") documents
 * fail instead of reading files or exhausting memory. Thread-safe: one parser per call.
 */
public final class FeedParser {

  private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";

  private final XMLInputFactory factory;
  private final TextDecoder decoder = new TextDecoder();

  public FeedParser() {
    factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("external entities are not loaded: " + systemId);
    });
  }

  /** Parses the feed in {@code in} read from {@code source}. */
  public Feed parse(String source, InputStream in) {
    XMLStreamReader xml = null;
    try {
      // Decoded here, not by the parser: the JDK parser prints its own "[Fatal Error]" line on
      // standard error for bytes that are not in the declared encoding, and gives up on them.
      xml = factory.createXMLStreamReader(new StringReader(decoded(source, in)));
      return read(source, xml);
    } catch (XMLStreamException e) {
      throw new IngestException(source, describe(e), e);
    } catch (MissingResourceException e) {
      // The JDK's parser fails to format some of its own errors (a NUL in a DOCTYPE).
      throw new IngestException(source, "not a well-formed XML feed: " + e.getKey(), e);
    } finally {
      close(xml);
    }
  }

  private String decoded(String source, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new IngestException(source, e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
    return decoder.decode(source, bytes, DeclaredCharset.fromMarkup(bytes)).text();
  }

  private Feed read(String source, XMLStreamReader xml) throws XMLStreamException {
    String root = null;
    Map<String, String> channel = new HashMap<>();
    List<FeedItem> items = new ArrayList<>();
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = xml.getLocalName();
      if (root == null) {
        root = name;
        requireFeedRoot(source, name);
        Optional.ofNullable(xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang"))
            .ifPresent(lang -> channel.put("language", lang));
      } else if (name.equals("item") || name.equals("entry")) {
        items.add(new ItemReader(xml, CONTENT_NS).read());
      } else if ((name.equals("title") || name.equals("language")) && !channel.containsKey(name)) {
        channel.put(name, MarkupText.read(xml));
      }
    }
    if (root == null) {
      throw new IngestException(source, "not an XML feed: the document is empty");
    }
    return new Feed(Optional.ofNullable(channel.get("title")).filter(t -> !t.isBlank()),
        Optional.ofNullable(channel.get("language")).filter(t -> !t.isBlank()), items);
  }

  private static void requireFeedRoot(String source, String root) {
    if (!root.equals("rss") && !root.equals("feed") && !root.equals("RDF")) {
      throw new IngestException(source,
          "XML but not an RSS or Atom feed: the root element is <" + root + ">");
    }
  }

  // "ParseError at [row,col]:[1,1]\nMessage: Content is not allowed in prolog." → one line.
  static String describe(XMLStreamException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int at = message.indexOf("Message: ");
    String detail = MessageLine.of(at >= 0 ? message.substring(at + "Message: ".length())
        : message);
    if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
      return "not a well-formed XML feed (line " + e.getLocation().getLineNumber() + ", column "
          + e.getLocation().getColumnNumber() + "): " + detail;
    }
    return "not a well-formed XML feed: " + detail;
  }

  private static void close(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // Closing a parser that already failed has nothing left to tell.
      }
    }
  }
}
