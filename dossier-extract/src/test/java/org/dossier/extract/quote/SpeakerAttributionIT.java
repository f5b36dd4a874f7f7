package org.dossier.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.extract.SharedModels;
import org.dossier.model.Article;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Speaker;
import org.junit.jupiter.api.Test;

/** Speakers written in the less direct ways news prose has: each sentence is one case. */
class SpeakerAttributionIT {

  private static List<Quote> quotesOf(String text) {
    return SharedModels.analysis().analyze(Article.builder("speaker-it", text)
        .published(LocalDate.of(2016, 9, 20)).build()).quotes();
  }

  private static Quote quoteStarting(String text, String start) {
    return quotesOf(text).stream().filter(q -> q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement starting '" + start + "'"));
  }

  private static Optional<String> speakerOf(String text, String quoteStart) {
    return quoteStarting(text, quoteStart).speaker().map(Speaker::name);
  }

  // Reported speech without quotation marks: the found statement is indirect and has the speaker.
  private static void assertReported(String text, String contentStart, String speaker) {
    Quote quote = quoteStarting(text, contentStart);
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.speaker().map(Speaker::name)).hasValueSatisfying(
        name -> assertThat(name).contains(speaker));
  }

  private static void assertNoStatementStarting(String text, String contentStart) {
    assertThat(quotesOf(text)).noneMatch(q -> q.text().startsWith(contentStart));
  }

  @Test
  void theObjectOfAStanceVerbIsWhatTheSubjectSaid() {
    assertReported("Senator Maria Lopez criticized the new zoning plan for the harbor district.",
        "the new zoning plan", "Lopez");
  }

  @Test
  void theObjectOfAVerbAfterItsOwnPrepositionIsWhatTheSubjectSaid() {
    assertReported("Senator Maria Lopez has railed against the new tax credits for oil companies.",
        "the new tax credits", "Lopez");
  }

  @Test
  void theObjectOfAStanceAdjectiveIsWhatTheSubjectSaid() {
    assertReported("Governor Tom Reed has been critical of the harbor plan since the spring.",
        "the harbor plan", "Reed");
  }

  @Test
  void aGerundAfterATopicPrepositionIsWhatTheSubjectSaid() {
    assertReported("Mayor Ellen Park called for raising the minimum wage in the county.",
        "raising the minimum wage", "Park");
  }

  @Test
  void theClauseSomeoneAgreedToIsTheirView() {
    assertReported("Economist Ruth Adler agreed that the new plan would mostly help the richest"
        + " families.", "the new plan", "Adler");
  }

  @Test
  void aPhraseLeftUnquotedBesideAPartialQuoteOfTheSameVerbIsNoStatement() {
    String text = "Senator Maria Lopez praised the governor as a \"true reformer\" on Tuesday.";
    assertThat(speakerOf(text, "true reformer")).hasValue("Maria Lopez");
    assertNoStatementStarting(text, "the governor");
  }

  @Test
  void theTopicOfAnOwnedSpeechNounIsWhatTheOwnerSaid() {
    assertReported("Senator Maria Lopez's claims about the size of the harbor fund drew little"
        + " notice.", "the size of the harbor fund", "Lopez");
    assertReported("Senator Maria Lopez's attacks on the harbor board went on for a week.",
        "the harbor board", "Lopez");
  }

  @Test
  void theTopicOfAParticipleOfSpeechIsWhatTheSubjectSaid() {
    assertReported("Senator Maria Lopez left the hearing early, accusing the chairman of hiding"
        + " the audit from the public.", "hiding the audit", "Lopez");
  }

  @Test
  void aSpeechVerbSetIntoTheSentenceReportsTheWordsAroundItWhateverTheParse() {
    assertReported("Senator Maria Lopez wrote to the board.\n\nThe average weekly stipend, Lopez"
        + " says, would be $300.", "The average weekly stipend", "Lopez");
    assertReported("Senator Maria Lopez wrote to the board.\n\nThe middle fifth paid 8.9 percent,"
        + " Lopez said in a June letter, and those in the bottom fifth paid 0.8 percent.",
        "The middle fifth", "Lopez");
  }

