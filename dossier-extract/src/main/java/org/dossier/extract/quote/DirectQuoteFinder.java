package org.dossier.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.entity.ResolvedEntities;
import org.dossier.extract.text.DependencyTree;
import org.dossier.extract.text.Quotation;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.QuoteKind;
import org.dossier.model.Speaker;
import org.dossier.nlp.ParsedText;
import org.dossier.nlp.Sentence;
import org.dossier.nlp.Token;

/**
 * Finds quoted speech: quotations governed by a speech verb ({@code "…," Trump wrote}), quoted
 * predicates of a named subject ({@code the premier "insisted on …"}) and whole quoted paragraphs
 * that go on with the previous speaker. Titles of works, slogans and scare quotes — quoted
 * phrases that modify a noun or follow "titled", "called", … — are not speech.
 */
final class DirectQuoteFinder {

  // How a reported clause hangs off its speech verb.
  private static final Set<String> COMPLEMENT = Set.of("ccomp", "xcomp", "parataxis", "dep",
      "obj", "iobj", "csubj", "conj");
  private static final Set<String> ATTACHED = Set.of("parataxis", "dep", "ccomp", "advcl", "conj");
  // How a reported clause hangs off a speech noun ("the claim that …", "his warning: …").
  private static final Set<String> NOUN_COMPLEMENT = Set.of("acl", "ccomp", "appos", "dep");
  private static final Set<String> LABEL_RELATIONS = Set.of("amod", "compound", "nmod:npmod",
      "obl:npmod");
  private static final int TITLE_CUE_WINDOW = 4;
  private static final int NEXT_WINDOW = 8;
  private static final int TITLE_WORDS = 8;
  private static final Set<String> TITLE_FUNCTION_TAGS = Set.of("DT", "IN", "CC", "TO");
  // Prepositions that introduce what was said rather than where: "described as "…"".
  private static final Set<String> NOT_PLACE_PREPOSITIONS = Set.of("as", "that", "like", "than");
  private static final int ADJACENT_CHARS = 160;
  private static final int ADJACENT_TOKENS = 16;
  // What may stand between a quotation and its cue: the speaker's noun phrase and apposition.
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT",
      "JJ", "POS", ",", "PRP", "PRP$", "CD", "IN", "CC", "''", "``", "-LRB-", "-RRB-", "HYPH",
      "RB");
  private static final int MAX_HOPS = 8;
  // What may follow the speech verb of a lead-in: a time or place ("said on Tuesday, "…"").
  private static final int LEAD_IN_PHRASE = 6;
  private static final Set<String> LEAD_IN_ENDS = Set.of(",", ":");
  private static final Set<String> LEAD_IN_PHRASE_TAGS = Set.of("IN", "DT", "NN", "NNS", "NNP",
      "NNPS", "JJ", "CD", "RB", "PRP$", "POS");

  private static final Pattern TRANSCRIPT_LABEL =
      Pattern.compile("\\s*((?:[A-Z][A-Z'.\\-]+\\s+){0,2}[A-Z][A-Z'\\-]{2,}):\\s");

  // \h: the space after the dash is often a no-break space.
  private static final Pattern SIGNATURE_DASH = Pattern.compile("\\h*[―—–]\\h*");
  private static final Pattern PARAGRAPH_SIGNATURE =
      Pattern.compile("[”\"]\\h*[―—–]\\h*(?=[^―—–”\"]*?(\\.?\\h*)$)");
  private static final Pattern DASH_BEFORE = Pattern.compile("\\h+(?:--|[―—–])\\h*$");

  private final SpeechLexicon lexicon;
  private final SpeakerResolver speakers;

  DirectQuoteFinder(SpeechLexicon lexicon, SpeakerResolver speakers) {
    this.lexicon = lexicon;
    this.speakers = speakers;
  }

  List<QuoteDraft> find(DependencyTree tree, ResolvedEntities entities, List<Quotation> quotations) {
    List<QuoteDraft> found = new ArrayList<>();
    String text = tree.parsed().text();
    for (Quotation q : quotations) {
      if (isNested(q, quotations) || q.innerEnd() <= q.innerStart()) {
        continue;
      }
      List<Token> inside = tree.parsed().tokensIn(q.innerStart(), q.innerEnd());
      if (inside.isEmpty() || followsTitleCue(tree, q)) {
        continue;
      }
      List<Token> heads = heads(inside, q);
      if (heads.isEmpty() || isLabel(tree, heads, q)) {
        continue;
      }
      Optional<Token> cue = cue(tree, heads, inside, q);
      if (isTitleLike(inside) && (cue.isEmpty() || followsNameOfOwnerOrPlace(tree, q))) {
        continue;
      }
      String quoted = trimmed(q.inner(text));
      int start = q.innerStart() + leadingSpace(q.inner(text));
      QuoteKind kind = isDirect(text, tree, q, inside, quoted) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
      // A signature ("…" ― Name) outranks what the parse ties to the quote's own words: in a
      // run of signed quotes, the parse takes the previous signer for the subject.
      Optional<Attribution> signature = signedWithDash(text, entities, q);
      boolean cueOutside = cue.filter(v -> !q.contains(v.start())).isPresent();
      Attribution attribution = (cueOutside ? Optional.<Attribution>empty() : signature)
          .or(() -> accordingToLeadIn(tree, entities, q))
          .or(() -> cue.isPresent() ? Optional.empty() : invertedLeadIn(tree, entities, q))
          .or(() -> cue.map(v -> speakers.attribute(tree, entities, v, quotations)))
          .or(() -> clauseSpeaker(tree, entities, heads, q))
          .or(() -> cue.isPresent() ? Optional.empty()
              : subjectOfSentenceBefore(tree, entities, q, found))
          .orElse(Attribution.none());
      if (attribution.speaker().isEmpty()) {
        attribution = transcriptLabel(text, entities, q).or(() -> signature)
            .or(() -> dashedAfterName(text, entities, q)).orElse(attribution);
      }
      double confidence = cue.isEmpty() ? 0.4 : attribution.speaker().isPresent() ? 0.9 : 0.5;
      found.add(new QuoteDraft(start, start + quoted.length(), quoted, kind,
          inside.get(0).sentence(), attribution, confidence));
    }
    return found;
  }

  /**
   * The speech verb a quotation depends on, if it is speech at all: a speech verb whose
   * complement holds it ({@code Trump said that there have been "thousands of shootings"}), one
   * hanging off it ({@code "…," Trump wrote}), or the quote's own verb when its subject stands
   * outside ({@code the premier "insisted on …"}). A quotation that only modifies the speech act
   * or a noun ({@code wrote …, referring to his "America First" motto}) is not speech.
   */
  private Optional<Token> cue(DependencyTree tree, List<Token> heads, List<Token> inside,
      Quotation q) {
    Optional<Token> adjacent = adjacentCue(tree, q).or(() -> colonLeadIn(tree, q));
    if (adjacent.isPresent()) {
      return adjacent;
    }
    for (Token head : heads) {
      Optional<Token> above = governingSpeechVerb(tree, head, q)
          .or(() -> asSaidBy(tree, head, q));
      if (above.isPresent()) {
        return above;
      }
    }
    Set<Integer> sentences = new java.util.TreeSet<>();
    inside.forEach(t -> sentences.add(t.sentence()));
    for (int index : sentences) {
      for (Token t : tree.parsed().tokensOf(tree.parsed().sentences().get(index))) {
        if (!q.contains(t.start()) && t.start() > q.open() && lexicon.isSpeechVerb(tree, t)
            && !t.isRoot() && q.contains(tree.token(t.head()).start())
            && ATTACHED.contains(t.relation())) {
          return Optional.of(t);
        }
      }
    }
    for (Token head : heads) {
      if (lexicon.isSpeechVerb(tree, head)) {
        Optional<Token> subject = tree.subject(head);
        if (subject.isPresent() && !q.contains(subject.get().start())) {
          return Optional.of(head);
        }
      }
    }
    return cueOpeningNextSentence(tree, q);
  }

  /**
   * The cue written next to the quotation, whatever the parse made of it: {@code "…," Ms. Moore
   * said}, {@code "…," said Tim Hess, a developer}, {@code Trump said: "…"}.
   */
  private Optional<Token> adjacentCue(DependencyTree tree, Quotation q) {
    String text = tree.parsed().text();
    int lineEnd = text.indexOf('\n', q.close());
    int limit = Math.min(q.close() + ADJACENT_CHARS, lineEnd < 0 ? text.length() : lineEnd);
    // '"…,' or '"…?' hands the sentence over to the cue; a closing inner quote may intervene.
    String inner = q.inner(text).strip().replaceFirst("['’]+$", "");
    boolean handsOver = !inner.isEmpty() && ",?!".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    if (handsOver && opensSentence(text, tree, q)) {
      List<Token> after = tree.parsed().tokensIn(q.close(), limit);
      for (int i = 0; i < Math.min(after.size(), ADJACENT_TOKENS); i++) {
        Token t = after.get(i);
        if (lexicon.isSpeechVerb(tree, t)) {
          return Optional.of(t);
        }
        if (!NOUN_PHRASE_TAGS.contains(t.pos())) {
          break;
        }
      }
    }
    List<Token> before = leadIn(tree, q);
    int last = before.size() - 1;
    while (last >= 0 && (before.get(last).pos().equals(",") || before.get(last).pos().equals(":"))) {
      last--;
    }
    if (last < 0) {
      return Optional.empty();
    }
    if (last == before.size() - 1) {
      // No comma: only the verb itself ("chanted "What curfew?""); a phrase between is where
      // names of shows and works stand ("said on CNN's "State of the Union"").
      Token verb = before.get(last);
      return lexicon.isSpeechVerb(tree, verb) ? Optional.of(verb) : Optional.empty();
    }
    return leadInVerb(tree, before.subList(0, last + 1));
  }

  /** The tokens before the quotation on its line, up to {@value #ADJACENT_CHARS} characters. */
  private static List<Token> leadIn(DependencyTree tree, Quotation q) {
    int lineStart = tree.parsed().text().lastIndexOf('\n', q.open()) + 1;
    return tree.parsed().tokensIn(Math.max(lineStart, q.open() - ADJACENT_CHARS), q.open());
  }

  /**
   * The speech verb ending a lead-in, perhaps followed by a short phrase of its own:
   * {@code said, "…"}, {@code said on Tuesday, "…"}, {@code saying during the debate last
   * week, "…"}. Every word after the verb must belong to the verb's phrase.
   */
  private Optional<Token> leadInVerb(DependencyTree tree, List<Token> leadIn) {
    int last = leadIn.size() - 1;
    for (int i = last; i >= Math.max(0, last - LEAD_IN_PHRASE); i--) {
      Token t = leadIn.get(i);
      if (lexicon.isSpeechVerb(tree, t)) {
        List<Token> phrase = leadIn.subList(i + 1, last + 1);
        return phrase.stream().allMatch(w -> tree.dominates(t, w) && !w.isVerb())
            ? Optional.of(t) : Optional.empty();
      }
      if (!LEAD_IN_PHRASE_TAGS.contains(t.pos())) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * {@code According to the mayor, "…"}: a source named right before the quotation, with no
   * verb of its own, says the quotation.
   */
  private Optional<Attribution> accordingToLeadIn(DependencyTree tree, ResolvedEntities entities,
      Quotation q) {
    List<Token> before = leadIn(tree, q);
    int last = before.size() - 1;
    if (last < 1 || !LEAD_IN_ENDS.contains(before.get(last).word())) {
      return Optional.empty();
    }
    for (int i = last - 1; i >= Math.max(1, last - ADJACENT_TOKENS); i--) {
      Token t = before.get(i);
      if (t.word().equalsIgnoreCase("to")
          && before.get(i - 1).word().equalsIgnoreCase("according")) {
        List<Token> source = before.subList(i + 1, last);
        return source.stream()
            .filter(w -> source.stream().noneMatch(o -> o.index() == w.head()))
            .findFirst()
            .flatMap(head -> speakers.accordingToSource(tree, entities, head));
      }
      if (!NOUN_PHRASE_TAGS.contains(t.pos()) || t.pos().equals(",")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * {@code Said Ellis: "…"}: an inverted lead-in, the verb first and the speaker after it, that
   * opens its sentence and ends at the quotation. The tagger may read the verb as part of a name.
   */
  private Optional<Attribution> invertedLeadIn(DependencyTree tree, ResolvedEntities entities,
      Quotation q) {
    List<Token> before = leadIn(tree, q);
    int last = before.size() - 1;
    while (last >= 0 && LEAD_IN_ENDS.contains(before.get(last).word())) {
      last--;
    }
    if (last < 1 || last == before.size() - 1) {
      return Optional.empty();
    }
    int first = last;
    while (first > 0 && before.get(first - 1).sentence() == before.get(last).sentence()
        && before.get(first - 1).isProperNoun() && last - first < LEAD_IN_PHRASE) {
      first--;
    }
    Token verb = before.get(first);
    Sentence sentence = tree.parsed().sentenceOf(verb);
    if (first == last || sentence.firstToken() != verb.index()
        || !lexicon.isInvertedCue(verb.word())) {
      return Optional.empty();
    }
    return speakers.speakerOf(tree, entities, before.get(last))
        .map(speaker -> new Attribution(Optional.of(verb), Optional.of(verb.word()
            .toLowerCase(java.util.Locale.ROOT)), Optional.of(speaker), Optional.empty()));
  }

  // "The New York Times reports:" closing a paragraph introduces the quoted paragraph below it.
  private Optional<Token> colonLeadIn(DependencyTree tree, Quotation q) {
    String text = tree.parsed().text();
    int colon = q.open() - 1;
    while (colon >= 0 && Character.isWhitespace(text.charAt(colon))) {
      colon--;
    }
    if (colon < 0 || text.charAt(colon) != ':' || text.indexOf('\n', colon) >= q.open()
        || text.indexOf('\n', colon) < 0) {
      return Optional.empty();
    }
    List<Token> mark = tree.parsed().tokensIn(colon, colon + 1);
    if (mark.isEmpty()) {
      return Optional.empty();
    }
    List<Token> leadIn = tree.parsed().tokensOf(tree.parsed().sentenceOf(mark.get(0)));
    for (int k = leadIn.size() - 1; k >= 0; k--) {
      if (lexicon.isSpeechVerb(tree, leadIn.get(k))) {
        return Optional.of(leadIn.get(k));
      }
    }
    return Optional.empty();
  }

  // A quotation that opens its sentence or paragraph, so what follows it introduces it.
  private static boolean opensSentence(String text, DependencyTree tree, Quotation q) {
    int lineStart = text.lastIndexOf('\n', q.open()) + 1;
    if (text.substring(lineStart, q.open()).isBlank()) {
      return true;
    }
    List<Token> first = tree.parsed().tokensIn(q.open(), q.open() + 1);
    return !first.isEmpty()
        && tree.parsed().sentenceOf(first.get(0)).start() >= q.open() - 1;
  }

  // Up from the quote to the first speech verb, which must take the quote's clause as its
  // complement; through nouns and other verbs' clauses on the way.
  private Optional<Token> governingSpeechVerb(DependencyTree tree, Token head, Quotation q) {
    Token cur = head;
    Optional<Token> noun = Optional.empty();
    for (int hops = 0; hops < MAX_HOPS && !cur.isRoot(); hops++) {
      Token parent = tree.token(cur.head());
      if (!q.contains(parent.start()) && lexicon.isSpeechVerb(tree, parent)) {
        return isComplement(tree, cur) ? Optional.of(parent) : noun;
      }
      // "Trump's claim that there have been "thousands of shootings"": a speech noun is the cue
      // unless a speech verb above it reports the whole ("said he hopes it sends a message
      // that "…"").
      if (noun.isEmpty() && !q.contains(parent.start()) && isSpeechNoun(parent)
          && NOUN_COMPLEMENT.contains(cur.relation())) {
        noun = Optional.of(parent);
      }
      cur = parent;
    }
    return noun;
  }

  // "As Ms. Simonyan put it in a statement, RT is "providing a perspective …"", "as the mayor
  // said, "…"": an "as" clause of speech before the quotation names who said it.
  private Optional<Token> asSaidBy(DependencyTree tree, Token head, Quotation q) {
    return tree.children(head).stream()
        .filter(c -> c.relation().equals("advcl") && c.start() < q.open() && !q.contains(c.start()))
        .filter(c -> tree.child(c, r -> r.equals("mark")).map(m -> m.word().equalsIgnoreCase("as"))
            .orElse(false))
        .filter(c -> lexicon.isSpeechVerb(tree, c) || c.lemma().equalsIgnoreCase("put")
            && tree.child(c, r -> r.equals("obj")).map(o -> o.word().equalsIgnoreCase("it"))
            .orElse(false))
        .findFirst();
  }

  // "…fathom what it cost?" the diplomat wrote: the question mark ended the sentence inside the
  // quote, so the cue is the main verb of the sentence that starts at the closing mark.
  private Optional<Token> cueOpeningNextSentence(DependencyTree tree, Quotation q) {
    Optional<Token> next = tree.parsed().tokensIn(q.close(), q.close() + NEXT_WINDOW).stream()
        .findFirst();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    List<Token> sentence = tree.parsed().tokensOf(tree.parsed().sentenceOf(next.get()));
    String text = tree.parsed().text();
    int first = sentence.get(0).start();
    boolean adjoining = first >= q.close() - 1
        && text.substring(q.close() - 1, Math.max(q.close() - 1, first)).indexOf('\n') < 0;
    Optional<Token> opening = sentence.stream().filter(t -> Character.isLetter(t.word().charAt(0)))
        .findFirst();
    if (!adjoining || opening.isEmpty() || Character.isUpperCase(opening.get().word().charAt(0))
        && !opening.get().isProperNoun()) {
      return Optional.empty();
    }
    return sentence.stream()
        .filter(t -> t.isRoot() && lexicon.isSpeechVerb(tree, t)
            && tree.children(t).stream().noneMatch(c -> c.relation().equals("ccomp")
            || c.relation().equals("obj")))
        .findFirst();
  }

  // A participle hanging off the speech verb ("wrote …, referring to …") comments on the speech;
  // it is not what was said.
  private static boolean isComplement(DependencyTree tree, Token child) {
    boolean participle = child.pos().equals("VBG") || child.pos().equals("VBN");
    // "described the blast as "an intentional act"": the "as" phrase is what was said.
    boolean asPhrase = child.relation().startsWith("obl")
        && tree.child(child, r -> r.equals("case")).map(c -> c.word().equalsIgnoreCase("as"))
        .orElse(false);
    return asPhrase || COMPLEMENT.contains(child.relation())
        && !(participle && (child.relation().equals("dep") || child.relation().equals("advcl")));
  }

  // "an "America First" leader": a quoted phrase that premodifies a noun outside the quotation
  // names or labels something; it reports nobody's words.
  private static boolean isLabel(DependencyTree tree, List<Token> heads, Quotation q) {
    if (heads.size() != 1) {
      return false;
    }
    Token head = heads.get(0);
    if (head.isRoot() || !LABEL_RELATIONS.contains(head.relation())) {
      return false;
    }
    Token governor = tree.token(head.head());
    return !q.contains(governor.start()) && governor.isNoun() && governor.start() > q.open();
  }

  private boolean isSpeechNoun(Token t) {
    return t.isNoun() && lexicon.isSpeechNoun(t.lemma());
  }

  // The highest tokens of the quotation: their heads lie outside it (one per sentence, or more
  // for a fragment).
  private static List<Token> heads(List<Token> inside, Quotation q) {
    int first = inside.get(0).index();
    int last = inside.get(inside.size() - 1).index();
    return inside.stream().filter(t -> t.isRoot() || t.head() < first || t.head() > last).toList();
  }

  /**
   * Whether the quotation names something rather than reports speech: it follows a title word
   * ("an op-ed titled", "the so-called", "the slogan") within a few words. A naming verb used
   * with its own subject ("Mogherini called the agreement "a sign of hope"", "Trump called her
   * "Miss Piggy"") reports what someone said and is speech.
   */
  private boolean followsTitleCue(DependencyTree tree, Quotation q) {
    String text = tree.parsed().text();
    int lineStart = text.lastIndexOf('\n', q.open()) + 1;
    List<Token> before = tree.parsed().tokensIn(Math.max(lineStart, q.open() - 60), q.open());
    for (int i = before.size() - 1, n = 0; i >= 0 && n < TITLE_CUE_WINDOW; i--, n++) {
      Token t = before.get(i);
      if (t.pos().equals(".")) {
        // The cue names what follows it in its own sentence: "…the plan. "It is…"" is not.
        return false;
      }
      if (lexicon.isTitleCue(t.word())) {
        boolean saidBySubject = t.isVerb() && tree.subject(t).isPresent();
        return !saidBySubject;
      }
    }
    return false;
  }

  // "Trump slammed the "phony system"": a quotation without a speech cue belongs to whoever
  // does the saying-like act of its clause, when that is a known speaker.
  private Optional<Attribution> clauseSpeaker(DependencyTree tree, ResolvedEntities entities,
      List<Token> heads, Quotation q) {
    Token cur = heads.get(0);
    for (int hops = 0; hops < MAX_HOPS && !cur.isRoot(); hops++) {
      cur = tree.token(cur.head());
      if (cur.isVerb() && !q.contains(cur.start())) {
        Attribution a = speakers.attribute(tree, entities, cur, List.of(q));
        return a.speaker().isPresent() ? Optional.of(a) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * {@code Lawrence Cummings called him a master at deals. "He showed again and again …"}: a
   * quotation without a cue that opens a sentence right after the writer's own sentence (one
   * that quotes nobody, though it may name a show: {@code On "Face the Nation," Sanders …}), in
   * the same paragraph, is the words of that sentence's subject.
   */
  private Optional<Attribution> subjectOfSentenceBefore(DependencyTree tree,
      ResolvedEntities entities, Quotation q, List<QuoteDraft> quotes) {
    ParsedText parsed = tree.parsed();
    List<Token> opening = parsed.tokensIn(q.open(), q.open() + 1);
    if (opening.isEmpty() || opening.get(0).sentence() == 0
        || parsed.sentenceOf(opening.get(0)).start() < q.open() - 1) {
      return Optional.empty();
    }
    Sentence before = parsed.sentences().get(opening.get(0).sentence() - 1);
    int lineStart = parsed.text().lastIndexOf('\n', q.open()) + 1;
    boolean narrative = quotes.stream()
        .noneMatch(o -> o.start() < before.end() && o.end() > before.start());
    if (before.start() < lineStart || !narrative) {
      return Optional.empty();
    }
    List<Token> words = parsed.tokensOf(before);
    return tree.mainVerb(words.get(0))
        .flatMap(tree::subject)
        .flatMap(s -> speakers.speakerOf(tree, entities, s))
        .map(speaker -> new Attribution(Optional.empty(), Optional.empty(), Optional.of(speaker),
            Optional.empty()));
  }

  // ""PENCE: Well, look, …"": a transcript quoted whole names each speaker in capitals before a
  // colon; the speaker is the person of the article with that surname.
  private static Optional<Attribution> transcriptLabel(String text, ResolvedEntities entities,
      Quotation q) {
    Matcher label = TRANSCRIPT_LABEL.matcher(text).region(q.innerStart(), q.innerEnd());
    if (!label.lookingAt()) {
      return Optional.empty();
    }
    String[] words = label.group(1).split("\\s+");
    String surname = words[words.length - 1];
    return entities.entities().stream()
        .filter(e -> e.type() == EntityType.PERSON)
        .filter(e -> {
          String[] name = e.name().split("\\s+");
          return name[name.length - 1].equalsIgnoreCase(surname);
        })
        .findFirst()
        .map(e -> new Attribution(Optional.empty(), Optional.empty(),
            Optional.of(new Speaker(e.id(), e.name(),
                new Mention(label.start(1), label.end(1), label.group(1)))),
            Optional.empty()));
  }

  // "including the former candidate Mitt Romney -- "It is disqualifying …" --": a quotation set
  // off with a dash right after a person's name is that person's.
  private static Optional<Attribution> dashedAfterName(String text, ResolvedEntities entities,
      Quotation q) {
    Matcher dash = DASH_BEFORE.matcher(text.substring(Math.max(0, q.open() - 8), q.open()));
    if (!dash.find()) {
      return Optional.empty();
    }
    int nameEnd = Math.max(0, q.open() - 8) + dash.start();
    return personMentioned(entities, m -> m.end() == nameEnd);
  }

  // "…we deserve." ― Martha Aguilar: a quote signed with a dash and a name, as in epigraphs and
  // collected reader comments. A signature that closes the paragraph after its last quote signs
  // every quote of the paragraph: a reader's comment may hold several.
  private static Optional<Attribution> signedWithDash(String text, ResolvedEntities entities,
      Quotation q) {
    Matcher dash = SIGNATURE_DASH.matcher(text).region(q.close(), text.length());
    if (dash.lookingAt()) {
      int nameStart = dash.end();
      return personMentioned(entities, m -> m.start() == nameStart);
    }
    int paragraphEnd = text.indexOf('\n', q.close());
    Matcher closing = PARAGRAPH_SIGNATURE.matcher(text)
        .region(q.close(), paragraphEnd < 0 ? text.length() : paragraphEnd);
    if (!closing.find()) {
      return Optional.empty();
    }
    int nameStart = closing.end();
    int nameEnd = closing.regionEnd() - closing.group(1).length();
    return personMentioned(entities, m -> m.start() == nameStart && m.end() == nameEnd);
  }

  // The quote's attribution to the person whose mention {@code where} picks out.
  private static Optional<Attribution> personMentioned(ResolvedEntities entities,
      Predicate<Mention> where) {
    return entities.mentionsInOrder().stream()
        .filter(m -> where.test(m.getKey()) && m.getValue().type() == EntityType.PERSON)
        .findFirst()
        .map(m -> new Attribution(Optional.empty(), Optional.empty(),
            Optional.of(new Speaker(m.getValue().id(), m.getValue().name(), m.getKey())),
            Optional.empty()));
  }

  // "said on CNN's "State of the Union"", "wrote in "The Atlantic"", "stressed … during a
  // "Commander-in-Chief Forum"": a title right after a possessive, a preposition or an article
  // is where the words were said or written, even beside a cue.
  private static boolean followsNameOfOwnerOrPlace(DependencyTree tree, Quotation q) {
    List<Token> before = tree.parsed().tokensIn(Math.max(0, q.open() - 20), q.open());
    if (before.isEmpty()) {
      return false;
    }
    Token last = before.get(before.size() - 1);
    return last.pos().equals("POS") || last.pos().equals("DT")
        || last.pos().equals("IN") && !NOT_PLACE_PREPOSITIONS.contains(last.lemma());
  }

  // "on "Fox News Sunday"", "the "War On Drugs"", "on "State of the Union"": a capitalized
  // phrase without a verb, quoted without a cue, is the name of a show, work or campaign. Titles
  // leave their short function words in lower case, so only the other words are counted.
  private static boolean isTitleLike(List<Token> inside) {
    List<Token> words = inside.stream().filter(t -> Character.isLetter(t.word().charAt(0))).toList();
    if (words.isEmpty() || words.size() > TITLE_WORDS
        || !Character.isUpperCase(words.get(0).word().charAt(0))) {
      return false;
    }
    List<Token> content = words.stream().filter(t -> !TITLE_FUNCTION_TAGS.contains(t.pos()))
        .toList();
    long capitalized = content.stream().filter(t -> Character.isUpperCase(t.word().charAt(0)))
        .count();
    // A verb belongs to a sentence, unless every word has its capital ("Meet the Press").
    boolean hasVerb = inside.stream().anyMatch(Token::isVerb);
    return hasVerb ? words.size() > 1 && capitalized == content.size()
        : capitalized * 2 > content.size();
  }

  private static boolean isDirect(String text, DependencyTree tree, Quotation q, List<Token> inside,
      String quoted) {
    if (quoted.isEmpty() || !Character.isUpperCase(quoted.codePointAt(0))
        || inside.stream().noneMatch(Token::isVerb)) {
      return false;
    }
    Sentence sentence = tree.parsed().sentences().get(inside.get(0).sentence());
    String before = text.substring(Math.min(sentence.start(), q.open()), q.open()).strip();
    return before.isEmpty() || before.endsWith(",") || before.endsWith(":");
  }

  private static boolean isNested(Quotation q, List<Quotation> all) {
    for (Quotation other : all) {
      if (other != q && other.open() < q.open() && q.close() <= other.close()) {
        return true;
      }
    }
    return false;
  }

  static String trimmed(String inner) {
    return inner.strip().replaceFirst("[,;:\\s]+$", "");
  }

  static int leadingSpace(String inner) {
    int i = 0;
    while (i < inner.length() && Character.isWhitespace(inner.charAt(i))) {
      i++;
    }
    return i;
  }
}
