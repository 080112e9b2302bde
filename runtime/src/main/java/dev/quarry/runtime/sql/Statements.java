package dev.quarry.runtime.sql;

import static org.jooq.impl.DSL.asterisk;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;

import dev.quarry.runtime.meta.Column;
import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.meta.UniqueKey;
import dev.quarry.runtime.meta.RelationLink;
import dev.quarry.runtime.query.Aggregation;
import dev.quarry.runtime.query.Attribute;
import dev.quarry.runtime.query.DeletedRows;
import dev.quarry.runtime.query.Filter;
import dev.quarry.runtime.query.GroupByQuery;
import dev.quarry.runtime.query.Order;
import dev.quarry.runtime.query.Query;
import dev.quarry.runtime.query.Update;
import dev.quarry.schema.ScalarType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Name;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SelectQuery;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Renders every statement the client runs. Each method returns the SQL (rendered once per shape
 * and cached) with its values in placeholder order.
 */
public final class Statements {

  static {
    // Before any jOOQ class can print its banner.
    Jooq.quiet();
  }

  /** The result column that carries a related row's parent key, in include queries. */
  public static final String PARENT_KEY = "quarry_parent_key";

  private final StatementCache cache = new StatementCache();

  /** The cache of rendered shapes. */
  public StatementCache cache() {
    return cache;
  }

  /** A bind for column {@code index} of {@code table}. */
  public static Bind bind(ModelTable<?> table, int index, Object value) {
    return Bind.of(table, index, value);
  }


  /**
   * {@code select} of the given columns (in this order) and relation counts (after them) of the
   * rows a query describes.
   */
  public <M> Prepared select(ModelTable<M> table, Query<M> query, int[] columns, List<RelationLink> counts) {
    SqlBuilder sql = new SqlBuilder().shape("select").shape(table.model());
    String alias = sql.alias();
    shapeColumns(sql, columns);
    List<Supplier<Field<Integer>>> countFields = new ArrayList<>(counts.size());
    for (RelationLink link : counts) {
      sql.shape("count").shape(link.field());
      countFields.add(Orderings.relationCount(sql, link, table, alias));
    }
    Supplier<Condition> where = Conditions.where(sql, query.where(), table, alias);
    Supplier<Condition> live = Conditions.deleted(sql, table, alias, query.deletedRows());
    List<Order<M>> orders = new ArrayList<>();
    List<Column> distinct = new ArrayList<>();
    if (!query.distinct().isEmpty()) {
      sql.shape("distinct");
      for (Attribute<M, ?> attribute : query.distinct()) {
        sql.shape(attribute.index());
        distinct.add(attribute.column());
        orders.add(attribute.asc());
      }
    }
    orders.addAll(query.orderBy());
    Supplier<Condition> cursor = null;
    if (query.cursor() != null) {
      orders = Cursors.withTieBreaker(orders, query.cursor());
      cursor = Cursors.condition(sql, table, alias, orders, query.cursor());
    }
    List<Supplier<SortField<?>>> sorts = new ArrayList<>(orders.size());
    for (Order<M> order : orders) {
      sorts.add(Orderings.of(sql, order, table, alias));
    }
    Page page = page(sql, query.skip(), query.take());
    Supplier<Condition> cursorCondition = cursor;
    return sql.finish(cache, () -> {
      SelectQuery<Record> select = Jooq.context().selectQuery();
      List<SelectField<?>> fields = new ArrayList<>(columnFields(table, alias, columns));
      fields.addAll(SqlBuilder.build(countFields));
      select.addSelect(fields);
      select.addFrom(Conditions.tableAs(table, alias));
      select.addConditions(where.get(), live.get());
      if (!distinct.isEmpty()) {
        select.addDistinctOn(distinct.stream().map(column -> Conditions.column(alias, column)).toList());
      }
      if (cursorCondition != null) {
        select.addConditions(cursorCondition.get());
      }
      select.addOrderBy(SqlBuilder.build(sorts));
      page.apply(select);
      return select;
    });
  }

