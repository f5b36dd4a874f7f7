package org.dossier.extract.entity;

import java.util.Optional;
import org.dossier.extract.text.DatelineLocator;
import org.dossier.knowledge.Country;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.knowledge.Place;
import org.dossier.model.Dateline;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;

/**
 * Makes the dateline's place an entity with its mention: the parser never sees the dateline (it
 * is blanked before parsing), so the place it names would otherwise be lost.
 */
final class DatelinePlaceLinker {

  private final KnowledgeLinker linker;
  private final NameMentionLinker names;
  private final DatelineLocator locator = new DatelineLocator();

  DatelinePlaceLinker(KnowledgeLinker linker, NameMentionLinker names) {
    this.linker = linker;
    this.names = names;
  }

  void link(ArticleContext ctx) {
    Optional<Mention> span = locator.place(ctx.article);
    Optional<Dateline> dateline = ctx.article.dateline();
    if (span.isEmpty() || dateline.isEmpty() || dateline.get().place().isEmpty()) {
      return;
    }
    String name = dateline.get().place().get();
    Optional<String> code = dateline.get().countryCode();
    KnowledgeBase kb = linker.knowledge();
    Optional<Place> place = kb.place(name, code);
    Optional<Country> country = kb.country(name);
    EntityDraft draft;
    if (place.isPresent()) {
      draft = names.placeDraft(ctx, place.get());
    } else if (country.isPresent()) {
      draft = ctx.draft(linker.countryDraft(country.get()).id,
          () -> linker.countryDraft(country.get()));
    } else {
      String id = LocalIds.of(EntityType.LOCATION, name);
      draft = ctx.draft(id, () -> new EntityDraft(id, name, EntityType.LOCATION, code,
          Optional.empty()));
    }
    draft.addMention(span.get());
  }
}
