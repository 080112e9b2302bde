package dev.quarry.schema;

/** The sort order of an index column. */
public enum SortOrder {
  /** Ascending. */
  ASC,
  /** Descending. */
  DESC
}
