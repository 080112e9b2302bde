package dev.quarry.runtime;

import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.meta.UniqueKey;
import dev.quarry.runtime.query.Attribute;
import dev.quarry.runtime.query.UniqueWhere;
import dev.quarry.runtime.sql.Bind;
import dev.quarry.runtime.sql.Prepared;
import java.util.ArrayList;
import java.util.List;

/**
 * Lookups, deletes by key and creates with the SQL the processor rendered when compiling: no
 * statement is built or rendered at run time, so an application making only such calls never
 * loads the renderer.
 */
final class CompiledLookups {

  private CompiledLookups() {}

  /** The statement finding the row {@code where} names, or {@code null} when no compiled SQL serves it. */
  static <M> Prepared find(ModelTable<M> table, UniqueWhere<M> where) {
    return byKey(table, where, false);
  }

  /** The statement deleting (for good) the row {@code where} names and returning it, or {@code null} when no compiled SQL serves it. */
  static <M> Prepared delete(ModelTable<M> table, UniqueWhere<M> where) {
    return byKey(table, where, true);
  }

  /** The statement inserting one row's values and returning the row, or {@code null} when the row gives other columns than the compiled create. */
  static <M> Prepared insert(ModelTable<M> table, Writes.Insert insert) {
    int[] columns = insert.columns();
    if (table.columns().size() > 64) {
      return null;
    }
    long bits = 0;
    for (int column : columns) {
      bits |= 1L << column;
    }
    String sql = table.insertSql(bits);
    if (sql == null) {
      return null;
    }
    List<Bind> binds = new ArrayList<>(columns.length);
    for (int i = 0; i < columns.length; i++) {
      binds.add(Bind.of(table, columns[i], insert.values()[i]));
    }
    return new Prepared(sql, binds);
  }

  private static <M> Prepared byKey(ModelTable<M> table, UniqueWhere<M> where, boolean delete) {
    List<UniqueKey> keys = table.keys();
    for (int k = 0; k < keys.size(); k++) {
      int[] columns = keys.get(k).columns();
      if (columns.length != where.attributes().size()) {
        continue;
      }
      List<Bind> binds = binds(table, columns, where);
      if (binds != null) {
        String sql = delete ? table.deleteSql(k) : table.lookupSql(k);
        return sql == null ? null : new Prepared(sql, binds);
      }
    }
    return null;
  }

  /** The key's values in its column order, or {@code null} when {@code where} names other columns. */
  private static <M> List<Bind> binds(ModelTable<M> table, int[] columns, UniqueWhere<M> where) {
    List<Bind> binds = new ArrayList<>(columns.length);
    for (int column : columns) {
      int at = indexOf(where.attributes(), column);
      if (at < 0) {
        return null;
      }
      binds.add(Bind.of(table, column, where.values().get(at)));
    }
    return binds;
  }

  private static int indexOf(List<? extends Attribute<?, ?>> attributes, int column) {
    for (int i = 0; i < attributes.size(); i++) {
      if (attributes.get(i).index() == column) {
        return i;
      }
    }
    return -1;
  }
}
