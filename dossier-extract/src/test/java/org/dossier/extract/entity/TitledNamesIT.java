package org.dossier.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.extract.SharedModels;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.junit.jupiter.api.Test;

/** People the tagger misses but a title in front of them names. */
class TitledNamesIT {

  private static List<String> people(String text) {
    return SharedModels.analysis().analyze(Article.builder("titled-names-it", text)
            .published(LocalDate.of(2016, 9, 10)).build()).entities().stream()
        .filter(e -> e.type() == EntityType.PERSON)
        .map(Entity::name)
        .toList();
  }

  @Test
  void aCapitalizedTitleIntroducesAPersonTheTaggerMissed() {
    assertThat(people("Secretary General Ban Ki-moon condemned what he called a \"brazen"
        + " breach\" of the resolutions.")).contains("Ban Ki-moon");
  }

  @Test
  void aTitleInsideAHyphenatedCompoundIntroducesNobody() {
    assertThat(people("Both candidates spoke at the Commander-in-Chief Forum on Wednesday."))
        .doesNotContain("Forum");
  }
}
