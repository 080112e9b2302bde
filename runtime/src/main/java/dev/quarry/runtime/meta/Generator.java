package dev.quarry.runtime.meta;

/** Values the runtime itself produces on create (and, for {@link #UPDATED_AT}, on update). */
public enum Generator {
  /** Nothing: the value comes from the record, or from the database default. */
  NONE,
  /** A random UUID, for a {@code UUID} component ({@code uuid()} under Prisma's conventions). */
  UUID,
  /** A random UUID as text, for a {@code String} component. */
  UUID_TEXT,
  /** A cuid2-style id. */
  CUID,
  /** A cuid of the first format, 25 characters ({@code cuid()} under Prisma's conventions). */
  CUID_V1,
  /** A ULID. */
  ULID,
  /** A 21-character nanoid. */
  NANOID,
  /** The current time, on every create and update. */
  UPDATED_AT,
  /**
   * The current time, on create only: {@code @Default(function = NOW)} on an Instant kept in a
   * {@code timestamp} without time zone, whose database default would take the session's zone.
   */
  NOW,
  /**
   * None on create (the record's value, 0 for a new row); one more on every update: the row's
   * optimistic-locking version ({@code @Version}). Never assigned by an update.
   */
  VERSION,
  /** None ever: the database computes the column ({@code @Computed}); creates leave it out and updates cannot set it. */
  COMPUTED,
  /**
   * None on create; on a delete, the current time (or {@code true} for a boolean): the row's
   * {@code @SoftDelete} mark. Reads leave marked rows out unless they ask for them.
   */
  SOFT_DELETE
}
