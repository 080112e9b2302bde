package dev.quarry.runtime.query;

import dev.quarry.runtime.meta.ModelTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A scalar list column (a PostgreSQL array).
 *
 * @param <M> the model
 * @param <E> the element type
 */
public class ListAttribute<M, E> extends Attribute<M, List<E>> {

  /** An attribute for column {@code index} of {@code table}. */
  public ListAttribute(ModelTable<M> table, int index) {
    super(table, index);
  }

  /** The list contains {@code value}. */
  public Filter<M> has(E value) {
    return new Filter.ListCondition<>(this, Filter.ListOperator.HAS, List.of(require(value, "has")));
  }

  /** The list contains every one of {@code values}. */
  public Filter<M> hasEvery(Collection<? extends E> values) {
    return new Filter.ListCondition<>(this, Filter.ListOperator.HAS_EVERY, new ArrayList<>(values));
  }

  /** The list contains at least one of {@code values}. */
  public Filter<M> hasSome(Collection<? extends E> values) {
    return new Filter.ListCondition<>(this, Filter.ListOperator.HAS_SOME, new ArrayList<>(values));
  }

  /** The list is empty. */
  public Filter<M> isEmpty() {
    return new Filter.ListCondition<>(this, Filter.ListOperator.IS_EMPTY, List.of());
  }

  /**
   * The optional form: a nullable array column (as Prisma makes scalar lists), which can also be
   * tested for {@code null}.
   *
   * @param <M> the model
   * @param <E> the element type
   */
  public static final class Optional<M, E> extends ListAttribute<M, E> implements Attribute.Nullable<M> {
    /** An attribute for column {@code index} of {@code table}. */
    public Optional(ModelTable<M> table, int index) {
      super(table, index);
    }
  }
}
