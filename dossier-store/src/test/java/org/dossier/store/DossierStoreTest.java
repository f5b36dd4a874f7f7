package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dossier.store.SyntheticArticles.ARAGHCHI;
import static org.dossier.store.SyntheticArticles.NETANYAHU;
import static org.dossier.store.SyntheticArticles.TRUMP;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Dateline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierStoreTest {

  private static final LocalDate FEB_6 = LocalDate.of(2026, 2, 6);

  @TempDir
  Path dir;

  private Path db() {
    return dir.resolve("dossier.duckdb");
  }

  @Test
  void storesAnArticleWithAllItsRecords() {
    try (DossierStore store = DossierStore.open(db())) {
      WriteResult result = store.write(List.of(StoreItem.of(
          SyntheticArticles.article(1, TRUMP, NETANYAHU, FEB_6))));
      assertThat(result).isEqualTo(new WriteResult(1, 0, 0, 1));
      assertThat(store.stats().counts()).containsEntry("articles", 1L).containsEntry("entities", 4L)
          .containsEntry("mentions", 5L).containsEntry("quotes", 2L).containsEntry("events", 2L)
          .containsEntry("times", 1L);
      assertThat(store.check().consistent()).isTrue();
    }
    assertThat(Files.isDirectory(dir.resolve("dossier.duckdb.lucene"))).isTrue();
  }

  @Test
  void readsAStoredArticleBackAsTheRecordThatWasWritten() {
    AnalyzedArticle plain = SyntheticArticles.article(1, TRUMP, NETANYAHU, FEB_6);
    AnalyzedArticle article = new AnalyzedArticle(plain.schemaVersion(), plain.article()
        .toBuilder().dateline(new Dateline("MUSCAT, Oman (AP)", Optional.of("Muscat"),
            Optional.of("OM"), Optional.of("AP"))).caption("The two men in Muscat.")
        .byline("A. Reporter").readingTimeMinutes(1).build(), plain.entities(), plain.times(),
        plain.quotes(), plain.events());
    try (DossierStore store = DossierStore.open(db())) {
      store.write(List.of(StoreItem.of(article)));
      assertThat(store.article(article.article().id())).contains(article);
      assertThat(store.article("0".repeat(64))).isEmpty();
    }
  }

  @Test
  void storesTheSameArticleOnceHoweverOftenItIsWritten() {
    AnalyzedArticle article = SyntheticArticles.article(1, TRUMP, NETANYAHU, FEB_6);
    try (DossierStore store = DossierStore.open(db())) {
      store.write(List.of(StoreItem.of(article), StoreItem.of(article)));
      WriteResult again = store.write(List.of(StoreItem.of(article)));
      assertThat(again).isEqualTo(new WriteResult(0, 1, 0, 0));
      assertThat(store.contains(article.article().id())).isTrue();
    }
    try (DossierStore store = DossierStore.open(db())) {
      store.write(List.of(StoreItem.of(article)));
      assertThat(store.stats().count("articles")).isEqualTo(1);
      assertThat(store.stats().count("quotes")).isEqualTo(2);
      assertThat(store.search("deal", Filters.none(), 10).total()).isEqualTo(1);
    }
  }

  @Test
  void aChangedArticleFromTheSameOriginReplacesItsOldRecords() {
    AnalyzedArticle first = SyntheticArticles.article(1, TRUMP, NETANYAHU, FEB_6, "talks");
    AnalyzedArticle second = SyntheticArticles.article(1, TRUMP, ARAGHCHI, FEB_6, "sanctions");
    try (DossierStore store = DossierStore.open(db())) {
      store.write(List.of(new StoreItem(first, "https://example.org/story")));
      WriteResult result = store.write(List.of(new StoreItem(second, "https://example.org/story")));
      assertThat(result).isEqualTo(new WriteResult(1, 0, 1, 2));
      assertThat(store.stats().counts()).containsEntry("articles", 1L).containsEntry("quotes", 2L)
          .containsEntry("entities", 4L);
      assertThat(store.contains(first.article().id())).isFalse();
      assertThat(store.search("talks", Filters.none(), 10).total()).isZero();
      assertThat(store.search("sanctions", Filters.none(), 10).total()).isEqualTo(1);
      assertThat(store.quotes("", Filters.none().withSpeaker("Netanyahu"), 10).total()).isZero();
      assertThat(store.check().consistent()).isTrue();
    }
  }

  @Test
  void theSamePersonAcrossArticlesIsOneEntityButAnonymousSourcesStayInTheirArticle() {
    try (DossierStore store = DossierStore.open(db())) {
      store.write(List.of(StoreItem.of(SyntheticArticles.article(1, TRUMP, NETANYAHU, FEB_6))));
      store.write(List.of(StoreItem.of(SyntheticArticles.article(2, TRUMP, ARAGHCHI, FEB_6))));
      // Trump, Muscat shared; Netanyahu, Araghchi once each; one "official" per article.
      assertThat(store.stats().count("entities")).isEqualTo(6);
      assertThat(store.quotes("", Filters.none().withSpeaker("donald trump"), 10).total())
          .isEqualTo(2);
      assertThat(store.quotes("", Filters.none().withSpeaker("Q22686"), 10).total())
          .isEqualTo(2);
    }
  }

  @Test
  void searchesTextAndQuotesWithFilters() {
    try (DossierStore store = DossierStore.open(db())) {
      store.write(List.of(
          StoreItem.of(SyntheticArticles.article(1, TRUMP, NETANYAHU, FEB_6, "talks")),
          StoreItem.of(SyntheticArticles.article(2, ARAGHCHI, TRUMP, FEB_6.plusDays(3), "oil")),
          StoreItem.of(SyntheticArticles.article(3, NETANYAHU, ARAGHCHI, FEB_6.plusDays(9),
              "talks"))));
      assertThat(ids(store.search("talks", Filters.none(), 10))).containsExactlyInAnyOrder(1, 3);
      assertThat(ids(store.search("quote:oil", Filters.none(), 10))).containsExactly(2);
      assertThat(ids(store.search("talks", Filters.none().withSpeaker("Trump"), 10)))
          .containsExactly(1);
      assertThat(ids(store.search("", Filters.none().withActor("araghchi")
          .withTarget("Trump"), 10))).containsExactly(2);
      assertThat(ids(store.search("", Filters.none().withCountry("ir").withEvent("consult"), 10)))
          .containsExactly(3, 2);
      assertThat(ids(store.search("", Filters.none().withDates(FEB_6.plusDays(1),
          FEB_6.plusDays(5)), 10))).containsExactly(2);
      SearchHit hit = store.search("oil", Filters.none(), 1).results().get(0);
      assertThat(hit.snippet()).contains("oil");
      assertThat(hit.article().title()).contains("Story 2: Araghchi and Trump on oil");
    }
  }

  @Test
  void rejectsAQueryItCannotParseQuotingIt() {
    try (DossierStore store = DossierStore.open(db())) {
      assertThatThrownBy(() -> store.search("deal AND (", Filters.none(), 10))
          .isInstanceOf(QuerySyntaxException.class)
          .hasMessageStartingWith("could not parse query 'deal AND ('");
    }
  }

  @Test
  void answersQuotesNewestFirstAndTimelinesInDateOrder() {
    try (DossierStore store = DossierStore.open(db())) {
      store.write(List.of(
          StoreItem.of(SyntheticArticles.article(1, TRUMP, NETANYAHU, FEB_6)),
          StoreItem.of(SyntheticArticles.article(2, ARAGHCHI, TRUMP, FEB_6.plusDays(3)))));
      List<StoredQuote> quotes = store.quotes("", Filters.none().withSpeaker("Trump"), 10)
          .results();
      assertThat(quotes).extracting(StoredQuote::day).extracting(d -> d.orElseThrow())
          .containsExactly(FEB_6.plusDays(3), FEB_6);
      List<TimelineEntry> timeline = store.timeline(Filters.none().withActor("Trump"), 50)
          .results();
      assertThat(timeline).extracting(TimelineEntry::day).isSorted();
      assertThat(timeline).hasSize(6);
      assertThat(timeline.get(0).evidence()).startsWith("Donald Trump met Benjamin Netanyahu");
      List<TimelineEntry> toIran = store.timeline(Filters.none().withActor("Trump")
          .withTarget("Araghchi"), 50).results();
      assertThat(toIran).extracting(TimelineEntry::kind, TimelineEntry::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("event", "THREATEN"));
    }
  }

  @Test
  void clustersEventsIntoStoriesByPartiesAndTime() {
    try (DossierStore store = DossierStore.open(db())) {
      for (int n = 0; n < 3; n++) {
        store.write(List.of(StoreItem.of(SyntheticArticles.article(n, TRUMP, ARAGHCHI,
            FEB_6.plusDays(n * 5L)))));
      }
      store.write(List.of(StoreItem.of(SyntheticArticles.article(9, TRUMP, ARAGHCHI,
          FEB_6.plusDays(200)))));
      List<Story> stories = store.stories(StoryQuery.defaults().withMinArticles(1));
      assertThat(stories).hasSize(2);
      Story first = stories.get(0);
      assertThat(first.title()).isEqualTo("Iran – United States: talks, threats (Feb 2026)");
      assertThat(first.articles()).isEqualTo(3);
      assertThat(first.timeline()).extracting(TimelineEntry::day).isSorted();
      assertThat(first.actors()).containsExactly("Abbas Araghchi", "Donald Trump");
      assertThat(store.stories(StoryQuery.defaults())).hasSize(1);
    }
  }

  @Test
  void readsAStoreReadOnlyAndRefusesToWriteIt() {
    try (DossierStore store = DossierStore.open(db())) {
      store.write(List.of(StoreItem.of(SyntheticArticles.article(1, TRUMP, NETANYAHU, FEB_6))));
    }
    try (DossierStore reader = DossierStore.openReadOnly(db())) {
      assertThat(reader.search("deal", Filters.none(), 5).total()).isEqualTo(1);
      assertThatThrownBy(() -> reader.write(List.of()))
          .isInstanceOf(StoreException.class).hasMessage("store is open for reading only");
    }
  }

  @Test
  void namesWhatIsWrongWithAMissingOrForeignStoreFile() throws Exception {
    assertThatThrownBy(() -> DossierStore.openReadOnly(db()))
        .isInstanceOf(StoreException.class)
        .hasMessage("no store here; create one with `dossier ingest` or name an existing one"
            + " with --db FILE");
    Path text = Files.writeString(dir.resolve("notes.duckdb"), "just some notes\n".repeat(500));
    assertThatThrownBy(() -> DossierStore.openReadOnly(text))
        .isInstanceOf(StoreException.class)
        .hasMessage("not a Dossier store: not a DuckDB database file");
    assertThat(Files.readString(text)).startsWith("just some notes");
  }

  private static List<Integer> ids(Results<SearchHit> results) {
    return results.results().stream()
        .map(h -> Integer.parseInt(h.article().title().orElseThrow().replaceAll("Story (\\d+):.*",
            "$1")))
        .toList();
  }
}
