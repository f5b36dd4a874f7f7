package org.dossier.ingest.text;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.util.List;

/** Text decoded from bytes, the charset that decoded it and anything worth telling the user. */
public record DecodedText(String text, Charset charset, List<String> warnings) {

  public DecodedText {
    requireNonNull(text, "text");
    requireNonNull(charset, "charset");
    warnings = List.copyOf(warnings);
  }
}
