package dev.quarry.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads and writes the snapshot's JSON form.
 *
 * <p>Output is deterministic: two-space indentation, {@code \n} line ends on every platform, keys
 * in a fixed order, {@code null} members left out, and a final newline. Reading refuses a snapshot
 * from a newer format version instead of half-understanding it.
 */
public final class SchemaJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private SchemaJson() {}

  /** The snapshot as JSON text, ending with a newline. */
  public static String write(Schema schema) {
    try {
      return WRITER.writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the schema snapshot", e);
    }
  }

  /** Reads a snapshot from JSON text. */
  public static Schema read(String json) {
    try {
      return fromTree(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  /** Reads a snapshot from a stream, which is left open. */
  public static Schema read(InputStream in) {
    try {
      return fromTree(MAPPER.readTree(in));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the schema snapshot", e);
    }
  }

  private static Schema fromTree(JsonNode tree) throws JsonProcessingException {
    if (tree == null || !tree.isObject() || !tree.path("formatVersion").canConvertToInt()) {
      throw new SchemaFormatException(
          "Not a Quarry schema snapshot: the JSON has no \"formatVersion\".");
    }
    int version = tree.get("formatVersion").intValue();
    if (version > Schema.FORMAT_VERSION || version < 1) {
      throw new SchemaFormatException(
          "The schema snapshot has format version "
              + version
              + ", but this Quarry reads versions 1 to "
              + Schema.FORMAT_VERSION
              + ". Use the same Quarry version for the processor and the runtime.");
    }
    return MAPPER.treeToValue(tree, Schema.class);
  }

  private static SchemaFormatException malformed(JsonProcessingException e) {
    return new SchemaFormatException(
        "The schema snapshot is not valid: " + e.getOriginalMessage(), e);
  }
}
