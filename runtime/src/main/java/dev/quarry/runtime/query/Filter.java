package dev.quarry.runtime.query;

import dev.quarry.runtime.meta.RelationLink;
import java.util.ArrayList;
import java.util.List;

/**
 * A condition on rows of model {@code M}, built from the generated attributes
 * ({@code User_.EMAIL.endsWith("@x.io")}) and combined with {@link #and}, {@link #or} and
 * {@link #not}. Filters are immutable values; a filter on another model does not compile.
 *
 * @param <M> the model it filters
 */
public sealed interface Filter<M>
    permits Filter.Compare, Filter.In, Filter.Text, Filter.IsNull, Filter.ListCondition, Filter.All,
        Filter.Any, Filter.Not, Filter.Related, Filter.JsonMember, Filter.JsonContains {

  /** Both this and {@code other}. */
  default Filter<M> and(Filter<M> other) {
    return Filter.and(List.of(this, other));
  }

  /** This or {@code other}. */
  default Filter<M> or(Filter<M> other) {
    return Filter.or(List.of(this, other));
  }

  /** Rows this filter does not match. */
  default Filter<M> not() {
    return new Not<>(this);
  }

  /** Matches every row; the neutral element of {@link #and}. */
  static <M> Filter<M> all() {
    return new All<>(List.of());
  }

  /** All of the filters (every row when there are none). */
  @SafeVarargs
  static <M> Filter<M> and(Filter<M>... filters) {
    java.util.List<Filter<M>> list = new java.util.ArrayList<>();
    for (var item : filters) {
      list.add(item);
    }
    return and(list);
  }

  /** All of the filters (every row when there are none); nested conjunctions are flattened. */
  static <M> Filter<M> and(List<Filter<M>> filters) {
    List<Filter<M>> parts = new ArrayList<>();
    for (Filter<M> filter : filters) {
      if (filter instanceof All<M> all) {
        parts.addAll(all.filters());
      } else {
        parts.add(java.util.Objects.requireNonNull(filter, "filter"));
      }
    }
    return parts.size() == 1 ? parts.get(0) : new All<>(parts);
  }

  /** Any of the filters (no row when there are none). */
  @SafeVarargs
  static <M> Filter<M> or(Filter<M>... filters) {
    java.util.List<Filter<M>> list = new java.util.ArrayList<>();
    for (var item : filters) {
      list.add(item);
    }
    return or(list);
  }

  /** Any of the filters (no row when there are none). */
  static <M> Filter<M> or(List<Filter<M>> filters) {
    List<Filter<M>> parts = new ArrayList<>();
    for (Filter<M> filter : filters) {
      if (filter instanceof Any<M> any) {
        parts.addAll(any.filters());
      } else {
        parts.add(java.util.Objects.requireNonNull(filter, "filter"));
      }
    }
    return parts.size() == 1 ? parts.get(0) : new Any<>(parts);
  }

  /** Rows that {@code filter} does not match. */
  static <M> Filter<M> not(Filter<M> filter) {
    return new Not<>(filter);
  }

  /** Comparison operators. */
  enum Operator {
    /** {@code =} */
    EQ,
    /** {@code <>} */
    NE,
    /** {@code <} */
    LT,
    /** {@code <=} */
    LTE,
    /** {@code >} */
    GT,
    /** {@code >=} */
    GTE
  }

  /** Text matching operators. */
  enum TextOperator {
    /** The value occurs anywhere. */
    CONTAINS,
    /** The text starts with the value. */
    STARTS_WITH,
    /** The text ends with the value. */
    ENDS_WITH,
    /** The whole text equals the value (used with case-insensitivity). */
    EQUALS
  }

  /** Operators on scalar lists. */
  enum ListOperator {
    /** The list contains the value. */
    HAS,
    /** The list contains every one of the values. */
    HAS_EVERY,
    /** The list contains at least one of the values. */
    HAS_SOME,
    /** The list is empty. */
    IS_EMPTY
  }

  /** How a relation filter quantifies over the related rows. */
  enum Quantifier {
    /** At least one related row matches. */
    SOME,
    /** Every related row matches (true when there are none). */
    EVERY,
    /** No related row matches. */
    NONE
  }

  /** {@code attribute <op> value}. */
  record Compare<M>(Attribute<M, ?> attribute, Operator operator, Object value) implements Filter<M> {}

  /** {@code attribute [not] in (values)}. */
  record In<M>(Attribute<M, ?> attribute, boolean negated, List<Object> values) implements Filter<M> {
    public In {
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  /** A text match; {@code value} is matched literally, never as a pattern. */
  record Text<M>(Attribute<M, ?> attribute, TextOperator operator, String value, boolean insensitive)
      implements Filter<M> {}

  /** {@code attribute is [not] null}. */
  record IsNull<M>(Attribute<M, ?> attribute, boolean negated) implements Filter<M> {}

  /** A condition on a scalar list. */
  record ListCondition<M>(Attribute<M, ?> attribute, ListOperator operator, List<Object> values)
      implements Filter<M> {}

  /** Every filter matches. */
  record All<M>(List<Filter<M>> filters) implements Filter<M> {
    public All {
      filters = List.copyOf(filters);
    }
  }

  /** At least one filter matches. */
  record Any<M>(List<Filter<M>> filters) implements Filter<M> {
    public Any {
      filters = List.copyOf(filters);
    }
  }

  /** The filter does not match. */
  record Not<M>(Filter<M> filter) implements Filter<M> {}

  /**
   * A condition on related rows. For a single related model, {@link Quantifier#SOME} means "is",
   * {@link Quantifier#NONE} "is not"; a {@code null} filter with {@code NONE} means "has no related
   * row".
   */
  record Related<M>(RelationLink link, Quantifier quantifier, Filter<?> filter) implements Filter<M> {}

  /**
   * A condition on one member of a record stored as JSON, read as text at {@code path} and cast to
   * {@code type}: a comparison ({@code value} set, {@code text} null), a text match ({@code text}
   * set) or, with neither, a test that the member is null or missing ({@code negated}: present).
   */
  record JsonMember<M>(Attribute<M, ?> attribute, List<String> path, dev.quarry.schema.ScalarType type, Operator operator,
      Object value, TextOperator text, boolean negated) implements Filter<M> {
    public JsonMember {
      path = List.copyOf(path);
    }
  }

  /** The JSON column contains {@code document} ({@code @>}): what an equality on a member becomes, so a GIN index serves it. */
  record JsonContains<M>(Attribute<M, ?> attribute, com.fasterxml.jackson.databind.JsonNode document) implements Filter<M> {}
}
