package org.dossier.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.text.DependencyTree;
import org.dossier.extract.text.WordList;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.nlp.Token;

/**
 * Makes entities of the unnamed who speak or act — "the commission said", "officials warned",
 * "the ad's narrator says" — when no named entity covers them: the subject's noun phrase (head,
 * determiners, adjectives, compounds, possessors) becomes an entity of this article. Its id is
 * local to the article, since "a source" in one story is not "a source" in another.
 */
final class RoleNounLinker {

  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "obl:agent");
  private static final Set<String> NOUN_PHRASE = Set.of("det", "amod", "compound", "nmod:poss",
      "case", "nummod", "det:poss");
  private static final String FILE = "role-nouns.tsv";
  private static final Set<String> GOVERNMENTS = Set.of("government", "administration", "regime",
      "authority", "cabinet");

  private final Map<String, EntityType> roles;

  private RoleNounLinker(Map<String, EntityType> roles) {
    this.roles = roles;
  }

  static RoleNounLinker builtIn() {
    return new RoleNounLinker(read());
  }

  void link(ArticleContext ctx) {
    DependencyTree tree = new DependencyTree(ctx.parsed);
    for (Token t : ctx.parsed.tokens()) {
      EntityType type = roles.get(t.lemma().toLowerCase(Locale.ROOT));
      if (type == null || !t.isNoun() || t.isProperNoun() || !SUBJECTS.contains(t.relation())
          || ctx.insideQuotation(t.start())) {
        continue;
      }
      Mention phrase = phrase(ctx, tree, t);
      if (ctx.covered(ctx.mention(t.start(), t.end()))) {
        continue;
      }
      if (GOVERNMENTS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        Optional<EntityDraft> country = countryOf(ctx, phrase);
        if (country.isPresent()) {
          // "the Netanyahu government", "Iranian authorities": the state acting.
          country.get().addMention(phrase);
          continue;
        }
      }
      String name = phrase.text().replaceFirst("(?i)^(the|a|an|this|that|these|those) ", "");
      String id = "dossier:article:" + ctx.article.id().substring(0, 12) + ":"
          + LocalIds.of(type, name).substring("dossier:".length());
      ctx.draft(id, () -> new EntityDraft(id, name, type, Optional.empty(), Optional.empty()))
          .addMention(phrase);
    }
  }

  // The country a government phrase names: by a country or demonym in it, or by the office of
  // the person it is named after.
  private static Optional<EntityDraft> countryOf(ArticleContext ctx, Mention phrase) {
    for (EntityDraft d : ctx.drafts()) {
      for (Mention m : d.mentions()) {
        if (!phrase.contains(m)) {
          continue;
        }
        if (d.type == EntityType.COUNTRY) {
          return Optional.of(d);
        }
        Optional<String> code = d.type == EntityType.PERSON ? d.roles().stream()
            .map(r -> r.countryCode()).flatMap(Optional::stream).findFirst() : Optional.empty();
        if (code.isPresent()) {
          return ctx.drafts(EntityType.COUNTRY).stream()
              .filter(c -> c.countryCode.equals(code)).findFirst();
        }
      }
    }
    return Optional.empty();
  }

  // The noun phrase a role noun heads, without clauses or appositions hanging off it.
  private static Mention phrase(ArticleContext ctx, DependencyTree tree, Token head) {
    int start = head.start();
    int end = head.end();
    List<Token> modifiers = tree.children(head).stream()
        .filter(c -> NOUN_PHRASE.contains(c.relation()) && c.index() < head.index()).toList();
    for (Token m : modifiers) {
      for (Token t : tree.subtree(m)) {
        start = Math.min(start, t.start());
      }
    }
    return ctx.mention(start, end);
  }

  private static Map<String, EntityType> read() {
    Map<String, EntityType> roles = new HashMap<>();
    for (String line : WordList.lines(RoleNounLinker.class, FILE)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(FILE + ": expected lemma and type: '" + line + "'");
      }
      if (!f[0].equals("lemma")) {
        roles.put(f[0].strip(), EntityType.valueOf(f[1].strip()));
      }
    }
    return Map.copyOf(roles);
  }
}
