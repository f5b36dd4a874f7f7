package org.dossier.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.store.QuerySyntaxException;

/**
 * Turns a name a user types into the ids of the entities it means: an exact entity id, or a
 * case-insensitive part of an entity's canonical name or of any name it was stored under.
 * "Trump" finds Donald Trump (and Eric Trump); "Q22686" finds exactly one.
 */
final class NameResolver {

  /** More matches than this means the name says too little to be useful as a filter. */
  static final int MAX_MATCHES = 10_000;

  private static final String MATCH = "SELECT id FROM entities WHERE lower(id) = lower(?)"
      + " OR contains(lower(name), lower(?)) UNION SELECT entity_id FROM entity_names"
      + " WHERE contains(lower(name), lower(?)) LIMIT " + (MAX_MATCHES + 1);

  private NameResolver() {
  }

  static Set<String> resolve(Connection connection, String option, String name)
      throws SQLException {
    Set<String> ids = new TreeSet<>();
    try (PreparedStatement statement = connection.prepareStatement(MATCH)) {
      statement.setString(1, name);
      statement.setString(2, name);
      statement.setString(3, name);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    if (ids.size() > MAX_MATCHES) {
      throw new QuerySyntaxException(name, option + " '" + name + "' matches more than "
          + MAX_MATCHES + " entities; give more of the name or an entity id", null);
    }
    return ids;
  }
}
