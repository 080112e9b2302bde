package dev.quarry.runtime.query;

import dev.quarry.runtime.meta.ModelTable;

/**
 * A numeric column; besides comparisons it takes atomic arithmetic in updates.
 *
 * @param <M> the model
 * @param <V> the number type
 */
public class NumberAttribute<M, V extends Number & Comparable<? super V>> extends ComparableAttribute<M, V> {

  /** An attribute for column {@code index} of {@code table}. */
  public NumberAttribute(ModelTable<M> table, int index) {
    super(table, index);
  }

  /**
   * The optional form.
   *
   * @param <M> the model
   * @param <V> the number type
   */
  public static final class Optional<M, V extends Number & Comparable<? super V>> extends NumberAttribute<M, V>
      implements Attribute.Nullable<M> {
    /** An attribute for column {@code index} of {@code table}. */
    public Optional(ModelTable<M> table, int index) {
      super(table, index);
    }
  }
}
