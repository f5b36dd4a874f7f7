package org.dossier.ingest.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.dossier.knowledge.KnowledgeBase;

/** Any paragraph gives no dateline or one that is a prefix of the paragraph. */
class DatelineParserFuzzTest {

  private static final DatelineParser PARSER = new DatelineParser(KnowledgeBase.builtIn());

  @FuzzTest
  void anyParagraphGivesNoDatelineOrOneTakenFromItsStart(byte[] bytes) {
    String paragraph = new String(bytes, StandardCharsets.UTF_8);
    PARSER.parse(paragraph).ifPresent(parsed ->
        assertThat(paragraph.substring(0, parsed.length())).contains(parsed.dateline().text()));
  }
}
