package org.dossier.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.model.TimexType;
import org.junit.jupiter.api.Test;

class TimeTaggerTest {

  private static final TimeTagger TAGGER = TimeTagger.create();
  /** The reference article's publication date, a Wednesday. */
  private static final LocalDate SEED_DATE = LocalDate.of(2026, 2, 11);

  // --- the reference article (seed/rudaw-2026-02-11-trump-iran-netanyahu.txt)

  @Test
  void weekdayInPastTenseOnThatWeekdayIsTheAnchorDate() {
    assertTimex("Trump said he insisted on talks during a Wednesday meeting with Netanyahu.",
        "Wednesday", "2026-02-11");
  }

  @Test
  void weekdayInPastTenseIsTheLatestSuchDayAndLeavesOutThePreposition() {
    assertTimex("The Omani capital of Muscat on Friday hosted top Iranian and American diplomats.",
        "Friday", "2026-02-06");
  }

  @Test
  void monthAndYearIsThatMonth() {
    assertTimex("citing the joint US-Israeli military campaign against Iran in June 2025 as an"
        + " example", "June 2025", "2025-06");
  }

  @Test
  void monthInPastTenseIsTheLatestOneAndTheFollowingMonthCountsFromIt() {
    String text = "Iranian Foreign Minister Abbas Aragchi wrote on X in January. The following"
        + " month, he uploaded excerpts of an opinion piece.";
    assertTimex(text, "January", "2026-01");
    assertTimex(text, "The following month", "2026-02");
  }

  @Test
  void yearBeforeANounIsAYear() {
    assertTimex("written by Netanyahu in the run-up to the 2003 US-led invasion of Iraq", "2003",
        "2003");
  }

  @Test
  void countedHoursAreADuration() {
    assertTimex("following the meeting, which stretched over three hours.", "three hours", "PT3H");
  }

  @Test
  void pastOffsetIsADurationWithTheDateItPointsTo() {
    TimexAnnotation ago = find(tag("willing to do much more than they would have a year and a half"
        + " ago.", SEED_DATE), "a year and a half ago");
    assertThat(ago.type()).isEqualTo(TimexType.DURATION);
    assertThat(ago.value()).isEqualTo("P1Y6M");
    assertThat(ago.anchor()).contains("2024-08");
    assertThat(ago.timeMlValue()).isEqualTo("2024-08");
  }

  @Test
  void writtenDatesInEveryCommonFormAreTheSameDay() {
    for (String written : List.of("Feb. 11, 2026", "February 11, 2026", "11 February 2026",
        "2026-02-11", "Wednesday, Feb. 11")) {
      assertTimex("The talks took place on " + written + " in Washington.", written, "2026-02-11");
    }
  }

  // --- weekdays, months and seasons by tense

  @Test
  void weekdayInFutureTenseIsTheNextOne() {
    assertTimex("The two leaders will meet on Friday in Oman.", "Friday", "2026-02-13");
  }

  @Test
  void weekdayAfterAPostponementIsAheadEvenInPastTenseText() {
    assertTimex("The agency postponed until Monday morning any decision on the visas.",
        "Monday morning", "2026-02-16TMO");
    assertTimex("Officials extended the deadline to Friday.", "Friday", "2026-02-13");
  }

  @Test
  void weekdayWithoutTenseIsThePastOneUnlessTheComingOneIsADayOrTwoAway() {
    // The seed date is a Wednesday: Thursday is tomorrow, Saturday four days back.
    assertTimex("The committee holds its hearing Thursday.", "Thursday", "2026-02-12");
    assertTimex("Shares up from 886 million Saturday.", "Saturday", "2026-02-07");
  }

  @Test
  void holidayWeekIsTheWeekHoldingTheHolidayEvenWhenItHasBegun() {
    // Easter 2000 fell on April 23; April 17 was the Monday of its week.
    assertThat(find(tag("Protesters prayed as Easter week began.", LocalDate.of(2000, 4, 17)),
        "Easter week").value()).isEqualTo("2000-W16");
    assertTimex("Shops close in Christmas week 2025.", "Christmas week 2025", "2025-W52");
  }

  @Test
  void theSecondOfTwoJoinedDaysIsADateInTheSameMonth() {
    List<TimexAnnotation> found = tag("The summit meets on April 24 and 25. Prices rose May 5 to 10"
        + " percent.", SEED_DATE);
    assertThat(find(found, "25").value()).isEqualTo("2026-04-25");
    assertThat(found).extracting(TimexAnnotation::text).doesNotContain("10");
    // The second day keeps the first one's year, whatever tense a parse gives its own offset.
    String text = "A ceremony would still be held at the summit on April 24 and 25.";
    int second = text.indexOf("25");
    List<TimexAnnotation> split = TAGGER.tag(text, Optional.of(SEED_DATE),
        offset -> offset < second ? Tense.FUTURE : Tense.PAST);
    assertThat(find(split, "25").value()).isEqualTo("2026-04-25");
  }