  private static void shapeColumns(SqlBuilder sql, int[] columns) {
    for (int column : columns) {
      sql.shape(column);
    }
  }

  private static List<Field<Object>> columnFields(ModelTable<?> table, String alias, int[] columns) {
    List<Field<Object>> fields = new ArrayList<>(columns.length);
    for (int column : columns) {
      fields.add(Conditions.column(alias, table.columns().get(column)));
    }
    return fields;
  }

  /** The slots of a page's LIMIT and OFFSET values, -1 where there is none. */
  private record Page(int limit, int offset) {
    void apply(SelectQuery<?> select) {
      if (limit >= 0) {
        select.addLimit(SqlBuilder.param(limit, Integer.class));
      }
      if (offset >= 0) {
        select.addOffset(SqlBuilder.param(offset, Integer.class));
      }
    }
  }

  private static Page page(SqlBuilder sql, Integer skip, Integer take) {
    int limit = -1;
    int offset = -1;
    if (take != null) {
      sql.shape("take");
      limit = sql.slot(Bind.integer(take));
    }
    if (skip != null) {
      sql.shape("skip");
      offset = sql.slot(Bind.integer(skip));
    }
    return new Page(limit, offset);
  }

  /** {@code select count(*)} of the rows a filter matches, among the live, deleted or all rows of a soft-delete table. */
  public <M> Prepared count(ModelTable<M> table, Filter<M> where, DeletedRows rows) {
    SqlBuilder sql = new SqlBuilder().shape("count").shape(table.model());
    String alias = sql.alias();
    Supplier<Condition> condition = Conditions.where(sql, where, table, alias);
    Supplier<Condition> live = Conditions.deleted(sql, table, alias, rows);
    return sql.finish(cache, () -> DSL.select(DSL.count()).from(Conditions.tableAs(table, alias)).where(condition.get(), live.get()));
  }

  /**
   * {@code insert} of rows, each giving values for the same columns; with {@code returning}, the
   * inserted rows come back with every column in component order.
   */
  public <M> Prepared insert(ModelTable<M> table, int[] columns, List<Object[]> rows, boolean skipDuplicates, boolean returning) {
    SqlBuilder sql = new SqlBuilder().shape("insert").shape(table.model()).shape(rows.size())
        .shape(skipDuplicates).shape(returning);
    shapeColumns(sql, columns);
    if (columns.length == 0) {
      return sql.finish(cache, () -> Jooq.context().insertInto(table(name(table.table()))).defaultValues()
          .returning(returningList(table, table.table())));
    }
    bindRows(sql, table, columns, rows);
    return sql.finish(cache, () -> {
      InsertValuesStepN<Record> insert = multiRowInsert(table, columns, rows.size());
      if (skipDuplicates && returning) {
        return insert.onConflictDoNothing().returning(returningList(table, table.table()));
      } else if (skipDuplicates) {
        return insert.onConflictDoNothing();
      } else if (returning) {
        return insert.returning(returningList(table, table.table()));
      }
      return insert;
    });
  }

  /** Binds every row's values, row after row, in column order. */
  private static <M> void bindRows(SqlBuilder sql, ModelTable<M> table, int[] columns, List<Object[]> rows) {
    for (Object[] row : rows) {
      for (int i = 0; i < columns.length; i++) {
        sql.slot(bind(table, columns[i], row[i]));
      }
    }
  }

  /** {@code insert into t (columns) values (...), (...)} with a parameter per value, in the order {@link #bindRows} binds them. */
  private static InsertValuesStepN<Record> multiRowInsert(ModelTable<?> table, int[] columns, int rowCount) {
    List<Field<?>> fields = new ArrayList<>();
    for (int column : columns) {
      fields.add(field(name(table.columns().get(column).name())));
    }
    InsertValuesStepN<Record> insert = Jooq.context().insertInto(table(name(table.table())), fields);
    int slot = 0;
    for (int r = 0; r < rowCount; r++) {
      List<Field<?>> values = new ArrayList<>(columns.length);
      for (int i = 0; i < columns.length; i++) {
        values.add(SqlBuilder.param(slot++));
      }
      insert = insert.values(values);
    }
    return insert;
  }

