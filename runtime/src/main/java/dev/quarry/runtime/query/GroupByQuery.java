package dev.quarry.runtime.query;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code groupBy} computes per group, which groups it keeps and in what order.
 *
 * @param <M> the model
 */
public final class GroupByQuery<M> extends AggregateQuery<M> {

  /**
   * An ordering of groups: by a grouped column or by an aggregate.
   *
   * @param <M> the model
   * @param attribute the grouped column, or {@code null}
   * @param aggregation the aggregate, or {@code null}
   * @param descending whether larger values come first
   */
  public record GroupOrder<M>(Attribute<M, ?> attribute, Aggregation<M> aggregation, boolean descending) {}

  private final List<Aggregation.Having<M>> having = new ArrayList<>();
  private final List<GroupOrder<M>> orderBy = new ArrayList<>();
  private Integer skip;
  private Integer take;

  /** Groups of every row, no aggregate or ordering asked for yet. */
  public GroupByQuery() {}

  @Override
  public GroupByQuery<M> where(Filter<M> filter) {
    super.where(filter);
    return this;
  }

  @Override
  public GroupByQuery<M> count() {
    super.count();
    return this;
  }

  @Override
  public GroupByQuery<M> sum(NumberAttribute<M, ?> attribute) {
    super.sum(attribute);
    return this;
  }

  @Override
  public GroupByQuery<M> avg(NumberAttribute<M, ?> attribute) {
    super.avg(attribute);
    return this;
  }

  @Override
  public GroupByQuery<M> min(Attribute<M, ?> attribute) {
    super.min(attribute);
    return this;
  }

  @Override
  public GroupByQuery<M> max(Attribute<M, ?> attribute) {
    super.max(attribute);
    return this;
  }

  @Override
  public GroupByQuery<M> withDeleted() {
    super.withDeleted();
    return this;
  }

  @Override
  public GroupByQuery<M> onlyDeleted() {
    super.onlyDeleted();
    return this;
  }

  /** Keeps only groups whose aggregate satisfies the condition; several calls combine with AND. */
  public GroupByQuery<M> having(Aggregation.Having<M> condition) {
    having.add(condition);
    return this;
  }

  /** Orders groups by a grouped column, ascending. */
  public GroupByQuery<M> orderBy(Attribute<M, ?> attribute) {
    orderBy.add(new GroupOrder<>(attribute, null, false));
    return this;
  }

  /** Orders groups by a grouped column, descending. */
  public GroupByQuery<M> orderByDescending(Attribute<M, ?> attribute) {
    orderBy.add(new GroupOrder<>(attribute, null, true));
    return this;
  }

  /** Orders groups by an aggregate, ascending. */
  public GroupByQuery<M> orderBy(Aggregation<M> aggregation) {
    orderBy.add(new GroupOrder<>(null, aggregation, false));
    return this;
  }

  /** Orders groups by an aggregate, descending: {@code g.count().orderByDescending(Aggregation.count())}. */
  public GroupByQuery<M> orderByDescending(Aggregation<M> aggregation) {
    orderBy.add(new GroupOrder<>(null, aggregation, true));
    return this;
  }

  /** Leaves out the first {@code count} groups. */
  public GroupByQuery<M> skip(int count) {
    skip = count;
    return this;
  }

  /** Keeps at most {@code count} groups. */
  public GroupByQuery<M> take(int count) {
    take = count;
    return this;
  }

  /** The conditions on groups. */
  public List<Aggregation.Having<M>> having() {
    return List.copyOf(having);
  }

  /** The group orderings. */
  public List<GroupOrder<M>> orderBy() {
    return List.copyOf(orderBy);
  }

  /** Groups to skip, or {@code null}. */
  public Integer skip() {
    return skip;
  }

  /** Groups to take, or {@code null}. */
  public Integer take() {
    return take;
  }
}
