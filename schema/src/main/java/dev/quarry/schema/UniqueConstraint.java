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
 * @param where for a unique among rows not soft-deleted, the condition of its partial unique
 *     index ({@code "deleted_at" is null}), else {@code null}
 */
public record UniqueConstraint(String name, List<String> fields, List<String> columns, Boolean index, String where) {
  public UniqueConstraint {
    fields = List.copyOf(fields);
    columns = List.copyOf(columns);
    index = Boolean.TRUE.equals(index) ? Boolean.TRUE : null;
  }

  /** A unique constraint, or a unique index. */
  public UniqueConstraint(String name, List<String> fields, List<String> columns, Boolean index) {
    this(name, fields, columns, index, null);
  }

  /** A unique constraint. */
  public UniqueConstraint(String name, List<String> fields, List<String> columns) {
    this(name, fields, columns, null, null);
  }

  /** Whether it is made as a unique index (as Prisma makes them, or partial). */
  public boolean asIndex() {
    return index != null || where != null;
  }
}