  /**
   * {@code insert ... on conflict (key) do update set c = excluded.c, ...} of rows giving values
   * for the same columns: each row is created, or updates the row with its key (the {@code update}
   * columns take the new row's values; with none, the row is left as it is). With {@code
   * returning}, every row comes back, created or updated.
   */
  public <M> Prepared upsertMany(ModelTable<M> table, int[] columns, List<Object[]> rows, int[] key, int[] update,
      boolean returning) {
    SqlBuilder sql = new SqlBuilder().shape("upsertMany").shape(table.model()).shape(rows.size()).shape(returning);
    shapeColumns(sql, columns);
    sql.shape("key");
    shapeColumns(sql, key);
    sql.shape("update");
    shapeColumns(sql, update);
    bindRows(sql, table, columns, rows);
    return sql.finish(cache, () -> {
      InsertValuesStepN<Record> insert = multiRowInsert(table, columns, rows.size());
      List<Field<?>> conflict = new ArrayList<>();
      for (int column : key) {
        conflict.add(field(name(table.columns().get(column).name())));
      }
      Map<Field<?>, Field<?>> set = new java.util.LinkedHashMap<>();
      // With nothing to update, a no-op update still makes RETURNING give the existing row.
      for (int column : update.length > 0 ? update : new int[] {key[0]}) {
        String name = table.columns().get(column).name();
        set.put(field(name(name)), field(name("excluded", name)));
      }
      if (update.length > 0 && table.versionColumn() >= 0) {
        String version = table.columns().get(table.versionColumn()).name();
        set.put(field(name(version)), field(name(table.table(), version), Long.class).plus(DSL.inline(1)));
      }
      var upsert = insert.onConflict(conflict).where(conflictPredicate(table, key)).doUpdate().set(set);
      return returning ? upsert.returning(returningList(table, table.table())) : upsert;
    });
  }

  /**
   * The index predicate of the key an upsert matches on: for a partial unique index (among live
   * rows, or with its own condition), its condition, which PostgreSQL needs to pick the index.
   */
  private static Condition conflictPredicate(ModelTable<?> table, int[] key) {
    int[] sorted = java.util.Arrays.stream(key).sorted().toArray();
    for (UniqueKey unique : table.uniques()) {
      if (unique.where() != null && java.util.Arrays.equals(java.util.Arrays.stream(unique.columns()).sorted().toArray(), sorted)) {
        return DSL.condition(unique.where());
      }
    }
    return DSL.noCondition();
  }

  /** {@code copy "table" ("a", "b") from stdin}: the bulk load of the given columns. */
  public String copy(ModelTable<?> table, int[] columns) {
    List<Name> names = new ArrayList<>(columns.length);
    for (int column : columns) {
      names.add(name(table.columns().get(column).name()));
    }
    return "copy " + Jooq.context().render(name(table.table())) + " (" + Jooq.context().render(DSL.list(names))
        + ") from stdin";
  }

  private static List<SelectFieldOrAsterisk> returningList(ModelTable<?> table, String alias) {
    List<SelectFieldOrAsterisk> fields = new ArrayList<>();
    for (Column column : table.columns()) {
      fields.add(field(name(alias, column.name())));
    }
    return fields;
  }

  /** {@code update} of the rows a filter matches; with {@code returning}, the updated rows. */
  public <M> Prepared update(ModelTable<M> table, Filter<M> where, List<Update.Assignment> assignments, boolean returning) {
    return update(table, where, DeletedRows.EXCLUDE, assignments, returning);
  }

