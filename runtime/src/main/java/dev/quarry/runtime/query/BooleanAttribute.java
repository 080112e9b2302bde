package dev.quarry.runtime.query;

import dev.quarry.runtime.meta.ModelTable;

/**
 * A boolean column.
 *
 * @param <M> the model
 */
public class BooleanAttribute<M> extends Attribute<M, Boolean> {

  /** An attribute for column {@code index} of {@code table}. */
  public BooleanAttribute(ModelTable<M> table, int index) {
    super(table, index);
  }

  /** The column is true. */
  public Filter<M> isTrue() {
    return eq(Boolean.TRUE);
  }

  /** The column is false. */
  public Filter<M> isFalse() {
    return eq(Boolean.FALSE);
  }

  /**
   * The optional form.
   *
   * @param <M> the model
   */
  public static final class Optional<M> extends BooleanAttribute<M> implements Attribute.Nullable<M> {
    /** An attribute for column {@code index} of {@code table}. */
    public Optional(ModelTable<M> table, int index) {
      super(table, index);
    }
  }
}
