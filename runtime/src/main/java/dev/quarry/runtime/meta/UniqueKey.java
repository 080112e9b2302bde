package dev.quarry.runtime.meta;

/**
 * A primary key, unique constraint or unique index.
 *
 * @param name the constraint or index name
 * @param columns its columns, as indexes into the model's columns
 * @param where for a partial unique index, its condition as SQL (a unique among rows not
 *     soft-deleted, {@code @Unique(ignoreDeleted = true)}, or {@code @Index(unique = true, where =
 *     ...)}), which an upsert matching on it names; else {@code null}
 */
public record UniqueKey(String name, int[] columns, String where) {

  /** A key that holds among all rows. */
  public UniqueKey(String name, int[] columns) {
    this(name, columns, null);
  }
}
