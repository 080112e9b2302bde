package dev.quarry.schema;

import java.util.List;

/**
 * A unique constraint over one or more fields.
 *
 * @param name the constraint name
 * @param fields the fields
 * @param columns their columns, in the same order
 */
public record UniqueConstraint(String name, List<String> fields, List<String> columns) {
  public UniqueConstraint {
    fields = List.copyOf(fields);
    columns = List.copyOf(columns);
  }
}
