package dev.quarry.schema;

import java.util.List;

/**
 * An index.
 *
 * @param name the index name
 * @param unique whether it enforces uniqueness
 * @param columns the indexed columns in order
 */
public record Index(String name, boolean unique, List<IndexColumn> columns) {
  public Index {
    columns = List.copyOf(columns);
  }
}
