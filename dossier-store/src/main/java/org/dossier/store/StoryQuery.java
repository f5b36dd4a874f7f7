package org.dossier.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How to cluster storylines: only events involving {@code actor} (a name or id) and within
 * {@code from}..{@code to}; a pause longer than {@code gapDays} between two events of the same
 * parties starts a new story; stories need {@code minArticles} articles; the {@code limit}
 * biggest are returned, each with up to {@code steps} timeline entries.
 */
public record StoryQuery(Optional<String> actor, Optional<LocalDate> from, Optional<LocalDate> to,
    int gapDays, int minArticles, int limit, int steps) {

  public StoryQuery {
    requireNonNull(actor, "actor");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (gapDays < 0 || minArticles < 1 || limit < 0 || steps < 0) {
      throw new IllegalArgumentException("bad story query: gap " + gapDays + " days, "
          + minArticles + " articles, limit " + limit + ", steps " + steps);
    }
  }

  /** All stories of two or more articles, split at pauses of over 30 days; the 10 biggest. */
  public static StoryQuery defaults() {
    return new StoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), 30, 2, 10, 12);
  }

  public StoryQuery withActor(String name) {
    return new StoryQuery(Optional.ofNullable(name).filter(s -> !s.isBlank()), from, to, gapDays,
        minArticles, limit, steps);
  }

  public StoryQuery withDates(LocalDate from, LocalDate to) {
    return new StoryQuery(actor, Optional.ofNullable(from), Optional.ofNullable(to), gapDays,
        minArticles, limit, steps);
  }

  public StoryQuery withGapDays(int days) {
    return new StoryQuery(actor, from, to, days, minArticles, limit, steps);
  }

  public StoryQuery withMinArticles(int articles) {
    return new StoryQuery(actor, from, to, gapDays, articles, limit, steps);
  }

  public StoryQuery withLimit(int stories, int timelineSteps) {
    return new StoryQuery(actor, from, to, gapDays, minArticles, stories, timelineSteps);
  }
}
