package org.dossier.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark with two cores per test JVM, shared by every test (it takes seconds). */
final class LocalSpark {

  private LocalSpark() {
  }

  private static final class Holder {
    static final SparkSession SPARK = SparkSession.builder().appName("dossier-test")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.debug.maxToStringFields", "64")
        .getOrCreate();
  }

  static SparkSession session() {
    return Holder.SPARK;
  }
}
