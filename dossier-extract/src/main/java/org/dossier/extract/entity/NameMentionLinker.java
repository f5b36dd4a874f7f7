package org.dossier.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.knowledge.Country;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.knowledge.Medium;
import org.dossier.knowledge.Organization;
import org.dossier.knowledge.Place;
import org.dossier.knowledge.PlaceKind;
import org.dossier.extract.entity.KnowledgeLinker.Found;
import org.dossier.model.EntityType;
import org.dossier.model.GeoPoint;
import org.dossier.model.Mention;
import org.dossier.nlp.NamedEntityMention;
import org.dossier.nlp.Token;

/**
 * Links the names the NER model found — countries, demonyms, places, organizations, media — to
 * canonical entities. A capital named as an actor ("Washington and Beijing resumed talks") is
 * its country's government; named as a place ("in Beijing", "the capital of Lima") it stays a
 * place.
 */
final class NameMentionLinker {

  private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "into",
      "outside", "inside", "across", "around", "toward", "towards", "via", "through", "of", "within");
  private static final Set<String> PLACE_TAGS = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");
  private static final Set<String> ORGANIZATION_TAGS = Set.of("ORGANIZATION", "MISC");

  private final KnowledgeLinker linker;

  NameMentionLinker(KnowledgeLinker linker) {
    this.linker = linker;
  }

  /**
   * Links a mention the knowledge base knows; answers whether it did. Unknown places and
   * organizations are left to {@link #linkUnknown}, once the article's people are known.
   */
  boolean linkKnown(ArticleContext ctx, NamedEntityMention m) {
    String type = m.type();
    if (type.equals("COUNTRY")) {
      KnowledgeLinker.locate(m.text(), linker.knowledge()::country)
          .ifPresent(found -> addCountry(ctx, found.value(), part(ctx, m, found)));
      return true;
    }
    if (type.equals("NATIONALITY")) {
      linker.knowledge().countryByDemonym(m.text())
          .ifPresent(c -> addCountry(ctx, c, ctx.mention(m.start(), m.end())));
      return true;
    }
    if (PLACE_TAGS.contains(type)) {
      return linkPlace(ctx, m);
    }
    return !ORGANIZATION_TAGS.contains(type) || linkOrganization(ctx, m);
  }

  /** Gives an unknown place or organization a local entity of its own. */
  void linkUnknown(ArticleContext ctx, NamedEntityMention m) {
    Mention whole = ctx.mention(m.start(), m.end());
    if (PLACE_TAGS.contains(m.type())) {
      String name = properCase(m.text());
      String id = LocalIds.of(EntityType.LOCATION, name);
      ctx.draft(id, () -> new EntityDraft(id, name, EntityType.LOCATION, Optional.empty(),
          Optional.empty())).addMention(whole);
    } else if (m.type().equals("ORGANIZATION")) {
      String name = m.text().replaceFirst("(?i)^the ", "");
      String id = LocalIds.of(EntityType.ORGANIZATION, name);
      ctx.draft(id, () -> new EntityDraft(id, name, EntityType.ORGANIZATION, Optional.empty(),
          Optional.empty())).addMention(whole);
    }
  }

  private static Mention part(ArticleContext ctx, NamedEntityMention m, Found<?> found) {
    return ctx.mention(m.start() + found.start(), m.start() + found.end());
  }

  private void addCountry(ArticleContext ctx, Country c, Mention mention) {
    ctx.draft(linker.countryDraft(c).id, () -> linker.countryDraft(c)).addMention(mention);
  }

  private boolean linkPlace(ArticleContext ctx, NamedEntityMention m) {
    KnowledgeBase kb = linker.knowledge();
    Optional<Found<Place>> found = KnowledgeLinker.locate(m.text(),
        name -> kb.place(name, ctx.datelineCountry()));
    if (found.isEmpty()) {
      Optional<Country> country = kb.country(m.text());
      country.ifPresent(c -> addCountry(ctx, c, ctx.mention(m.start(), m.end())));
      return country.isPresent();
    }
    Place p = found.get().value();
    Mention mention = part(ctx, m, found.get());
    if (p.kind() == PlaceKind.CAPITAL && isActor(ctx, m)) {
      kb.countryByCode(p.countryCode()).ifPresent(c -> addCountry(ctx, c, mention));
      return true;
    }
    placeDraft(ctx, p).addMention(mention);
    return true;
  }

  /** The entity of a known place: a location with its country and coordinates. */
  EntityDraft placeDraft(ArticleContext ctx, Place p) {
    return ctx.draft(p.id(), () -> new EntityDraft(p.id(), p.name(),
        p.kind() == PlaceKind.COUNTRY ? EntityType.COUNTRY : EntityType.LOCATION,
        Optional.of(p.countryCode()), Optional.of(new GeoPoint(p.lat(), p.lon()))));
  }

  private boolean linkOrganization(ArticleContext ctx, NamedEntityMention m) {
    KnowledgeBase kb = linker.knowledge();
    Optional<Found<Medium>> medium = KnowledgeLinker.locate(m.text(), kb::medium)
        .filter(f -> namesTheWhole(m.text(), f, wordBefore(ctx, m)));
    if (medium.isPresent()) {
      Medium md = medium.get().value();
      ctx.draft(md.id(), () -> new EntityDraft(md.id(), md.name(), EntityType.MEDIA,
          Optional.empty(), Optional.empty())).addMention(part(ctx, m, medium.get()));
      return true;
    }
    Optional<Found<Organization>> org = KnowledgeLinker.locate(m.text(), kb::organization)
        .filter(f -> namesTheWhole(m.text(), f, wordBefore(ctx, m)));
    if (org.isPresent()) {
      Organization o = org.get().value();
      ctx.draft(o.id(), () -> new EntityDraft(o.id(), o.name(), EntityType.ORGANIZATION,
          o.countryCode(), Optional.empty())).addMention(part(ctx, m, org.get()));
      return true;
    }
    return false;
  }

  /**
   * Whether a known name found in a mention names the whole of it: the mention's other words are
   * not name words of their own. "the BBC's" is the BBC, and so is "Friday BBC" (the weekday
   * dates the name); "Republican National Committee" is neither the Republican Party nor the
   * newspaper The National, and "The Sunday Times" is not The Times.
   */
  private static boolean namesTheWhole(String text, Found<?> found, String wordBefore) {
    String before = text.substring(0, found.start());
    String rest = (onlyDates(before, wordBefore) ? "" : before) + " " + text.substring(found.end());
    return rest.replaceFirst("^\\s*(?i:the)\\b", "").codePoints()
        .noneMatch(Character::isUpperCase);
  }

  /** Whether the words before a known name, the first after {@code wordBefore}, only date it. */
  private static boolean onlyDates(String words, String wordBefore) {
    String[] split = words.strip().split("\\s+");
    for (int i = 0; i < split.length; i++) {
      if (!CalendarWords.datesName(split[i], i == 0 ? wordBefore : split[i - 1])) {
        return false;
      }
    }
    return true;
  }

  /** The word right before a mention in its sentence, or "" at the sentence's start. */
  private static String wordBefore(ArticleContext ctx, NamedEntityMention m) {
    List<Token> tokens = ctx.parsed.tokens();
    int before = m.firstToken() - 1;
    return before >= 0 && tokens.get(before).sentence() == tokens.get(m.firstToken()).sentence()
        ? tokens.get(before).word() : "";
  }

  // A capital acts when it is not introduced as a place: no locative preposition before it and
  // no "capital of" / "city of" apposition.
  private static boolean isActor(ArticleContext ctx, NamedEntityMention m) {
    if (m.firstToken() == 0) {
      return true;
    }
    Token before = ctx.token(m.firstToken() - 1);
    boolean sameSentence = before.sentence() == ctx.token(m.firstToken()).sentence();
    return !(sameSentence && LOCATIVE.contains(before.word().toLowerCase(Locale.ROOT)));
  }

  private static String properCase(String text) {
    return text.equals(text.toUpperCase(Locale.ROOT))
        ? ProperCase.of(text) : text;
  }
}
