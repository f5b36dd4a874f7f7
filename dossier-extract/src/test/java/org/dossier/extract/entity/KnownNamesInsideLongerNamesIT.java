package org.dossier.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.extract.SharedModels;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * A known name inside a longer name is not the known entity, unless the other words only date it.
 */
class KnownNamesInsideLongerNamesIT {

  private static List<String> entities(String text) {
    return SharedModels.analysis().analyze(Article.builder("known-names-it", text)
            .published(LocalDate.of(2016, 10, 3)).build()).entities().stream()
        .map(Entity::name)
        .toList();
  }

  @Test
  void aCommitteeNamedAfterAPartyIsNeitherThePartyNorANewspaper() {
    List<String> found = entities("The Republican National Committee filed a complaint on"
        + " Monday.");
    assertThat(found).contains("Republican National Committee")
        .doesNotContain("The National", "Republican Party");
  }

  @Test
  void aWeekdayBeforeAKnownNameDatesItAndIsNoPartOfIt() {
    List<String> found = entities("The senator attacked the plan in his Tuesday Truth Social"
        + " post.");
    assertThat(found).contains("Truth Social").noneMatch(name -> name.startsWith("Tuesday"));
  }

  @Test
  void aWeekdayAfterTheOpensANameOfItsOwn() {
    assertThat(entities("The Sunday Times reported the deal on Monday."))
        .doesNotContain("The Times");
  }
}
