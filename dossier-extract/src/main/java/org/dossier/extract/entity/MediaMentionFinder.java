package org.dossier.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.knowledge.Medium;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.nlp.Token;

/**
 * Finds the platforms and outlets the NER model misses ("wrote on X"): known media names written
 * with a capital, longest first. A name of one or two letters counts only where a platform is
 * expected — after "on" or "via", or before "post", "account", "feed" — so the letter X in
 * "Malcolm X" or "X-ray" stays a letter; a name inside a longer name ("the National Urban
 * League") is not the medium.
 */
final class MediaMentionFinder {

  private static final int MAX_WORDS = 3;
  private static final Set<String> BEFORE = Set.of("on", "via");
  private static final Set<String> AFTER = Set.of("post", "posts", "account", "feed", "page",
      "video", "message", "channel", "story");

  private final KnowledgeBase knowledge;

  MediaMentionFinder(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  void find(ArticleContext ctx) {
    List<Token> tokens = ctx.parsed.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (!Character.isUpperCase(tokens.get(i).word().codePointAt(0))) {
        continue;
      }
      for (int n = Math.min(MAX_WORDS, tokens.size() - i); n >= 1; n--) {
        Mention span = ctx.mention(tokens.get(i).start(), tokens.get(i + n - 1).end());
        Optional<Medium> medium = knowledge.medium(span.text());
        if (medium.isPresent() && (span.length() > 2 || platformContext(tokens, i, i + n))
            && !insideLongerName(tokens, i, i + n) && !ctx.covered(span)) {
          Medium m = medium.get();
          ctx.draft(m.id(), () -> new EntityDraft(m.id(), m.name(), EntityType.MEDIA,
              Optional.empty(), Optional.empty())).addMention(span);
          i += n - 1;
          break;
        }
      }
    }
  }

  // "the National Urban League" is not the newspaper The National: a medium's name that runs on
  // into more capitalized name words is part of another name; a weekday or month before it only
  // dates it ("his Tuesday Truth Social post").
  static boolean insideLongerName(List<Token> tokens, int from, int to) {
    return from > 0 && isNameWord(tokens.get(from - 1), tokens.get(from))
        && !CalendarWords.datesName(tokens.get(from - 1).word(),
            from > 1 ? tokens.get(from - 2).word() : "")
        || to < tokens.size() && isNameWord(tokens.get(to), tokens.get(to - 1));
  }

  private static boolean isNameWord(Token t, Token neighbour) {
    return t.sentence() == neighbour.sentence() && t.isProperNoun()
        && Character.isUpperCase(t.word().codePointAt(0));
  }

  private static boolean platformContext(List<Token> tokens, int from, int to) {
    boolean before = from > 0 && BEFORE.contains(tokens.get(from - 1).word().toLowerCase(Locale.ROOT));
    boolean after = to < tokens.size() && AFTER.contains(tokens.get(to).word().toLowerCase(Locale.ROOT));
    return before || after;
  }
}
