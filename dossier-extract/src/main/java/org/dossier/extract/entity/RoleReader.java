package org.dossier.extract.entity;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.knowledge.OfficeTerm;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Role;
import org.dossier.nlp.Token;

/**
 * Gives each person the roles they held at the article's date: the offices the knowledge base
 * records for that day, or else the title the article puts before the name ("Iranian Foreign
 * Minister Abbas Aragchi" → Foreign Minister, IR).
 */
final class RoleReader {

  private final KnowledgeBase knowledge;

  RoleReader(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  void addRoles(ArticleContext ctx) {
    for (EntityDraft person : ctx.drafts(EntityType.PERSON)) {
      ctx.published().ifPresent(day -> addKnownRoles(person, day));
      if (!person.hasRoles()) {
        for (Mention m : person.mentions()) {
          titleBefore(ctx, m).ifPresent(person::addRole);
        }
      }
    }
  }

  private void addKnownRoles(EntityDraft person, LocalDate day) {
    for (OfficeTerm term : knowledge.terms(person.id)) {
      if (term.covers(day)) {
        person.addRole(new Role(term.title(), Optional.of(term.countryCode())));
      }
    }
  }

  /** "US President Donald Trump": the TITLE tokens right before the name, and their country. */
  private Optional<Role> titleBefore(ArticleContext ctx, Mention m) {
    var tokens = ctx.parsed.tokensIn(m.start(), m.end());
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    int i = tokens.get(0).index() - 1;
    int end = i;
    while (i >= 0 && ctx.token(i).ner().equals("TITLE")) {
      i--;
    }
    if (i == end) {
      return Optional.empty();
    }
    StringBuilder title = new StringBuilder();
    for (int t = i + 1; t <= end; t++) {
      title.append(t > i + 1 ? " " : "").append(capitalize(ctx.token(t).word()));
    }
    Optional<String> country = Optional.empty();
    if (i >= 0) {
      Token before = ctx.token(i);
      if (before.ner().equals("NATIONALITY")) {
        country = knowledge.countryByDemonym(before.word()).map(c -> c.iso2());
      } else if (before.ner().equals("COUNTRY")) {
        country = knowledge.country(before.word()).map(c -> c.iso2());
      }
    }
    return Optional.of(new Role(title.toString(), country));
  }

  private static String capitalize(String word) {
    return word.isEmpty() ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