  @Test
  void theObjectOfAStanceVerbThatBorrowsItsSubjectIsWhatTheSubjectSaid() {
    assertReported("Senator Maria Lopez avoids condemning the new harbor tax on fishermen.",
        "the new harbor tax", "Lopez");
    assertReported("Governor Tom Reed signed the bill on Tuesday, citing the rising cost of"
        + " housing in rural towns.", "the rising cost", "Reed");
  }

  @Test
  void theTopicOfSpeechIsReportedInASentenceThatAlsoQuotes() {
    String text = "Senator Maria Lopez spoke out Tuesday about the closing of the harbor school,"
        + " calling it \"a betrayal of the families.\"";
    assertReported(text, "the closing of the harbor school", "Lopez");
  }

  @Test
  void aPassiveSpeechVerbReportsItsSubjectWithTheInfinitiveAfterIt() {
    Quote expected = quoteStarting("About one in nine voters this fall is expected to be a"
        + " first-time voter.", "About one in nine voters");
    assertThat(expected.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(expected.text()).endsWith("to be a first-time voter");
    assertThat(expected.speaker()).isEmpty();
  }

  @Test
  void thePassiveSubjectOfAStanceVerbIsWhatItsAgentSaid() {
    assertReported("The new harbor plan was endorsed on Monday by Senator Maria Lopez.",
        "The new harbor plan", "Lopez");
  }

  @Test
  void thePassiveSubjectOfASpeechVerbIsReportedEvenWithoutAnAgent() {
    Quote announced = quoteStarting("Late on Monday a curfew for the harbor district was"
        + " announced.", "a curfew for the harbor district");
    assertThat(announced.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(announced.speaker()).isEmpty();
  }

  @Test
  void aClauseSetInADocumentIsWhatTheDocumentReports() {
    Quote finding = quoteStarting("In the new survey, Senator Maria Lopez leads the race by four"
        + " points.", "Senator Maria Lopez leads");
    assertThat(finding.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(finding.cue()).contains("survey");
  }

  @Test
  void anInfinitiveOfSpeechTakesItsTopicWithTheSubjectItBorrows() {
    assertReported("Senator Maria Lopez continued to call for an independent review of the"
        + " shooting.", "an independent review", "Lopez");
    assertReported("Governor Tom Reed decided against raising the harbor fees this year.",
        "raising the harbor fees", "Reed");
  }

  @Test
  void aSpanOfTimeAfterASpeechVerbIsNoTopic() {
    assertNoStatementStarting("The two senators spoke for about five minutes.", "about five");
    assertNoStatementStarting("Senator Maria Lopez has been challenging the harbor board over"
        + " pollution for years.", "years");
  }

  @Test
  void aParticipleWithItsOwnSubjectAfterTheVerbIsWhatWasReported() {
    Quote shown = quoteStarting("The Harbor Institute survey showed Senator Maria Lopez doing"
        + " better than in other polls.", "Senator Maria Lopez doing");
    assertThat(shown.kind()).isEqualTo(QuoteKind.INDIRECT);
  }

  @Test
  void aParticipleOfSpeechAfterAClauseDoesNotReportIt() {
    assertNoStatementStarting("Governor Tom Reed told the crowd, reciting the old fable of the"
        + " snake and the farmer.", "Governor Tom Reed told");
  }

  @Test
  void theTopicOfAQuotedVerbIsNoStatementEvenWithAGerundInIt() {
    assertNoStatementStarting("\"It is a real danger,\" Governor Tom Reed said of the prospect of"
        + " tampering with the vote.", "the prospect");
  }

  @Test
  void aParagraphAfterASpeechVerbAndAColonIsWhatWasSaid() {
    assertReported("Senator Maria Lopez spoke to the board on Monday.\n\nLopez added:\n\nAnd"
        + " from the mayor, this reeks of fear about the harbor vote.", "from the mayor",
        "Lopez");
  }

  @Test
  void theInfinitiveOfAnAgreementIsWhatWasAgreed() {
    Quote agreed = quoteStarting("The talks produced one result: an agreement to explore ways to"
        + " cut harbor pollution.", "explore ways");
    assertThat(agreed.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(agreed.cue()).contains("agreement");
  }

  @Test
  void aReportBrokenOffByItsQuotedPartIsLeftToTheQuote() {
    String text = "Governor Tom Reed said the city would work with other members to take \"robust"
        + " steps\" in response.";
    assertThat(speakerOf(text, "robust steps")).hasValue("Tom Reed");
    assertNoStatementStarting(text, "the city would work");
  }

  @Test
  void aClauseEndingInADashAndAccordingToIsReported() {
    Quote reported = quoteStarting("And more than half of his advice on diet is wrong — according"
        + " to the harbor medical journal.", "more than half of his advice");
    assertThat(reported.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(reported.cue()).contains("according to");
  }

  @Test
  void theTopicOfASpeechVerbIsWhatTheSubjectSaid() {
    assertReported("Governor Tom Reed spoke about the rising cost of housing in rural towns.",
        "the rising cost", "Reed");
  }

  @Test
  void aSpeechVerbSetIntoAClauseReportsTheClause() {
    assertReported("The new budget, the mayor said, is being cut by a tenth.", "The new budget",
        "mayor");
  }

  @Test
  void aReportWhoseSubjectIsAClauseIsStillReported() {
    assertReported("Mayor Ellen Park said she thinks the city is safest when neighbors know each"
        + " other.", "she thinks", "Park");
  }

  @Test
  void inARunOfSignedQuotesEachBelongsToItsOwnSignature() {
    String text = "Readers wrote to us.\n“We deserve better than this campaign.” ―\u00a0Maria Lopez\n"
        + "“I just hope that people go out and vote in November.” ―\u00a0Jorge Falcon\n"
        + "“Maybe we can build a wall around the candidate.” ―\u00a0Steve Quinlan.\n";
    assertThat(speakerOf(text, "I just hope")).hasValue("Jorge Falcon");
    assertThat(speakerOf(text, "Maybe we")).hasValue("Steve Quinlan");
  }

  @Test
  void aLeadInMayEndInAPhraseOfTheSpeechVerb() {
    assertThat(speakerOf("Senator Maria Lopez questioned the chief executive, John Hale. The"
        + " spot ends with footage of Hale saying during the hearing, \"That was a mistake.\"",
        "That was")).hasValue("John Hale");
  }

  @Test
  void aReportingClauseSetIntoTheSentenceOfAQuoteSpeaks() {
    assertThat(speakerOf("Mr. Obama spoke of a slaver's block on exhibit.\n\nIt was, the"
        + " president said, ''a stone where men and women were torn from their children.''",
        "a stone")).hasValue("Barack Obama");
  }

  @Test
  void aQuoteRightAfterASpeechVerbIsWhatTheVerbSaysNotTheLastSpeakersWords() {
    String text = "Authorities said the curfew would stay in place through the weekend.\n\n"
        + "Protesters marching through the streets chanted \"What curfew?\" and kept going until"
        + " nearly 2 a.m. Friday in defiance of the curfew.";
    Quote chant = quoteStarting(text, "What curfew");
    assertThat(chant.cue()).hasValue("chanted");
    assertThat(chant.speaker().map(Speaker::name)).isNotEqualTo(Optional.of("Authorities"));
  }

  @Test
  void aNameIntroducedWithKnownAsIsNotSpeech() {
    assertNoStatementStarting("The bill, known as the \"Clean Harbors Act\" was passed by the"
        + " council on Monday.", "Clean Harbors");
  }

  @Test
  void aSourceNamedWithAccordingToBeforeAQuoteSaysIt() {
    String text = "Rush Limbaugh and Robby Mook traded barbs on Monday.\n\n"
        + "\"She will have to spend her time correcting the record,\" Mook said.\n\n"
        + "According to Limbaugh, \"If it was left up to her, she would say nothing positive.\"";
    assertThat(speakerOf(text, "If it was")).hasValue("Rush Limbaugh");
  }

  @Test
  void aTitleAloneStandsForThePersonLastNamedWithIt() {
    String text = "Sen. Bernie Sanders and Rep. Adam Schiff spoke on Tuesday.\n\n"
        + "\"This budget is a disgrace,\" the Vermont senator told reporters.\n\n"
        + "\"I will vote no,\" the congressman said.";
    assertThat(speakerOf(text, "This budget")).hasValue("Bernie Sanders");
    assertThat(speakerOf(text, "I will")).hasValue("Adam Schiff");
  }

  @Test
  void aNameInAppositionToTheSubjectSpeaks() {
    assertThat(speakerOf("The union's chief negotiator, Maria Lopez, called the offer \"an insult"
        + " to every nurse.\"", "an insult")).hasValue("Maria Lopez");
  }

  @Test
  void anOfficeWithoutACountryIsTheHolderTheArticleNames() {
    assertThat(speakerOf("Mr. Obama opened the museum on Saturday. \"This is a place of"
        + " memory,\" the president said.", "This is")).hasValue("Barack Obama");
  }

  @Test
  void aParticipleModifyingANameSpeaksForIt() {
    assertThat(speakerOf("The campaign released a video of Senator Maria Lopez saying, \"We will"
        + " win.\"", "We will")).hasValue("Maria Lopez");
  }

  @Test
  void footageOfSomeoneIsAChannelForThem() {
    assertThat(speakerOf("The ad uses footage of Governor Tom Reed asking, \"Why are we not"
        + " ahead?\"", "Why are")).hasValue("Tom Reed");
  }

  @Test
  void aCoordinatedStanceVerbSharesTheSubjectOfTheFirst() {
    assertReported("Senator Maria Lopez criticized the zoning plan and endorsed the harbor"
        + " proposal of the mayor.", "the harbor proposal", "Lopez");
  }

  @Test
  void aCoordinatedVerbWhoseSubjectSitsOnItsPartnerDoesNotBreakTheAnalysis() {
    // The blank line makes "that’s hissing and calling for …" a sentence of its own.
    Article article = Article.builder("speaker-it", "The hero is tortured before an English"
        + " crowd\n\nthat’s hissing and calling for more blood — up until a point.").build();
    assertThatCode(() -> SharedModels.analysis().analyze(article)).doesNotThrowAnyException();
  }

  @Test
  void callingOnSomeoneToActReportsTheDemand() {
    assertReported("Senator Maria Lopez called on the governor to veto the housing bill.",
        "the governor to veto", "Lopez");
  }

  @Test
  void tellingSomeoneToActReportsTheInstruction() {
    assertReported("Mayor Ellen Park told her staff to prepare a new budget for the city.",
        "prepare a new budget", "Park");
  }

  @Test
  void aPhraseBeforeTheVerbIsNoTopicOfSpeech() {
    assertNoStatementStarting("For his part, Governor Tom Reed spoke at length on Tuesday.",
        "his part");
  }

  @Test
  void thePersonAccusedIsNotWhatWasSaid() {
    assertNoStatementStarting("Senator Maria Lopez accused the mayor of wasting the city's money.",
        "the mayor");
  }

  @Test
  void anAttemptIsNoStatement() {
    assertNoStatementStarting("Governor Tom Reed tried to pass the budget before the summer"
        + " recess.", "pass the budget");
  }

  @Test
  void aParticipleThatBorrowsASubjectNamingNoSpeakerReportsNoObject() {
    assertNoStatementStarting("The bill was signed on Tuesday, citing the rising cost of"
        + " housing in rural towns.", "the rising cost");
  }

  @Test
  void theTopicOfAQuotedStatementIsNoStatementOfItsOwn() {
    assertNoStatementStarting("\"We will keep talking,\" Governor Tom Reed said of his meeting"
        + " with the union leaders.", "his meeting");
  }


  @Test
  void decliningToDoSomethingReportsTheDecision() {
    assertReported("Governor Tom Reed declined to comment on the audit of the pension fund.",
        "comment on the audit", "Reed");
  }

  @Test
  void aNameBehindAnHonorificSpeaksEvenWhenTheTaggerMissesIt() {
    assertThat(speakerOf("\"It's all about creating some enthusiasm around this race,\""
        + " Mr. King added.", "It's all")).contains("King");
  }

  @Test
  void aPartialQuoteAfterGoingOnToSayBelongsToWhoeverSaidIt() {
    assertThat(speakerOf("\"The birther issue is insane,\" Sanders said, going on to say that"
        + " the country has spent \"hundreds of years fighting against racism.\"", "hundreds"))
        .contains("Sanders");
  }

  @Test
  void aQuotedBeliefInsideReportedSpeechIsTheReportersQuote() {
    assertThat(speakerOf("During his years in office, Mr. Obama said, a majority of Americans have"
        + " come to believe \"that climate change is real and we should do something about it.\"",
        "that climate")).contains("Barack Obama");
  }

  @Test
  void aQuoteToldToSomeoneWhoSuggestedSomethingIsTheTellers() {
    assertThat(speakerOf("Marc H. Morial, the chief executive of the National Urban League, told a"
        + " young woman who suggested that some people may not vote that \"this is not the first"
        + " generation to be frustrated.\"", "this is not")).contains("Marc H. Morial");
  }

  @Test
  void eachTurnOfAQuotedTranscriptIsItsLabelledSpeakers() {
    String text = "Mike Pence spoke to Chris Wallace on Sunday.\n\n\"WALLACE: Do you really see"
        + " those two as equivalent?\n\n\"PENCE: Well, look, Mark Cuban has been saying some"
        + " pretty tough stuff about my running mate.\"";
    assertThat(speakerOf(text, "WALLACE")).contains("Chris Wallace");
    assertThat(speakerOf(text, "PENCE")).contains("Mike Pence");
  }

  @Test
  void aLeadInEndingWithAColonIntroducesTheQuotedParagraphBelow() {
    assertThat(speakerOf("Less than a quarter of the donors give small sums. The New York Times"
        + " reports:\n\n\"Just 24 percent of the contributors have given $200 or less.\"",
        "Just 24")).contains("The New York Times");
  }

  @Test
  void aQuoteSignedWithADashAndANameIsThatPersons() {
    String text = "Readers told us what they think.\n\n\u201cHe represents our greatest shame.\u201d"
        + " \u2015 Sonya Herridge \u201cHe is ignorant of our culture and lives.\u201d\u2015 Pamela"
        + " Padilla\n\nMore readers wrote in later.";
    assertThat(speakerOf(text, "He represents")).contains("Sonya Herridge");
    assertThat(speakerOf(text, "He is ignorant")).contains("Pamela Padilla");
  }

  @Test
  void aSignatureClosingAParagraphSignsEachOfItsQuotes() {
    String text = "Readers wrote to us.\n“We deserve better than this campaign.” ―\u00a0Maria Lopez\n"
        + "“Nobody I know wants him in charge.” And that is all he offers, “a wall and nothing"
        + " else.” ―\u00a0Jorge Falcon.\n";
    assertThat(speakerOf(text, "Nobody I know")).hasValue("Jorge Falcon");
    assertThat(speakerOf(text, "a wall")).hasValue("Jorge Falcon");
  }

  @Test
  void aQuoteWhoseSpeakerTheTextDoesNotNameHasNone() {
    assertThat(speakerOf("The sign on the door read \"closed for the season.\"", "closed"))
        .isEmpty();
  }

  @Test
  void aNameBeforeABracketedPartyAndStateSpeaks() {
    assertThat(speakerOf("Virginia's delegation lined up behind the senator.\n\n\"She would be a"
        + " fine governor. Not good, great,\" Rep. John Sarbanes (D-Md.) said in a phone"
        + " interview.", "She would be")).contains("John Sarbanes");
  }

  @Test
  void theVerbAfterARelativeClauseSpeaksForTheNounTheClauseDescribes() {
    assertThat(speakerOf("Anna Keller, a planner who drafted the first version, recalled,"
        + " \"Nobody wanted to pay for the seawall.\"", "Nobody")).contains("Anna Keller");
  }

  @Test
  void theNameOfAShowAfterAPossessiveIsNotSpeech() {
    String text = "Governor Kate Brown spoke on Sunday.\n\n\"We will not back down on this,\""
        + " Brown said on KGW's \"State of the Union.\"";
    assertThat(speakerOf(text, "We will not")).contains("Kate Brown");
    assertNoStatementStarting(text, "State of the Union");
  }

  @Test
  void aSurnameTheTaggerMissesStillNamesThePersonTheArticleIntroduced() {
    String text = "Republican vice-presidential nominee Mike Pence echoed the statements on"
        + " Sunday.\n\n\"At the end of the day, we need to step away from efforts to paint the"
        + " police with one brush,\" Pence said on CNN's \"State of the Union.\"";
    assertThat(speakerOf(text, "At the end")).contains("Mike Pence");
  }

  @Test
  void aQuoteAfterAnUnnamedSpeakersQuoteIsNotTheEarlierSpeakers() {
    String text = "\"The schedule is unrealistic,\" Governor Kate Brown said.\n\n\"It is the"
        + " wrong plan,\" one of the engineers said. \"The numbers never added up.\"";
    assertThat(speakerOf(text, "The schedule")).contains("Kate Brown");
    assertThat(speakerOf(text, "The numbers")).isEmpty();
  }

  @Test
  void aTitleWordEndingTheSentenceBeforeAQuoteIntroducesNoTitle() {
    assertThat(speakerOf("Governor Kate Brown rejected the plan.\n\n\"It is a disgrace,\" Brown"
        + " said.", "It is a disgrace")).contains("Kate Brown");
  }

  @Test
  void aQuotationMarkTheTaggerTakesIntoANameDoesNotHideTheName() {
    String text = "Donald Trump spoke about taxes on Monday.\n\n\u201cThe complexity of the tax"
        + " code is absurd,\u201d Trump said Monday. \u201cIt\u2019s a problem I\u2019ve been"
        + " talking about for years.\u201d";
    assertThat(speakerOf(text, "The complexity")).contains("Donald Trump");
  }

  @Test
  void aSourceTheTaggerMissesSpeaksAsTheSubjectOfASpeechVerb() {
    String text = "Fact checkers rated the claims on Monday.\n\n\"The best way to follow along is"
        + " by watching our live stream of checks,\" PolitiFact says.\n\nZero Hedge asked, \"Why"
        + " did the number change between the two reports?\"";
    assertThat(speakerOf(text, "The best way")).contains("PolitiFact");
    assertThat(speakerOf(text, "Why did")).contains("Zero Hedge");
  }

  @Test
  void itAfterAQuotedParagraphIsTheOutletQuotedBeforeIt() {
    String text = "The newspaper's coverage has changed over the years.\n\n\"His companies were"
        + " left holding heavy debt by 1991,\" The New York Times wrote. \"But since then, his"
        + " fortunes have changed. He keeps pursuing trophy projects,\" it further wrote.";
    assertThat(speakerOf(text, "But since then")).contains("The New York Times");
  }

  @Test
  void aSurnameThatIsAlsoACountryIsThePersonWhenItSpeaks() {
    assertReported("Rep. Jim Jordan spoke on Friday. Jordan said the deal was bad for the"
        + " country.", "the deal was bad", "Jim Jordan");
  }

  @Test
  void aQuoteOpeningASentenceAfterTheWritersOwnIsTheWordsOfItsSubject() {
    String text = "Mr. Clarke built a chain of stores.\n\nHis former partner, Peter J. Holm,"
        + " called him a genius at closing impossible deals. \"He saw chances where other people"
        + " saw none.\"";
    assertThat(speakerOf(text, "He saw chances")).contains("Peter J. Holm");
  }

  @Test
  void aShowNamedInTheSentenceBeforeDoesNotStopItsSubjectFromSpeaking() {
    String text = "Governor Tina Kotek spoke on Sunday.\n\nOn \"Meet the Press,\" Sen. Ron Wyden"
        + " (Ore.), who lost the primary to Kotek, named young voters' fatigue as one of the"
        + " reasons for the turnout. \"The younger voters are sick and tired of the old fights.\"";
    assertThat(speakerOf(text, "The younger voters")).contains("Ron Wyden");
  }

  @Test
  void aQuoteGoesOnWithTheSpeakerOfALongQuoteJustBeforeIt() {
    String text = "Senator Maria Lopez spoke in Denver on Friday.\n\n\"This is what I know. We look"
        + " at personality too much. We like you, we don't like you. I think we have to back away"
        + " from that. We are looking at the needs of the people,\" Lopez said, going on to"
        + " contrast the two budgets. \"So I would simply say to the voters: look at the"
        + " issues.\"";
    assertThat(speakerOf(text, "So I would")).contains("Maria Lopez");
  }

  @Test
  void aClauseBeforeATrailingVerbWithAnObjectIsNoReport() {
    assertNoStatementStarting("Campaigning against the governor in 2012, he barely mentioned"
        + " the river cleanup.", "Campaigning");
  }

  @Test
  void aHeadlineOpeningWithASourceAndAColonReportsTheClaim() {
    String text = "Sanders: Clinton needs to stop the personality fights with Trump\n\nBernie"
        + " Sanders offered some pointed advice to Hillary Clinton on Friday.";
    assertReported(text, "Clinton needs to stop", "Bernie Sanders");
  }

  @Test
  void aHeadlineClaimMayHoldAPartialQuote() {
    String text = "Lopez: Reed needs to 'stop the name-calling' before the vote\n\nMaria Lopez"
        + " offered the advice on Friday.";
    assertReported(text, "Reed needs to", "Maria Lopez");
  }

  @Test
  void aHeadlineOpeningWithADocumentReportsItsClaimWithoutASpeaker() {
    Quote claim = quoteStarting("Poll: Lopez and Reed tied ahead of the first debate\n\nMaria"
        + " Lopez and Tom Reed are virtually tied.", "Lopez and Reed tied");
    assertThat(claim.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(claim.speaker()).isEmpty();
  }

  @Test
  void aDocumentSpeaksForWhoeverFiledIt() {
    assertThat(speakerOf("Maria Lopez went to court in May.\n\nThe brief from Lopez said the"
        + " reports were \"old rumors from a bitter campaign.\"", "old rumors"))
        .contains("Maria Lopez");
  }

  @Test
  void aRatingIsAVerdictSpoken() {
    assertThat(speakerOf("The fact checkers at PolitiFact looked at the claim.\n\nPolitiFact"
        + " rated the senator's claim as \"pants on fire,\" its lowest grade.", "pants on fire"))
        .contains("PolitiFact");
  }

  @Test
  void anAsClauseOfSpeechBeforeAQuoteNamesWhoSaidIt() {
    assertThat(speakerOf("Ms. Petrova runs the channel.\n\nAs Ms. Petrova put it in a statement"
        + " in July, the network is \"providing a view you will not get from the mainstream"
        + " press.\"", "providing a view")).contains("Petrova");
  }

  @Test
  void aRulingIsAVerdictSpoken() {
    assertThat(speakerOf("Fact checkers at PolitiFact looked at the claim.\n\nPolitiFact then ruled"
        + " that the senator's statement was \"mostly true,\" citing police data.", "mostly true"))
        .contains("PolitiFact");
  }

  @Test
  void anInvertedLeadInNamesTheSpeakerAfterTheVerb() {
    String text = "Kimberly Ellis studies taxes at the Urban Institute.\n\nExperts say her plans"
        + " would make the code more complicated. Said Ellis: \"I do not get the sense she is"
        + " interested in tax reform.\"";
    assertThat(speakerOf(text, "I do not get")).contains("Kimberly Ellis");
  }

  @Test
  void anOfficeOfAPlaceStandsForThePersonNamedJustBefore() {
    String text = "Maria Lopez spoke to reporters on Friday.\n\nAs far as whether Lopez still"
        + " senses anger among her supporters, the Colorado senator acknowledged that there are"
        + " still \"some people\" who feel that way.";
    assertThat(speakerOf(text, "some people")).contains("Maria Lopez");
  }

  @Test
  void aPlaceThatIsTheSubjectOfASpeechVerbSpeaksForThoseWhoGovernIt() {
    assertReported("The White House is saying that revelations about the tax returns are"
        + " troubling.", "revelations about", "White House");
  }

  @Test
  void anAbbreviatedTitleThatLooksLikeASentenceEndDoesNotCutTheSpeakerOff() {
    String text = "Democrats objected to the vote.\n\n\"This is a waste of time,\" said Del. Stacey"
        + " Plaskett of the Virgin Islands.\n\nThe group later met in Dover, Del. The governor"
        + " spoke.";
    assertThat(speakerOf(text, "This is a waste")).contains("Stacey Plaskett");
  }

  @Test
  void aQuoteSetOffWithADashAfterANameIsThatPersons() {
    String text = "Republicans were split.\n\nA chorus of Republicans has said the same thing,"
        + " including the former presidential candidate Mitt Romney -- \"It is disqualifying for"
        + " a nominee to hide his tax returns\" -- and Fred Goldberg, a former commissioner.";
    assertThat(speakerOf(text, "It is disqualifying")).contains("Mitt Romney");
  }

  @Test
  void aMannerOfSpeakingIsACue() {
    assertThat(speakerOf("Council member Jo Ann Hardesty walked out of the chamber.\n\n\"Stop"
        + " the vote!\" Hardesty yells while walking out.", "Stop the vote"))
        .contains("Jo Ann Hardesty");
  }
}
