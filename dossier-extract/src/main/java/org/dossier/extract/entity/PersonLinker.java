package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.knowledge.OfficeTerm;
import org.dossier.knowledge.Person;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.nlp.NamedEntityMention;

/**
 * Groups the person names of an article into people: full names first, linked to the knowledge
 * base by name, alias or a one-typo spelling; then lone surnames ("Trump", "Araghchi") to the
 * full name they shorten, or to the known office holder of that name at the publication date.
 */
final class PersonLinker {

  private final KnowledgeLinker linker;
  private final NameMatcher names;

  PersonLinker(KnowledgeLinker linker, NameMatcher names) {
    this.linker = linker;
    this.names = names;
  }

  void link(ArticleContext ctx, List<NamedEntityMention> persons) {
    List<NamedEntityMention> single = new ArrayList<>();
    for (NamedEntityMention m : persons) {
      String name = cleanName(m.text());
      if (name.contains(" ")) {
        linkFullName(ctx, m, name);
      } else {
        single.add(m);
      }
    }
    for (NamedEntityMention m : single) {
      linkSurname(ctx, m, cleanName(m.text()));
    }
  }

  /** Adds {@code m} to a person of the article whose name it is, if there is one. */
  boolean linkByName(ArticleContext ctx, NamedEntityMention m) {
    String word = cleanName(m.text());
    if (word.contains(" ")) {
      return false;
    }
    Optional<EntityDraft> person = inArticle(ctx, word);
    person.ifPresent(p -> p.addMention(ctx.mention(m.start(), m.start() + word.length())));
    return person.isPresent();
  }

  private Optional<EntityDraft> inArticle(ArticleContext ctx, String surname) {
    return ctx.drafts(EntityType.PERSON).stream()
        .filter(d -> d.mentions().stream().anyMatch(x -> x.text().contains(" ")
            && names.sameWord(lastWord(x.text()), surname)) || names.sameWord(lastWord(d.name), surname))
        .findFirst();
  }

  private void linkFullName(ArticleContext ctx, NamedEntityMention m, String name) {
    Mention mention = ctx.mention(m.start(), m.start() + name.length());
    Optional<Person> known = linker.person(name);
    if (known.isPresent()) {
      Person p = known.get();
      ctx.draft(p.id(), () -> linker.personDraft(p)).addMention(mention);
      return;
    }
    for (EntityDraft d : ctx.drafts(EntityType.PERSON)) {
      if (names.sameName(d.name, name)) {
        d.addMention(mention);
        return;
      }
    }
    String id = LocalIds.of(EntityType.PERSON, name);
    ctx.draft(id, () -> new EntityDraft(id, name, EntityType.PERSON, Optional.empty(),
        Optional.empty())).addMention(mention);
  }

  private void linkSurname(ArticleContext ctx, NamedEntityMention m, String word) {
    Mention mention = ctx.mention(m.start(), m.start() + word.length());
    Optional<EntityDraft> inArticle = inArticle(ctx, word);
    if (inArticle.isPresent()) {
      inArticle.get().addMention(mention);
      return;
    }
    Optional<Person> known = linker.knowledge().person(word).or(() -> officeHolder(ctx, word));
    if (known.isPresent()) {
      Person p = known.get();
      ctx.draft(p.id(), () -> linker.personDraft(p)).addMention(mention);
      return;
    }
    String id = LocalIds.of(EntityType.PERSON, word);
    ctx.draft(id, () -> new EntityDraft(id, word, EntityType.PERSON, Optional.empty(),
        Optional.empty())).addMention(mention);
  }

  // A lone surname names a known person only if exactly one person of that name held a
  // tracked office on the publication date: "Trump" in 2026, not "Johnson" in general.
  private Optional<Person> officeHolder(ArticleContext ctx, String surname) {
    if (ctx.published().isEmpty()) {
      return Optional.empty();
    }
    List<Person> serving = linker.bySurname(surname).stream()
        .filter(p -> linker.knowledge().terms(p.id()).stream()
            .anyMatch((OfficeTerm t) -> t.covers(ctx.published().get())))
        .toList();
    return serving.size() == 1 ? Optional.of(serving.get(0)) : Optional.empty();
  }

  static String cleanName(String text) {
    return text.replaceFirst("(?:'s|’s|'|’)$", "").strip();
  }

  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }
}
