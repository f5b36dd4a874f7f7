package org.dossier.store.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.dossier.store.ArticleRef;
import org.dossier.store.StoredQuote;
import org.dossier.store.TimelineEntry;

/** Reads results back from the stored fields of search documents. */
final class StoredDocs {

  private StoredDocs() {
  }

  static ArticleRef article(Document d) {
    return new ArticleRef(d.get(IndexFields.ID), text(d, IndexFields.TITLE),
        day(d, IndexFields.PUBLISHED), d.get(IndexFields.SOURCE), text(d, IndexFields.URL));
  }

  static StoredQuote quote(Document d) {
    return new StoredQuote(d.get(IndexFields.EVIDENCE), d.get(IndexFields.CODE),
        text(d, IndexFields.SPEAKER), text(d, IndexFields.SPEAKER_NAME), text(d, IndexFields.CUE),
        text(d, IndexFields.CHANNEL), text(d, IndexFields.DATE), day(d, IndexFields.DAY),
        article(d));
  }

  static TimelineEntry entry(Document d) {
    boolean event = IndexFields.EVENT_KIND.equals(d.get(IndexFields.KIND));
    LocalDate day = day(d, IndexFields.DAY).orElseThrow();
    String actor = event ? d.get(IndexFields.ACTOR_NAME)
        : text(d, IndexFields.SPEAKER_NAME).orElse("(speaker unknown)");
    return new TimelineEntry(day, text(d, IndexFields.DATE).orElse(day.toString()),
        d.get(IndexFields.KIND), d.get(IndexFields.CODE), actor, text(d, IndexFields.TARGET_NAME),
        text(d, IndexFields.LOCATION), d.get(IndexFields.EVIDENCE), article(d));
  }

  static long articleSeq(Document d) {
    return d.getField(IndexFields.ARTICLE_SEQ).numericValue().longValue();
  }

  private static Optional<String> text(Document d, String field) {
    return Optional.ofNullable(d.get(field));
  }

  private static Optional<LocalDate> day(Document d, String field) {
    IndexableField value = d.getField(field);
    return value == null || value.numericValue() == null ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(value.numericValue().longValue()));
  }
}
