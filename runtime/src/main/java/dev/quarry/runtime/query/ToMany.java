package dev.quarry.runtime.query;

import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.meta.RelationLink;
import java.util.function.Consumer;

/**
 * A relation field holding a list of related models, as a generated constant such as
 * {@code User_.POSTS}.
 *
 * @param <M> the model that declares the field
 * @param <R> the related model
 */
public final class ToMany<M, R> {

  private final ModelTable<M> table;
  private final int index;

  /** The relation {@code index} of {@code table}. */
  public ToMany(ModelTable<M> table, int index) {
    this.table = table;
    this.index = index;
  }

  /** The link to the related rows. */
  public RelationLink link() {
    return table.relations().get(index);
  }

  /** At least one related row matches {@code filter}. */
  public Filter<M> some(Filter<R> filter) {
    return new Filter.Related<>(link(), Filter.Quantifier.SOME, filter);
  }

  /** Every related row matches {@code filter} (true when there are none). */
  public Filter<M> every(Filter<R> filter) {
    return new Filter.Related<>(link(), Filter.Quantifier.EVERY, filter);
  }

  /** No related row matches {@code filter}. */
  public Filter<M> none(Filter<R> filter) {
    return new Filter.Related<>(link(), Filter.Quantifier.NONE, filter);
  }

  /** Fewest related rows first. */
  public Order<M> countAsc() {
    return new Order.ByCount<>(link(), false);
  }

  /** Most related rows first. */
  public Order<M> countDesc() {
    return new Order.ByCount<>(link(), true);
  }

  /** Loads the related rows with the query's results. */
  public Include<M> include() {
    return new Include<>(link(), new Query<R>());
  }

  /** Loads the related rows that {@code query} selects: filter, order, skip, take, nested includes. */
  public Include<M> include(Consumer<Query<R>> query) {
    Query<R> spec = new Query<>();
    query.accept(spec);
    return new Include<>(link(), spec);
  }
}
