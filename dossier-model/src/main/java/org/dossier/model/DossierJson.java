package org.dossier.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * The JSON form of Dossier's records: dates as ISO strings, absent values as {@code null}, keys
 * in declaration order. Thread-safe.
 *
 * <pre>{@code
 * String json = DossierJson.toJson(analyzed);          // pretty, for people
 * String line = DossierJson.toJsonLine(analyzed);      // one line, for JSONL
 * AnalyzedArticle back = DossierJson.read(line, AnalyzedArticle.class);
 * }</pre>
 */
public final class DossierJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private DossierJson() {
  }

  /** The configured mapper; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String toJson(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  public static String toJsonLine(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  public static JsonNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
