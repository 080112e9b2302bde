package dev.quarry.schema;

/** The action of a foreign key on delete or update of the referenced row. */
public enum ReferentialAction {
  /** Delete or update the referencing rows too. */
  CASCADE,
  /** Refuse at once while referencing rows exist. */
  RESTRICT,
  /** Refuse at the end of the statement while referencing rows exist. */
  NO_ACTION,
  /** Set the referencing columns to {@code NULL}. */
  SET_NULL,
  /** Set the referencing columns to their default. */
  SET_DEFAULT
}
