package org.dossier.knowledge.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds values by any of their names through one hash lookup of the {@link NameKey}; built once,
 * then immutable and thread-safe. Values under one key keep the order they were given in.
 *
 * @param <T> the indexed value
 */
public final class NameIndex<T> {
  private final Map<String, List<T>> byKey;

  private NameIndex(Map<String, List<T>> byKey) {
    this.byKey = byKey;
  }

  /** Indexes each value under the keys of the names {@code namesOf} gives it. */
  public static <T> NameIndex<T> of(Collection<T> values,
      Function<? super T, ? extends Collection<String>> namesOf) {
    return build(values, namesOf, true);
  }

  /** Indexes each value under keys that are already {@link NameKey}s. */
  public static <T> NameIndex<T> byKeys(Collection<T> values,
      Function<? super T, ? extends Collection<String>> keysOf) {
    return build(values, keysOf, false);
  }

  private static <T> NameIndex<T> build(Collection<T> values,
      Function<? super T, ? extends Collection<String>> namesOf, boolean normalize) {
    Map<String, List<T>> lists = new HashMap<>();
    for (T value : values) {
      for (String name : namesOf.apply(value)) {
        String key = normalize ? NameKey.of(name) : name;
        if (key.isEmpty()) {
          continue;
        }
        List<T> list = lists.computeIfAbsent(key, k -> new ArrayList<>(1));
        // A value whose name and alias share a key is listed once; identity is enough here.
        if (list.isEmpty() || list.get(list.size() - 1) != value) {
          list.add(value);
        }
      }
    }
    Map<String, List<T>> frozen = new HashMap<>(lists.size() * 4 / 3 + 1);
    for (Map.Entry<String, List<T>> entry : lists.entrySet()) {
      frozen.put(entry.getKey(), List.copyOf(entry.getValue()));
    }
    return new NameIndex<>(frozen);
  }

  /** Every value with a name whose key equals that of {@code text}, in the order given. */
  public List<T> all(String text) {
    return byKey.getOrDefault(NameKey.of(text), List.of());
  }

  /** The first value named {@code text}. */
  public Optional<T> first(String text) {
    List<T> values = all(text);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
