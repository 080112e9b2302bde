package dev.quarry.runtime.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarry.runtime.error.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns a record stored as JSON ({@code jsonb}) into a JSON tree and back. Generated code
 * implements one per record type ({@code Address_.CODEC}) with plain accessor and constructor
 * calls and the helpers here: nothing is done by reflection.
 *
 * <p>Values are written as JSON numbers, strings and booleans; UUIDs, times and enums as their
 * ISO or constant-name text, so that the stored document reads the same in SQL.
 *
 * @param <T> the record type
 */
public abstract class JsonCodec<T> {

  private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

  /** A codec; generated code extends this class. */
  protected JsonCodec() {}

  /** The record as a JSON object; never called with {@code null}. */
  protected abstract JsonNode write(T value);

  /** The record read from a JSON object; never called with a null or missing node. */
  protected abstract T read(JsonNode node);

  /** {@code value} as JSON, {@code null} as JSON null. */
  public final JsonNode toJson(T value) {
    return value == null ? NullNode.instance : write(value);
  }

  /** The record a JSON node holds; {@code null} for a missing node or JSON null. */
  public final T fromJson(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : read(node);
  }

  /** {@code value} (of this codec's type, unchecked) as JSON: for binding values given as {@code Object}. */
  @SuppressWarnings("unchecked")
  public final JsonNode toJsonUnchecked(Object value) {
    return toJson((T) value);
  }

  /** A codec for a list of records of this type, stored as a JSON array. */
  public final JsonCodec<List<T>> list() {
    JsonCodec<T> element = this;
    return new JsonCodec<>() {
      @Override
      protected JsonNode write(List<T> value) {
        return array(value, element::toJson);
      }

      @Override
      protected List<T> read(JsonNode node) {
        return JsonCodec.list(node, element::fromJson);
      }
    };
  }

  // ------------------------------------------------------------------ writing

  /** A new, empty JSON object. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** A leaf value as JSON: numbers, text, booleans; UUIDs, times and enums as text. */
  public static JsonNode leaf(Object value) {
    if (value == null) {
      return NullNode.instance;
    }
    if (value instanceof String text) {
      return NODES.textNode(text);
    }
    if (value instanceof Boolean flag) {
      return NODES.booleanNode(flag);
    }
    if (value instanceof Integer || value instanceof Short) {
      return NODES.numberNode(((Number) value).intValue());
    }
    if (value instanceof Long number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Double number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Float number) {
      // As a float, so 1.1f is written 1.1, not 1.100000023841858.
      return NODES.numberNode(number);
    }
    if (value instanceof BigDecimal decimal) {
      return NODES.numberNode(decimal);
    }
    if (value instanceof Enum<?> constant) {
      return NODES.textNode(constant.name());
    }
    if (value instanceof JsonNode node) {
      return node;
    }
    // UUID and java.time values: their ISO text, which is also how PostgreSQL prints them.
    return NODES.textNode(value.toString());
  }

  /** A list as a JSON array, each element by {@code element}; {@code null} as JSON null. */
  public static <E> JsonNode array(List<E> values, Function<? super E, JsonNode> element) {
    if (values == null) {
      return NullNode.instance;
    }
    ArrayNode array = NODES.arrayNode(values.size());
    for (E value : values) {
      array.add(element.apply(value));
    }
    return array;
  }

  // ------------------------------------------------------------------ reading

  /**
   * The member read by {@code value} ({@code JsonNode::intValue}, {@code JsonNode::asText},
   * {@link #decimal}), or {@code absent} when it is missing or JSON null: {@code null} for a
   * boxed component, zero or {@code false} for a primitive one.
   */
  public static <V> V read(JsonNode node, String member, Function<JsonNode, V> value, V absent) {
    JsonNode present = present(node, member);
    return present == null ? absent : value.apply(present);
  }

  /** A number exactly as stored (text holding a number too), for {@code BigDecimal} members. */
  public static BigDecimal decimal(JsonNode value) {
    return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText());
  }

  /** The member's text, or {@code null}. */
  static String string(JsonNode node, String member) {
    JsonNode value = present(node, member);
    return value == null ? null : value.asText();
  }

  /** The member's text parsed by {@code parse} (a UUID, a time, an enum constant), or {@code null}. */
  public static <V> V parsed(JsonNode node, String member, Function<String, V> parse) {
    String text = string(node, member);
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new InvalidValueException("The JSON member \"" + member + "\" holds \"" + text + "\", which does not read as its type: "
          + e.getMessage());
    }
  }

  /** The member as a nested JSON node, or {@code null}. */
  public static JsonNode member(JsonNode node, String member) {
    return present(node, member);
  }

  /** The elements of a JSON array, each read by {@code element}; {@code null} for a missing array. */
  public static <E> List<E> list(JsonNode array, Function<JsonNode, E> element) {
    if (array == null || array.isNull() || array.isMissingNode()) {
      return null;
    }
    List<E> values = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      values.add(element.apply(item));
    }
    return Collections.unmodifiableList(values);
  }

  /** A leaf list element read as {@code type}: {@code String}, a number, a boolean, or text parsed by {@code parse}. */
  public static <V> Function<JsonNode, V> element(Function<String, V> parse) {
    return item -> item == null || item.isNull() ? null : parse.apply(item.asText());
  }

  /** Parsers for leaf types kept as text, for generated code. */
  public static final Function<String, UUID> UUID_TEXT = UUID::fromString;
  /** Parses an {@link Instant}. */
  public static final Function<String, Instant> INSTANT_TEXT = Instant::parse;
  /** Parses an {@link OffsetDateTime}. */
  public static final Function<String, OffsetDateTime> OFFSET_DATE_TIME_TEXT = OffsetDateTime::parse;
  /** Parses a {@link LocalDate}. */
  public static final Function<String, LocalDate> LOCAL_DATE_TEXT = LocalDate::parse;
  /** Parses a {@link LocalTime}. */
  public static final Function<String, LocalTime> LOCAL_TIME_TEXT = LocalTime::parse;
  /** Parses a {@link LocalDateTime}. */
  public static final Function<String, LocalDateTime> LOCAL_DATE_TIME_TEXT = LocalDateTime::parse;

  private static JsonNode present(JsonNode node, String member) {
    JsonNode value = node.get(member);
    return value == null || value.isNull() ? null : value;
  }
}
