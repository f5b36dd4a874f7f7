package org.dossier.spark.pipeline;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The name an input file goes by in records and messages: a local file by its path, as
 * {@code dossier analyze} names it; a file on another file system (HDFS, S3) by its URI.
 */
public final class InputName {

  private InputName() {
  }

  public static String of(String hadoopPath) {
    if (!hadoopPath.startsWith("file:")) {
      return hadoopPath;
    }
    try {
      return new URI(hadoopPath).getPath();
    } catch (URISyntaxException e) {
      return hadoopPath.substring("file:".length());
    }
  }
}
