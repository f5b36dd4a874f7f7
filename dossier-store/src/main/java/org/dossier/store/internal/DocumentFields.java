package org.dossier.store.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Adds fields to a search document from a result row, skipping SQL NULLs. */
final class DocumentFields {

  private final Document document = new Document();
  private final ResultSet row;

  DocumentFields(ResultSet row, String kind, long seq, long order) {
    this.row = row;
    document.add(new StringField(IndexFields.KIND, kind, Field.Store.YES));
    document.add(new LongPoint(IndexFields.ARTICLE_SEQ, seq));
    document.add(new StoredField(IndexFields.ARTICLE_SEQ, seq));
    document.add(new NumericDocValuesField(IndexFields.ORDER, order));
  }

  Document document() {
    return document;
  }

  /** An exact term, stored when {@code stored}. */
  DocumentFields term(String field, String column, boolean stored) throws SQLException {
    String value = row.getString(column);
    if (value != null) {
      document.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    }
    return this;
  }

  /** Every element of a list column as an exact term. */
  DocumentFields terms(String field, String column) throws SQLException {
    Array array = row.getArray(column);
    if (array != null) {
      for (Object value : (Object[]) array.getArray()) {
        if (value != null) {
          document.add(new StringField(field, value.toString(), Field.Store.NO));
        }
      }
    }
    return this;
  }

  /** Analyzed text for search, stored when {@code stored}. */
  DocumentFields text(String field, String column, boolean stored) throws SQLException {
    String value = row.getString(column);
    if (value != null) {
      document.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    }
    return this;
  }

  /** A value kept for display only. */
  DocumentFields stored(String field, String column) throws SQLException {
    String value = row.getString(column);
    if (value != null) {
      document.add(new StoredField(field, value));
    }
    return this;
  }

  /** A date as an epoch day: a range-searchable point, a sort value and a stored value. */
  DocumentFields day(String field, String column) throws SQLException {
    Date date = row.getDate(column);
    if (date != null) {
      long day = date.toLocalDate().toEpochDay();
      document.add(new LongPoint(field, day));
      document.add(new NumericDocValuesField(field, day));
      document.add(new StoredField(field, day));
    }
    return this;
  }
}
