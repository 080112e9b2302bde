package dev.quarry.migrate;

import java.util.List;

/**
 * One change between two schemas, with the statements that make it.
 *
 * @param code a short name of the kind of change, such as {@code drop-column} or {@code add-unique}
 * @param description what changes, for people ({@code Column users.age is dropped})
 * @param statements the SQL, in order
 * @param risk whether the change can lose data or fail on existing rows
 * @param check for a change that is not safe, SQL counting the rows it would lose, trip on or fill; else {@code null}
 */
public record Change(String code, String description, List<String> statements, Risk risk, String check) {

  /** How a change treats existing data. */
  public enum Risk {
    /** No data is lost and existing rows cannot make it fail. */
    SAFE,
    /** Existing rows are changed as the model says (NULLs given the column's default); nothing is lost or fails. */
    FILLS,
    /** Existing rows can make it fail (a NOT NULL, a unique, a foreign key) but nothing is lost. */
    DATA_DEPENDENT,
    /** Data is lost when rows exist (a dropped table or column, a narrowing type change). */
    DESTRUCTIVE
  }

  public Change {
    statements = List.copyOf(statements);
  }

  /** {@code [code] description}. */
  @Override
  public String toString() {
    return "[" + code + "] " + description;
  }
}
