package dev.quarry.runtime.query;

import java.util.Map;

/**
 * One group of a {@code groupBy}: the grouped columns' values and the group's aggregates.
 *
 * @param <M> the model
 */
public final class Group<M> extends AggregateResult<M> {

  private final Map<Integer, Object> keys;

  /** A group with these key values (by column index) and aggregates. */
  public Group(Map<Integer, Object> keys, Map<Aggregation<M>, Object> values) {
    super(values);
    this.keys = keys;
  }

  /** The value of a grouped column. */
  @SuppressWarnings("unchecked")
  public <V> V get(Attribute<M, V> attribute) {
    if (!keys.containsKey(attribute.index())) {
      throw new IllegalArgumentException(attribute.path() + " is not one of the grouped columns");
    }
    return (V) keys.get(attribute.index());
  }

  @Override
  public String toString() {
    return "Group" + keys;
  }
}
