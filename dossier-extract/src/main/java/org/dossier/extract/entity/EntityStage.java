package org.dossier.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dossier.extract.pipeline.ArticleAnnotations;
import org.dossier.extract.pipeline.Stage;
import org.dossier.extract.quote.SpeechLexicon;
import org.dossier.extract.text.QuotationFinder;
import org.dossier.knowledge.KnowledgeBase;
import org.dossier.nlp.NamedEntityMention;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Token;

/**
 * Resolves every mention of a person, organization, country or place to one canonical entity:
 * names and misspellings to the knowledge base, surnames to full names, capitals used as actors
 * to their countries, demonyms to countries, descriptors to office holders on the publication
 * date, "the former"/"the latter" and pronouns to the people they point back to.
 */
public final class EntityStage implements Stage {

  private final KnowledgeBase knowledge;
  private final NameMentionLinker names;
  private final PersonLinker persons;
  private final RoleReader roles;
  private final DescriptorLinker descriptors;
  private final CoreferenceLinker coreference;
  private final QuotationFinder quotations;
  private final MediaMentionFinder media;
  private final DatelinePlaceLinker dateline;
  private final RoleNounLinker roleNouns;
  private final HonorificNameFinder honorifics;
  private final SurnameFinder surnames;
  private final TitleCaseMentionFilter titleCase;
  private final SpeakingNameFinder speakingNames;
  private final InvertedCueTrimmer invertedCues;

  private EntityStage(KnowledgeBase knowledge) {
    NameMatcher matcher = new NameMatcher();
    KnowledgeLinker linker = new KnowledgeLinker(knowledge, matcher);
    this.knowledge = knowledge;
    this.names = new NameMentionLinker(linker);
    this.persons = new PersonLinker(linker, matcher);
    this.roles = new RoleReader(knowledge);
    this.descriptors = new DescriptorLinker(knowledge);
    this.coreference = new CoreferenceLinker();
    this.quotations = new QuotationFinder();
    this.media = new MediaMentionFinder(knowledge);
    this.dateline = new DatelinePlaceLinker(linker, names);
    this.roleNouns = RoleNounLinker.builtIn();
    this.honorifics = new HonorificNameFinder();
    this.surnames = new SurnameFinder();
    this.titleCase = new TitleCaseMentionFilter();
    SpeechLexicon speech = SpeechLexicon.builtIn();
    this.speakingNames = new SpeakingNameFinder(speech);
    this.invertedCues = new InvertedCueTrimmer(speech);
  }

  public static EntityStage create(KnowledgeBase knowledge) {
    return new EntityStage(knowledge);
  }

  @Override
  public ArticleAnnotations apply(ArticleAnnotations in) {
    ParsedText parsed = in.parsed();
    ArticleContext ctx = new ArticleContext(in.article(), parsed, quotations.find(parsed.text()));
    List<NamedEntityMention> people = new ArrayList<>();
    List<NamedEntityMention> unknown = new ArrayList<>();
    List<NamedEntityMention> tagged = invertedCues.trim(parsed,
        titleCase.filter(parsed, parsed.entityMentions()));
    List<NamedEntityMention> mentions = new ArrayList<>(tagged);
    mentions.addAll(honorifics.find(parsed, tagged));
    // The surnames come from full names, which the finders below only add to with single words.
    Set<String> surnamesOfPeople = surnames.surnames(parsed, mentions);
    mentions = new ArrayList<>(surnames.apply(parsed, mentions, surnamesOfPeople));
    mentions.addAll(speakingNames.find(parsed, mentions, ctx::insideQuotation));
    mentions.sort(Comparator.comparingInt(NamedEntityMention::start));
    for (NamedEntityMention m : mentions) {
      if (isPronoun(parsed, m)) {
        continue;
      }
      if (m.type().equals("PERSON")) {
        if (surnamesOfPeople.contains(m.text()) || looksLikeName(m.text())) {
          people.add(m);
        }
      } else if (!names.linkKnown(ctx, m)) {
        unknown.add(m);
      }
    }
    dateline.link(ctx);
    persons.link(ctx, people);
    for (NamedEntityMention m : unknown) {
      // "the Trump administration": a person's name the tagger took for a place or group.
      if (!persons.linkByName(ctx, m) && !ctx.insideQuotation(m.start())) {
        names.linkUnknown(ctx, m);
      }
    }
    media.find(ctx);
    roles.addRoles(ctx);
    descriptors.link(ctx);
    roleNouns.link(ctx);
    coreference.link(ctx);
    return in.withEntities(ctx.freeze());
  }

  private static boolean isPronoun(ParsedText parsed, NamedEntityMention m) {
    List<Token> tokens = parsed.tokens().subList(m.firstToken(), m.endToken());
    return tokens.stream().allMatch(t -> t.pos().startsWith("PRP") || t.pos().startsWith("WP"));
  }

  // NER tags nicknames built from place names ("Mr. America-Last") as people; names are not.
  private boolean looksLikeName(String text) {
    for (String part : text.split("[-\\s]+")) {
      if (knowledge.country(part).isPresent() || knowledge.countryByDemonym(part).isPresent()) {
        return text.contains(" ") && !text.contains("-");
      }
    }
    return true;
  }
}
