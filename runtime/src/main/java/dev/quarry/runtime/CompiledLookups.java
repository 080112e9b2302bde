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
 * Lookups by key with the SQL the processor rendered when compiling: no statement is built or
 * rendered at run time, so an application whose reads are such lookups never loads the renderer.
 */
final class CompiledLookups {

  private CompiledLookups() {}

  /** The statement finding the row {@code where} names, or {@code null} when no compiled SQL serves it. */
  static <M> Prepared find(ModelTable<M> table, UniqueWhere<M> where) {
    List<UniqueKey> keys = table.keys();
    for (int k = 0; k < keys.size(); k++) {
      int[] columns = keys.get(k).columns();
      if (columns.length != where.attributes().size()) {
        continue;
      }
      List<Bind> binds = binds(table, columns, where);
      if (binds != null) {
        String sql = table.lookupSql(k);
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
