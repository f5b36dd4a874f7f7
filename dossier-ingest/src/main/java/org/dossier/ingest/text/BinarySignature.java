package org.dossier.ingest.text;

import java.util.Optional;

/** Recognizes common binary formats by their magic bytes, to name them in error messages. */
public final class BinarySignature {

  private BinarySignature() {
  }

  /** A human name for the binary format {@code bytes} start with, if any. */
  public static Optional<String> of(byte[] bytes) {
    if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
      return Optional.of("PNG image");
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("JPEG image");
    }
    if (startsWith(bytes, 'G', 'I', 'F', '8')) {
      return Optional.of("GIF image");
    }
    if (startsWith(bytes, 'R', 'I', 'F', 'F') && bytes.length > 11 && bytes[8] == 'W' && bytes[9] == 'E') {
      return Optional.of("WebP image");
    }
    if (startsWith(bytes, '%', 'P', 'D', 'F')) {
      return Optional.of("PDF document");
    }
    if (startsWith(bytes, 'P', 'K', 3, 4)) {
      return Optional.of("ZIP archive");
    }
    if (startsWith(bytes, 0x7F, 'E', 'L', 'F')) {
      return Optional.of("executable");
    }
    if (startsWith(bytes, 0x1F, 0x8B)) {
      return Optional.of("gzip data");
    }
    if (startsWith(bytes, 'B', 'Z', 'h')) {
      return Optional.of("bzip2 data");
    }
    if (startsWith(bytes, 0x28, 0xB5, 0x2F, 0xFD)) {
      return Optional.of("zstd data");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
