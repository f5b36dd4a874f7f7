package org.dossier.extract.entity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.text.WordList;
import org.dossier.knowledge.Country;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.knowledge.OfficeTerm;
import org.dossier.knowledge.Person;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Role;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Resolves descriptors that stand for a person — "the Israeli premier", "the US president",
 * "the Iranian top diplomat" — to whoever held that office on the publication date, preferring a
 * person the article already named with that role. An office the knowledge base does not know
 * ("the Vermont senator", "the congresswoman") stands for the person last named with that title
 * before it ("Sen. Bernie Sanders", "Rep. Maxine Waters"). "The former president" is a
 * description of someone else and is left alone.
 */
final class DescriptorLinker {

  private static final Set<String> NOT_CURRENT = Set.of("former", "late", "ex", "then", "past",
      "previous", "outgoing", "incoming", "future", "deputy", "vice", "acting");
  private static final Set<String> DETERMINERS = Set.of("the", "The");

  private static final String TITLE_FORMS = "title-forms.txt";

  private final KnowledgeBase knowledge;
  /** Each written form of a title ("sen.") to its first form ("senator"). */
  private final Map<String, String> titleForms;

  DescriptorLinker(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
    Map<String, String> forms = new HashMap<>();
    for (String line : WordList.lines(DescriptorLinker.class, TITLE_FORMS)) {
      String[] parts = line.toLowerCase(Locale.ROOT).split("\\s*,\\s*");
      for (String form : parts) {
        forms.put(form, parts[0]);
      }
    }
    this.titleForms = Map.copyOf(forms);
  }

