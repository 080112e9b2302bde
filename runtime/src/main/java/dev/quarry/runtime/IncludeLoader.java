package dev.quarry.runtime;

import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.meta.RelationLink;
import dev.quarry.runtime.query.Include;
import dev.quarry.runtime.query.Query;
import dev.quarry.runtime.sql.Prepared;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    // Each parent's key, normalized once: it picks the parent's children below.
    Object[] rowKeys = new Object[rows.size()];
    Set<Object> seen = new HashSet<>();
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < rowKeys.length; i++) {
      Object key = key(owner, rows.get(i), link.localColumns());
      if (key != null) {
        rowKeys[i] = normalize(key);
        if (seen.add(rowKeys[i])) {
          keys.add(key);
        }
      }
    }
    Map<Object, List<R>> related = new HashMap<>();
    if (!keys.isEmpty()) {
      Prepared prepared = database.statements().related(link, owner, keys, query);
      boolean manyToMany = link.kind() == RelationLink.Kind.MANY_TO_MANY;
      int columns = target.columns().size();
      List<Object> joinKeys = manyToMany ? new ArrayList<>() : null;
      List<R> children = database.executor().read(prepared, rs -> {
        if (manyToMany) {
          joinKeys.add(normalize(rs.getObject(columns + 1)));
        }
        return target.read(rs, target.allPositions());
      });
      children = load(target, children, query.includes());
      for (int i = 0; i < children.size(); i++) {
        // A child holds its parent's key itself, except across a join table.
        Object parent = manyToMany ? joinKeys.get(i) : normalize(key(target, children.get(i), link.targetColumns()));
        related.computeIfAbsent(parent, k -> new ArrayList<>()).add(children.get(i));
      }
    }
    List<T> result = new ArrayList<>(rows.size());
    for (int i = 0; i < rowKeys.length; i++) {
      List<R> matches = rowKeys[i] == null ? List.of() : related.getOrDefault(rowKeys[i], List.of());
      Object value = link.isList() ? Collections.unmodifiableList(matches) : (matches.isEmpty() ? null : matches.get(0));
      result.add(owner.withRelation(rows.get(i), link.index(), value));
    }
    return result;
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
