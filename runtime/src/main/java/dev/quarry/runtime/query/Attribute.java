package dev.quarry.runtime.query;

import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.meta.Column;
import dev.quarry.runtime.meta.ModelTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A column of model {@code M} holding values of type {@code V}, as a generated constant such as
 * {@code User_.EMAIL}. It builds filters and orderings; subclasses add the operators that suit
 * the type (text matching on strings, ranges on comparables, null tests on optional columns).
 *
 * @param <M> the model
 * @param <V> the Java type of the column's values
 */
public class Attribute<M, V> {

  private final ModelTable<M> table;
  private final int index;

  /** An attribute for column {@code index} of {@code table}. */
  public Attribute(ModelTable<M> table, int index) {
    this.table = table;
    this.index = index;
  }

  /** The model's table description. */
  public final ModelTable<M> table() {
    return table;
  }

  /** The column's index among the model's columns. */
  public final int index() {
    return index;
  }

  /** The column. */
  public final Column column() {
    return table.columns().get(index);
  }

  /** {@code Model.field}, for messages. */
  public final String path() {
    return table.model() + "." + column().field();
  }

  /** Equal to {@code value}; {@code null} tests for NULL on an optional column. */
  public Filter<M> eq(V value) {
    if (value == null) {
      return nullTest(false);
    }
    return new Filter.Compare<>(this, Filter.Operator.EQ, value);
  }

  /** Equal to {@code value}, or no condition at all when {@code value} is {@code null}. */
  public Filter<M> eqIfPresent(V value) {
    return value == null ? Filter.all() : eq(value);
  }

  /** Not equal to {@code value} (SQL semantics: rows where the column is NULL do not match). */
  public Filter<M> not(V value) {
    if (value == null) {
      return nullTest(true);
    }
    return new Filter.Compare<>(this, Filter.Operator.NE, value);
  }

  /** One of {@code values}; no row matches an empty collection. */
  public Filter<M> in(Collection<? extends V> values) {
    return new Filter.In<>(this, false, checked(values));
  }

  /** One of {@code values}. */
  @SafeVarargs
  public final Filter<M> in(V... values) {
    java.util.List<V> list = new java.util.ArrayList<>();
    for (var item : values) {
      list.add(item);
    }
    return in(list);
  }

  /** None of {@code values}; every row matches an empty collection. */
  public Filter<M> notIn(Collection<? extends V> values) {
    return new Filter.In<>(this, true, checked(values));
  }

  /** None of {@code values}. */
  @SafeVarargs
  public final Filter<M> notIn(V... values) {
    java.util.List<V> list = new java.util.ArrayList<>();
    for (var item : values) {
      list.add(item);
    }
    return notIn(list);
  }

  /** Ascending order (NULLs last, as PostgreSQL does). */
  public Order.ByColumn<M> asc() {
    return new Order.ByColumn<>(this, false, Order.Nulls.DEFAULT);
  }

  /** Descending order (NULLs first, as PostgreSQL does). */
  public Order.ByColumn<M> desc() {
    return new Order.ByColumn<>(this, true, Order.Nulls.DEFAULT);
  }

  /** {@code this}, for the default methods of {@link Nullable}. */
  public final Attribute<M, V> attribute() {
    return this;
  }

  Filter<M> nullTest(boolean negated) {
    if (!column().nullable()) {
      throw new InvalidValueException(path() + " is required and never NULL: compare it with a value.");
    }
    return new Filter.IsNull<>(this, negated);
  }

  /** Refuses a {@code null} operand, naming the field. */
  final <T> T require(T value, String operator) {
    if (value == null) {
      throw new InvalidValueException(path() + "." + operator + "(null): give a value"
          + (column().nullable() ? ", or use isNull()." : "."));
    }
    return value;
  }

  private List<Object> checked(Collection<? extends V> values) {
    List<Object> list = new ArrayList<>(values.size());
    for (V value : values) {
      list.add(require(value, "in"));
    }
    return list;
  }

  @Override
  public String toString() {
    return path();
  }

  /**
   * The null tests, only on optional columns: a required column's attribute does not have them.
   *
   * @param <M> the model
   */
  public interface Nullable<M> {
    /** This attribute. */
    Attribute<M, ?> attribute();

    /** The column is NULL. */
    default Filter<M> isNull() {
      return attribute().nullTest(false);
    }

    /** The column is not NULL. */
    default Filter<M> isNotNull() {
      return attribute().nullTest(true);
    }
  }
}
