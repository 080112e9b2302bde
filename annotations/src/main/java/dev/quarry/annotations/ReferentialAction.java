package dev.quarry.annotations;

/**
 * What the database does to referencing rows when the referenced row is deleted or its key
 * updated; for {@link Relation#onDelete()} and {@link Relation#onUpdate()}.
 */
public enum ReferentialAction {
  /** Delete (or update) the referencing rows too. */
  CASCADE,
  /** Refuse the delete or update while referencing rows exist, at once. */
  RESTRICT,
  /** Refuse the delete or update while referencing rows exist, checked at the end of the statement. */
  NO_ACTION,
  /** Set the referencing columns to {@code NULL}; they must be {@link Nullable}. */
  SET_NULL,
  /** Set the referencing columns to their {@link Default}; they must have one. */
  SET_DEFAULT
}
