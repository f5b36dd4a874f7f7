package org.dossier.knowledge;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.dossier.knowledge.internal.DataFiles;
import org.junit.jupiter.api.Test;

class MalformedDataTest {

  @Test
  void malformedRowIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> KnowledgeBase.from(replacing("malformed", "people.tsv")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("people.tsv:4: expected 4 tab-separated values [id, name, aliases, "
            + "countryCode], found 3 in 'Q6279\tJoe Biden\tUS'");
  }

  @Test
  void malformedDateIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> KnowledgeBase.from(replacing("malformed", "office-terms.tsv")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("office-terms.tsv:2: end is not a date (yyyy-MM-dd): '20 January 2021'");
  }

  @Test
  void termOfAnUnknownPersonIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> KnowledgeBase.from(replacing("unknown-person", "office-terms.tsv")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("office-terms.tsv:3: unknown person 'Q999999999' (not in people.tsv)");
  }

  /** The shipped files, except {@code file}, which comes from the test fixture folder. */
  private static DataFiles replacing(String folder, String file) {
    DataFiles shipped = DataFiles.besideClass(KnowledgeBase.class);
    return name -> {
      if (!name.equals(file)) {
        return shipped.open(name);
      }
      InputStream in = MalformedDataTest.class.getResourceAsStream("/" + folder + "/" + name);
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    };
  }
}
