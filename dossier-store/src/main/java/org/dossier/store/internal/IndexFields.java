package org.dossier.store.internal;

/**
 * The fields of the search index. Every document has a {@link #KIND} ({@code article},
 * {@code event} or {@code quote}) and the {@link #ARTICLE_SEQ} of its article, so replacing an
 * article deletes all its documents with one term. Filter fields hold entity ids, PLOVER codes
 * and country codes as exact terms; {@link #DAY} and {@link #PUBLISHED} are epoch days, indexed
 * for ranges and kept as doc values for sorting.
 */
final class IndexFields {

  static final String KIND = "kind";
  static final String ARTICLE_SEQ = "aseq";
  static final String ORDER = "order";

  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String QUOTE = "quote";
  static final String PUBLISHED = "published";
  static final String SOURCE = "source";
  static final String URL = "url";

  static final String SPEAKER = "speaker";
  static final String ACTOR = "actor";
  static final String TARGET = "target";
  static final String ABOUT = "about";
  static final String EVENT = "event";
  static final String COUNTRY = "country";
  static final String DAY = "day";

  static final String DATE = "date";
  static final String CODE = "code";
  static final String ACTOR_NAME = "actor_name";
  static final String TARGET_NAME = "target_name";
  static final String LOCATION = "location";
  static final String EVIDENCE = "evidence";
  static final String SPEAKER_NAME = "speaker_name";
  static final String CUE = "cue";
  static final String CHANNEL = "channel";

  static final String ARTICLE_KIND = "article";
  static final String EVENT_KIND = "event";
  static final String QUOTE_KIND = "quote";

  private IndexFields() {
  }
}
