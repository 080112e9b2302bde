package dev.quarry.runtime.query;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code findMany} and friends read: filter, order, page, fields and included relations.
 * Filled in by a lambda ({@code q -> q.where(...).orderBy(...).take(10)}).
 *
 * @param <M> the model queried
 */
public final class Query<M> {

  private Filter<M> where = Filter.all();
  private DeletedRows deletedRows = DeletedRows.EXCLUDE;
  private final List<Order<M>> orderBy = new ArrayList<>();
  private Integer skip;
  private Integer take;
  private UniqueWhere<M> cursor;
  private final List<Attribute<M, ?>> distinct = new ArrayList<>();
  private final List<Attribute<M, ?>> select = new ArrayList<>();
  private final List<Attribute<M, ?>> omit = new ArrayList<>();
  private final List<Include<M>> includes = new ArrayList<>();

  /** A query for every row, in no particular order; a repository's lambdas receive one to narrow. */
  public Query() {}

  /** Only rows that match {@code filter}; several calls combine with AND. */
  public Query<M> where(Filter<M> filter) {
    where = where.and(filter);
    return this;
  }

  /** Applies {@code filter} only when {@code condition} holds. */
  public Query<M> whereIf(boolean condition, Filter<M> filter) {
    return condition ? where(filter) : this;
  }

  /** Orders by these orderings, the first one first; several calls append. */
  @SafeVarargs
  public final Query<M> orderBy(Order<M>... orders) {
    for (var item : orders) {
      orderBy.add(item);
    }
    return this;
  }

  /** Leaves out the first {@code count} rows. */
  public Query<M> skip(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("skip(" + count + "): give zero or more");
    }
    skip = count;
    return this;
  }

  /** Reads at most {@code count} rows. */
  public Query<M> take(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("take(" + count + "): give zero or more");
    }
    take = count;
    return this;
  }

  /**
   * Starts at the row identified by {@code where} (included, as in Prisma; {@code skip(1)} leaves
   * it out) in the query's order: keyset pagination. The order must be by columns of this model,
   * all ascending or all descending.
   */
  public Query<M> cursor(UniqueWhere<M> where) {
    cursor = where;
    return this;
  }

  /** One row per distinct combination of these columns (the first in the query's order). */
  @SafeVarargs
  public final Query<M> distinct(Attribute<M, ?>... attributes) {
    for (var item : attributes) {
      distinct.add(item);
    }
    return this;
  }

  /** Reads only these columns; the others are {@code null} (zero for primitives). */
  @SafeVarargs
  public final Query<M> select(Attribute<M, ?>... attributes) {
    for (var item : attributes) {
      select.add(item);
    }
    return this;
  }

  /** Reads every column but these; they are {@code null} (zero for primitives). */
  @SafeVarargs
  public final Query<M> omit(Attribute<M, ?>... attributes) {
    for (var item : attributes) {
      omit.add(item);
    }
    return this;
  }

  /** Loads these relations with the results. */
  @SafeVarargs
  public final Query<M> include(Include<M>... relations) {
    for (var item : relations) {
      includes.add(item);
    }
    return this;
  }


  /** Sees soft-deleted rows too (a model with {@code @SoftDelete}); without it, reads leave them out. */
  public Query<M> withDeleted() {
    deletedRows = DeletedRows.INCLUDE;
    return this;
  }

  /** Sees soft-deleted rows only (a model with {@code @SoftDelete}): a trash view. */
  public Query<M> onlyDeleted() {
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

  /** The orderings. */
  public List<Order<M>> orderBy() {
    return List.copyOf(orderBy);
  }

  /** Rows to skip, or {@code null}. */
  public Integer skip() {
    return skip;
  }

  /** Rows to take, or {@code null}. */
  public Integer take() {
    return take;
  }

  /** The cursor, or {@code null}. */
  public UniqueWhere<M> cursor() {
    return cursor;
  }

  /** The distinct columns. */
  public List<Attribute<M, ?>> distinct() {
    return List.copyOf(distinct);
  }

  /** The selected columns (empty: all). */
  public List<Attribute<M, ?>> select() {
    return List.copyOf(select);
  }

  /** The omitted columns. */
  public List<Attribute<M, ?>> omit() {
    return List.copyOf(omit);
  }

  /** The included relations. */
  public List<Include<M>> includes() {
    return List.copyOf(includes);
  }
}
