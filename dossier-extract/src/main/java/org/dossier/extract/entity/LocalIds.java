package org.dossier.extract.entity;

import java.util.Locale;
import org.dossier.model.EntityType;

/**
 * Stable ids for entities the knowledge base does not know: the type and a slug of the
 * canonical name, so the same name gets the same id in every article and every run.
 */
final class LocalIds {

  private LocalIds() {
  }

  static String of(EntityType type, String name) {
    String slug = NameMatcher.normalize(name).replace('\'', '-').replace(' ', '-')
        .replaceAll("-+", "-");
    return "dossier:" + type.name().toLowerCase(Locale.ROOT) + ":" + slug;
  }
}
