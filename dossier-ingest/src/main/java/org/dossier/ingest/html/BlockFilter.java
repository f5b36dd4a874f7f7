package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.ingest.date.VisibleDateParser;
import org.dossier.ingest.text.Boilerplate;
import org.dossier.ingest.text.HeaderReader;

/**
 * The last stage of main-text extraction: drops the blocks that survived selection but are not
 * article text — link lists, share and newsletter lines, the headline repeated, bylines and date
 * lines above the story, repeated blocks — and ends the article at a footer marker such as
 * "Related articles". Thread-safe.
 */
final class BlockFilter {

  private static final Pattern BYLINE = Pattern.compile(
      "(?i)^(?:by|written by|words by|reporting by|posted by|von|par|por|di)\\s+\\S.{0,80}$");
  private static final Pattern READ_MORE = Pattern.compile(
      "(?i)^(?:read|see|watch|listen|more|related|also|recommended|click|tap|follow|photo|image"
          + "|video|advertisement|ad|sponsored)\\b.{0,60}[:›»>|→]?.{0,120}$");
  private static final Pattern LINK_BOX = Pattern.compile(
      "(?i)^(?:don'?t miss|must read|more on this( story)?|more from|further reading|read next"
          + "|what to read next|in other news|explore more|you might also like|up next|watch next"
          + "|recommended reading|popular now|most shared|more(?: great| top)?(?: \\S+){0,2} stories)"
          + "\\W*$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？\"”»)]$");
  private static final Pattern AD_LABEL = Pattern.compile("(?i)^\\W*(?:advert|advertisement|ad|ads"
      + "|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|реклама|sponsored|promoted"
      + "|story continues below|continue reading below|article continues below)\\W*$");
  // Text a browser never shows as such: unrendered shortcodes, script-required notices.
  private static final Pattern UNRENDERED = Pattern.compile(
      "(?i)\\[/?[a-z_]+\\s+[a-z_]+\\s*=\\s*[\"”'][^\\]]*]|(?:requires|enable|turn on)\\s+javascript"
          + "|javascript (?:is )?(?:disabled|required)|your browser does not support");
  private static final Pattern PROMO_STRONG = Pattern.compile("(?i)\\b(?:subscribe|subscription"
      + "|subscriber|newsletters?|inbox|sign(?:ing)? up|paywall|unlimited access|membership"
      + "|this (?:document|material|article) (?:is subject to|may not be)"
      + "|follow (?:us|him|her|them|me) on)\\b");
  private static final Pattern PROMO_ANY = Pattern.compile("(?i)\\b(?:subscribe|subscription"
      + "|subscribers?|newsletters?|inbox|sign(?:ing)? up|paywall|unlimited access|membership"
      + "|members?|join|email|e-mail|delivered|free trial|register|copyright|retrieved|permission"
      + "|enjoyed this|support (?:our|independent) journalism|donate|stay (?:smart|informed|up to date)"
      + "|follow (?:us|him|her|them|me) on|twitter|facebook|instagram|join our|forums?"
      + "|this (?:document|material|article) (?:is subject to|may not be))\\b");
  private static final int PROMO_MAX_WORDS = 60;
  private static final int SHORT_PROMO_WORDS = 20;
  // The production credits that close a wire story: "(Reporting by …; Editing by …)".
  private static final Pattern CREDITS = Pattern.compile("(?i)^\\W{0,3}(?:(?:additional )?"
      + "reporting by|writing by|editing by|compiled by|produced by|our standards:)");
  private static final int CREDIT_MAX_WORDS = 60;
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
  private static final Pattern TIME_OF_DAY = Pattern.compile("(?<!\\d)\\d{1,2}[:h]\\d{2}(?!\\d)");
  private static final Pattern MONTH_NAME = Pattern.compile("(?iu)\\b(?:janeiro|fevereiro|março"
      + "|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo"
      + "|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai"
      + "|juin|juillet|août|septembre|octobre|décembre|januar|februar|märz|juni|juli|oktober"
      + "|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\\b");
  private static final int HEADER_ZONE = 4;
  private static final int MIN_STORY_WORDS = 60;
  private static final int MIN_REPEAT = 100;
  private static final int STORY_PARAGRAPH = 20;

  private final VisibleDateParser dates;

  BlockFilter(VisibleDateParser dates) {
    this.dates = dates;
  }

