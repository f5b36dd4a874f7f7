package org.dossier.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.ingest.IngestException;

/**
 * Turns the bytes of a text input into a string without mojibake: a byte-order mark wins, then a
 * declared charset, then strict UTF-8, then Windows-1252 (the superset of ISO-8859-1 that legacy
 * news pages are really written in). Rejects empty and binary inputs with a message that says so.
 * Thread-safe.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF = 8192;

  /** Decodes {@code bytes} read from {@code source}, trusting no declared charset. */
  public DecodedText decode(String source, byte[] bytes) {
    return decode(source, bytes, Optional.empty());
  }

  /** Decodes {@code bytes}; a declared charset (HTTP header, meta tag) is used when it fits. */
  public DecodedText decode(String source, byte[] bytes, Optional<Charset> declared) {
    rejectUnreadable(source, bytes);
    List<String> warnings = new ArrayList<>();
    Optional<Charset> bom = ByteOrderMark.charsetOf(bytes);
    if (bom.isPresent()) {
      int skip = ByteOrderMark.length(bytes);
      return clean(new String(bytes, skip, bytes.length - skip, bom.get()), bom.get(), warnings);
    }
    if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
      Optional<String> text = strictly(bytes, declared.get());
      if (text.isPresent() && strictly(bytes, StandardCharsets.UTF_8).isEmpty()) {
        return clean(text.get(), declared.get(), warnings);
      }
    }
    Optional<String> utf8 = strictly(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return clean(utf8.get(), StandardCharsets.UTF_8, warnings);
    }
    warnings.add("not valid UTF-8; decoded as windows-1252");
    return clean(new String(bytes, WINDOWS_1252), WINDOWS_1252, warnings);
  }

  private static void rejectUnreadable(String source, byte[] bytes) {
    if (isBlank(bytes)) {
      throw new IngestException(source, bytes.length == 0 ? "empty file" : "blank file: only whitespace");
    }
    Optional<String> kind = BinarySignature.of(bytes);
    if (kind.isPresent()) {
      throw new IngestException(source, "binary file (" + kind.get() + "), not a news article");
    }
    if (ByteOrderMark.charsetOf(bytes).isEmpty() && nulShare(bytes) > 0.01) {
      throw new IngestException(source, "binary file (contains NUL bytes), not a news article");
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  private static double nulShare(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF);
    int nul = 0;
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        nul++;
      }
    }
    return n == 0 ? 0 : (double) nul / n;
  }

  private static Optional<String> strictly(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static DecodedText clean(String text, Charset charset, List<String> warnings) {
    String repaired = MojibakeRepair.repair(text);
    if (!repaired.equals(text)) {
      warnings.add("repaired text that had been decoded twice (mojibake)");
    }
    return new DecodedText(ControlCharacters.strip(repaired), charset, warnings);
  }
}
