package dev.quarry.runtime;

import dev.quarry.runtime.error.InvalidQueryException;
import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.meta.UniqueKey;
import dev.quarry.runtime.query.Attribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The key an {@code upsertMany} matches rows on: the model's id or one of its uniques, which
 * PostgreSQL's {@code ON CONFLICT} needs, and given once per row, since one statement cannot
 * update a row twice.
 */
final class ConflictKey {

  private ConflictKey() {}

  /** The key's column positions, in the model's order; refuses fields that are not the id or a unique. */
  static int[] of(ModelTable<?> table, List<? extends Attribute<?, ?>> fields) {
    int[] columns = fields.stream().mapToInt(Attribute::index).sorted().distinct().toArray();
    List<UniqueKey> keys = new ArrayList<>(table.uniques());
    if (table.primaryKey() != null) {
      keys.add(0, table.primaryKey());
    }
    for (UniqueKey key : keys) {
      if (Arrays.equals(Arrays.stream(key.columns()).sorted().toArray(), columns)) {
        return columns;
      }
    }
    List<String> known = keys.stream().map(key -> names(table, key.columns()).toString()).toList();
    throw new InvalidQueryException("upsertMany on " + table.model() + " matches rows on " + names(table, columns)
        + ", which is neither its id nor one of its uniques; use one of " + String.join(", ", known) + ".");
  }

  /** Refuses two rows with the same key, naming their positions (never their values). */
  static <M> void requireDistinct(ModelTable<M> table, int[] key, List<M> rows) {
    Map<List<Object>, Integer> seen = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Object> values = new ArrayList<>(key.length);
      for (int column : key) {
        values.add(table.get(rows.get(i), column));
      }
      if (values.contains(null)) {
        continue;
      }
      Integer first = seen.putIfAbsent(values, i);
      if (first != null) {
        throw new InvalidValueException("upsertMany on " + table.model() + ": rows " + first + " and " + i + " have the same "
            + names(table, key) + "; one statement cannot update a row twice, so give each key once.");
      }
    }
  }

  private static List<String> names(ModelTable<?> table, int[] columns) {
    return Arrays.stream(columns).mapToObj(column -> table.columns().get(column).field()).toList();
  }
}
