package org.dossier.bench.store;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.dossier.store.DossierStore;
import org.dossier.store.Filters;
import org.dossier.store.Results;

/**
 * The queries measured on a synthetic store, drawn from a seeded random source: full-text
 * searches for one or two words (a third of them narrowed to a speaker), actor timelines and
 * quotes by speaker. People are drawn with the same heavy tail as the generator, so popular
 * names — the slow case — come up as often as in the data.
 */
final class QueryWorkload {

  private static final int WARMUP = 30;

  private final DossierStore store;
  private final Random random;
  private final int people = SyntheticVocabulary.people();

  QueryWorkload(DossierStore store, long seed) {
    this.store = store;
    this.random = new Random(seed);
  }

  List<Latencies> run(int queries) {
    return List.of(
        measure("search", queries, () -> store.search(words(), filter(), 20)),
        measure("timeline", queries, () -> store.timeline(Filters.none().withActor(person()),
            100)),
        measure("quotesBySpeaker", queries, () -> store.quotes("",
            Filters.none().withSpeaker(person()), 50)));
  }

  private Latencies measure(String name, int queries, Supplier<Results<?>> query) {
    for (int i = 0; i < WARMUP; i++) {
      query.get();
    }
    double[] millis = new double[queries];
    long results = 0;
    for (int i = 0; i < queries; i++) {
      long start = System.nanoTime();
      results += query.get().results().size();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    return new Latencies(name, millis, (double) results / queries);
  }

  private String words() {
    List<String> words = SyntheticVocabulary.WORDS;
    String first = words.get(random.nextInt(words.size()));
    return random.nextBoolean() ? first : first + " " + words.get(random.nextInt(words.size()));
  }

  private Filters filter() {
    return random.nextInt(3) == 0 ? Filters.none().withSpeaker(person()) : Filters.none();
  }

  // A full name, drawn log-uniformly like the generator's pick(): a few people are everywhere.
  private String person() {
    int key = (int) Math.max(1, Math.min(people, Math.floor(Math.exp(Math.log(people)
        * random.nextDouble()))));
    int j = key - 1;
    int firsts = SyntheticVocabulary.FIRST.size();
    return SyntheticVocabulary.FIRST.get(j % firsts) + " "
        + SyntheticVocabulary.LAST.get((j / firsts) % SyntheticVocabulary.LAST.size());
  }
}
