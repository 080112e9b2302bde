package dev.quarry.runtime;

import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.meta.RelationLink;
import dev.quarry.runtime.query.Include;
import dev.quarry.runtime.query.Query;
import dev.quarry.runtime.sql.Prepared;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads included relations for rows already read: one statement per relation and level (the
 * parents' keys bound as one array), the children grouped back to their parents by key.
 */
final class IncludeLoader {

  private final Database database;

  IncludeLoader(Database database) {
    this.database = database;
  }

  /**
   * Loads included relations for a batch of rows: one statement per relation and level, never
   * one per row.
   */
  <T> List<T> load(ModelTable<T> owner, List<T> rows, List<Include<T>> includes) {
    List<T> result = rows;
    for (Include<T> include : includes) {
      result = loadInclude(owner, result, include);
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private <T, R> List<T> loadInclude(ModelTable<T> owner, List<T> rows, Include<T> include) {
    RelationLink link = include.link();
    ModelTable<R> target = (ModelTable<R>) link.target().get();
    Query<R> query = (Query<R>) include.query();
    Map<Object, Object> keysByRow = new LinkedHashMap<>();
    List<Object> keys = new ArrayList<>();
    for (T row : rows) {
      Object key = key(owner, row, link.localColumns());
      if (key != null && keysByRow.putIfAbsent(normalize(key), key) == null) {
        keys.add(key);
      }
    }
    Map<Object, List<R>> related = new HashMap<>();
    if (!keys.isEmpty()) {
      Prepared prepared = database.statements().related(link, owner, keys, query);
      int columns = target.columns().size();
      int keyParts = link.kind() == RelationLink.Kind.MANY_TO_MANY ? 1 : link.localColumns().length;
      List<Object> parentKeys = new ArrayList<>();
      List<R> children = database.executor().read(prepared, rs -> {
        parentKeys.add(readKey(rs, columns, keyParts));
        return target.read(rs, target.allPositions());
      });
      children = load(target, children, query.includes());
      for (int i = 0; i < children.size(); i++) {
        related.computeIfAbsent(parentKeys.get(i), k -> new ArrayList<>()).add(children.get(i));
      }
    }
    List<T> result = new ArrayList<>(rows.size());
    for (T row : rows) {
      Object key = key(owner, row, link.localColumns());
      List<R> matches = key == null ? List.of() : related.getOrDefault(normalize(key), List.of());
      Object value = link.isList() ? List.copyOf(matches) : (matches.isEmpty() ? null : matches.get(0));
      result.add(owner.withRelation(row, link.index(), value));
    }
    return result;
  }

  private static Object readKey(ResultSet rs, int columns, int parts) throws SQLException {
    if (parts == 1) {
      return normalize(rs.getObject(columns + 1));
    }
    List<Object> key = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      key.add(normalize(rs.getObject(columns + 1 + i)));
    }
    return key;
  }

  /** The row's values of these columns: one value, an array for several, {@code null} if any is NULL. */
  private static <T> Object key(ModelTable<T> owner, T row, int[] columns) {
    if (columns.length == 1) {
      return owner.get(row, columns[0]);
    }
    Object[] values = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      values[i] = owner.get(row, columns[i]);
      if (values[i] == null) {
        return null;
      }
    }
    return values;
  }

  /** A map key equal for the same value however JDBC or Java boxed it. */
  private static Object normalize(Object value) {
    if (value instanceof Object[] parts) {
      List<Object> list = new ArrayList<>(parts.length);
      for (Object part : parts) {
        list.add(normalize(part));
      }
      return list;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).longValue();
    }
    return value;
  }
}