  @Test
  void aPlanMadeBeforeIsCarriedOutInThePast() {
    assertTimex("The offensive began as previously planned Saturday night.", "Saturday night",
        "2026-02-07TNI");
  }

  @Test
  void midMorningAndMidAfternoonArePartsOfADay() {
    assertTimex("In London at mid-afternoon yesterday, shares were up.", "mid-afternoon yesterday",
        "2026-02-10TAF");
    assertTimex("By mid morning, officials said the roads were closed.", "mid morning",
        "2026-02-11TMO");
  }

  @Test
  void monthBeforeAnnouncedPlansIsThePastOne() {
    assertTimex("In September, it announced plans to acquire the unit.", "September", "2025-09");
  }

  @Test
  void planInThePluperfectIsAPastDay() {
    assertTimex("The offer had been due to expire Friday.", "Friday", "2026-02-06");
  }

  @Test
  void nextAndLastWeekdayLookAheadAndBack() {
    assertTimex("They meet again next Monday.", "next Monday", "2026-02-16");
    assertTimex("They met last Wednesday.", "last Wednesday", "2026-02-04");
  }

  @Test
  void monthInPastTenseFromEarlierInTheYearIsLastYears() {
    assertTimex("The ministers met in December to prepare the talks.", "December", "2025-12");
  }

  @Test
  void monthInFutureTenseIsTheNextOne() {
    assertTimex("The parliament will vote in January.", "January", "2027-01");
  }

  @Test
  void seasonsAreNamedWithTheirYear() {
    assertTimex("The offensive began last summer.", "last summer", "2025-SU");
    assertTimex("Fighting resumed in the spring of 2024.", "the spring of 2024", "2024-SP");
  }

  // --- relative to the anchor date

  @Test
  void dayWordsCountFromTheAnchor() {
    String text = "The minister arrived yesterday, speaks today and leaves tomorrow.";
    assertTimex(text, "yesterday", "2026-02-10");
    assertTimex(text, "today", "2026-02-11");
    assertTimex(text, "tomorrow", "2026-02-12");
  }

  @Test
  void lastWeekIsThePreviousIsoWeek() {
    assertTimex("The envoy visited Tehran last week.", "last week", "2026-W06");
  }

  @Test
  void thisLastAndNextNameCalendarUnits() {
    String text = "Prices rose last month, will rise this year and fall next year.";
    assertTimex(text, "last month", "2026-01");
    assertTimex(text, "this year", "2026");
    assertTimex(text, "next year", "2027");
  }

  @Test
  void countedUnitsAgoPointAtAResolvedDate() {
    TimexAnnotation days =
        find(tag("The strike happened two days ago.", SEED_DATE), "two days ago");
    assertThat(days.value()).isEqualTo("P2D");
    assertThat(days.anchor()).contains("2026-02-09");
    TimexAnnotation years =
        find(tag("He left office three years ago.", SEED_DATE), "three years ago");
    assertThat(years.anchor()).contains("2023");
  }

  @Test
  void earlierThisMonthIsThisMonth() {
    assertTimex("Protests broke out earlier this month.", "earlier this month", "2026-02");
  }

  @Test
  void vaguePresentAndPastAreReferences() {
    String text = "Iran now says it recently restarted talks.";
    assertTimex(text, "now", "PRESENT_REF");
    assertTimex(text, "recently", "PAST_REF");
  }

  @Test
  void quarterWithoutYearIsTheAnchorYearsOrLastYearsWhenNotBegun() {
    assertTimex("Profit rose in the third quarter, the company said.", "the third quarter",
        "2025-Q3");
    assertTimex("Profit rose in the first quarter, the company said.", "the first quarter",
        "2026-Q1");
  }

  @Test
  void yearAgoComparisonsCountFromTheLatestFinishedQuarterNotABackgroundOne() {
    LocalDate november = LocalDate.of(2025, 11, 1);
    List<TimexAnnotation> found = tag("The company posted a 20% gain in third-quarter net income."
        + " After a flat second quarter, sales recovered. Charges were taken in the year-earlier"
        + " period. In the 2025 period, taxes were lower than a year ago.", november);
    assertThat(find(found, "the year-earlier period").timeMlValue()).isEqualTo("2024-Q3");
    assertThat(find(found, "the 2025 period").timeMlValue()).isEqualTo("2025-Q3");
    assertThat(find(found, "a year ago").timeMlValue()).isEqualTo("2024-Q3");
  }

  @Test
  void lastYearsQuarterIsTheReportedQuarterAYearBack() {
    List<TimexAnnotation> found = tag("Third-quarter sales rose. U.K. sales for last year's quarter"
        + " were lower.", LocalDate.of(2025, 11, 1));
    assertThat(find(found, "last year's quarter").timeMlValue()).isEqualTo("2024-Q3");
  }

