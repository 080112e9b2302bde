package dev.quarry.runtime.sql;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;

import dev.quarry.runtime.meta.Column;
import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.meta.RelationLink;
import dev.quarry.runtime.query.DeletedRows;
import dev.quarry.runtime.query.Order;
import java.util.function.Supplier;
import org.jooq.Field;
import org.jooq.SortField;

/** Turns client {@link Order}s into jOOQ sort fields, built when the statement is rendered. */
final class Orderings {

  private Orderings() {}

  static Supplier<SortField<?>> of(SqlBuilder sql, Order<?> order, ModelTable<?> table, String alias) {
    if (order instanceof Order.ByColumn<?> byColumn) {
      sql.shape("o").shape(byColumn.attribute().index()).shape(byColumn.descending()).shape(byColumn.nulls());
      Column column = byColumn.attribute().column();
      return () -> sort(Conditions.column(alias, column), byColumn.descending(), byColumn.nulls());
    }
    if (order instanceof Order.ByRelated<?> byRelated) {
      sql.shape("or").shape(byRelated.link().field());
      return related(sql, byRelated, table, alias);
    }
    if (order instanceof Order.ByCount<?> byCount) {
      sql.shape("oc").shape(byCount.link().field()).shape(byCount.descending());
      Supplier<Field<Integer>> counted = relationCount(sql, byCount.link(), table, alias);
      return () -> byCount.descending() ? counted.get().desc() : counted.get().asc();
    }
    throw new IllegalStateException("Unknown order " + order);
  }

  /** {@code (select count(*) from related where <link>)}, live related rows only. */
  static Supplier<Field<Integer>> relationCount(SqlBuilder sql, RelationLink link, ModelTable<?> table, String alias) {
    ModelTable<?> target = link.target().get();
    String inner = sql.alias();
    Supplier<org.jooq.Condition> live = Conditions.deleted(sql, target, inner, DeletedRows.EXCLUDE);
    return () -> field(select(count()).from(Relations.source(link, target, inner))
        .where(Relations.joinCondition(link, table, alias, target, inner), live.get()));
  }

  private static Supplier<SortField<?>> related(SqlBuilder sql, Order.ByRelated<?> byRelated, ModelTable<?> table, String alias) {
    if (!(byRelated.order() instanceof Order.ByColumn<?> leaf)) {
      throw new UnsupportedOperationException(
          "Order by " + table.model() + "." + byRelated.link().field() + " takes a column of the related model, such as orderBy(X_.NAME.asc()).");
    }
    RelationLink link = byRelated.link();
    ModelTable<?> target = link.target().get();
    String inner = sql.alias();
    sql.shape(leaf.attribute().index()).shape(leaf.descending()).shape(leaf.nulls());
    Column column = leaf.attribute().column();
    return () -> {
      // The single related row's value, as a scalar subquery: no join, so no duplicated rows.
      Field<Object> scalar = field(select(Conditions.column(inner, column))
          .from(Relations.source(link, target, inner))
          .where(Relations.joinCondition(link, table, alias, target, inner))
          .limit(inline(1)));
      return sort(scalar, leaf.descending(), leaf.nulls());
    };
  }

  private static SortField<?> sort(Field<Object> field, boolean descending, Order.Nulls nulls) {
    SortField<Object> sort = descending ? field.desc() : field.asc();
    return switch (nulls) {
      case DEFAULT -> sort;
      case FIRST -> sort.nullsFirst();
      case LAST -> sort.nullsLast();
    };
  }
}
