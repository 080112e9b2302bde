package dev.quarry.runtime.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.meta.JsonCodec;
import dev.quarry.schema.ScalarType;
import java.util.List;

/**
 * One member of a record stored as JSON, to filter rows on: {@code eq} becomes JSON containment
 * ({@code address @> '{"city":"Oslo"}'}, served by a GIN index on the column); comparisons and text
 * matches read the member as text and cast it to its type
 * ({@code (address #>> '{zip}')::integer > 1000}). A member that is missing or JSON null is NULL:
 * it matches no comparison, only {@link #isNull()}.
 *
 * @param <M> the model
 * @param <V> the member's Java type
 */
public final class JsonField<M, V> {

  private final Attribute<M, ?> attribute;
  private final List<String> path;
  private final ScalarType type;

  JsonField(Attribute<M, ?> attribute, List<String> path, ScalarType type) {
    this.attribute = attribute;
    this.path = List.copyOf(path);
    this.type = type;
  }

  /** The member equals {@code value}; {@code null} tests that it is null or missing. */
  public Filter<M> eq(V value) {
    return value == null ? isNull() : new Filter.JsonContains<>(attribute, document(path, value, false));
  }

  /** The member is present and differs from {@code value}. */
  public Filter<M> not(V value) {
    return value == null ? isNotNull() : compare(Filter.Operator.NE, value);
  }

  /** The member is less than {@code value}. */
  public Filter<M> lt(V value) {
    return compare(Filter.Operator.LT, value);
  }

  /** The member is at most {@code value}. */
  public Filter<M> lte(V value) {
    return compare(Filter.Operator.LTE, value);
  }

  /** The member is greater than {@code value}. */
  public Filter<M> gt(V value) {
    return compare(Filter.Operator.GT, value);
  }

  /** The member is at least {@code value}. */
  public Filter<M> gte(V value) {
    return compare(Filter.Operator.GTE, value);
  }

  /** The member's text contains {@code text}, literally. */
  public Filter<M> contains(String text) {
    return match(Filter.TextOperator.CONTAINS, text);
  }

  /** The member's text starts with {@code text}, literally. */
  public Filter<M> startsWith(String text) {
    return match(Filter.TextOperator.STARTS_WITH, text);
  }

  /** The member's text ends with {@code text}, literally. */
  public Filter<M> endsWith(String text) {
    return match(Filter.TextOperator.ENDS_WITH, text);
  }

  /** The member is JSON null or missing (or the whole column is NULL). */
  public Filter<M> isNull() {
    return new Filter.JsonMember<>(attribute, path, type, null, null, null, false);
  }

  /** The member is present and not JSON null. */
  public Filter<M> isNotNull() {
    return new Filter.JsonMember<>(attribute, path, type, null, null, null, true);
  }

  private Filter<M> compare(Filter.Operator operator, V value) {
    if (value == null) {
      throw new InvalidValueException(where() + ": a comparison needs a value, not null; use isNull() or isNotNull().");
    }
    if (type == ScalarType.JSON) {
      throw new InvalidValueException(where() + " is a nested record: compare one of its members, with then(...).");
    }
    return new Filter.JsonMember<>(attribute, path, type, operator, JsonCodec.leaf(value).asText(), null, false);
  }

  private Filter<M> match(Filter.TextOperator operator, String text) {
    if (text == null) {
      throw new InvalidValueException(where() + ": a text match needs text, not null.");
    }
    return new Filter.JsonMember<>(attribute, path, type, null, text, operator, false);
  }

  private String where() {
    return attribute.path() + "." + String.join(".", path);
  }

  /** {@code {"a":{"b":value}}} for path a.b, or {@code [{"a":{"b":value}}]} inside an array. */
  static JsonNode document(List<String> path, Object value, boolean inArray) {
    JsonNode node = JsonCodec.leaf(value);
    for (int i = path.size() - 1; i >= 0; i--) {
      ObjectNode parent = JsonCodec.object();
      parent.set(path.get(i), node);
      node = parent;
    }
    return inArray ? JsonCodec.object().arrayNode().add(node) : node;
  }
}
