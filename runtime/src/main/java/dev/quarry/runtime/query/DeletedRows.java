package dev.quarry.runtime.query;

/**
 * Which rows of a model with a {@code @SoftDelete} a read sees. Relation filters, relation counts
 * and includes never see deleted related rows unless their own query asks.
 */
public enum DeletedRows {
  /** Live rows only: the default. */
  EXCLUDE,
  /** Live and deleted rows alike ({@code withDeleted()}). */
  INCLUDE,
  /** Deleted rows only ({@code onlyDeleted()}). */
  ONLY
}