  @Test
  void twoQuartersOfAYearAreAHalf() {
    assertTimex("Losses go on through the first two quarters of 2027.",
        "the first two quarters of 2027", "2027-H1");
  }

  @Test
  void theLastPartOfAnotherTimeIsNotTheOneBeforeNow() {
    List<TimexAnnotation> found = tag("Sales were flat in the last half of the '80s. She served in"
        + " the last year of her term. Profit rose last year.", SEED_DATE);
    assertThat(find(found, "the '80s").value()).isEqualTo("198");
    assertThat(found).extracting(TimexAnnotation::text).containsExactly("the '80s", "last year");
  }

  @Test
  void latestQuarterIsTheReportedOneEvenAfterAForecastForTheNext() {
    List<TimexAnnotation> found = tag("Third-quarter net income rose 11%. The storm will result"
        + " in a fourth-quarter charge. Earnings fell 59% in the latest quarter.",
        LocalDate.of(2025, 11, 2));
    assertThat(find(found, "the latest quarter").value()).isEqualTo("2025-Q3");
  }

  @Test
  void fullYearAfterQuarterlyResultsIsTheYearOfThatQuarter() {
    List<TimexAnnotation> found = tag("The company reported lower third-quarter earnings. By 2028"
        + " it intends to hold half the market. It forecast an increase for the full year.",
        LocalDate.of(2025, 10, 30));
    assertThat(find(found, "the full year").value()).isEqualTo("2025");
  }

  @Test
  void decadesAndCenturiesHaveShortValues() {
    assertTimex("Inflation was high in the 1990s.", "the 1990s", "199");
    assertTimex("It was the bloodiest war of the 20th century.", "the 20th century", "19");
  }

  // --- relative to the time the text last named

  @Test
  void laterExpressionsCountFromThePreviousDate() {
    String text = "The talks opened on Jan. 5 in Geneva. Two days later, the delegates left."
        + " The next day, they met again. Later that day, a statement was issued.";
    assertTimex(text, "Jan. 5", "2026-01-05");
    // Counted like "ago", from a time the text named: a duration, with the date it reaches.
    TimexAnnotation later = find(tag(text, SEED_DATE), "Two days later");
    assertThat(later.type()).isEqualTo(TimexType.DURATION);
    assertThat(later.value()).isEqualTo("P2D");
    assertThat(later.anchor()).contains("2026-01-07");
    // TimeML annotates it as the duration, "later" being a signal.
    assertThat(later.timeMlType()).isEqualTo(TimexType.DURATION);
    assertThat(later.timeMlValue()).isEqualTo("P2D");
    assertTimex(text, "The next day", "2026-01-08");
    assertTimex(text, "Later that day", "2026-01-08");
  }

  @Test
  void thatYearAndTheSameWeekRepeatThePreviousTime() {
    String text = "The treaty was signed in 1998. That year, exports doubled. On March 1, 2001"
        + " talks stalled, and the same week the envoy resigned.";
    assertTimex(text, "That year", "1998");
    assertTimex(text, "the same week", "2001-W09");
  }

  // --- durations, sets, clock times

  @Test
  void fractionsOfUnitsGoToTheNextSmallerUnit() {
    assertTimex("He spent two and a half years in prison.", "two and a half years", "P2Y6M");
    assertTimex("The hearing lasted 5 1/2 hours.", "5 1/2 hours", "PT5H30M");
  }

  @Test
  void durationsKeepTheirSpanModifiers() {
    assertTimex("Fighting has intensified over the past two weeks.", "the past two weeks", "P2W");
    assertTimex("The siege lasted nearly two decades.", "nearly two decades", "P20Y");
  }

  @Test
  void aWhileIsAStretchOfNoStatedLength() {
    List<TimexAnnotation> found = tag("They will live without power for a while. A while ago it"
        + " rained.", SEED_DATE);
    assertThat(find(found, "a while").value()).isEqualTo("PXX");
    assertThat(found).hasSize(1);
  }

  @Test
  void barePluralUnitsAreVagueDurations() {
    assertTimex("The talks could take months.", "months", "PXM");
    assertTimex("The feud has lasted decades.", "decades", "PXDE");
  }

  @Test
  void recurringTimesAreSets() {
    String text = "Inspectors report weekly, meet every week, publish daily and audit each year.";
    assertTimexOfType(text, "weekly", TimexType.SET, "P1W");
    assertTimexOfType(text, "every week", TimexType.SET, "P1W");
    assertTimexOfType(text, "daily", TimexType.SET, "P1D");
    assertTimexOfType(text, "each year", TimexType.SET, "P1Y");
    assertTimexOfType("The council meets every Thursday.", "every Thursday", TimexType.SET,
        "XXXX-WXX-4");
  }

