package org.dossier.spark.table;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.ByteType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables the job writes, with the columns of the store's tables of the same name
 * (see {@code dossier export}): child rows name their article by {@code article_id}, the
 * content id. {@code entities} holds one row per entity per article (the store's
 * {@code article_entities}); counts across articles are a query away. {@code articles} also keeps
 * the whole analyzed article as contract JSON ({@code contract_json}), what
 * {@code dossier analyze} prints, so a user can load it into a store unchanged. Every table is
 * partitioned by the article's publication date ({@link #PARTITION}: {@code yyyy-MM-dd}, or
 * {@value #UNDATED}).
 */
public enum OutputTable {

  ARTICLES(column("id", StringType, false), column("origin", StringType, false),
      column("source", StringType, false), column("url", StringType),
      column("title", StringType), column("published", DateType),
      column("modified", DateType), column("section", StringType),
      column("site_name", StringType), column("byline", StringType),
      column("reading_time_minutes", IntegerType), column("dateline_text", StringType),
      column("dateline_place", StringType), column("dateline_country", StringType),
      column("dateline_agency", StringType),
      column("captions", DataTypes.createArrayType(StringType, false)),
      column("language", StringType), column("text", StringType, false),
      column("schema_version", StringType, false), column("contract_json", StringType, false)),
  ENTITIES(column("article_id", StringType, false), column("entity_id", StringType, false),
      column("name", StringType, false), column("type", StringType, false),
      column("country_code", StringType), column("lat", DoubleType), column("lon", DoubleType),
      column("roles", StringType), column("mention_count", IntegerType, false)),
  MENTIONS(column("article_id", StringType, false), column("entity_id", StringType, false),
      column("start", IntegerType, false), column("end", IntegerType, false),
      column("text", StringType, false)),
  QUOTES(column("article_id", StringType, false), column("ordinal", IntegerType, false),
      column("text", StringType, false), column("kind", StringType, false),
      column("speaker_id", StringType), column("speaker_name", StringType),
      column("speaker_start", IntegerType), column("speaker_end", IntegerType),
      column("speaker_text", StringType), column("cue", StringType),
      column("channel", StringType), column("date", StringType), column("day", DateType),
      column("occurrences", IntegerType, false), column("start", IntegerType, false),
      column("end", IntegerType, false), column("confidence", DoubleType, false)),
  EVENTS(column("article_id", StringType, false), column("ordinal", IntegerType, false),
      column("code", StringType, false), column("cameo", StringType, false),
      column("mode", StringType), column("quad_class", ByteType, false),
      column("source_id", StringType, false), column("source_name", StringType, false),
      column("source_country", StringType), column("source_sector", StringType),
      column("target_id", StringType), column("target_name", StringType),
      column("target_country", StringType), column("target_sector", StringType),
      column("location_name", StringType), column("location_country", StringType),
      column("lat", DoubleType), column("lon", DoubleType),
      column("date", StringType, false), column("day", DateType),
      column("date_from_text", BooleanType, false), column("sentence", StringType, false),
      column("start", IntegerType, false), column("end", IntegerType, false),
      column("confidence", DoubleType, false), column("quote_ordinal", IntegerType)),
  TIMES(column("article_id", StringType, false), column("ordinal", IntegerType, false),
      column("text", StringType, false), column("type", StringType, false),
      column("value", StringType, false), column("anchor", StringType),
      column("start", IntegerType, false), column("end", IntegerType, false));

  /** The partition column every table ends with: the article's publication date. */
  public static final String PARTITION = "published_date";

  /** The partition of articles without a publication date. */
  public static final String UNDATED = "undated";

  /** The table of inputs and articles that failed; not partitioned. */
  public static final StructType QUARANTINE = new StructType(new StructField[] {
      column("source", StringType, false), column("stage", StringType, false),
      column("error", StringType, false)});

  private final StructType schema;

  OutputTable(StructField... columns) {
    List<StructField> all = new ArrayList<>(List.of(columns));
    all.add(column(PARTITION, StringType, false));
    this.schema = new StructType(all.toArray(StructField[]::new));
  }

  /** The table's directory name under the output. */
  public String tableName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public StructType schema() {
    return schema;
  }

  private static StructField column(String name, DataType type) {
    return column(name, type, true);
  }

  private static StructField column(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
