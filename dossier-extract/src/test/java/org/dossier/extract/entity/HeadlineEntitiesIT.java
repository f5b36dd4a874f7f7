package org.dossier.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.extract.SharedModels;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;

/** Headlines and subheadings in title case, where every word looks like part of a name. */
class HeadlineEntitiesIT {

  private static List<String> entities(String text) {
    return SharedModels.analysis().analyze(Article.builder("headline-entities-it", text)
            .published(LocalDate.of(2016, 9, 20)).build()).entities().stream()
        .map(Entity::name)
        .toList();
  }

  @Test
  void aTitleCaseSubheadingIsNoOrganization() {
    List<String> found = entities("The council met on Monday to vote on the budget.\n\n"
        + "Harbor Levy Divides Budget Hawks\n\nMembers argued for an hour before the vote.");
    assertThat(found).noneMatch(name -> name.contains("Levy Divides"));
  }

  @Test
  void aTitleCaseLeadInBeforeAColonIsNoOrganization() {
    List<String> found = entities("The council met on Monday.\n\nVeto Power Blocks Harbor"
        + " Plans: Ending the flood of cars is one of the original goals of the Harbor Commission,"
        + " and members argued for an hour.");
    assertThat(found).noneMatch(name -> name.contains("Power Blocks"));
  }

  @Test
  void aNameFromAHeadlineThatTheStoryUsesAgainIsKept() {
    List<String> found = entities("Bank of America Raises Fees Again\n\nBank of America said on"
        + " Monday that it would raise its monthly fees.");
    assertThat(found).contains("Bank of America");
  }
}
