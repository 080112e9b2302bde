package dev.quarry.runtime.query;

/**
 * One aggregate over the rows of a query: {@code count(*)}, or a function of a column.
 *
 * @param <M> the model
 * @param function the aggregate function
 * @param attribute the column, or {@code null} for {@code count(*)}
 */
public record Aggregation<M>(Function function, Attribute<M, ?> attribute) {

  /** The aggregate functions. */
  public enum Function {
    /** The number of rows, or of non-NULL values of a column. */
    COUNT,
    /** The sum of a numeric column. */
    SUM,
    /** The average of a numeric column. */
    AVG,
    /** The least value of a column. */
    MIN,
    /** The greatest value of a column. */
    MAX
  }

  /** {@code count(*)}. */
  public static <M> Aggregation<M> count() {
    return new Aggregation<>(Function.COUNT, null);
  }

  /** The number of non-NULL values of a column. */
  public static <M> Aggregation<M> count(Attribute<M, ?> attribute) {
    return new Aggregation<>(Function.COUNT, attribute);
  }

  /** The sum of a numeric column. */
  public static <M> Aggregation<M> sum(NumberAttribute<M, ?> attribute) {
    return new Aggregation<>(Function.SUM, attribute);
  }

  /** The average of a numeric column. */
  public static <M> Aggregation<M> avg(NumberAttribute<M, ?> attribute) {
    return new Aggregation<>(Function.AVG, attribute);
  }

  /** The least value of a column. */
  public static <M> Aggregation<M> min(Attribute<M, ?> attribute) {
    return new Aggregation<>(Function.MIN, attribute);
  }

  /** The greatest value of a column. */
  public static <M> Aggregation<M> max(Attribute<M, ?> attribute) {
    return new Aggregation<>(Function.MAX, attribute);
  }

  /** A condition on this aggregate, for {@code having}. */
  public Having<M> gt(Number value) {
    return new Having<>(this, Filter.Operator.GT, value);
  }

  /** A condition on this aggregate, for {@code having}. */
  public Having<M> gte(Number value) {
    return new Having<>(this, Filter.Operator.GTE, value);
  }

  /** A condition on this aggregate, for {@code having}. */
  public Having<M> lt(Number value) {
    return new Having<>(this, Filter.Operator.LT, value);
  }

  /** A condition on this aggregate, for {@code having}. */
  public Having<M> lte(Number value) {
    return new Having<>(this, Filter.Operator.LTE, value);
  }

  /** A condition on this aggregate, for {@code having}. */
  public Having<M> eq(Number value) {
    return new Having<>(this, Filter.Operator.EQ, value);
  }

  /**
   * A condition on an aggregate of a group.
   *
   * @param <M> the model
   * @param aggregation the aggregate
   * @param operator the comparison
   * @param value the number compared with
   */
  public record Having<M>(Aggregation<M> aggregation, Filter.Operator operator, Number value) {}
}
