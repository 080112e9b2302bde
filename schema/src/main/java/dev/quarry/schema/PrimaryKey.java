package dev.quarry.schema;

import java.util.List;

/**
 * A primary key.
 *
 * @param name the constraint name
 * @param fields the fields in key order
 * @param columns their columns, in the same order
 */
public record PrimaryKey(String name, List<String> fields, List<String> columns) {
  public PrimaryKey {
    fields = List.copyOf(fields);
    columns = List.copyOf(columns);
  }
}
