package dev.quarry.runtime;

/**
 * What {@code createMany} does with a row that would violate a unique: {@code createMany(rows,
 * Duplicates.SKIP)} reads as what it does, where a {@code true} would not.
 */
public enum Duplicates {
  /** The whole call fails with a {@code UniqueConstraintException}, and nothing is stored. */
  REFUSE,
  /** The row is left out ({@code ON CONFLICT DO NOTHING}); the count returned says how many were stored. */
  SKIP
}
