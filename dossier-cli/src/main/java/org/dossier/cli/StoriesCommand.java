package org.dossier.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.store.DossierStore;
import org.dossier.store.Story;
import org.dossier.store.StoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier stories}: storylines clustered from the stored events, biggest first. */
@Command(name = "stories", sortOptions = false,
    description = {"Cluster the stored events and their articles into storylines, biggest"
        + " first, each with a generated title and its timeline."},
    footer = {"", "How: each dated event belongs to the pair of its parties (the source's and"
        + " target's country, or the actor itself when it has none). The events of one pair in"
        + " date order form a story until a pause longer than --gap-days starts the next."
        + " Stories are ranked by articles, then events, then recency; the result is the same"
        + " on every run.", "", "Examples:",
        "  dossier stories",
        "  dossier stories --actor Trump --from 2026-01-01 --gap-days 14",
        "Exit codes: 0 ok, 2 bad usage, 3 store missing, locked or unreadable."})
final class StoriesCommand implements Callable<Integer> {

  @Option(names = "--actor", paramLabel = "NAME",
      description = "Only events this actor did or suffered (name part or entity id).")
  String actor;

  @Option(names = "--gap-days", defaultValue = "30", paramLabel = "DAYS",
      description = "A pause longer than this ends a story (default: ${DEFAULT-VALUE}).")
  int gapDays;

  @Option(names = "--min-articles", defaultValue = "2", paramLabel = "N",
      description = "Stories need at least N articles (default: ${DEFAULT-VALUE}).")
  int minArticles;

  @Option(names = "--steps", defaultValue = "12", paramLabel = "N",
      description = "Show the first N events of each story's timeline (default: ${DEFAULT-VALUE}).")
  int steps;

  @Mixin
  DateRange dates;

  @Mixin
  StoreOptions store;

  @Mixin
  QueryOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    StoryQuery query = StoryQuery.defaults().withActor(actor).withDates(dates.from, dates.to)
        .withGapDays(gapDays).withMinArticles(Math.max(1, minArticles))
        .withLimit(Math.max(0, options.limit), Math.max(0, steps));
    try (DossierStore opened = store.openForReading()) {
      List<Story> stories = opened.stories(query);
      ResultPrinter printer = new ResultPrinter(spec.commandLine().getOut(), options.format);
      if (printer.json()) {
        printer.printJson(stories.size(), true, stories);
      } else {
        print(spec.commandLine().getOut(), stories);
      }
    }
    return ExitCode.OK;
  }

  private static void print(PrintWriter out, List<Story> stories) {
    if (stories.isEmpty()) {
      out.println("no stories");
    }
    for (Story story : stories) {
      out.println(story.title());
      out.println("  " + plural(story.articles(), "article") + ", "
          + plural(story.events(), "event") + ", "
          + story.from() + " – " + story.to() + " · " + String.join(", ", story.actors()));
      TimelineCommand.table(story.timeline()).render().lines()
          .forEach(line -> out.println("    " + line));
      out.println();
    }
    out.flush();
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
