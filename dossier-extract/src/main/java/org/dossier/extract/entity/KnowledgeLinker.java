package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.knowledge.Country;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.knowledge.Person;
import org.dossier.model.EntityType;
import org.dossier.model.GeoPoint;

/**
 * Looks names up in the knowledge base the way writers use them: whole, or by their longest
 * known part ("the Kingdom of Spain" → Spain, "Tuesday BBC" → BBC), and people
 * also by a misspelling one letter away. Thread-safe.
 */
final class KnowledgeLinker {

  private static final Pattern WORD = Pattern.compile("\\S+");

  private final KnowledgeBase knowledge;
  private final NameMatcher names;

  KnowledgeLinker(KnowledgeBase knowledge, NameMatcher names) {
    this.knowledge = knowledge;
    this.names = names;
  }

  KnowledgeBase knowledge() {
    return knowledge;
  }

  /** What a lookup found, and the part of the looked-up text (offsets into it) that named it. */
  record Found<T>(T value, int start, int end) {
  }

  /**
   * The value {@code lookup} finds for {@code text} or, failing that, for its longest part, with
   * the part of {@code text} that named it.
   */
  static <T> Optional<Found<T>> locate(String text, Function<String, Optional<T>> lookup) {
    Optional<T> whole = lookup.apply(text);
    if (whole.isPresent()) {
      return Optional.of(new Found<>(whole.get(), 0, text.length()));
    }
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    for (int n = words.size() - 1; n >= 1; n--) {
      for (int i = 0; i + n <= words.size(); i++) {
        int start = words.get(i)[0];
        int end = words.get(i + n - 1)[1];
        String part = text.substring(start, end);
        if (Character.isUpperCase(part.charAt(0))) {
          Optional<T> found = lookup.apply(part);
          if (found.isPresent()) {
            return Optional.of(new Found<>(found.get(), start, end));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A known person by full name, alias, or a spelling one typo away from one. */
  Optional<Person> person(String name) {
    Optional<Person> exact = knowledge.person(name);
    if (exact.isPresent() || !name.contains(" ")) {
      return exact;
    }
    for (Person p : knowledge.people()) {
      for (String known : p.names()) {
        if (names.sameName(known, name)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** The known people a lone surname may mean, most recent office holder first. */
  List<Person> bySurname(String surname) {
    return knowledge.peopleWithSurname(surname);
  }

  EntityDraft countryDraft(Country c) {
    return new EntityDraft(c.qid().orElse(LocalIds.of(EntityType.COUNTRY, c.name())), c.name(),
        EntityType.COUNTRY, Optional.of(c.iso2()),
        c.capital().map(p -> new GeoPoint(p.lat(), p.lon())));
  }

  EntityDraft personDraft(Person p) {
    return new EntityDraft(p.id(), p.name(), EntityType.PERSON, p.countryCode(), Optional.empty());
  }
}
