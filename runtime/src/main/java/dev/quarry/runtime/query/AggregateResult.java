package dev.quarry.runtime.query;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The aggregates a query asked for. Asking for one it did not compute is an error.
 *
 * @param <M> the model
 */
public class AggregateResult<M> {

  private final Map<Aggregation<M>, Object> values;

  /** The values by aggregate. */
  public AggregateResult(Map<Aggregation<M>, Object> values) {
    this.values = values;
  }

  private Object value(Aggregation<M> aggregation) {
    if (!values.containsKey(aggregation)) {
      throw new IllegalArgumentException("The query did not compute " + aggregation.function()
          + (aggregation.attribute() == null ? "(*)" : "(" + aggregation.attribute().path() + ")"));
    }
    return values.get(aggregation);
  }

  /** The number of rows. */
  public long count() {
    return (Long) value(Aggregation.count());
  }

  /** The sum of a column; {@code null} when there were no rows (or only NULLs). */
  public BigDecimal sum(NumberAttribute<M, ?> attribute) {
    return (BigDecimal) value(Aggregation.sum(attribute));
  }

  /** The average of a column; {@code null} when there were no rows (or only NULLs). */
  public BigDecimal avg(NumberAttribute<M, ?> attribute) {
    return (BigDecimal) value(Aggregation.avg(attribute));
  }

  /** The least value of a column; {@code null} when there were no rows. */
  @SuppressWarnings("unchecked")
  public <V> V min(Attribute<M, V> attribute) {
    return (V) value(Aggregation.min(attribute));
  }

  /** The greatest value of a column; {@code null} when there were no rows. */
  @SuppressWarnings("unchecked")
  public <V> V max(Attribute<M, V> attribute) {
    return (V) value(Aggregation.max(attribute));
  }
}
