package dev.quarry.runtime.meta;

/**
 * A primary key or unique constraint.
 *
 * @param name the constraint name
 * @param columns its columns, as indexes into the model's columns
 * @param liveOnly whether it holds among rows not soft-deleted only ({@code @Unique(ignoreDeleted = true)}),
 *     a partial unique index that an upsert names with its condition
 */
public record UniqueKey(String name, int[] columns, boolean liveOnly) {

  /** A key that holds among all rows. */
  public UniqueKey(String name, int[] columns) {
    this(name, columns, false);
  }
}
