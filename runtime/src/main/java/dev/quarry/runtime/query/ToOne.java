package dev.quarry.runtime.query;

import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.meta.RelationLink;
import java.util.function.Consumer;

/**
 * A relation field holding a single related model, as a generated constant such as
 * {@code Post_.AUTHOR}.
 *
 * @param <M> the model that declares the field
 * @param <R> the related model
 */
public class ToOne<M, R> {

  private final ModelTable<M> table;
  private final int index;

  /** The relation {@code index} of {@code table}. */
  public ToOne(ModelTable<M> table, int index) {
    this.table = table;
    this.index = index;
  }

  /** The link to the related rows. */
  public final RelationLink link() {
    return table.relations().get(index);
  }

  /** The related row exists and matches {@code filter}. */
  public Filter<M> is(Filter<R> filter) {
    return new Filter.Related<>(link(), Filter.Quantifier.SOME, filter);
  }

  /** The related row does not match {@code filter} (or there is none). */
  public Filter<M> isNot(Filter<R> filter) {
    return new Filter.Related<>(link(), Filter.Quantifier.NONE, filter);
  }

  /** Orders by an ordering of the related row. */
  public Order<M> orderBy(Order<R> order) {
    return new Order.ByRelated<>(link(), order);
  }

  /** Loads the related row with the query's results. */
  public Include<M> include() {
    return new Include<>(link(), new Query<R>());
  }

  /** Loads the related row, and relations of it that {@code nested} includes. */
  public Include<M> include(Consumer<Query<R>> nested) {
    Query<R> query = new Query<>();
    nested.accept(query);
    return new Include<>(link(), query);
  }

  /**
   * An optional single relation, which may be tested for absence.
   *
   * @param <M> the model that declares the field
   * @param <R> the related model
   */
  public static final class Optional<M, R> extends ToOne<M, R> {
    /** The relation {@code index} of {@code table}. */
    public Optional(ModelTable<M> table, int index) {
      super(table, index);
    }

    /** There is no related row. */
    public Filter<M> isNull() {
      return new Filter.Related<>(link(), Filter.Quantifier.NONE, null);
    }

    /** There is a related row. */
    public Filter<M> isNotNull() {
      return new Filter.Related<>(link(), Filter.Quantifier.SOME, null);
    }
  }
}
