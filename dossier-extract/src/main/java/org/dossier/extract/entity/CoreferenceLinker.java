package org.dossier.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Links the words that point back to a person: "the former" and "the latter" to the first and
 * second of the last pair of people named together ("Both Merkel and Macron …"), and third-person
 * pronouns to the nearest person before them, the subject of the same sentence first. Pronouns
 * inside quotations are left alone: there they speak from the speaker's point of view.
 */
final class CoreferenceLinker {

  private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers",
      "himself", "herself");
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "their");
  private static final Set<EntityType> GROUPS =
      Set.of(EntityType.ORGANIZATION, EntityType.MEDIA, EntityType.OTHER, EntityType.COUNTRY);
  private static final int LOOKBACK_SENTENCES = 4;
  private static final int GROUP_LOOKBACK_SENTENCES = 1;

  void link(ArticleContext ctx) {
    List<Token> tokens = ctx.parsed.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String word = t.word().toLowerCase(Locale.ROOT);
      if ((word.equals("former") || word.equals("latter")) && isDeterminer(tokens.get(i - 1))
          && !followedByNoun(tokens, i)) {
        linkFormerLatter(ctx, tokens.get(i - 1), t, word.equals("former"));
      }
    }
    for (Token t : tokens) {
      String word = t.word().toLowerCase(Locale.ROOT);
      if (ctx.insideQuotation(t.start())) {
        continue;
      }
      if (PRONOUNS.contains(word)) {
        antecedent(ctx, t).ifPresent(d -> d.addMention(ctx.mention(t.start(), t.end())));
      } else if (GROUP_PRONOUNS.contains(word) && t.relation().startsWith("nsubj")) {
        groupAntecedent(ctx, t).ifPresent(d -> d.addMention(ctx.mention(t.start(), t.end())));
      }
    }
  }

  // "The commission said … It added": a subject "it" or "they" points to the group, outlet or
  // country last named as a subject in the same or the previous sentence of narrative (quoted
  // sentences between do not count: "the Times wrote. "…" it further wrote").
  private static Optional<EntityDraft> groupAntecedent(ArticleContext ctx, Token pronoun) {
    EntityDraft chosen = null;
    int chosenStart = -1;
    for (EntityDraft d : ctx.drafts()) {
      if (!GROUPS.contains(d.type)) {
        continue;
      }
      for (Mention m : d.mentions()) {
        Optional<Sentence> s = ctx.parsed.sentenceAt(m.start());
        if (m.start() < pronoun.start() && m.start() > chosenStart && s.isPresent()
            && ctx.narrativeDistance(s.get().index(), pronoun.sentence())
            <= GROUP_LOOKBACK_SENTENCES
            && isSubject(ctx, m) && !ctx.insideQuotation(m.start())) {
          chosen = d;
          chosenStart = m.start();
        }
      }
    }
    return Optional.ofNullable(chosen);
  }

  private static void linkFormerLatter(ArticleContext ctx, Token the, Token which, boolean former) {
    List<Map.Entry<Mention, EntityDraft>> people = ctx.personMentions();
    int sentence = which.sentence();
    for (int i = people.size() - 1; i > 0; i--) {
      Mention second = people.get(i).getKey();
      Mention first = people.get(i - 1).getKey();
      if (second.start() >= the.start()) {
        continue;
      }
      Optional<Sentence> at = ctx.parsed.sentenceAt(first.start());
      if (at.isEmpty() || sentence - at.get().index() > 1) {
        return;
      }
      String between = ctx.parsed.text().substring(first.end(), second.start());
      EntityDraft a = people.get(i - 1).getValue();
      EntityDraft b = people.get(i).getValue();
      if (a != b && between.matches("\\s*(?:,\\s*)?(?:and|&)\\s*")) {
        (former ? a : b).addMention(ctx.mention(the.start(), which.end()));
        return;
      }
    }
  }

  // The nearest person before the pronoun: a subject of its own sentence first, then the
  // latest subject of the sentences before, then whoever was named last.
  private static Optional<EntityDraft> antecedent(ArticleContext ctx, Token pronoun) {
    Map.Entry<Mention, EntityDraft> sameSentenceSubject = null;
    Map.Entry<Mention, EntityDraft> earlierSubject = null;
    Map.Entry<Mention, EntityDraft> nearest = null;
    for (Map.Entry<Mention, EntityDraft> e : ctx.personMentions()) {
      Mention m = e.getKey();
      if (m.start() >= pronoun.start()) {
        break;
      }
      Optional<Sentence> s = ctx.parsed.sentenceAt(m.start());
      if (ctx.insideQuotation(m.start()) || s.isEmpty()
          || ctx.narrativeDistance(s.get().index(), pronoun.sentence()) > LOOKBACK_SENTENCES) {
        continue;
      }
      nearest = e;
      if (isSubject(ctx, m)) {
        if (s.get().index() == pronoun.sentence()) {
          sameSentenceSubject = e;
        } else {
          earlierSubject = e;
        }
      }
    }
    Map.Entry<Mention, EntityDraft> chosen = sameSentenceSubject != null ? sameSentenceSubject
        : earlierSubject != null ? earlierSubject : nearest;
    return Optional.ofNullable(chosen).map(Map.Entry::getValue);
  }

  private static boolean isSubject(ArticleContext ctx, Mention m) {
    return ctx.parsed.tokensIn(m.start(), m.end()).stream()
        .anyMatch(t -> t.relation().startsWith("nsubj"));
  }

  private static boolean isDeterminer(Token t) {
    return t.word().equalsIgnoreCase("the");
  }

  private static boolean followedByNoun(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i + 1).isNoun()
        && tokens.get(i + 1).sentence() == tokens.get(i).sentence();
  }
}