  /**
   * {@code update} of the rows a filter matches among the live, deleted or all rows of a
   * soft-delete table (deleting marks live rows, restoring clears deleted ones).
   */
  public <M> Prepared update(ModelTable<M> table, Filter<M> where, DeletedRows rows, List<Update.Assignment> assignments,
      boolean returning) {
    SqlBuilder sql = new SqlBuilder().shape("update").shape(table.model()).shape(returning);
    String alias = sql.alias();
    Supplier<Map<Field<?>, Field<?>>> set = assignments(sql, alias, assignments);
    Supplier<Condition> condition = Conditions.where(sql, where, table, alias);
    Supplier<Condition> live = Conditions.deleted(sql, table, alias, rows);
    return sql.finish(cache, () -> {
      var update = Jooq.context().update(Conditions.tableAs(table, alias)).set(set.get()).where(condition.get(), live.get());
      return returning ? update.returning(returningList(table, alias)) : update;
    });
  }

  private static Supplier<Map<Field<?>, Field<?>>> assignments(SqlBuilder sql, String alias, List<Update.Assignment> assignments) {
    int[] slots = new int[assignments.size()];
    for (int i = 0; i < slots.length; i++) {
      Update.Assignment assignment = assignments.get(i);
      sql.shape(assignment.operation()).shape(assignment.attribute().index());
      slots[i] = sql.slot(Conditions.bind(assignment.attribute(), assignment.value()));
    }
    return () -> {
      Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
      for (int i = 0; i < slots.length; i++) {
        Update.Assignment assignment = assignments.get(i);
        Column column = assignment.attribute().column();
        Field<Object> current = Conditions.column(alias, column);
        Field<Object> value = SqlBuilder.param(slots[i]);
        set.put(field(name(column.name())), switch (assignment.operation()) {
          case SET -> value;
          case INCREMENT -> field("({0} + {1})", Object.class, current, value);
          case DECREMENT -> field("({0} - {1})", Object.class, current, value);
          case MULTIPLY -> field("({0} * {1})", Object.class, current, value);
          case DIVIDE -> field("({0} / {1})", Object.class, current, value);
        });
      }
      return set;
    };
  }

  /** {@code delete} of the rows a filter matches; with {@code returning}, the deleted rows. */
  public <M> Prepared delete(ModelTable<M> table, Filter<M> where, boolean returning) {
    SqlBuilder sql = new SqlBuilder().shape("delete").shape(table.model()).shape(returning);
    String alias = sql.alias();
    Supplier<Condition> condition = Conditions.where(sql, where, table, alias);
    return sql.finish(cache, () -> {
      var delete = Jooq.context().deleteFrom(Conditions.tableAs(table, alias)).where(condition.get());
      return returning ? delete.returning(returningList(table, alias)) : delete;
    });
  }

