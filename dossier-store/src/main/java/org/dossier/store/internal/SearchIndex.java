package org.dossier.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dossier.store.StoreException;

/**
 * The Lucene side of a store: article, event and quote documents, written by one writer and
 * read by any number of threads through near-real-time searchers. Each commit carries the
 * {@link IndexMarker} of the database batch it mirrors, which is how a store opened after a
 * crash knows how far its index got. Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {

  private final String store;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final IndexSearcher empty;

  private SearchIndex(String store, Directory directory, IndexWriter writer,
      SearcherManager searchers) {
    this.store = store;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.empty = searchers == null ? emptySearcher() : null;
  }

  private static IndexSearcher emptySearcher() {
    try {
      return new IndexSearcher(new MultiReader());
    } catch (IOException e) {
      throw new UncheckedIOException("an empty reader reads nothing", e);
    }
  }

  /** The analyzer of every text field: standard tokens, lower-cased, no stop words. */
  public static Analyzer analyzer() {
    return new StandardAnalyzer();
  }

  /** Opens the index for writing; a missing or unreadable index is started afresh. */
  public static SearchIndex openWritable(StoreFiles files) {
    try {
      Files.createDirectories(files.index());
      Directory directory = FSDirectory.open(files.index());
      IndexWriter writer = openWriter(directory);
      return new SearchIndex(files.name(), directory, writer, new SearcherManager(writer, null));
    } catch (IOException e) {
      throw new StoreException(files.name(), "cannot open search index " + files.index() + ": "
          + e.getMessage(), e);
    }
  }

  private static IndexWriter openWriter(Directory directory) throws IOException {
    try {
      return new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    } catch (IOException e) {
      // A corrupt index is only a copy of the database: clear it, start again, rebuild it.
      for (String file : directory.listAll()) {
        directory.deleteFile(file);
      }
      return new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
    }
  }

  private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(analyzer()).setOpenMode(mode).setRAMBufferSizeMB(128);
  }

  /**
   * Opens the index for reading; a missing or unreadable index reads as empty and never
   * committed, which tells the store to rebuild it.
   */
  public static SearchIndex openReadOnly(StoreFiles files) {
    try {
      Directory directory = FSDirectory.open(files.index());
      try {
        return new SearchIndex(files.name(), directory, null, new SearcherManager(directory, null));
      } catch (IndexNotFoundException | CorruptIndexException | IndexFormatTooOldException
          | IndexFormatTooNewException e) {
        return new SearchIndex(files.name(), directory, null, null);
      }
    } catch (IOException e) {
      throw new StoreException(files.name(), "cannot read search index " + files.index() + ": "
          + e.getMessage(), e);
    }
  }

  /** The batch the last commit mirrors, or {@link IndexMarker#NONE}. */
  public IndexMarker marker() {
    if (writer != null) {
      Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
      Map<String, String> map = new java.util.HashMap<>();
      if (data != null) {
        data.forEach(e -> map.put(e.getKey(), e.getValue()));
      }
      return IndexMarker.fromUserData(map);
    }
    if (searchers == null) {
      return IndexMarker.NONE;
    }
    return withSearcher(s -> {
      try {
        return IndexMarker.fromUserData(
            ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Deletes every document of the given articles. */
  public void deleteArticles(Collection<Long> seqs) {
    io(() -> writer.deleteDocuments(LongPoint.newSetQuery(IndexFields.ARTICLE_SEQ, seqs)));
  }

  public void add(Document document) {
    io(() -> writer.addDocument(document));
  }

  public void deleteAll() {
    io(writer::deleteAll);
  }

  /** Commits everything added so far as the mirror of {@code marker}, then shows it to readers. */
  public void commit(IndexMarker marker) {
    io(() -> {
      writer.setLiveCommitData(marker.toUserData().entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
    });
  }

  /** Deletes every document of the articles numbered {@code from} (inclusive) to {@code to}. */
  public void deleteArticleRange(long from, long to) {
    io(() -> writer.deleteDocuments(
        LongPoint.newRangeQuery(IndexFields.ARTICLE_SEQ, from, to - 1)));
  }

  /** Runs {@code work} on a current searcher. */
  public <T> T withSearcher(SearcherWork<T> work) {
    if (searchers == null) {
      return run(work, empty);
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return run(work, searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new StoreException(store, "search index error: " + e.getMessage(), e);
    }
  }

  private <T> T run(SearcherWork<T> work, IndexSearcher searcher) {
    try {
      return work.run(searcher);
    } catch (IOException e) {
      throw new StoreException(store, "search index error: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new StoreException(store, "search index error: " + e.getCause().getMessage(), e);
    }
  }

  private void io(IndexAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new StoreException(store, "search index error: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    io(() -> {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null && writer.isOpen()) {
        writer.rollback();
      }
      directory.close();
    });
  }

  /** Work on a searcher that may fail with an {@link IOException}. */
  @FunctionalInterface
  public interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  @FunctionalInterface
  private interface IndexAction {
    void run() throws IOException;
  }
}
