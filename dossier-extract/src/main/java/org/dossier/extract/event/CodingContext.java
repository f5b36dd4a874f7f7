package org.dossier.extract.event;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.extract.entity.ResolvedEntities;
import org.dossier.extract.pipeline.ArticleAnnotations;
import org.dossier.extract.text.DependencyTree;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.nlp.Token;

/** What the event coder reads for one article: the annotations so far and the parse as a tree. */
record CodingContext(ArticleAnnotations in, DependencyTree tree) {

  CodingContext {
    requireNonNull(in, "in");
    requireNonNull(tree, "tree");
  }

  static CodingContext of(ArticleAnnotations in) {
    return new CodingContext(in, new DependencyTree(in.parsed()));
  }

  ResolvedEntities entities() {
    return in.entities();
  }

  /** The entity whose mention holds the token, if any. */
  Optional<Entity> entityAt(Token t) {
    Optional<Mention> m = in.entities().containing(t.start(), t.end(), e -> true);
    return m.map(in.entities()::entityOf);
  }

  List<Token> children(Token t) {
    return tree.children(t);
  }

  Optional<Token> child(Token t, String relation) {
    return tree.child(t, relation::equals);
  }

  /** The preposition or other case marker of a nominal ("in" for "in Baghdad"), lower case. */
  String caseOf(Token t) {
    return tree.child(t, "case"::equals).map(c -> lower(c.word())).orElse("");
  }

  Token head(Token t) {
    return tree.token(t.head());
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
