package dev.quarry.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An index.
 *
 * @param name the index name
 * @param unique whether it enforces uniqueness
 * @param columns the indexed columns in order; empty for an expression index
 * @param expression the indexed SQL expression, or {@code null}
 * @param where the condition of a partial index, or {@code null}
 * @param method the access method in lower case ({@code gin}, …), or {@code null} for b-tree
 */
public record Index(
    String name,
    boolean unique,
    List<IndexColumn> columns,
    @JsonInclude(JsonInclude.Include.NON_NULL) String expression,
    @JsonInclude(JsonInclude.Include.NON_NULL) String where,
    @JsonInclude(JsonInclude.Include.NON_NULL) String method) {

  public Index {
    columns = List.copyOf(columns);
  }

  /**
   * Whether this is a unique over plain columns, with no expression and no condition: a key rows
   * can be looked up by, and {@code ON CONFLICT} can name.
   */
  public boolean servesAsKey() {
    return unique && expression == null && where == null;
  }

  /** A b-tree index over columns. */
  public Index(String name, boolean unique, List<IndexColumn> columns) {
    this(name, unique, columns, null, null, null);
  }
}
