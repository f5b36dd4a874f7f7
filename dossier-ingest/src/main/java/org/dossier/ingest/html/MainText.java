package org.dossier.ingest.html;

import java.util.List;

/** The article text found on a page, paragraph by paragraph, and the captions beside it. */
public record MainText(List<String> paragraphs, List<String> captions) {

  public MainText {
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
  }

  /** The paragraphs joined by blank lines. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
