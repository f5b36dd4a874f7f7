package org.dossier.store.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Builds the Lucene clauses of filters: entity id sets, codes, countries and date ranges. */
final class FilterQueries {

  private FilterQueries() {
  }

  static Query kind(String kind) {
    return new TermQuery(new Term(IndexFields.KIND, kind));
  }

  /** Any of {@code ids} in {@code field}; no ids matches nothing. */
  static Query anyOf(String field, Set<String> ids) {
    if (ids.isEmpty()) {
      return new MatchNoDocsQuery("no entity matches");
    }
    return new TermInSetQuery(field, ids.stream().map(BytesRef::new).collect(Collectors.toList()));
  }

  /** {@code ids} in either field. */
  static Query eitherOf(String first, String second, Set<String> ids) {
    return new BooleanQuery.Builder().add(anyOf(first, ids), Occur.SHOULD)
        .add(anyOf(second, ids), Occur.SHOULD).setMinimumNumberShouldMatch(1).build();
  }

  static Optional<Query> code(String field, Optional<String> code) {
    return code.map(c -> new TermQuery(new Term(field, c.toUpperCase(Locale.ROOT))));
  }

  /** Days within {@code from}..{@code to}; also requires the field to be present. */
  static Query days(String field, Optional<LocalDate> from, Optional<LocalDate> to) {
    return LongPoint.newRangeQuery(field, from.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
        to.map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE));
  }

  static boolean hasDates(Optional<LocalDate> from, Optional<LocalDate> to) {
    return from.isPresent() || to.isPresent();
  }
}
