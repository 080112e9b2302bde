package dev.quarry.runtime.sql;

import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

import dev.quarry.runtime.meta.Column;
import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.query.Attribute;
import dev.quarry.runtime.query.Order;
import dev.quarry.runtime.query.UniqueWhere;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * Keyset pagination: rows from the cursor row on, in the query's order, found by comparing rows
 * of the order's columns with the cursor row's values (read in the same statement).
 */
final class Cursors {

  private Cursors() {}

  /** The orders, followed by the cursor's key columns so that the order is total. */
  static <M> List<Order<M>> withTieBreaker(List<Order<M>> orders, UniqueWhere<M> cursor) {
    boolean descending = direction(orders);
    List<Order<M>> result = new ArrayList<>(orders);
    for (Attribute<M, ?> attribute : cursor.attributes()) {
      boolean present = orders.stream().anyMatch(o -> ((Order.ByColumn<M>) o).attribute().index() == attribute.index());
      if (!present) {
        result.add(descending ? attribute.desc() : attribute.asc());
      }
    }
    return result;
  }

  private static boolean direction(List<? extends Order<?>> orders) {
    Boolean descending = null;
    for (Order<?> order : orders) {
      if (!(order instanceof Order.ByColumn<?> byColumn)) {
        throw new UnsupportedOperationException("A cursor needs the query ordered by columns of the model, not by " + order);
      }
      if (descending != null && descending != byColumn.descending()) {
        throw new UnsupportedOperationException(
            "A cursor needs every ordering in the same direction (all asc or all desc); order by "
                + byColumn.attribute().path() + " differs.");
      }
      descending = byColumn.descending();
    }
    return descending != null && descending;
  }

  /** {@code (order columns) >= (the same columns of the cursor row)}, or {@code <=} descending. */
  static <M> Supplier<Condition> condition(SqlBuilder sql, ModelTable<M> table, String alias, List<Order<M>> orders, UniqueWhere<M> cursor) {
    boolean descending = direction(orders);
    String inner = sql.alias();
    sql.shape("cursor");
    List<Column> columns = new ArrayList<>();
    for (Order<M> order : orders) {
      columns.add(((Order.ByColumn<M>) order).attribute().column());
    }
    Supplier<Condition> key = Conditions.of(sql, cursor.toFilter(), table, inner);
    return () -> {
      List<Field<?>> outerColumns = new ArrayList<>();
      List<Field<?>> innerColumns = new ArrayList<>();
      for (Column column : columns) {
        outerColumns.add(Conditions.column(alias, column));
        innerColumns.add(Conditions.column(inner, column));
      }
      var cursorRow = select(innerColumns).from(Conditions.tableAs(table, inner)).where(key.get());
      return descending ? row(outerColumns).le(cursorRow) : row(outerColumns).ge(cursorRow);
    };
  }
}
