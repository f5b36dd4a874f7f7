package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.dossier.model.Entity;
import org.dossier.model.Mention;

/**
 * The entities of one article and which of them each mention refers to, for the stages that
 * attribute quotes and code events. Immutable and thread-safe.
 */
public final class ResolvedEntities {

  private static final ResolvedEntities NONE = new ResolvedEntities(List.of());

  private final List<Entity> entities;
  private final Map<String, Entity> byId = new HashMap<>();
  private final List<Located> mentions = new ArrayList<>();

  private record Located(Mention mention, Entity entity) {
  }

  public ResolvedEntities(List<Entity> entities) {
    this.entities = List.copyOf(entities);
    for (Entity e : this.entities) {
      byId.put(e.id(), e);
      for (Mention m : e.mentions()) {
        mentions.add(new Located(m, e));
      }
    }
    mentions.sort(Comparator.comparingInt((Located l) -> l.mention().start())
        .thenComparingInt(l -> -l.mention().end()));
  }

  public static ResolvedEntities none() {
    return NONE;
  }

  public List<Entity> entities() {
    return entities;
  }

  public Optional<Entity> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The entity of the longest mention overlapping {@code [start, end)}. */
  public Optional<Entity> at(int start, int end) {
    return mentionAt(start, end).map(m -> entityOf(m));
  }

  /** The longest mention overlapping {@code [start, end)}. */
  public Optional<Mention> mentionAt(int start, int end) {
    Located best = null;
    for (Located l : mentions) {
      if (l.mention().start() >= end) {
        break;
      }
      if (l.mention().end() > start
          && (best == null || l.mention().length() > best.mention().length())) {
        best = l;
      }
    }
    return Optional.ofNullable(best).map(Located::mention);
  }

  /**
   * The longest mention that contains {@code [start, end)} and whose entity passes
   * {@code accept}: the mention a head word belongs to ("premier" in "the Israeli premier").
   */
  public Optional<Mention> containing(int start, int end, Predicate<Entity> accept) {
    Located best = null;
    for (Located l : mentions) {
      if (l.mention().start() > start) {
        break;
      }
      if (l.mention().end() >= end && accept.test(l.entity())
          && (best == null || l.mention().length() > best.mention().length())) {
        best = l;
      }
    }
    return Optional.ofNullable(best).map(Located::mention);
  }

  /** The entity {@code mention} (one of this article's) refers to. */
  public Entity entityOf(Mention mention) {
    for (Located l : mentions) {
      if (l.mention().equals(mention)) {
        return l.entity();
      }
    }
    throw new IllegalArgumentException("not a mention of this article: " + mention);
  }

  /** Every mention with its entity, in text order. */
  public List<Map.Entry<Mention, Entity>> mentionsInOrder() {
    return mentions.stream().map(l -> Map.entry(l.mention(), l.entity())).toList();
  }
}
