package org.dossier.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schema of the output contract ({@code analyzed-article.schema.json}, draft 2020-12),
 * and a validator for documents claiming to follow it. Thread-safe.
 */
public final class ContractSchema {

  /** Classpath location of the schema, also shipped for external tools. */
  public static final String RESOURCE = "/org/dossier/model/analyzed-article.schema.json";

  private final JsonSchema schema;

  private ContractSchema(JsonSchema schema) {
    this.schema = schema;
  }

  /** Loads the schema from the classpath. */
  public static ContractSchema load() {
    try (InputStream in = ContractSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema missing from the classpath: " + RESOURCE);
      }
      JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
      return new ContractSchema(factory.getSchema(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The violations of the contract in {@code document}, empty when it conforms. */
  public List<String> violations(JsonNode document) {
    return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /** The violations of the contract in the JSON form of {@code analyzed}. */
  public List<String> violations(AnalyzedArticle analyzed) {
    return violations(DossierJson.toTree(analyzed));
  }
}
