package dev.quarry.runtime.query;

import dev.quarry.runtime.error.InvalidQueryException;
import dev.quarry.runtime.error.InvalidValueException;
import java.util.ArrayList;
import java.util.List;

/**
 * A typed partial update: only the columns it names change. Filled in by a lambda
 * ({@code u -> u.set(User_.NAME, "Ada").increment(User_.LOGINS, 1)}).
 *
 * @param <M> the model updated
 */
public final class Update<M> {

  /** How an assignment computes the new value. */
  public enum Operation {
    /** {@code column = value} */
    SET,
    /** {@code column = column + value} */
    INCREMENT,
    /** {@code column = column - value} */
    DECREMENT,
    /** {@code column = column * value} */
    MULTIPLY,
    /** {@code column = column / value} */
    DIVIDE
  }

  /**
   * One changed column.
   *
   * @param attribute the column
   * @param operation how the new value is computed
   * @param value the operand
   */
  public record Assignment(Attribute<?, ?> attribute, Operation operation, Object value) {}

  private final List<Assignment> assignments = new ArrayList<>();

  /** An update that assigns nothing yet. */
  public Update() {}

  /** Sets the column; {@code null} only on an optional column. */
  public <V> Update<M> set(Attribute<M, V> attribute, V value) {
    if (value == null && !attribute.column().nullable()) {
      throw new InvalidValueException(attribute.path() + " is required and cannot be set to null.");
    }
    return add(attribute, Operation.SET, value);
  }

  /** Sets the column to {@code value} when it is not {@code null}; otherwise leaves it. */
  public <V> Update<M> setIfPresent(Attribute<M, V> attribute, V value) {
    return value == null ? this : set(attribute, value);
  }

  /** Adds {@code amount}, atomically in the database. */
  public <V extends Number & Comparable<? super V>> Update<M> increment(NumberAttribute<M, V> attribute, V amount) {
    return add(attribute, Operation.INCREMENT, attribute.require(amount, "increment"));
  }

  /** Subtracts {@code amount}, atomically in the database. */
  public <V extends Number & Comparable<? super V>> Update<M> decrement(NumberAttribute<M, V> attribute, V amount) {
    return add(attribute, Operation.DECREMENT, attribute.require(amount, "decrement"));
  }

  /** Multiplies by {@code factor}, atomically in the database. */
  public <V extends Number & Comparable<? super V>> Update<M> multiply(NumberAttribute<M, V> attribute, V factor) {
    return add(attribute, Operation.MULTIPLY, attribute.require(factor, "multiply"));
  }

  /** Divides by {@code divisor}, atomically in the database (integer division on integers). */
  public <V extends Number & Comparable<? super V>> Update<M> divide(NumberAttribute<M, V> attribute, V divisor) {
    return add(attribute, Operation.DIVIDE, attribute.require(divisor, "divide"));
  }

  private Update<M> add(Attribute<M, ?> attribute, Operation operation, Object value) {
    switch (attribute.column().generator()) {
      case VERSION -> throw new InvalidQueryException(attribute.path()
          + " is the row's @Version: Quarry adds one to it on every update, and nothing else may change it.");
      case COMPUTED -> throw new InvalidQueryException(attribute.path()
          + " is @Computed: the database computes it from the row's other columns, so no update can set it.");
      case SOFT_DELETE -> throw new InvalidQueryException(attribute.path()
          + " is the @SoftDelete mark: use delete(...) to set it and restore(...) to clear it.");
      default -> { }
    }
    assignments.add(new Assignment(attribute, operation, value));
    return this;
  }

  /** The assignments, in the order given. */
  public List<Assignment> assignments() {
    return List.copyOf(assignments);
  }
}
