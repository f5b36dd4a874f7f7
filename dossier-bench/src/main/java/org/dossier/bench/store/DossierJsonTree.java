package org.dossier.bench.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.dossier.model.DossierJson;

/** A value as a JSON tree, for putting into a report. */
final class DossierJsonTree {

  private DossierJsonTree() {
  }

  static JsonNode of(Object value) {
    return DossierJson.mapper().valueToTree(value);
  }
}