  @Test
  void clockTimesBelongToTheDayTheTextNamed() {
    String text = "The ceasefire began on Friday. Shelling resumed at 3:30 p.m. and stopped at noon"
        + " Saturday.";
    assertTimexOfType(text, "3:30 p.m.", TimexType.TIME, "2026-02-06T15:30");
    assertTimexOfType(text, "noon Saturday", TimexType.TIME, "2026-02-07T12:00");
  }

  @Test
  void partsOfTheDayAreTimes() {
    assertTimexOfType("Explosions were heard last night.", "last night", TimexType.TIME,
        "2026-02-10TNI");
    assertTimexOfType("The vote was held Tuesday morning.", "Tuesday morning", TimexType.TIME,
        "2026-02-10TMO");
  }

  // --- what is not a time expression

  @Test
  void quantitiesAmountsAndLabelsAreNotYears() {
    assertThat(tag("About 2,003 people and 2003 soldiers paid $2003 on Flight 1549.", SEED_DATE))
        .isEmpty();
  }

  @Test
  void agesAreNotDurations() {
    assertThat(tag("A 52-year-old doctor and his wife, 37 years old, were hurt.", SEED_DATE))
        .isEmpty();
  }

  @Test
  void namesAndTitlesAreNotTimes() {
    assertThat(tag("Czech minister Jan Kavan quoted the film High Noon on ABC's This Week.",
        SEED_DATE)).isEmpty();
  }

  @Test
  void aMonthBeforeOfTheAndANameIsAnEvent() {
    assertThat(tag("She led the March of the Combatant Mothers through the capital.", SEED_DATE))
        .isEmpty();
  }

  @Test
  void withoutAnAnchorDateRelativeValuesAreUnknown() {
    List<TimexAnnotation> found = TAGGER.tag("He arrived on Friday, in June 2025.",
        Optional.empty(), TenseOracle.constant(Tense.PAST));
    assertThat(find(found, "Friday").value()).isEqualTo("XXXX-XX-XX");
    assertThat(find(found, "June 2025").value()).isEqualTo("2025-06");
  }

  @Test
  void spansAreOffsetsIntoTheText() {
    String text = "On Friday, talks resumed.";
    TimexAnnotation friday = find(tag(text, SEED_DATE), "Friday");
    assertThat(text.substring(friday.start(), friday.end())).isEqualTo("Friday");
  }

  // --- amounts no calendar holds (found by TimeTaggerFuzzTest)

  @Test
  void anAmountLargerThanALongIsADurationWithoutADate() {
    String text = "It began 10666666666666666666666666666666666,000 years ago.";
    TimexAnnotation ago = find(tag(text, SEED_DATE),
        "10666666666666666666666666666666666,000 years ago");
    assertThat(ago.type()).isEqualTo(TimexType.DURATION);
    assertThat(ago.value()).isEqualTo("P10666666666666666666666666666666666000Y");
    assertThat(ago.anchor()).isEmpty();
  }

  @Test
  void anOffsetPastTheYear9999IsADurationWithoutADate() {
    TimexAnnotation ago = find(tag("It will last until 20,000 years from now.", SEED_DATE),
        "20,000 years from now");
    assertThat(ago.value()).isEqualTo("P20000Y");
    assertThat(ago.anchor()).isEmpty();
    TimexAnnotation later = find(tag("In 2020 the dam broke. 12,000,000 years later, the"
        + " river was dry.", SEED_DATE), "12,000,000 years later");
    assertThat(later.value()).isEqualTo("P12000000Y");
  }

  @Test
  void aMonthThatEndsTheTextIsTagged() {
    assertTimex("Trump spoke after the meeting in June", "June", "2025-06");
  }

  private static void assertTimex(String text, String expression, String value) {
    assertThat(find(tag(text, SEED_DATE), expression).value())
        .as("value of '%s' in '%s'", expression, text).isEqualTo(value);
  }

  private static void assertTimexOfType(String text, String expression, TimexType type,
      String value) {
    TimexAnnotation found = find(tag(text, SEED_DATE), expression);
    assertThat(found.type()).as("type of '%s'", expression).isEqualTo(type);
    assertThat(found.value()).as("value of '%s'", expression).isEqualTo(value);
  }

  private static List<TimexAnnotation> tag(String text, LocalDate anchor) {
    return TAGGER.tag(text, Optional.of(anchor), TenseOracle.heuristic(text));
  }

  private static TimexAnnotation find(List<TimexAnnotation> found, String expression) {
    return found.stream().filter(t -> t.text().equals(expression)).findFirst()
        .orElseThrow(() -> new AssertionError("no time expression '" + expression + "' in "
            + found));
  }
}
