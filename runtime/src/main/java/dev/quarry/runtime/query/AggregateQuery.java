package dev.quarry.runtime.query;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code aggregate} computes, and over which rows. Filled in by a lambda
 * ({@code a -> a.where(Post_.PUBLISHED.isTrue()).count().sum(Post_.VIEWS)}).
 *
 * @param <M> the model
 */
public class AggregateQuery<M> {

  private Filter<M> where = Filter.all();
  private DeletedRows deletedRows = DeletedRows.EXCLUDE;
  private final List<Aggregation<M>> aggregations = new ArrayList<>();

  /** Aggregates over every row, none asked for yet. */
  public AggregateQuery() {}

  /** Only rows that match {@code filter}. */
  public AggregateQuery<M> where(Filter<M> filter) {
    where = where.and(filter);
    return this;
  }

  /** Counts the rows. */
  public AggregateQuery<M> count() {
    return add(Aggregation.count());
  }

  /** Sums a numeric column. */
  public AggregateQuery<M> sum(NumberAttribute<M, ?> attribute) {
    return add(Aggregation.sum(attribute));
  }

  /** Averages a numeric column. */
  public AggregateQuery<M> avg(NumberAttribute<M, ?> attribute) {
    return add(Aggregation.avg(attribute));
  }

  /** The least value of a column. */
  public AggregateQuery<M> min(Attribute<M, ?> attribute) {
    return add(Aggregation.min(attribute));
  }

  /** The greatest value of a column. */
  public AggregateQuery<M> max(Attribute<M, ?> attribute) {
    return add(Aggregation.max(attribute));
  }

  /** Adds aggregates. */
  @SafeVarargs
  public final AggregateQuery<M> aggregate(Aggregation<M>... more) {
    for (var item : more) {
      aggregations.add(item);
    }
    return this;
  }

  private AggregateQuery<M> add(Aggregation<M> aggregation) {
    if (!aggregations.contains(aggregation)) {
      aggregations.add(aggregation);
    }
    return this;
  }


  /** Sees soft-deleted rows too (a model with {@code @SoftDelete}); without it, reads leave them out. */
  public AggregateQuery<M> withDeleted() {
    deletedRows = DeletedRows.INCLUDE;
    return this;
  }

  /** Sees soft-deleted rows only (a model with {@code @SoftDelete}): a trash view. */
  public AggregateQuery<M> onlyDeleted() {
    deletedRows = DeletedRows.ONLY;
    return this;
  }

  /** Which soft-deleted rows the read sees. */
  public DeletedRows deletedRows() {
    return deletedRows;
  }

  /** The filter. */
  public Filter<M> where() {
    return where;
  }

  /** The aggregates, in the order asked. */
  public List<Aggregation<M>> aggregations() {
    return List.copyOf(aggregations);
  }
}