  /**
   * {@code insert ... on conflict (key) do update}: creates the row, or applies {@code assignments}
   * to the one with the same key; returns the row either way.
   */
  public <M> Prepared upsert(ModelTable<M> table, int[] key, int[] columns, Object[] values, List<Update.Assignment> assignments) {
    SqlBuilder sql = new SqlBuilder().shape("upsert").shape(table.model());
    String alias = sql.alias();
    int[] slots = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      sql.shape(columns[i]);
      slots[i] = sql.slot(bind(table, columns[i], values[i]));
    }
    sql.shape("key");
    shapeColumns(sql, key);
    Supplier<Map<Field<?>, Field<?>>> assigned = assignments(sql, alias, assignments);
    return sql.finish(cache, () -> {
      List<Field<?>> fields = new ArrayList<>();
      List<Field<?>> params = new ArrayList<>();
      for (int i = 0; i < columns.length; i++) {
        fields.add(field(name(table.columns().get(columns[i]).name())));
        params.add(SqlBuilder.param(slots[i]));
      }
      List<Field<?>> conflict = new ArrayList<>();
      for (int column : key) {
        conflict.add(field(name(table.columns().get(column).name())));
      }
      Map<Field<?>, Field<?>> set = assigned.get();
      if (set.isEmpty()) {
        // A no-op update, so that RETURNING gives the existing row.
        String first = table.columns().get(key[0]).name();
        set.put(field(name(first)), field(name("excluded", first)));
      }
      return Jooq.context().insertInto(table(name(table.table())).as(alias), fields).values(params)
          .onConflict(conflict).where(conflictPredicate(table, key)).doUpdate().set(set).returning(returningList(table, alias));
    });
  }

  /**
   * The related rows of a relation for a batch of parents, in one statement: every column of the
   * related model in component order, then, across a join table (whose rows hold the parent key,
   * not the related row), the parent key as {@value #PARENT_KEY}0.
   *
   * @param link the relation followed
   * @param parent the model whose rows are the parents
   * @param keys the parents' keys: values for one column, or {@code Object[]} for several
   * @param query the filter, order, skip and take of the related rows (skip and take per parent)
   */
  public Prepared related(RelationLink link, ModelTable<?> parent, List<Object> keys, Query<?> query) {
    ModelTable<?> target = link.target().get();
    SqlBuilder sql = new SqlBuilder().shape("related").shape(parent.model()).shape(link.field());
    String alias = sql.alias();
    Supplier<Condition> keyCondition = keyCondition(sql, parent, link, target, alias, keys);
    Supplier<Condition> filter = conditionOf(sql, query, target, alias);
    Supplier<Condition> live = Conditions.deleted(sql, target, alias, query.deletedRows());
    Supplier<Condition> where = () -> filter.get().and(live.get());
    List<Supplier<SortField<?>>> sorts = new ArrayList<>();
    for (Order<?> order : query.orderBy()) {
      sorts.add(Orderings.of(sql, order, target, alias));
    }
    if (query.skip() == null && query.take() == null) {
      return sql.finish(cache, () -> DSL.select(relatedFields(link, target, alias)).from(Relations.source(link, target, alias))
          .where(keyCondition.get(), where.get()).orderBy(SqlBuilder.build(sorts)));
    }
    // Page per parent: number the related rows of each parent, keep the window asked for.
    sql.shape("window");
    int skip = query.skip() == null ? 0 : query.skip();
    int after = sql.slot(Bind.integer(skip));
    int upTo = query.take() == null ? -1 : sql.slot(Bind.integer(skip + query.take()));
    return sql.finish(cache, () -> {
      List<SelectField<?>> fields = relatedFields(link, target, alias);
      List<SortField<?>> orders = SqlBuilder.build(sorts);
      fields.add(rowNumber().over().partitionBy(Relations.relatedKey(link, target, alias)).orderBy(orders).as("quarry_row"));
      Table<?> numbered = DSL.select(fields).from(Relations.source(link, target, alias))
          .where(keyCondition.get(), where.get()).asTable("numbered");
      Field<Integer> row = field(name("numbered", "quarry_row"), Integer.class);
      List<Condition> window = new ArrayList<>();
      window.add(row.gt(SqlBuilder.param(after, Integer.class)));
      if (upTo >= 0) {
        window.add(row.le(SqlBuilder.param(upTo, Integer.class)));
      }
      return DSL.select(asterisk()).from(numbered).where(window).orderBy(row);
    });
  }

  /** Every column of the related model, then its parent key columns. */
  private static List<SelectField<?>> relatedFields(RelationLink link, ModelTable<?> target, String alias) {
    List<SelectField<?>> fields = new ArrayList<>(returningFields(target, alias));
    if (link.kind() != RelationLink.Kind.MANY_TO_MANY) {
      // The related row holds its parent's key itself.
      return fields;
    }
    List<Field<Object>> key = Relations.relatedKey(link, target, alias);
    for (int i = 0; i < key.size(); i++) {
      fields.add(key.get(i).as(PARENT_KEY + i));
    }
    return fields;
  }

  @SuppressWarnings("unchecked")
  private static Supplier<Condition> conditionOf(SqlBuilder sql, Query<?> query, ModelTable<?> target, String alias) {
    return Conditions.where(sql, (Filter<Object>) query.where(), target, alias);
  }

  private static List<Field<?>> returningFields(ModelTable<?> table, String alias) {
    List<Field<?>> fields = new ArrayList<>();
    for (Column column : table.columns()) {
      fields.add(Conditions.column(alias, column));
    }
    return fields;
  }

  private static Supplier<Condition> keyCondition(SqlBuilder sql, ModelTable<?> parent, RelationLink link, ModelTable<?> target, String alias,
      List<Object> keys) {
    int[] local = link.localColumns();
    if (local.length == 1) {
      int slot = sql.slot(arrayBind(parent, local[0], keys));
      return () -> condition("{0} = any({1})", Relations.relatedKey(link, target, alias).get(0), SqlBuilder.param(slot));
    }
    // Several key columns: compare rows with the unnested arrays of each part.
    int[] slots = new int[local.length];
    for (int i = 0; i < local.length; i++) {
      List<Object> part = new ArrayList<>();
      for (Object tuple : keys) {
        part.add(((Object[]) tuple)[i]);
      }
      slots[i] = sql.slot(arrayBind(parent, local[i], part));
    }
    return () -> {
      List<Field<?>> arrays = new ArrayList<>();
      for (int slot : slots) {
        arrays.add(SqlBuilder.param(slot));
      }
      String placeholders = String.join(", ", IntStream.range(0, arrays.size()).mapToObj(i -> "{" + i + "}").toList());
      return row(Relations.relatedKey(link, target, alias))
          .in(DSL.select(asterisk()).from(table("unnest(" + placeholders + ")", arrays.toArray(QueryPart[]::new))));
    };
  }

  private static Bind arrayBind(ModelTable<?> table, int column, List<Object> values) {
    Column c = table.columns().get(column);
    return new Bind(values, c.type(), true, c.codec(), table.model() + "." + c.field(), c.nativeType());
  }

  /** Inserts pairs into a many-to-many join table, ignoring pairs already there. */
  public Prepared link(RelationLink link, ModelTable<?> table, Object local, Object target) {
    SqlBuilder sql = new SqlBuilder().shape("link").shape(table.model()).shape(link.field());
    ModelTable<?> other = link.target().get();
    int localSlot = sql.slot(bind(table, link.localColumns()[0], local));
    int targetSlot = sql.slot(bind(other, link.targetColumns()[0], target));
    return sql.finish(cache, () -> Jooq.context()
        .insertInto(table(name(link.joinTable())), field(name(link.joinLocal())), field(name(link.joinTarget())))
        .values(SqlBuilder.param(localSlot), SqlBuilder.param(targetSlot))
        .onConflictDoNothing());
  }

  /** {@code select <aggregates> from ... where ...}, one column per aggregate in order. */
  public <M> Prepared aggregate(ModelTable<M> table, Filter<M> where, DeletedRows rows, List<Aggregation<M>> aggregations) {
    SqlBuilder sql = new SqlBuilder().shape("aggregate").shape(table.model());
    String alias = sql.alias();
    for (Aggregation<M> aggregation : aggregations) {
      shapeAggregate(sql, aggregation);
    }
    Supplier<Condition> filter = Conditions.where(sql, where, table, alias);
    Supplier<Condition> live = Conditions.deleted(sql, table, alias, rows);
    Supplier<Condition> condition = () -> filter.get().and(live.get());
    return sql.finish(cache, () -> {
      List<SelectField<?>> fields = new ArrayList<>();
      for (Aggregation<M> aggregation : aggregations) {
        fields.add(aggregate(aggregation, alias));
      }
      return DSL.select(fields).from(Conditions.tableAs(table, alias)).where(condition.get());
    });
  }

  /**
   * {@code select <by>, <aggregates> ... group by <by> having ... order by ...}: the grouped
   * columns first, then one column per aggregate.
   */
  public <M> Prepared groupBy(ModelTable<M> table, List<Attribute<M, ?>> by, GroupByQuery<M> query) {
    SqlBuilder sql = new SqlBuilder().shape("groupBy").shape(table.model());
    String alias = sql.alias();
    for (Attribute<M, ?> attribute : by) {
      sql.shape(attribute.index());
    }
    for (Aggregation<M> aggregation : query.aggregations()) {
      shapeAggregate(sql, aggregation);
    }
    Supplier<Condition> filter = Conditions.where(sql, query.where(), table, alias);
    Supplier<Condition> live = Conditions.deleted(sql, table, alias, query.deletedRows());
    Supplier<Condition> where = () -> filter.get().and(live.get());
    int[] havingSlots = new int[query.having().size()];
    for (int i = 0; i < havingSlots.length; i++) {
      Aggregation.Having<M> having = query.having().get(i);
      shapeAggregate(sql, having.aggregation());
      sql.shape(having.operator());
      havingSlots[i] = sql.slot(new Bind(having.value(), ScalarType.DECIMAL, false, null, null));
    }
    for (GroupByQuery.GroupOrder<M> order : query.orderBy()) {
      sql.shape("o").shape(order.descending());
      if (order.attribute() != null) {
        sql.shape(order.attribute().index());
      } else {
        shapeAggregate(sql, order.aggregation());
      }
    }
    Page page = page(sql, query.skip(), query.take());
    return sql.finish(cache, () -> {
      SelectQuery<Record> select = Jooq.context().selectQuery();
      List<Field<?>> groups = new ArrayList<>();
      for (Attribute<M, ?> attribute : by) {
        groups.add(Conditions.column(alias, attribute.column()));
      }
      select.addSelect(groups);
      for (Aggregation<M> aggregation : query.aggregations()) {
        select.addSelect(aggregate(aggregation, alias));
      }
      select.addFrom(Conditions.tableAs(table, alias));
      select.addConditions(where.get());
      select.addGroupBy(groups);
      for (int i = 0; i < havingSlots.length; i++) {
        Aggregation.Having<M> having = query.having().get(i);
        Field<Object> value = aggregate(having.aggregation(), alias).coerce(Object.class);
        Field<Object> operand = SqlBuilder.param(havingSlots[i]);
        select.addHaving(switch (having.operator()) {
          case EQ -> value.eq(operand);
          case NE -> value.ne(operand);
          case LT -> value.lt(operand);
          case LTE -> value.le(operand);
          case GT -> value.gt(operand);
          case GTE -> value.ge(operand);
        });
      }
      for (GroupByQuery.GroupOrder<M> order : query.orderBy()) {
        Field<?> key = order.attribute() != null
            ? Conditions.column(alias, order.attribute().column())
            : aggregate(order.aggregation(), alias);
        select.addOrderBy(order.descending() ? key.desc() : key.asc());
      }
      page.apply(select);
      return select;
    });
  }

  private static void shapeAggregate(SqlBuilder sql, Aggregation<?> aggregation) {
    sql.shape(aggregation.function()).shape(aggregation.attribute() == null ? "*" : aggregation.attribute().index());
  }

  private static Field<?> aggregate(Aggregation<?> aggregation, String alias) {
    if (aggregation.attribute() == null) {
      return DSL.count();
    }
    Field<Object> column = Conditions.column(alias, aggregation.attribute().column());
    Field<java.math.BigDecimal> numeric = column.coerce(java.math.BigDecimal.class);
    return switch (aggregation.function()) {
      case COUNT -> DSL.count(column);
      case SUM -> sum(numeric);
      case AVG -> avg(numeric);
      case MIN -> min(column);
      case MAX -> max(column);
    };
  }
}
