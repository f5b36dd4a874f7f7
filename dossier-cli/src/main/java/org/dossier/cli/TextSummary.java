package org.dossier.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dossier.model.AnalyzedArticle;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EventActor;
import org.dossier.model.PoliticalEvent;
import org.dossier.model.Quote;
import org.dossier.model.Role;
import org.dossier.model.TimeExpression;

/** Renders an analyzed article as a summary a person reads in a terminal. */
final class TextSummary {

  private static final int QUOTE_WIDTH = 110;

  String render(AnalyzedArticle a) {
    StringBuilder out = new StringBuilder(header(a.article()));
    section(out, "Quotes", a.quotes().stream().map(TextSummary::quote).toList());
    section(out, "Events", a.events().stream().map(TextSummary::event).toList());
    section(out, "Entities", a.entities().stream().map(TextSummary::entity).toList());
    section(out, "Times", a.times().stream().map(TextSummary::time).toList());
    return out.toString();
  }

  String header(Article article) {
    StringBuilder out = new StringBuilder();
    out.append(article.title().orElse("(untitled)")).append('\n');
    List<String> facts = new ArrayList<>();
    article.section().ifPresent(facts::add);
    facts.add(article.published().map(Object::toString).orElse("date unknown"));
    article.readingTimeMinutes().ifPresent(m -> facts.add(m + " min read"));
    article.byline().ifPresent(b -> facts.add("by " + b));
    article.dateline().ifPresent(d -> facts.add("dateline " + d.text()
        + d.place().map(p -> " → " + p + d.countryCode().map(c -> ", " + c).orElse("")).orElse("")));
    out.append("  ").append(String.join(" · ", facts)).append('\n');
    out.append("  source: ").append(article.source()).append('\n');
    article.captions().forEach(c -> out.append("  caption: ").append(shorten(c)).append('\n'));
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<String> lines) {
    out.append('\n').append(title).append(" (").append(lines.size()).append(")\n");
    lines.forEach(l -> out.append("  ").append(l).append('\n'));
  }

  private static String quote(Quote q) {
    StringBuilder s = new StringBuilder("“").append(shorten(q.text())).append("”");
    s.append(" — ").append(q.speaker().map(sp -> sp.name()).orElse("(speaker unknown)"));
    List<String> how = new ArrayList<>();
    how.add(q.kind().label());
    q.cue().ifPresent(how::add);
    q.channel().ifPresent(c -> how.add("via " + c));
    q.date().ifPresent(how::add);
    if (q.occurrences() > 1) {
      how.add("×" + q.occurrences());
    }
    return s.append(" [").append(String.join(", ", how)).append(']').toString();
  }

  private static String event(PoliticalEvent e) {
    return String.format(Locale.ROOT, "%-9s %s → %s%s, %s", e.code(), actor(e.source()),
        e.target().map(TextSummary::actor).orElse("—"),
        e.location().map(l -> " at " + l.name()).orElse(""), e.date());
  }

  private static String actor(EventActor a) {
    return a.name() + a.countryCode().map(c -> " (" + c + ")").orElse("");
  }

  private static String entity(Entity e) {
    String roles = e.roles().stream().map(TextSummary::role).collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, "%-28s %-12s %-13s %s%d mention%s", e.name(), e.type(),
        e.id(), roles.isEmpty() ? "" : roles + " · ", e.mentions().size(),
        e.mentions().size() == 1 ? "" : "s");
  }

  private static String role(Role r) {
    return r.title() + r.countryCode().map(c -> " (" + c + ")").orElse("");
  }

  private static String time(TimeExpression t) {
    return String.format(Locale.ROOT, "%-24s %-9s %s%s", "“" + t.text() + "”", t.type(), t.value(),
        t.anchor().map(a -> " → " + a).orElse(""));
  }

  private static String shorten(String s) {
    return s.length() <= QUOTE_WIDTH ? s : s.substring(0, QUOTE_WIDTH - 1) + "…";
  }
}