  /** The article's blocks among {@code blocks}; {@code title} is the page headline if known. */
  List<TextBlock> filter(List<TextBlock> blocks, Optional<String> title) {
    List<TextBlock> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int storyWords = 0;
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock block = blocks.get(i);
      if (block.kind() == TextBlock.Kind.CAPTION) {
        continue;
      }
      // A marker ("Related", "Read more") ends the story only when no story text follows it;
      // mid-story it heads a box of links, and menus above the story use the same words.
      if (isFooterMarker(block) && storyWords >= MIN_STORY_WORDS
          && !hasStoryText(blocks.subList(i + 1, blocks.size()))) {
        break;
      }
      boolean repeated = block.text().length() >= MIN_REPEAT && !seen.add(block.text());
      if (isFurniture(block, kept.size(), title) || repeated) {
        continue;
      }
      kept.add(block);
      storyWords += isStoryText(block) ? block.words() : 0;
    }
    trimTail(kept);
    return kept;
  }

  private static boolean hasStoryText(List<TextBlock> rest) {
    return rest.stream().anyMatch(b -> b.kind() == TextBlock.Kind.PARAGRAPH && b.words() >= 10
        && b.linkDensity() < 0.3 && SENTENCE_END.matcher(b.text()).find());
  }

  private static boolean isStoryText(TextBlock block) {
    return block.kind() == TextBlock.Kind.PARAGRAPH && block.words() >= STORY_PARAGRAPH
        && block.linkDensity() < 0.3;
  }

  private boolean isFurniture(TextBlock block, int position, Optional<String> title) {
    String text = block.text();
    // Links within the site are link boxes; links elsewhere are sources, shops and documents.
    double internal = block.internalLinkDensity();
    if (internal > 0.8 || internal > 0.5 && block.words() < 15) {
      return true;
    }
    if (Boilerplate.isBoilerplateLine(text) || isFooterMarker(block)) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (block.words() <= 3 && AD_LABEL.matcher(text).matches()
        || mayBeUnrendered(lower) && UNRENDERED.matcher(text).find()) {
      return true;
    }
    if (block.words() < PROMO_MAX_WORDS && mayBePromotion(lower) && isPromotion(text)) {
      return true;
    }
    if (internal > 0.2 && block.words() < 25 && READ_MORE.matcher(text).matches()) {
      return true;
    }
    if (position < HEADER_ZONE && isHeaderLine(block, title)) {
      return true;
    }
    return false;
  }

  // What stands between the headline and the story: the headline again, byline, date, read time.
  private boolean isHeaderLine(TextBlock block, Optional<String> title) {
    String text = block.text();
    if (title.isPresent() && sameText(text, title.get())) {
      return true;
    }
    if (block.words() > 14) {
      return false;
    }
    return BYLINE.matcher(text).matches() || dates.isDateLine(text)
        || HeaderReader.readingTime(text).isPresent() || isForeignDateLine(text);
  }

  // "segunda-feira, 22 de janeiro de 2018 às 0:13", "Mardi 3 mars 2025, 10h30": a year with a
  // time of day or a month name, in a line of a dozen words at most.
  private static boolean isForeignDateLine(String text) {
    return YEAR.matcher(text).find()
        && (TIME_OF_DAY.matcher(text).find() || MONTH_NAME.matcher(text).find());
  }

  private static boolean isFooterMarker(TextBlock block) {
    return block.words() <= 5 && (Boilerplate.isFooterMarker(block.text())
        || LINK_BOX.matcher(block.text()).matches());
  }

  // Cheap tests first: the patterns below are costly on a page of 400,000 paragraphs.
  private static boolean mayBeUnrendered(String lower) {
    return lower.indexOf('[') >= 0 || lower.contains("javascript") || lower.contains("browser");
  }

  private static boolean mayBePromotion(String lower) {
    return lower.contains("subscri") || lower.contains("newsletter") || lower.contains("inbox")
        || lower.contains("sign") || lower.contains("paywall") || lower.contains("unlimited")
        || lower.contains("membership") || lower.contains("this document")
        || lower.contains("this material") || lower.contains("this article")
        || lower.contains("follow ");
  }

  // A subscription or newsletter pitch: one unmistakable word and two more of the vocabulary.
  private static boolean isPromotion(String text) {
    if (!PROMO_STRONG.matcher(text).find()) {
      return false;
    }
    Matcher m = PROMO_ANY.matcher(text);
    int hits = 0;
    while (m.find()) {
      hits++;
    }
    return hits >= 3 || hits >= 2 && text.split("\\s+").length <= SHORT_PROMO_WORDS;
  }

  // Trailing headings and short link lines carry nothing once the story has ended.
  private static void trimTail(List<TextBlock> kept) {
    while (!kept.isEmpty()) {
      TextBlock last = kept.get(kept.size() - 1);
      boolean dangling = last.kind() == TextBlock.Kind.HEADING
          || last.words() <= 3 && last.linkDensity() > 0.3
          || last.words() <= CREDIT_MAX_WORDS && CREDITS.matcher(last.text()).find();
      if (!dangling) {
        return;
      }
      kept.remove(kept.size() - 1);
    }
  }

  private static boolean sameText(String a, String b) {
    return normalize(a).equals(normalize(b));
  }

  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
