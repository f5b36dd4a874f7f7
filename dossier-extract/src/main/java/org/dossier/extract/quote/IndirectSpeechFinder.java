package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.entity.ResolvedEntities;
import org.dossier.extract.text.DependencyTree;
import org.dossier.extract.text.Quotation;
import org.dossier.model.EntityType;
import org.dossier.model.QuoteKind;
import org.dossier.model.Speaker;
import org.dossier.nlp.Token;

/**
 * Finds reported speech without quotation marks: a speech verb with a clausal complement
 * ("Iran has repeatedly asserted that the Netanyahu government seeks …"), also set into the clause
 * ("The plan, officials said, will fail") or after it ("The plan will fail, officials said"), or
 * after a colon; a speech noun with one ("Trump's claim that …", "an agreement to …"); "according
 * to"; the infinitive of a decision ("voted to hold him in contempt"); the object of a stance verb
 * ("the senator criticized the plan") and the topic of speech ("spoke about rising rents",
 * "railed against", "is critical of", "North Korea's claims about"); a passive speech or stance
 * verb ("is expected to …", "was endorsed by …"); a clause set in a poll or report ("In this
 * poll, …") and a headline claim ("Sanders: …"). The reported content is the clause or phrase,
 * without its complementizer, without coordinated parts that carry their own quotation (those are
 * partial quotes) and without trailing participial asides.
 */
final class IndirectSpeechFinder {

