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

import dev.quarry.runtime.client.Aggregation;
import dev.quarry.runtime.client.Attribute;
import dev.quarry.runtime.client.Column;
import dev.quarry.runtime.client.Filter;
import dev.quarry.runtime.client.GroupByQuery;
import dev.quarry.runtime.client.ModelTable;
import dev.quarry.runtime.client.Order;
import dev.quarry.runtime.client.Query;
import dev.quarry.runtime.client.RelationLink;
import dev.quarry.runtime.client.Update;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
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

  /** The result column that carries a related row's parent key, in include queries. */
  public static final String PARENT_KEY = "quarry_parent_key";

  private final StatementCache cache = new StatementCache();

  /** The cache of rendered shapes. */
  public StatementCache cache() {
    return cache;
  }

  /** A bind for column {@code index} of {@code table}. */
  public static Bind bind(ModelTable<?> table, int index, Object value) {
    Column column = table.columns().get(index);
    return new Bind(value, column.type(), column.list(), column.codec(), table.model() + "." + column.field());
  }

  /**
   * {@code select} of the given columns (in this order) and relation counts (after them) of the
   * rows a query describes.
   */
  public <M> Prepared select(ModelTable<M> table, Query<M> query, int[] columns, List<RelationLink> counts) {
    SqlBuilder sql = new SqlBuilder().shape("select").shape(table.model());
    String alias = sql.alias();
    List<SelectField<?>> fields = selectList(sql, table, alias, columns);
    for (RelationLink link : counts) {
      sql.shape("count").shape(link.field());
      fields.add(Orderings.relationCount(sql, link, table, alias));
    }
    SelectQuery<Record> select = SqlBuilder.DSL_CONTEXT.selectQuery();
    select.addSelect(fields);
    select.addFrom(Conditions.tableAs(table, alias));
    select.addConditions(Conditions.of(sql, query.where(), table, alias));
    List<Order<M>> orders = new ArrayList<>();
    if (!query.distinct().isEmpty()) {
      sql.shape("distinct");
      List<Field<?>> on = new ArrayList<>();
      for (Attribute<M, ?> attribute : query.distinct()) {
        sql.shape(attribute.index());
        on.add(Conditions.column(alias, attribute.column()));
        orders.add(attribute.asc());
      }
      select.addDistinctOn(on);
    }
    orders.addAll(query.orderBy());
    if (query.cursor() != null) {
      orders = Cursors.withTieBreaker(orders, query.cursor());
      select.addConditions(Cursors.condition(sql, table, alias, orders, query.cursor()));
    }
    for (Order<M> order : orders) {
      select.addOrderBy(Orderings.of(sql, order, table, alias));
    }
    page(sql, select, query.skip(), query.take());
    return sql.finish(cache, select);
  }

  private static List<SelectField<?>> selectList(SqlBuilder sql, ModelTable<?> table, String alias, int[] columns) {
    List<SelectField<?>> fields = new ArrayList<>();
    StringBuilder shape = new StringBuilder();
    for (int column : columns) {
      fields.add(Conditions.column(alias, table.columns().get(column)));
      shape.append(column).append(',');
    }
    sql.shape(shape);
    return fields;
  }

  private static void page(SqlBuilder sql, SelectQuery<?> select, Integer skip, Integer take) {
    if (take != null) {
      sql.shape("take");
      select.addLimit(sql.param(Bind.integer(take), Integer.class));
    }
    if (skip != null) {
      sql.shape("skip");
      select.addOffset(sql.param(Bind.integer(skip), Integer.class));
    }
  }

  /** {@code select count(*)} of the rows a filter matches. */
  public <M> Prepared count(ModelTable<M> table, Filter<M> where) {
    SqlBuilder sql = new SqlBuilder().shape("count").shape(table.model());
    String alias = sql.alias();
    return sql.finish(cache, DSL.select(DSL.count()).from(Conditions.tableAs(table, alias))
        .where(Conditions.of(sql, where, table, alias)));
  }

  /**
   * {@code insert} of rows, each giving values for the same columns; with {@code returning}, the
   * inserted rows come back with every column in component order.
   */
  public <M> Prepared insert(ModelTable<M> table, int[] columns, List<Object[]> rows, boolean skipDuplicates, boolean returning) {
    SqlBuilder sql = new SqlBuilder().shape("insert").shape(table.model()).shape(rows.size())
        .shape(skipDuplicates).shape(returning);
    List<Field<?>> fields = new ArrayList<>();
    StringBuilder shape = new StringBuilder();
    for (int column : columns) {
      fields.add(field(name(table.columns().get(column).name())));
      shape.append(column).append(',');
    }
    sql.shape(shape);
    InsertValuesStepN<Record> insert = SqlBuilder.DSL_CONTEXT.insertInto(table(name(table.table())), fields);
    if (columns.length == 0) {
      return sql.finish(cache, SqlBuilder.DSL_CONTEXT.insertInto(table(name(table.table()))).defaultValues()
          .returning(returningList(table, table.table())));
    }
    for (Object[] row : rows) {
      List<Field<?>> values = new ArrayList<>();
      for (int i = 0; i < columns.length; i++) {
        values.add(sql.param(bind(table, columns[i], row[i])));
      }
      insert = insert.values(values);
    }
    org.jooq.Query statement = insert;
    if (skipDuplicates && returning) {
      statement = insert.onConflictDoNothing().returning(returningList(table, table.table()));
    } else if (skipDuplicates) {
      statement = insert.onConflictDoNothing();
    } else if (returning) {
      statement = insert.returning(returningList(table, table.table()));
    }
    return sql.finish(cache, statement);
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
    SqlBuilder sql = new SqlBuilder().shape("update").shape(table.model()).shape(returning);
    String alias = sql.alias();
    Map<Field<?>, Field<?>> set = assignments(sql, table, alias, assignments);
    var update = SqlBuilder.DSL_CONTEXT.update(Conditions.tableAs(table, alias)).set(set)
        .where(Conditions.of(sql, where, table, alias));
    return sql.finish(cache, returning ? update.returning(returningList(table, alias)) : update);
  }

  private static Map<Field<?>, Field<?>> assignments(SqlBuilder sql, ModelTable<?> table, String alias, List<Update.Assignment> assignments) {
    Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
    for (Update.Assignment assignment : assignments) {
      Attribute<?, ?> attribute = assignment.attribute();
      sql.shape(assignment.operation()).shape(attribute.index());
      Field<Object> target = field(name(attribute.column().name()));
      Field<Object> current = Conditions.column(alias, attribute.column());
      Field<Object> value = sql.param(Conditions.bind(attribute, assignment.value()));
      set.put(target, switch (assignment.operation()) {
        case SET -> value;
        case INCREMENT -> field("({0} + {1})", Object.class, current, value);
        case DECREMENT -> field("({0} - {1})", Object.class, current, value);
        case MULTIPLY -> field("({0} * {1})", Object.class, current, value);
        case DIVIDE -> field("({0} / {1})", Object.class, current, value);
      });
    }
    return set;
  }

  /** {@code delete} of the rows a filter matches; with {@code returning}, the deleted rows. */
  public <M> Prepared delete(ModelTable<M> table, Filter<M> where, boolean returning) {
    SqlBuilder sql = new SqlBuilder().shape("delete").shape(table.model()).shape(returning);
    String alias = sql.alias();
    var delete = SqlBuilder.DSL_CONTEXT.deleteFrom(Conditions.tableAs(table, alias)).where(Conditions.of(sql, where, table, alias));
    return sql.finish(cache, returning ? delete.returning(returningList(table, alias)) : delete);
  }

  /**
   * {@code insert ... on conflict (key) do update}: creates the row, or applies {@code assignments}
   * to the one with the same key; returns the row either way.
   */
  public <M> Prepared upsert(ModelTable<M> table, int[] key, int[] columns, Object[] values, List<Update.Assignment> assignments) {
    SqlBuilder sql = new SqlBuilder().shape("upsert").shape(table.model());
    String alias = sql.alias();
    List<Field<?>> fields = new ArrayList<>();
    List<Field<?>> params = new ArrayList<>();
    StringBuilder shape = new StringBuilder();
    for (int i = 0; i < columns.length; i++) {
      fields.add(field(name(table.columns().get(columns[i]).name())));
      params.add(sql.param(bind(table, columns[i], values[i])));
      shape.append(columns[i]).append(',');
    }
    List<Field<?>> conflict = new ArrayList<>();
    for (int column : key) {
      conflict.add(field(name(table.columns().get(column).name())));
      shape.append('k').append(column);
    }
    sql.shape(shape);
    Map<Field<?>, Field<?>> set = assignments(sql, table, alias, assignments);
    if (set.isEmpty()) {
      // A no-op update, so that RETURNING gives the existing row.
      Field<Object> first = field(name(table.columns().get(key[0]).name()));
      set.put(first, field(name("excluded", table.columns().get(key[0]).name())));
    }
    return sql.finish(cache, SqlBuilder.DSL_CONTEXT.insertInto(table(name(table.table())).as(alias), fields).values(params)
        .onConflict(conflict).doUpdate().set(set).returning(returningList(table, alias)));
  }

  /**
   * The related rows of a relation for a batch of parents, in one statement: every column of the
   * related model in component order, then the parent key ({@value #PARENT_KEY}) when the key has
   * one column, or one key column per key part ({@value #PARENT_KEY}0, 1, ...).
   *
   * @param link the relation followed
   * @param parent the model whose rows are the parents
   * @param keys the parents' keys: values for one column, or {@code Object[]} for several
   * @param query the filter, order, skip and take of the related rows (skip and take per parent)
   */
  public Prepared related(RelationLink link, ModelTable<?> parent, List<Object> keys, Query<?> query) {
    ModelTable<?> target = link.target().get();
    SqlBuilder sql = new SqlBuilder().shape("related").shape(parent.model() + "." + link.field());
    String alias = sql.alias();
    List<SelectField<?>> fields = new ArrayList<>(returningFields(target, alias));
    List<Field<Object>> key = Relations.relatedKey(link, target, alias);
    for (int i = 0; i < key.size(); i++) {
      fields.add(key.get(i).as(PARENT_KEY + i));
    }
    List<Condition> where = new ArrayList<>();
    where.add(keyCondition(sql, parent, link, key, keys));
    where.add(conditionOf(sql, query, target, alias));
    List<SortField<?>> orders = new ArrayList<>();
    for (Order<?> order : query.orderBy()) {
      orders.add(Orderings.of(sql, order, target, alias));
    }
    Table<?> source = Relations.source(link, target, alias);
    if (query.skip() == null && query.take() == null) {
      return sql.finish(cache, DSL.select(fields).from(source).where(where).orderBy(orders));
    }
    // Page per parent: number the related rows of each parent, keep the window asked for.
    sql.shape("window");
    fields.add(rowNumber().over().partitionBy(key).orderBy(orders).as("quarry_row"));
    Table<?> numbered = DSL.select(fields).from(source).where(where).asTable("numbered");
    List<Condition> window = new ArrayList<>();
    Field<Integer> row = field(name("numbered", "quarry_row"), Integer.class);
    int skip = query.skip() == null ? 0 : query.skip();
    window.add(row.gt(sql.param(Bind.integer(skip), Integer.class)));
    if (query.take() != null) {
      window.add(row.le(sql.param(Bind.integer(skip + query.take()), Integer.class)));
    }
    return sql.finish(cache, DSL.select(asterisk()).from(numbered).where(window).orderBy(row));
  }

  @SuppressWarnings("unchecked")
  private static Condition conditionOf(SqlBuilder sql, Query<?> query, ModelTable<?> target, String alias) {
    return Conditions.of(sql, (Filter<Object>) query.where(), target, alias);
  }

  private static List<Field<?>> returningFields(ModelTable<?> table, String alias) {
    List<Field<?>> fields = new ArrayList<>();
    for (Column column : table.columns()) {
      fields.add(Conditions.column(alias, column));
    }
    return fields;
  }

  private static Condition keyCondition(SqlBuilder sql, ModelTable<?> parent, RelationLink link, List<Field<Object>> key, List<Object> keys) {
    int[] local = link.localColumns();
    if (local.length == 1) {
      return condition("{0} = any({1})", key.get(0), sql.param(arrayBind(parent, local[0], keys)));
    }
    // Several key columns: compare rows with the unnested arrays of each part.
    List<Field<?>> arrays = new ArrayList<>();
    for (int i = 0; i < local.length; i++) {
      List<Object> part = new ArrayList<>();
      for (Object tuple : keys) {
        part.add(((Object[]) tuple)[i]);
      }
      arrays.add(sql.param(arrayBind(parent, local[i], part)));
    }
    String placeholders = String.join(", ", java.util.stream.IntStream.range(0, arrays.size()).mapToObj(i -> "{" + i + "}").toList());
    return row(key).in(DSL.select(asterisk()).from(table("unnest(" + placeholders + ")", arrays.toArray(org.jooq.QueryPart[]::new))));
  }

  private static Bind arrayBind(ModelTable<?> table, int column, List<Object> values) {
    Column c = table.columns().get(column);
    return new Bind(values, c.type(), true, c.codec(), table.model() + "." + c.field());
  }

  /** Inserts pairs into a many-to-many join table, ignoring pairs already there. */
  public Prepared link(RelationLink link, ModelTable<?> table, Object local, Object target) {
    SqlBuilder sql = new SqlBuilder().shape("link").shape(table.model() + "." + link.field());
    ModelTable<?> other = link.target().get();
    var insert = SqlBuilder.DSL_CONTEXT.insertInto(table(name(link.joinTable())), field(name(link.joinLocal())), field(name(link.joinTarget())))
        .values(sql.param(bind(table, link.localColumns()[0], local)), sql.param(bind(other, link.targetColumns()[0], target)))
        .onConflictDoNothing();
    return sql.finish(cache, insert);
  }

  /** {@code select <aggregates> from ... where ...}, one column per aggregate in order. */
  public <M> Prepared aggregate(ModelTable<M> table, Filter<M> where, List<Aggregation<M>> aggregations) {
    SqlBuilder sql = new SqlBuilder().shape("aggregate").shape(table.model());
    String alias = sql.alias();
    List<SelectField<?>> fields = new ArrayList<>();
    for (Aggregation<M> aggregation : aggregations) {
      fields.add(aggregate(sql, aggregation, alias));
    }
    return sql.finish(cache, DSL.select(fields).from(Conditions.tableAs(table, alias)).where(Conditions.of(sql, where, table, alias)));
  }

  /**
   * {@code select <by>, <aggregates> ... group by <by> having ... order by ...}: the grouped
   * columns first, then one column per aggregate.
   */
  public <M> Prepared groupBy(ModelTable<M> table, List<Attribute<M, ?>> by, GroupByQuery<M> query) {
    SqlBuilder sql = new SqlBuilder().shape("groupBy").shape(table.model());
    String alias = sql.alias();
    List<SelectField<?>> fields = new ArrayList<>();
    List<Field<?>> groups = new ArrayList<>();
    for (Attribute<M, ?> attribute : by) {
      sql.shape(attribute.index());
      Field<Object> column = Conditions.column(alias, attribute.column());
      fields.add(column);
      groups.add(column);
    }
    for (Aggregation<M> aggregation : query.aggregations()) {
      fields.add(aggregate(sql, aggregation, alias));
    }
    SelectQuery<Record> select = SqlBuilder.DSL_CONTEXT.selectQuery();
    select.addSelect(fields);
    select.addFrom(Conditions.tableAs(table, alias));
    select.addConditions(Conditions.of(sql, query.where(), table, alias));
    select.addGroupBy(groups);
    for (Aggregation.Having<M> having : query.having()) {
      Field<Object> value = aggregate(sql, having.aggregation(), alias).coerce(Object.class);
      sql.shape(having.operator());
      Field<Object> operand = sql.param(new Bind(having.value(), dev.quarry.schema.ScalarType.DECIMAL, false, null, null));
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
      sql.shape("o").shape(order.descending());
      Field<?> key = order.attribute() != null
          ? Conditions.column(alias, order.attribute().column())
          : aggregate(sql, order.aggregation(), alias);
      select.addOrderBy(order.descending() ? key.desc() : key.asc());
    }
    page(sql, select, query.skip(), query.take());
    return sql.finish(cache, select);
  }

  private static Field<?> aggregate(SqlBuilder sql, Aggregation<?> aggregation, String alias) {
    sql.shape(aggregation.function()).shape(aggregation.attribute() == null ? "*" : aggregation.attribute().index());
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
