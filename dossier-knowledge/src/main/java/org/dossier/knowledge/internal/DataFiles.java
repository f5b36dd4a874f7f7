package org.dossier.knowledge.internal;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Opens the knowledge data files by name ("countries.tsv"), from wherever they are kept. */
@FunctionalInterface
public interface DataFiles {

  /** Opens the file as UTF-8; throws {@link IllegalStateException} when it does not exist. */
  BufferedReader open(String file);

  /** The files shipped as resources beside {@code anchor} (its package directory). */
  static DataFiles besideClass(Class<?> anchor) {
    return file -> {
      InputStream in = anchor.getResourceAsStream(file);
      if (in == null) {
        throw new IllegalStateException(
            file + ": not found beside " + anchor.getName() + " on the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    };
  }
}
