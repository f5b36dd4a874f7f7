package org.dossier.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dossier.extract.text.Quotation;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

/**
 * The working state of the entity stage for one article: the parse, the quotations, and the
 * entities found so far, by id. Not thread-safe; one per article.
 */
final class ArticleContext {

  final Article article;
  final ParsedText parsed;
  final List<Quotation> quotations;
  private final Map<String, EntityDraft> drafts = new LinkedHashMap<>();

  private final int[] narrative;

  ArticleContext(Article article, ParsedText parsed, List<Quotation> quotations) {
    this.article = article;
    this.parsed = parsed;
    this.quotations = quotations;
    this.narrative = narrativeCounts();
  }

  // narrative[i]: how many sentences before i the writer speaks in, not a quoted speaker.
  private int[] narrativeCounts() {
    int[] counts = new int[parsed.sentences().size() + 1];
    for (int i = 0; i < parsed.sentences().size(); i++) {
      boolean told = parsed.tokensOf(parsed.sentences().get(i)).stream()
          .anyMatch(t -> Character.isLetter(t.word().charAt(0)) && !insideQuotation(t.start()));
      counts[i + 1] = counts[i] + (told ? 1 : 0);
    }
    return counts;
  }

  /**
   * How many of the writer's own sentences lie from sentence {@code from} up to {@code to}:
   * a pronoun after a long quotation still points back past it.
   */
  int narrativeDistance(int from, int to) {
    return narrative[Math.max(from, to)] - narrative[Math.min(from, to)];
  }

  Optional<LocalDate> published() {
    return article.published();
  }

  Optional<String> datelineCountry() {
    return article.dateline().flatMap(d -> d.countryCode());
  }

  EntityDraft draft(String id, Supplier<EntityDraft> create) {
    return drafts.computeIfAbsent(id, k -> create.get());
  }

  /** Every entity found so far, in the order they were first found. */
  List<EntityDraft> drafts() {
    return List.copyOf(drafts.values());
  }

  Optional<EntityDraft> draft(String id) {
    return Optional.ofNullable(drafts.get(id));
  }

  List<EntityDraft> drafts(EntityType type) {
    return drafts.values().stream().filter(d -> d.type == type).toList();
  }

  Mention mention(int start, int end) {
    return Mention.of(parsed.text(), start, end);
  }

  /** Whether some entity already has a mention overlapping {@code span}. */
  boolean covered(Mention span) {
    return drafts.values().stream()
        .anyMatch(d -> d.mentions().stream().anyMatch(m -> m.overlaps(span)));
  }

  boolean insideQuotation(int offset) {
    return quotations.stream().anyMatch(q -> q.contains(offset));
  }

  /** Every mention of a person found so far with its draft, in text order. */
  List<Map.Entry<Mention, EntityDraft>> personMentions() {
    List<Map.Entry<Mention, EntityDraft>> out = new ArrayList<>();
    for (EntityDraft d : drafts(EntityType.PERSON)) {
      d.mentions().forEach(m -> out.add(Map.entry(m, d)));
    }
    out.sort(Comparator.comparingInt(e -> e.getKey().start()));
    return out;
  }

  Token token(int index) {
    return parsed.tokens().get(index);
  }

  ResolvedEntities freeze() {
    List<Entity> entities = drafts.values().stream()
        .filter(d -> !d.mentions().isEmpty())
        .sorted(Comparator.comparingInt(EntityDraft::firstOffset))
        .map(EntityDraft::freeze)
        .toList();
    return new ResolvedEntities(entities);
  }
}