  private static final Set<String> NOT_SPEAKERS = Set.of("i", "we", "you");
  private static final Set<String> CLAUSE_RELATIONS =
      Set.of("conj", "acl", "advcl", "ccomp", "parataxis", "dep", "xcomp");
  private static final int MIN_WORDS = 3;
  private static final Set<String> PREPOSED_RELATIONS = Set.of("advcl", "dep", "parataxis");
  private static final Set<String> INTERJECTED_RELATIONS = Set.of("parataxis", "dep");
  private static final Set<String> NOT_CONTENT_TAGS = Set.of("PRP", "PRP$", "WP", "WDT", "DT",
      "EX", "CD");
  // "spoke for about five minutes", "said Friday afternoon": a time, whatever the tagger says.
  private static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "week",
      "month", "year", "decade", "century", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night", "today",
      "yesterday", "tonight");
  private static final Set<String> TOPIC_CASES = Set.of("about", "for", "against", "over", "of");
  private static final Set<String> NOUN_TOPIC_CASES =
      Set.of("about", "for", "against", "over", "of", "on");
  private static final int TRAILING_PHRASE = 8;
  private static final int MIN_REST_WORDS = 2;
  private static final int HEADLINE_CLAIM_WORDS = 4;
  private static final Set<EntityType> HEADLINE_SOURCES =
      Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.MEDIA);
  private static final int ACCORDING_SOURCE = 15;
  private static final Set<String> DASHES = Set.of("—", "–", "―", "--");
  // Verbs news prose puts before their speaker: "…, said one source in the room."
  private static final Set<String> INVERTING_VERBS = Set.of("say", "add", "write", "note",
      "explain", "recall", "ask", "reply", "continue", "insist", "tell", "warn", "argue");
  private static final Set<String> NONFINITE_TAGS = Set.of("VBG", "VB");
  private static final Set<String> TRAILING_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ",
      "POS", "PRP", "PRP$", "CD", "IN", "HYPH", "-LRB-", "-RRB-", "RB");

  private final SpeechLexicon lexicon;
  private final SpeakerResolver speakers;

  IndirectSpeechFinder(SpeechLexicon lexicon, SpeakerResolver speakers) {
    this.lexicon = lexicon;
    this.speakers = speakers;
  }

  List<QuoteDraft> find(DependencyTree tree, ResolvedEntities entities, List<Quotation> quotations) {
    List<QuoteDraft> found = new ArrayList<>();
    for (Token cue : tree.parsed().tokens()) {
      if (inside(quotations, cue.start()) || isNegated(tree, cue)) {
        continue;
      }
      boolean speech = lexicon.isSpeechVerb(tree, cue);
      if (speech) {
        int before = found.size();
        complements(tree, entities, quotations, cue, found);
        preposed(tree, entities, quotations, cue, found);
        interjected(tree, entities, quotations, cue, found);
        raised(tree, entities, quotations, cue, found);
        afterColon(tree, entities, quotations, cue, found);
        if (found.size() == before) {
          trailing(tree, entities, quotations, cue, found);
        }
      } else if (cue.isNoun() && lexicon.isSpeechNoun(cue.lemma())) {
        nounComplements(tree, entities, quotations, cue, found);
      } else if (cue.isVerb()) {
        according(tree, entities, quotations, cue, found);
      }
      if (cue.isNoun() && lexicon.isEvidenceNoun(cue.lemma())) {
        inDocument(tree, entities, quotations, cue, found);
      }
      if (cue.word().equalsIgnoreCase("according")) {
        trailingAccordingTo(tree, entities, quotations, cue, found);
      }
      // A stance verb's object is reported when the verb has a subject of its own, or when a
      // participle or infinitive borrows one that names a speaker ("Trump avoids condemning the
      // invasion", "each touting their experience"); without one ("citing the campaign") it is
      // an aside more often than a statement.
      boolean stance = cue.isVerb() && lexicon.isStanceVerb(cue.lemma());
      boolean reports = stance || speech;
      boolean topical = (cue.isVerb() || isPredicateAdjective(tree, cue))
          && lexicon.takesTopic(cue.lemma());
      Optional<Token> own = reports || topical ? ownSubject(tree, cue) : Optional.empty();
      if (reports && cue.pos().equals("VBN")) {
        passiveSubject(tree, entities, quotations, cue, found);
      }
      boolean borrowing = own.isEmpty() && NONFINITE_TAGS.contains(cue.pos());
      if (stance && own.filter(s -> !inside(quotations, s.start())).isPresent()
          || stance && borrowing && speakers.attribute(tree, entities, cue).speaker().isPresent()) {
        objects(tree, entities, quotations, cue, found);
      }
      // ""…," Trump said of his meeting": the quote is what was said, the "of" phrase its topic.
      // A participle or infinitive borrows its subject: "…, accusing her of being asleep",
      // "protesters continued to call for more information".
      boolean speaking = own.isPresent() || (cue.pos().equals("VBG") || cue.pos().equals("VB"))
          && (speech || topical) && hasSubject(tree, cue);
      if (speaking) {
        topics(tree, entities, quotations, cue, reports, found);
      }
      if (cue.isVerb() && lexicon.isIntentionVerb(cue.lemma()) && hasSubject(tree, cue)) {
        // "the committee voted to hold him in contempt": the infinitive is what was decided.
        for (Token complement : tree.children(cue)) {
          if (complement.relation().equals("xcomp") && complement.isVerb()
              || isAddressedInfinitive(tree, complement)) {
            intention(tree, entities, quotations, cue, complement, found);
          }
        }
      }
    }
    headlineClaims(tree, entities, quotations, found);
    return outermost(found);
  }

  /**
   * "Sanders: Clinton needs to get away from personality", "Politifact: Trump Is Right on
   * Chicago", "Poll: Clinton and Trump in dead heat": a headline or paragraph that opens with a
   * source's name and a colon reports what the source says. The name must be one the entity
   * stage knows as a person, an organization or a medium, not a place ("WASHINGTON: …" is a
   * dateline) or a label ("Update: …"); or a document that speaks ("Poll:"), which names no
   * speaker. A claim may hold a partial quote ("… Trump Was 'Mocking' Clinton Camp") but must
   * have words of its own: one quoted whole is a direct quote.
   */
  private void headlineClaims(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, List<QuoteDraft> found) {
    String text = tree.parsed().text();
    List<Token> tokens = tree.parsed().tokens();
    for (int i = 1; i < tokens.size(); i++) {
      Token colon = tokens.get(i);
      if (!colon.word().equals(":") || inside(quotations, colon.start())) {
        continue;
      }
      int lineStart = text.lastIndexOf('\n', colon.start()) + 1;
      Token name = tokens.get(i - 1);
      Optional<Speaker> source = speakers.speakerOf(tree, entities, name)
          .filter(s -> s.mention().start() == lineStart && s.mention().end() == name.end());
      boolean speaks = source.flatMap(s -> entities.byId(s.entityId()))
          .map(e -> HEADLINE_SOURCES.contains(e.type())).orElse(false);
      boolean document = name.start() == lineStart && lexicon.isChannelNoun(name.lemma());
      if (!speaks && !document) {
        continue;
      }
      List<Token> claim = new ArrayList<>();
      for (int k = i + 1; k < tokens.size() && tokens.get(k).sentence() == colon.sentence()
          && text.lastIndexOf('\n', tokens.get(k).start()) < colon.start(); k++) {
        claim.add(tokens.get(k));
      }
      claim = trimEdges(claim);
      long ownWords = claim.stream()
          .filter(t -> Character.isLetter(t.word().charAt(0)) && !inside(quotations, t.start()))
          .count();
      if (ownWords >= HEADLINE_CLAIM_WORDS) {
        add(tree, claim, new Attribution(Optional.of(colon), Optional.empty(),
            speaks ? source : Optional.empty(), Optional.empty()), colon, found);
      }
    }
  }

  // A report inside another report ("Iran asserted that the government seeks to draw …") is
  // part of the outer one's content, not a statement of its own.
  private static List<QuoteDraft> outermost(List<QuoteDraft> found) {
    return found.stream().filter(d -> found.stream().noneMatch(o -> o != d
        && o.start() <= d.start() && d.end() <= o.end() && o.end() - o.start() > d.end() - d.start()))
        .toList();
  }

  // "Iran has repeatedly asserted that …": the clausal complement of a speech verb.
  private void complements(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token cue, List<QuoteDraft> found) {
    if (!hasSubject(tree, cue)) {
      return;
    }
    for (Token complement : tree.children(cue)) {
      if (complement.relation().equals("ccomp") || isSmallClause(tree, cue, complement)) {
        report(tree, entities, quotations, cue, complement, found);
      }
    }
  }

  // "has often cited improving mental health services", "has mentioned refinancing loans": a
  // gerund without a subject of its own after a stance verb is its object, however the parser
  // names the link.
  private static boolean isGerundObject(DependencyTree tree, Token cue, Token complement) {
    return isGerundAfter(cue, complement)
        && tree.child(complement, r -> r.startsWith("nsubj")).isEmpty();
  }

  // "The poll showed Clinton doing better", "shows Clinton leading Trump": a participle with a
  // subject of its own after the verb is its complement, however the parser names the link.
  private static boolean isSmallClause(DependencyTree tree, Token cue, Token complement) {
    return isGerundAfter(cue, complement)
        && tree.child(complement, r -> r.equals("nsubj")).isPresent();
  }

  // A gerund after the verb that the parser hung on it loosely, as an open or unlabeled clause.
  private static boolean isGerundAfter(Token cue, Token complement) {
    return complement.index() > cue.index() && complement.pos().equals("VBG")
        && (complement.relation().equals("dep") || complement.relation().equals("xcomp"));
  }

  // "The plan will fail, officials said": parsers attach the clause before a sentence-final
  // speech verb as a modifier rather than its complement; set off by a comma, it is the report.
  private void preposed(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token cue, List<QuoteDraft> found) {
    if (!hasSubject(tree, cue)) {
      return;
    }
    for (Token clause : tree.children(cue)) {
      if (PREPOSED_RELATIONS.contains(clause.relation()) && clause.index() < cue.index()
          && tree.children(clause).stream().noneMatch(IndirectSpeechFinder::subordinates)
          && tree.child(clause, r -> r.startsWith("nsubj") || r.startsWith("csubj")).isPresent()
          && followedByComma(tree, clause)) {
        report(tree, entities, quotations, cue, clause, found);
      }
    }
  }

  /**
   * "The talks collapsed on Friday, the agency said in a report.", "…, said one source in the
   * room.": a sentence that ends in a speech verb and its speaker, set off by a comma, reports
   * the clause before the comma. Read from the words rather than the parse, which often hangs
   * the clause or the speaker elsewhere in such sentences.
   */
  private void trailing(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token cue, List<QuoteDraft> found) {
    List<Token> sentence = tree.parsed().tokensOf(tree.parsed().sentenceOf(cue));
    int at = sentence.indexOf(cue);
    int stop = endBeforeStop(sentence, at + 1);
    // Set into the sentence rather than after it ("The benefit, it says, would be $300"): the
    // clause goes on after the comma that closes the speech verb's phrase.
    int close = at + 1;
    while (close < stop && !sentence.get(close).pos().equals(",")) {
      close++;
    }
    List<Token> after = sentence.subList(at + 1, close);
    List<Token> rest = close + 1 < stop ? sentence.subList(close + 1, stop) : List.of();
    int comma = at - 1;
    while (comma >= 0 && !sentence.get(comma).pos().equals(",")
        && at - comma <= TRAILING_PHRASE && isPhraseWord(sentence.get(comma))) {
      comma--;
    }
    if (comma < 1 || !sentence.get(comma).pos().equals(",") || after.size() > TRAILING_PHRASE
        || !after.stream().allMatch(IndirectSpeechFinder::isPhraseWord)) {
      return;
    }
    boolean inverted = comma + 1 == at;
    // "…, the agency said in a report": after a named speaker only a phrase of time or place; an
    // object ("he mentioned climate change") makes the verb a verb of its own clause.
    if (inverted ? !INVERTING_VERBS.contains(cue.lemma().toLowerCase(Locale.ROOT))
        : !after.isEmpty() && !after.get(0).pos().equals("IN") && !isTime(tree, after.get(0))) {
      return;
    }
    List<Token> named = inverted ? nounPhrase(after) : sentence.subList(comma + 1, at);
    List<Token> clause = new ArrayList<>(trimEdges(sentence.subList(0, comma)));
    if (rest.size() >= MIN_REST_WORDS) {
      clause.addAll(trimEdges(rest));
    } else if (close < stop) {
      return;
    }
    if (named.isEmpty() || clause.size() < MIN_WORDS || !isMainClause(clause)
        || touchesQuotation(clause, quotations)) {
      return;
    }
    Attribution attribution = speakers.attribute(tree, entities, cue);
    if (attribution.speaker().isEmpty()) {
      Optional<Speaker> speaker = DependencyTree.nominalHead(named)
          .flatMap(head -> speakers.speakerOf(tree, entities, head));
      attribution = new Attribution(Optional.of(cue), Optional.empty(), speaker,
          attribution.channel());
    }
    add(tree, clause, attribution, cue, found);
  }

  /**
   * "The prison system holds a quarter of the world's inmates, according to the Federal Bureau of
   * Prisons.": a sentence that ends in "according to" and its source reports the clause before
   * the comma, wherever the parser attached the phrase.
   */
  private void trailingAccordingTo(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token according, List<QuoteDraft> found) {
    List<Token> sentence = tree.parsed().tokensOf(tree.parsed().sentenceOf(according));
    int at = sentence.indexOf(according);
    int end = endBeforeStop(sentence, at + 2);
    if (at < 2 || !isPhraseBreak(sentence.get(at - 1)) || end <= at + 2
        || !sentence.get(at + 1).word().equalsIgnoreCase("to")) {
      return;
    }
    List<Token> source = sentence.subList(at + 2, end);
    List<Token> clause = trimEdges(sentence.subList(0, at - 1));
    if (source.size() > ACCORDING_SOURCE
        || source.stream().anyMatch(Token::isFinite)
        || clause.size() < MIN_WORDS || !isMainClause(clause)
        || touchesQuotation(clause, quotations)) {
      return;
    }
    Attribution attribution = DependencyTree.nominalHead(source)
        .flatMap(head -> speakers.accordingToSource(tree, entities, head))
        .map(a -> new Attribution(Optional.of(according), a.cuePhrase(), a.speaker(), a.channel()))
        .orElse(new Attribution(Optional.of(according), Optional.of("according to"),
            Optional.empty(), Optional.empty()));
    add(tree, clause, attribution, according, found);
  }

  // A comma, or a dash set between phrases ("… flat out wrong — according to the journal").
  private static boolean isPhraseBreak(Token t) {
    return t.pos().equals(",") || DASHES.contains(t.word());
  }

  // Where a sentence's words end, before its closing stops, but not before {@code from}.
  private static int endBeforeStop(List<Token> sentence, int from) {
    int end = sentence.size();
    while (end > from && sentence.get(end - 1).pos().equals(".")) {
      end--;
    }
    return end;
  }

  // A finite clause that is not subordinate: "the talks collapsed", not "when the talks
  // collapsed" or "campaigning in 2012".
  private static boolean isMainClause(List<Token> clause) {
    Token first = clause.stream().filter(t -> !t.pos().equals("CC")).findFirst().orElseThrow();
    boolean subordinate = first.relation().equals("mark") || first.pos().equals("WRB")
        || first.pos().equals("IN") && first.relation().equals("mark");
    return !subordinate && clause.stream().anyMatch(Token::isFinite);
  }

  // The words that may follow or precede a trailing speech verb: its speaker and a short phrase
  // of time or place ("the agency said in a June report").
  private static boolean isPhraseWord(Token t) {
    return TRAILING_TAGS.contains(t.pos());
  }

  // "said one GOP source in the room": the speaker is the noun phrase before any preposition.
  private static List<Token> nounPhrase(List<Token> after) {
    int end = 0;
    while (end < after.size() && !after.get(end).pos().equals("IN")
        && !after.get(end).pos().equals(",")) {
      end++;
    }
    return after.subList(0, end);
  }

  // "When she arrived, she said …", "If it fails, he said …": a subordinate clause, not a report.
  private static boolean subordinates(Token child) {
    return child.relation().equals("mark")
        || child.relation().equals("advmod") && child.pos().startsWith("W");
  }

  private static boolean followedByComma(DependencyTree tree, Token clause) {
    List<Token> span = tree.subtree(clause);
    Token last = span.get(span.size() - 1);
    int next = last.index() + 1;
    return last.pos().equals(",")
        || next < tree.parsed().tokens().size() && tree.token(next).pos().equals(",");
  }

  // "Limbaugh added:" and a paragraph without quotation marks: the words after the colon, to
  // the end of their sentence, are what the speaker said, set off as a block.
  private void afterColon(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token cue, List<QuoteDraft> found) {
    List<Token> tokens = tree.parsed().tokens();
    int colon = cue.index() + 1;
    if (colon + 1 >= tokens.size() || !tokens.get(colon).word().equals(":")
        || !hasSubject(tree, cue)) {
      return;
    }
    Token first = tokens.get(colon + 1);
    List<Token> words = tree.parsed().tokensOf(tree.parsed().sentenceOf(first)).stream()
        .filter(t -> t.index() > colon).toList();
    List<Token> said = trimEdges(words.subList(0, endBeforeStop(words, 0)));
    if (said.size() >= MIN_WORDS && isMainClause(said) && !touchesQuotation(said, quotations)) {
      add(tree, said, speakers.attribute(tree, entities, cue), cue, found);
    }
  }

  // "One in nine voters is expected to be Latino", "The senator is said to favor a vote": a
  // passive speech verb reports its subject with the infinitive after it; whoever expects or
  // says it is the agent, if the sentence names one.
  private void raised(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token cue, List<QuoteDraft> found) {
    if (!cue.pos().equals("VBN") || tree.child(cue, r -> r.equals("aux:pass")).isEmpty()) {
      return;
    }
    Optional<Token> subject = tree.child(cue, r -> r.equals("nsubj:pass"));
    Optional<Token> infinitive = tree.child(cue, r -> r.equals("xcomp"))
        .filter(x -> isInfinitive(tree, x));
    if (subject.isEmpty() || infinitive.isEmpty()) {
      return;
    }
    List<Token> clause = new ArrayList<>(content(tree, subject.get(), quotations));
    clause.add(cue);
    clause.addAll(content(tree, infinitive.get(), quotations));
    clause = trimEdges(clause);
    if (clause.size() >= MIN_WORDS && !touchesQuotation(clause, quotations)) {
      add(tree, clause, new Attribution(Optional.of(cue), Optional.empty(),
          agent(tree, cue).flatMap(by -> speakers.speakerOf(tree, entities, by)),
          Optional.empty()), cue, found);
    }
  }

  // "The registration issue was first reported by The Washington Post", "Trump is supported by
  // far fewer publications", "a curfew was announced": a passive stance verb with its agent, or
  // a passive speech verb, reports its subject; the agent, if named, is the speaker.
  private void passiveSubject(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token cue, List<QuoteDraft> found) {
    if (tree.child(cue, r -> r.equals("aux:pass")).isEmpty()
        || tree.child(cue, r -> r.equals("xcomp") || r.equals("ccomp")).isPresent()) {
      return;
    }
    Optional<Token> agent = agent(tree, cue);
    Optional<Token> subject = tree.child(cue, r -> r.startsWith("nsubj"))
        .filter(IndirectSpeechFinder::isContentHead);
    if (agent.isEmpty() && !lexicon.isSpeechVerb(tree, cue) || subject.isEmpty()) {
      return;
    }
    List<Token> reported = trimEdges(content(tree, subject.get(), quotations));
    if (!reported.isEmpty() && !touchesQuotation(reported, quotations)) {
      add(tree, reported, new Attribution(Optional.of(cue), Optional.empty(),
          agent.flatMap(by -> speakers.speakerOf(tree, entities, by)), Optional.empty()), cue,
          found);
    }
  }

  // The phrase a passive verb names its doer with: "by The Washington Post".
  private static Optional<Token> agent(DependencyTree tree, Token verb) {
    return tree.children(verb).stream()
        .filter(c -> c.relation().equals("obl:agent") || c.relation().equals("obl")
            && tree.child(c, r -> r.equals("case")).map(k -> k.word().equalsIgnoreCase("by"))
                .orElse(false))
        .findFirst();
  }

  // "In this poll, Trump rose a point", "In the audit, the agency found …": a clause set in a
  // document is what the document reports, for whoever made it.
  private void inDocument(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token document, List<QuoteDraft> found) {
    if (!document.relation().startsWith("obl") || document.isRoot() || tree.child(document,
        r -> r.equals("case")).filter(k -> k.word().equalsIgnoreCase("in")).isEmpty()) {
      return;
    }
    Token verb = tree.token(document.head());
    if (!verb.isVerb() || lexicon.isSpeechVerb(tree, verb) || !hasSubject(tree, verb)) {
      return;
    }
    List<Token> clause = new ArrayList<>(content(tree, verb, quotations));
    clause.removeAll(tree.subtree(document));
    clause = trimEdges(clause);
    if (clause.size() >= MIN_WORDS && isMainClause(clause)
        && !touchesQuotation(clause, quotations)) {
      add(tree, clause, new Attribution(Optional.of(document), Optional.empty(),
          speakers.speakerOf(tree, entities, document), Optional.empty()), document, found);
    }
  }

  // "The plan, officials said, will fail": a speech verb set into the clause it reports. A
  // participle set off after the clause ("Reed told the crowd, reciting a fable") goes on from
  // it and does not report it.
  private void interjected(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token cue, List<QuoteDraft> found) {
    if (!INTERJECTED_RELATIONS.contains(cue.relation()) || cue.pos().equals("VBG")
        || !hasSubject(tree, cue) || !precededByComma(tree, cue)) {
      return;
    }
    Token reported = tree.token(cue.head());
    if (!reported.isVerb() && tree.subject(reported).isEmpty()) {
      return;
    }
    List<Token> clause = new ArrayList<>(content(tree, reported, quotations));
    clause.removeAll(tree.subtree(cue));
    clause = trimEdges(clause);
    if (clause.size() >= MIN_WORDS && !touchesQuotation(clause, quotations)) {
      add(tree, clause, speakers.attribute(tree, entities, cue), cue, found);
    }
  }

  private static boolean precededByComma(DependencyTree tree, Token cue) {
    Token first = tree.subtree(cue).get(0);
    int before = first.index() - 1;
    return first.pos().equals(",") || before >= 0 && tree.token(before).pos().equals(",");
  }

  // "The senator criticized the plan", "the union endorsed Clinton", "called the charges
  // fabricated": the object of a stance verb, with the predicate said of it, is what was said.
  private void objects(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token cue, List<QuoteDraft> found) {
    for (Token object : tree.children(cue)) {
      if (!(object.relation().equals("obj") || isGerundObject(tree, cue, object))
          || !isContentHead(object)) {
        continue;
      }
      List<Token> clause = new ArrayList<>(content(tree, object, quotations));
      tree.children(cue).stream().filter(c -> c.relation().equals("xcomp")
              && c.index() > object.index())
          .forEach(predicate -> clause.addAll(content(tree, predicate, quotations)));
      List<Token> reported = trimEdges(clause);
      if (!reported.isEmpty() && !touchesQuotation(reported, quotations)) {
        add(tree, reported, speakers.attribute(tree, entities, cue), cue, found);
      }
    }
  }

  // "She spoke about her ties to the church", "they called for a repeal", "called for reducing
  // the rate", "is critical of the plan": the topic of speech. Speech and stance verbs take it
  // after any topic preposition; other words only after their own ("rail against").
  private void topics(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token cue, boolean reports, List<QuoteDraft> found) {
    for (Token topic : tree.children(cue)) {
      // The topic follows the verb ("spoke about …"); "For his part, she said" is no topic.
      boolean phrase = topic.relation().startsWith("obl")
          || topic.relation().equals("advcl") && topic.pos().equals("VBG");
      if (!phrase || topic.index() < cue.index() || !isContentHead(topic) || isTime(tree, topic)) {
        continue;
      }
      Optional<Token> preposition = tree.child(topic,
          r -> r.equals("case") || r.equals("mark"));
      String word = preposition.map(k -> k.word().toLowerCase(Locale.ROOT)).orElse("");
      if (preposition.isPresent()
          && (reports && TOPIC_CASES.contains(word) || lexicon.isTopicPhrase(cue.lemma(), word))) {
        reportObject(tree, entities, quotations, cue, topic, preposition.get(), 1, found);
      }
    }
  }

  // The object of a preposition, without the preposition, as what the cue's speaker said.
  private void reportObject(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token cue, Token object, Token preposition, int minWords,
      List<QuoteDraft> found) {
    List<Token> reported = trimEdges(content(tree, object, quotations).stream()
        .filter(t -> !t.equals(preposition)).toList());
    if (reported.size() >= minWords && !touchesQuotation(reported, quotations)) {
      add(tree, reported, speakers.attribute(tree, entities, cue), cue, found);
    }
  }

  // "Graham has been critical of Trump": an adjective with a copula heads its clause.
  private static boolean isPredicateAdjective(DependencyTree tree, Token word) {
    return word.pos().startsWith("JJ") && tree.child(word, r -> r.equals("cop")).isPresent();
  }

  // A pronoun ("criticized it", "what she said") names no content of its own.
  private static boolean isContentHead(Token head) {
    return !NOT_CONTENT_TAGS.contains(head.pos());
  }

  // "said on Monday", "has argued for years": when, not what.
  private static boolean isTime(DependencyTree tree, Token head) {
    return head.isTime() || TIME_UNITS.contains(head.lemma().toLowerCase(Locale.ROOT))
        || tree.children(head).stream().anyMatch(Token::isTime);
  }

  // "Trump's claim that there have been thousands of shootings"; and the topic of an owned one,
  // "North Korea's claims about the potency of its test": the owner is the speaker.
  private void nounComplements(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token cue, List<QuoteDraft> found) {
    boolean owned = tree.child(cue, r -> r.equals("nmod:poss")).isPresent();
    for (Token complement : tree.children(cue)) {
      if (complement.relation().equals("acl") && complement.isVerb()
          && isInfinitive(tree, complement)) {
        // "an agreement to curb emissions", "his pledge to repeal the law": what was promised.
        intention(tree, entities, quotations, cue, complement, found);
      } else if ((complement.relation().equals("acl") || complement.relation().equals("ccomp"))
          && tree.child(complement, r -> r.equals("mark")).isPresent()) {
        report(tree, entities, quotations, cue, complement, found);
      } else if (owned && complement.relation().equals("nmod") && isContentHead(complement)
          && !isTime(tree, complement)) {
        tree.child(complement, r -> r.equals("case"))
            .filter(p -> NOUN_TOPIC_CASES.contains(p.word().toLowerCase(Locale.ROOT)))
            .ifPresent(p -> reportObject(tree, entities, quotations, cue, complement, p,
                MIN_WORDS, found));
      }
    }
  }

  // A clause introduced by "to": "to repeal the law", "to be capable of …".
  private static boolean isInfinitive(DependencyTree tree, Token head) {
    return tree.children(head).stream()
        .anyMatch(m -> m.relation().equals("mark") && m.word().equalsIgnoreCase("to"));
  }

  // "called on Trump to stop attacking her": parsers make "Trump to stop …" a clause with its
  // own subject; a purpose clause ("voted to …, to avoid a strike") has none.
  private static boolean isAddressedInfinitive(DependencyTree tree, Token complement) {
    return complement.relation().equals("advcl") && complement.isVerb()
        && tree.child(complement, r -> r.startsWith("nsubj")).isPresent()
        && isInfinitive(tree, complement);
  }

  private void intention(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token cue, Token complement, List<QuoteDraft> found) {
    List<Token> clause = content(tree, complement, quotations);
    if (clause.size() >= MIN_WORDS && !touchesQuotation(clause, quotations)) {
      add(tree, clause, speakers.attribute(tree, entities, cue), cue, found);
    }
  }

  // "she thinks America is strongest": parsers may take a clause for the subject.
  private static boolean hasClauseSubject(DependencyTree tree, Token complement) {
    return tree.subject(complement).isPresent()
        || tree.child(complement, r -> r.startsWith("csubj") || r.equals("expl")).isPresent();
  }

  // A subject of its own, or shared with a coordinated verb ("criticized the plan and endorsed
  // Clinton"); not one borrowed by a participle or an infinitive.
  private static Optional<Token> ownSubject(DependencyTree tree, Token verb) {
    if (verb.relation().equals("conj") && !verb.isRoot()
        && tree.child(verb, r -> r.startsWith("nsubj")).isEmpty()) {
      return ownSubject(tree, tree.token(verb.head()));
    }
    return tree.child(verb, r -> r.equals("nsubj"))
        .filter(s -> !NOT_SPEAKERS.contains(s.word().toLowerCase(Locale.ROOT)));
  }

  private static boolean hasSubject(DependencyTree tree, Token verb) {
    return tree.subject(verb).map(s -> !NOT_SPEAKERS.contains(s.word().toLowerCase(Locale.ROOT)))
        .orElse(false);
  }

  private void report(DependencyTree tree, ResolvedEntities entities, List<Quotation> quotations,
      Token cue, Token complement, List<QuoteDraft> found) {
    List<Token> clause = content(tree, complement, quotations);
    if (clause.size() < MIN_WORDS || touchesQuotation(clause, quotations)
        || !hasClauseSubject(tree, complement) || isBrokenOff(tree, complement, clause)) {
      return;
    }
    add(tree, clause, speakers.attribute(tree, entities, cue), cue, found);
  }

  // "Kerry said the United States would work with other members to take "robust steps"": when
  // cutting a quoted part leaves the clause ending in its subject or its verb, the rest is
  // missing and the quote is the record.
  private static boolean isBrokenOff(DependencyTree tree, Token complement, List<Token> clause) {
    if (clause.size() == trimEdges(beforeAside(tree.subtree(complement))).size()) {
      return false;
    }
    Token last = clause.get(clause.size() - 1);
    return last.relation().startsWith("nsubj") || last.isVerb();
  }

  // "According to the commission, the audio failed": the clause is the commission's report.
  private void according(DependencyTree tree, ResolvedEntities entities,
      List<Quotation> quotations, Token verb, List<QuoteDraft> found) {
    Optional<Token> source = tree.children(verb).stream()
        .filter(c -> c.relation().startsWith("obl") && tree.children(c).stream()
            .anyMatch(k -> k.relation().equals("case") && k.word().equalsIgnoreCase("according")))
        .findFirst();
    if (source.isEmpty() || tree.subject(verb).isEmpty()) {
      return;
    }
    List<Token> clause = new ArrayList<>(content(tree, verb, quotations));
    clause.removeAll(tree.subtree(source.get()));
    clause = trimEdges(clause);
    if (clause.size() < MIN_WORDS || touchesQuotation(clause, quotations)) {
      return;
    }
    Attribution attribution = speakers.attribute(tree, entities, verb);
    add(tree, clause, attribution, verb, found);
  }

  private static void add(DependencyTree tree, List<Token> clause, Attribution attribution,
      Token cue, List<QuoteDraft> found) {
    String text = tree.parsed().text();
    int[] span = DependencyTree.span(clause);
    String reported = text.substring(span[0], span[1]).replaceFirst("[,;:\\s]+$", "");
    int reportedEnd = span[0] + reported.length();
    if (found.stream().anyMatch(d -> d.start() == span[0] && d.end() == reportedEnd)) {
      // Two readings of one sentence found the same statement.
      return;
    }
    found.add(new QuoteDraft(span[0], span[0] + reported.length(), reported, QuoteKind.INDIRECT,
        cue.sentence(), attribution, attribution.speaker().isPresent() ? 0.75 : 0.4));
  }

  private static List<Token> content(DependencyTree tree, Token complement,
      List<Quotation> quotations) {
    List<Token> keep = new ArrayList<>(tree.subtree(complement));
    for (Token cut : quotedClauses(tree, keep, quotations)) {
      if (cut.index() == complement.index()) {
        return List.of();
      }
      keep.removeAll(tree.subtree(cut));
    }
    return trimEdges(beforeAside(keep));
  }

  private static List<Token> trimEdges(List<Token> clause) {
    List<Token> keep = new ArrayList<>(clause);
    keep.sort(java.util.Comparator.comparingInt(Token::index));
    while (!keep.isEmpty() && (isEdge(keep.get(0)) || keep.get(0).pos().equals("CC"))) {
      keep.remove(0);
    }
    while (!keep.isEmpty() && (isEdge(keep.get(keep.size() - 1))
        || keep.get(keep.size() - 1).pos().equals("CC"))) {
      keep.remove(keep.size() - 1);
    }
    return keep;
  }

  /**
   * The clauses of {@code tokens} that carry a quotation ("…, asserting, "That did not work""):
   * the nearest clause above each quoted stretch. Those are partial or direct quotes; the
   * paraphrase is what remains.
   */
  private static List<Token> quotedClauses(DependencyTree tree, List<Token> tokens,
      List<Quotation> quotations) {
    List<Token> cuts = new ArrayList<>();
    for (Token t : tokens) {
      if (!inside(quotations, t.start()) || t.isRoot() || inside(quotations, tree.token(t.head()).start())) {
        continue;
      }
      Token cur = t;
      while (!cur.isRoot() && (inside(quotations, cur.start()) || !isClause(cur))) {
        cur = tree.token(cur.head());
      }
      cuts.add(cur);
    }
    return cuts;
  }

  private static boolean isClause(Token t) {
    return t.isVerb() || CLAUSE_RELATIONS.contains(t.relation());
  }

  // A participial phrase set off by a comma (", often tailoring statements …") comments on the
  // report; it is not part of what was reported.
  private static List<Token> beforeAside(List<Token> clause) {
    for (int i = 1; i + 1 < clause.size(); i++) {
      if (!clause.get(i).pos().equals(",")) {
        continue;
      }
      Token next = clause.get(i + 1);
      Token after = i + 2 < clause.size() ? clause.get(i + 2) : next;
      if (next.pos().equals("VBG") || next.pos().startsWith("RB") && after.pos().equals("VBG")) {
        return new ArrayList<>(clause.subList(0, i));
      }
    }
    return clause;
  }

  private static boolean isEdge(Token t) {
    return t.relation().equals("mark") || t.pos().equals(",") || t.pos().equals(".")
        || t.pos().equals(":") || t.relation().equals("punct");
  }

  private static boolean touchesQuotation(List<Token> clause,
      List<Quotation> quotations) {
    int[] span = DependencyTree.span(clause);
    for (Quotation q : quotations) {
      if (q.open() < span[1] && span[0] < q.close()) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(List<Quotation> quotations, int offset) {
    for (Quotation q : quotations) {
      if (offset >= q.open() && offset < q.close()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNegated(DependencyTree tree, Token verb) {
    return tree.children(verb).stream().anyMatch(c -> c.relation().equals("advmod")
        && (c.word().equalsIgnoreCase("not") || c.word().equalsIgnoreCase("n't")
        || c.word().equalsIgnoreCase("never")));
  }
}
