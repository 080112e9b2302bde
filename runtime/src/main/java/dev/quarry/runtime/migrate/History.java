package dev.quarry.runtime.migrate;

/** The history table: which migrations ran, when, with which checksum, and how they ended. */
public final class History {

  /** The table's name. */
  public static final String TABLE = "_quarry_migrations";

  private History() {}
}
