package org.dossier.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** News sentences of the kinds the backbone meets, and the example article the project ships. */
final class TestTexts {

  static final String NEWS_SENTENCES = """
      Trump said on Friday that Iran had paid the consequences for not making a deal.
      "We will see what the outcome will be," the Israeli premier told reporters in Jerusalem.
      The talks, hosted by Oman, ended without an agreement; both sides vowed to meet again.
      Araghchi wrote on X that Israel has always sought to drag the US into wars.
      Shares of the company, which lost $1.2 billion in the third quarter, fell 4% to $37.50.
      Protesters, some carrying flags, marched from the square to parliament late Tuesday.
      """;

  private TestTexts() {
  }

  static String exampleArticle() {
    try {
      return Files.readString(Path.of("../examples/vienna-2015-07-14-iran-nuclear-deal.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