  void link(ArticleContext ctx) {
    List<Token> tokens = ctx.parsed.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.ner().equals("TITLE") || followedByName(tokens, i)) {
        continue;
      }
      int end = i;
      while (end + 1 < tokens.size() && tokens.get(end + 1).ner().equals("TITLE")) {
        end++;
      }
      resolve(ctx, tokens, i, end);
      i = end;
    }
  }

  private void resolve(ArticleContext ctx, List<Token> tokens, int titleStart, int titleEnd) {
    int i = titleStart - 1;
    Optional<Country> country = Optional.empty();
    boolean placed = false;
    StringBuilder modifiers = new StringBuilder();
    while (i >= 0 && tokens.get(i).sentence() == tokens.get(titleStart).sentence()) {
      Token t = tokens.get(i);
      if (NOT_CURRENT.contains(t.word().toLowerCase(Locale.ROOT))) {
        return;
      }
      if (t.ner().equals("NATIONALITY") || t.ner().equals("COUNTRY")) {
        country = knowledge.countryByDemonym(t.word()).or(() -> knowledge.country(t.word()));
      } else if (t.isProperNoun() && !t.ner().equals("PERSON")) {
        // "the Vermont senator": a state or city narrows the office; the article says whose.
        placed = true;
        i--;
        continue;
      } else if (t.pos().startsWith("JJ")) {
        modifiers.insert(0, t.word().toLowerCase(Locale.ROOT) + " ");
      } else {
        break;
      }
      i--;
    }
    if (i < 0 || !DETERMINERS.contains(tokens.get(i).word())) {
      return;
    }
    String title = words(tokens, titleStart, titleEnd);
    Optional<Country> nation = country;
    int start = tokens.get(i).start();
    boolean ofAPlace = placed;
    Optional<EntityDraft> person = holder(ctx, nation, modifiers + title)
        .or(() -> holder(ctx, nation, title))
        .or(() -> lastTitled(ctx, title, start))
        .or(() -> ofAPlace ? lastNamed(ctx, start) : Optional.empty());
    person.ifPresent(p -> p.addMention(ctx.mention(start, tokens.get(titleEnd).end())));
  }

  private Optional<EntityDraft> holder(ArticleContext ctx, Optional<Country> country, String phrase) {
    if (knowledge.descriptor(phrase).isEmpty()) {
      return Optional.empty();
    }
    Optional<EntityDraft> named = namedWithRole(ctx, country, phrase);
    if (named.isPresent() || ctx.published().isEmpty()) {
      return named;
    }
    LocalDate day = ctx.published().get();
    if (country.isEmpty()) {
      return namedHolder(ctx, phrase, day);
    }
    List<OfficeTerm> holders = knowledge.holdersForDescriptor(country.get().iso2(), phrase, day);
    if (holders.size() != 1) {
      return Optional.empty();
    }
    OfficeTerm term = holders.get(0);
    Optional<Person> person = knowledge.people().stream()
        .filter(p -> p.id().equals(term.personId())).findFirst();
    return person.map(p -> {
      EntityDraft d = ctx.draft(p.id(), () -> new EntityDraft(p.id(), p.name(), EntityType.PERSON,
          p.countryCode(), Optional.empty()));
      d.addRole(new Role(term.title(), Optional.of(term.countryCode())));
      return d;
    });
  }

  /**
   * "The president said" with no country: the one person the article names who held that office
   * on the publication day ("Mr. Obama … the president" in 2016); none if several or nobody.
   */
  private Optional<EntityDraft> namedHolder(ArticleContext ctx, String phrase, LocalDate day) {
    List<EntityDraft> holders = ctx.drafts(EntityType.PERSON).stream()
        .filter(d -> d.countryCode.isPresent())
        .filter(d -> knowledge.holdersForDescriptor(d.countryCode.get(), phrase, day).stream()
            .anyMatch(term -> term.personId().equals(d.id)))
        .toList();
    return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
  }

  // A person the article names who holds the described office (in that country, if given).
  private Optional<EntityDraft> namedWithRole(ArticleContext ctx, Optional<Country> country,
      String phrase) {
    var office = knowledge.descriptor(phrase).get();
    for (EntityDraft d : ctx.drafts(EntityType.PERSON)) {
      for (Role r : d.roles()) {
        boolean sameCountry = country.isEmpty()
            || r.countryCode().equals(Optional.of(country.get().iso2()));
        boolean sameOffice = office.title().map(t -> t.equalsIgnoreCase(r.title()))
            .orElseGet(() -> knowledge.descriptor(r.title())
                .map(rd -> rd.office() == office.office()).orElse(false));
        if (sameCountry && sameOffice) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  /** The person last named before {@code before} with a form of {@code title}. */
  private Optional<EntityDraft> lastTitled(ArticleContext ctx, String title, int before) {
    String wanted = firstForm(title);
    EntityDraft last = null;
    int lastStart = -1;
    for (EntityDraft d : ctx.drafts(EntityType.PERSON)) {
      if (d.roles().stream().noneMatch(r -> wanted.equals(firstForm(r.title())))) {
        continue;
      }
      for (Mention m : d.mentions()) {
        if (m.start() < before && m.start() > lastStart) {
          last = d;
          lastStart = m.start();
        }
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * "Sanders still senses anger …, the Vermont senator acknowledged": an office of a named place
   * that no one in the article was named with is the person named just before it, in the same
   * sentence or the one before, when that person holds no other office in the article.
   */
  private static Optional<EntityDraft> lastNamed(ArticleContext ctx, int before) {
    Optional<Sentence> here = ctx.parsed.sentenceAt(before);
    Map.Entry<Mention, EntityDraft> last = null;
    for (Map.Entry<Mention, EntityDraft> e : ctx.personMentions()) {
      if (e.getKey().start() >= before) {
        break;
      }
      last = e;
    }
    if (last == null || here.isEmpty() || !last.getValue().roles().isEmpty()) {
      return Optional.empty();
    }
    Optional<Sentence> named = ctx.parsed.sentenceAt(last.getKey().start());
    boolean near = named.isPresent() && here.get().index() - named.get().index() <= 1;
    Mention mention = last.getKey();
    boolean aName = ctx.parsed.tokensIn(mention.start(), mention.end()).stream()
        .allMatch(Token::isProperNoun);
    return near && aName ? Optional.of(last.getValue()) : Optional.empty();
  }

  private String firstForm(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    return titleForms.getOrDefault(lower, lower);
  }

  private static boolean followedByName(List<Token> tokens, int i) {
    int next = i + 1;
    while (next < tokens.size() && tokens.get(next).ner().equals("TITLE")) {
      next++;
    }
    return next < tokens.size() && tokens.get(next).ner().equals("PERSON");
  }

  private static String words(List<Token> tokens, int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i <= to; i++) {
      s.append(i > from ? " " : "").append(tokens.get(i).word().toLowerCase(Locale.ROOT));
    }
    return s.toString();
  }
}
