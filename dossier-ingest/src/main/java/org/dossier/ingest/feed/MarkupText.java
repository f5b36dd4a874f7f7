package org.dossier.ingest.feed;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the content of the element a parser stands on as a string: its text, with any child
 * elements (Atom {@code type="xhtml"} content) written back as markup so an HTML reader sees them.
 */
final class MarkupText {

  private MarkupText() {
  }

  /** The content of the current element; leaves the parser on its end tag. */
  static String read(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        out.append('<').append(xml.getLocalName());
        for (int i = 0; i < xml.getAttributeCount(); i++) {
          out.append(' ').append(xml.getAttributeLocalName(i)).append("=\"")
              .append(escape(xml.getAttributeValue(i))).append('"');
        }
        out.append('>');
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == 0) {
          break;
        }
        depth--;
        out.append("</").append(xml.getLocalName()).append('>');
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        String text = xml.getText();
        out.append(depth > 0 ? escape(text) : text);
      }
    }
    return out.toString().strip();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }
}
