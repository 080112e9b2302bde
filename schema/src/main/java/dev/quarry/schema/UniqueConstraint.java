package dev.quarry.schema;

import java.util.List;

/**
 * A unique constraint over one or more fields.
 *
 * @param name the constraint name
 * @param fields the fields
 * @param columns their columns, in the same order
 * @param index {@code true} when it is made as a unique index rather than a constraint (as Prisma
 *     makes them), else {@code null}
 */
public record UniqueConstraint(String name, List<String> fields, List<String> columns, Boolean index) {
  public UniqueConstraint {
    fields = List.copyOf(fields);
    columns = List.copyOf(columns);
    index = Boolean.TRUE.equals(index) ? Boolean.TRUE : null;
  }

  /** A unique constraint. */
  public UniqueConstraint(String name, List<String> fields, List<String> columns) {
    this(name, fields, columns, null);
  }

  /** Whether it is made as a unique index. */
  public boolean asIndex() {
    return index != null;
  }
}
