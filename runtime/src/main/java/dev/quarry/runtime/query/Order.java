package dev.quarry.runtime.query;

import dev.quarry.runtime.meta.RelationLink;

/**
 * An ordering of rows of model {@code M}: by a column ({@code User_.NAME.asc().nullsLast()}), by a
 * column of a related model ({@code Post_.AUTHOR.orderBy(User_.NAME.asc())}), or by the number of
 * related rows ({@code User_.POSTS.countDesc()}).
 *
 * @param <M> the model
 */
public sealed interface Order<M> permits Order.ByColumn, Order.ByRelated, Order.ByCount {

  /** Where NULLs go. */
  enum Nulls {
    /** PostgreSQL's default: last when ascending, first when descending. */
    DEFAULT,
    /** Before every value. */
    FIRST,
    /** After every value. */
    LAST
  }

  /** By a column of the model. */
  record ByColumn<M>(Attribute<M, ?> attribute, boolean descending, Nulls nulls) implements Order<M> {
    /** NULLs before every value. */
    public ByColumn<M> nullsFirst() {
      return new ByColumn<>(attribute, descending, Nulls.FIRST);
    }

    /** NULLs after every value. */
    public ByColumn<M> nullsLast() {
      return new ByColumn<>(attribute, descending, Nulls.LAST);
    }
  }

  /** By an ordering of the single related row. */
  record ByRelated<M>(RelationLink link, Order<?> order) implements Order<M> {}

  /** By the number of related rows. */
  record ByCount<M>(RelationLink link, boolean descending) implements Order<M> {}
}
