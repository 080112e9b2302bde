package dev.quarry.importer;

/** What an import does when a source it would write is already there. */
public enum ExistingFiles {
  /** Write nothing and say which files are in the way (hand-edited records are never lost). */
  REFUSE,
  /** Replace them. */
  REPLACE
}
