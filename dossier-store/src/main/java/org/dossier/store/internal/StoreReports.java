package org.dossier.store.internal;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.AnalyzedArticle;
import org.dossier.store.ExportFormat;
import org.dossier.store.ExportResult;
import org.dossier.store.Story;
import org.dossier.store.StoryQuery;

/**
 * Answers the questions the database answers directly: membership, a stored record, storylines,
 * exports.
 */
public final class StoreReports {

  private final Database database;

  public StoreReports(Database database) {
    this.database = database;
  }

  public boolean contains(String articleId) {
    return database.read(c -> {
      try (PreparedStatement statement = c.prepareStatement(
          "SELECT 1 FROM articles WHERE id = ?")) {
        statement.setString(1, articleId);
        try (ResultSet rows = statement.executeQuery()) {
          return rows.next();
        }
      }
    });
  }

  public Optional<AnalyzedArticle> article(String articleId) {
    return database.read(c -> StoredArticleReader.read(c, articleId));
  }

  public List<Story> stories(StoryQuery query) {
    return database.read(c -> {
      Optional<Set<String>> actors = query.actor().isPresent()
          ? Optional.of(NameResolver.resolve(c, "--actor", query.actor().get()))
          : Optional.empty();
      return StoryClusterer.cluster(c, query, actors);
    });
  }

  public ExportResult export(Path directory, ExportFormat format) {
    return new Exporter(database).export(directory, format);
  }
}
