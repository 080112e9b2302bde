package dev.quarry.runtime.query;

import dev.quarry.runtime.meta.ModelTable;

/**
 * A column whose values are ordered: numbers, text, dates and times.
 *
 * @param <M> the model
 * @param <V> the value type
 */
public class ComparableAttribute<M, V extends Comparable<? super V>> extends Attribute<M, V> {

  /** An attribute for column {@code index} of {@code table}. */
  public ComparableAttribute(ModelTable<M> table, int index) {
    super(table, index);
  }

  /** Less than {@code value}. */
  public Filter<M> lt(V value) {
    return new Filter.Compare<>(this, Filter.Operator.LT, require(value, "lt"));
  }

  /** Less than or equal to {@code value}. */
  public Filter<M> lte(V value) {
    return new Filter.Compare<>(this, Filter.Operator.LTE, require(value, "lte"));
  }

  /** Greater than {@code value}. */
  public Filter<M> gt(V value) {
    return new Filter.Compare<>(this, Filter.Operator.GT, require(value, "gt"));
  }

  /** Greater than or equal to {@code value}. */
  public Filter<M> gte(V value) {
    return new Filter.Compare<>(this, Filter.Operator.GTE, require(value, "gte"));
  }

  /** Between {@code low} and {@code high}, both included. */
  public Filter<M> between(V low, V high) {
    return gte(low).and(lte(high));
  }

  /**
   * The optional form.
   *
   * @param <M> the model
   * @param <V> the value type
   */
  public static final class Optional<M, V extends Comparable<? super V>> extends ComparableAttribute<M, V>
      implements Attribute.Nullable<M> {
    /** An attribute for column {@code index} of {@code table}. */
    public Optional(ModelTable<M> table, int index) {
      super(table, index);
    }
  }
}
