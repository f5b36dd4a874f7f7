package org.dossier.ingest.text;

import java.util.regex.Pattern;

/**
 * Recognizes the text around an article that is not the article: newsletter and subscription
 * prompts, share bars, "related" and "read more" blocks, advertising labels, copyright lines.
 * A <em>footer marker</em> ("NEWSLETTER", "Related articles") ends the article: what follows it
 * is page furniture too.
 */
public final class Boilerplate {

  private static final Pattern FOOTER_MARKER = Pattern.compile(
      "(?i)(newsletters?|related( articles| stories| news| content| posts)?"
          + "|read more|more from [\\p{L} ]{1,30}|more stories|most read|most popular|trending"
          + "( now| stories)?|recommended( for you)?|you may (also )?like|comments?|tags?:?|topics?:?"
          + "|share this( article| story)?:?|about the author|latest news|editor'?s picks"
          + "|keep reading|also read|see also|leave a (comment|reply))");

  private static final Pattern LINE = Pattern.compile(
      "(?i)^(advertisement|advertising|sponsored( content)?|share( this)?( on| via)?\\b.{0,40}"
          + "|click here\\b.*|(subscribe|sign up|register)\\b.{0,80}(newsletter|inbox|updates|free).*"
          + "|get (the|our) latest\\b.{0,80}(inbox|email|updates).*"
          + "|follow (us|@\\S+)\\b.{0,60}(on|@).*"
          + "|.{0,40}\\b(all rights reserved|copyright ©|© \\d{4}).*"
          + "|(read|see) (more|also):.*|related:.*"
          + "|(facebook|twitter|whatsapp|linkedin|email|print|copy link)( ?[|•·,]? ?"
          + "(facebook|twitter|x|whatsapp|linkedin|email|print|copy link|telegram|reddit))+)$");

  private Boilerplate() {
  }

  /** Whether {@code paragraph} is a heading that ends the article body. */
  public static boolean isFooterMarker(String paragraph) {
    String p = paragraph.strip();
    return p.length() <= 40 && FOOTER_MARKER.matcher(p).matches();
  }

  /** Whether {@code paragraph} is page furniture wherever it stands. */
  public static boolean isBoilerplateLine(String paragraph) {
    String p = paragraph.strip();
    return p.length() <= 200 && LINE.matcher(p).matches();
  }
}
