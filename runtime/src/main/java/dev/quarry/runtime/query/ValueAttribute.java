package dev.quarry.runtime.query;

import dev.quarry.runtime.meta.ModelTable;

/**
 * A column compared only for equality: UUIDs, enums, bytes and JSON.
 *
 * @param <M> the model
 * @param <V> the value type
 */
public class ValueAttribute<M, V> extends Attribute<M, V> {

  /** An attribute for column {@code index} of {@code table}. */
  public ValueAttribute(ModelTable<M> table, int index) {
    super(table, index);
  }

  /**
   * The optional form.
   *
   * @param <M> the model
   * @param <V> the value type
   */
  public static final class Optional<M, V> extends ValueAttribute<M, V> implements Attribute.Nullable<M> {
    /** An attribute for column {@code index} of {@code table}. */
    public Optional(ModelTable<M> table, int index) {
      super(table, index);
    }
  }
}
