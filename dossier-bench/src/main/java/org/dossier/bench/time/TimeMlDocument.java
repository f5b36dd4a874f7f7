package org.dossier.bench.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML document as TempEval-3 uses it: the plain text of its {@code <TEXT>} element, the
 * creation time from {@code <DCT>} (the anchor date) and the gold {@code TIMEX3} annotations of
 * the text with offsets into the plain text. The creation time itself (tid {@code t0}) is not a
 * gold expression, as in the official scorer. Immutable.
 */
public record TimeMlDocument(String id, String text, Optional<LocalDate> creationDate,
    List<TimexSpan> gold) {

  private static final Pattern DCT = Pattern.compile(
      "<DCT>\\s*<TIMEX3([^>]*)>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_]+)=\"([^\"]*)\"");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");

  public TimeMlDocument {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(creationDate, "creationDate");
    gold = List.copyOf(gold);
  }

  /** Reads a TimeML document; {@code id} names it in error messages. */
  public static TimeMlDocument parse(String id, String xml) {
    int open = xml.indexOf("<TEXT>");
    int close = xml.indexOf("</TEXT>");
    if (open < 0 || close < open) {
      throw new IllegalArgumentException("No <TEXT> element in TimeML document '" + id + "'");
    }
    Optional<LocalDate> dct = Optional.empty();
    Matcher dctMatch = DCT.matcher(xml);
    if (dctMatch.find()) {
      dct = Optional.ofNullable(attributes(dctMatch.group(1)).get("value"))
          .flatMap(TimeMlDocument::date);
    }
    StringBuilder text = new StringBuilder();
    List<TimexSpan> gold = new ArrayList<>();
    String body = xml.substring(open + "<TEXT>".length(), close);
    Matcher tag = TAG.matcher(body);
    int copied = 0;
    int timexStart = -1;
    Map<String, String> timex = Map.of();
    while (tag.find()) {
      text.append(decode(body.substring(copied, tag.start())));
      copied = tag.end();
      if (!tag.group(2).equals("TIMEX3") || !tag.group(4).isEmpty()) {
        continue;
      }
      if (tag.group(1).isEmpty()) {
        timexStart = text.length();
        timex = attributes(tag.group(3));
      } else if (timexStart >= 0) {
        if (!"t0".equals(timex.get("tid"))) {
          gold.add(new TimexSpan(timexStart, text.length(), timex.getOrDefault("type", ""),
              timex.getOrDefault("value", "")));
        }
        timexStart = -1;
      }
    }
    text.append(decode(body.substring(copied)));
    return new TimeMlDocument(id, text.toString(), dct, gold);
  }

  private static Map<String, String> attributes(String tagBody) {
    Map<String, String> attributes = new HashMap<>();
    Matcher m = ATTRIBUTE.matcher(tagBody);
    while (m.find()) {
      attributes.put(m.group(1), decode(m.group(2)));
    }
    return attributes;
  }

  private static Optional<LocalDate> date(String value) {
    Matcher m = DATE.matcher(value);
    return m.lookingAt() ? Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))) : Optional.empty();
  }

  private static String decode(String xmlText) {
    // &amp; last, so that "&amp;lt;" stays the text "&lt;".
    return xmlText.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&apos;", "'").replace("&amp;", "&");
  }
}
