package dev.quarry.schema;

/**
 * The join table of an implicit many-to-many relation. Side {@code a} is the model whose name
 * sorts first (for a self-relation, the side whose field name sorts first).
 *
 * @param name the table name
 * @param relation the relation's name
 * @param a the column referencing side a
 * @param b the column referencing side b
 * @param primaryKey the primary key's name, or {@code null} for {@code <name>_pkey}
 * @param index the name of the index on b's column, or {@code null} for {@code <name>_<b>_idx}
 */
public record JoinTable(String name, String relation, JoinColumn a, JoinColumn b, String primaryKey, String index) {

  /** The primary key's name. */
  public String primaryKeyName() {
    return primaryKey != null ? primaryKey : name + "_pkey";
  }

  /** The name of the index on b's column. */
  public String indexName() {
    return index != null ? index : name + "_" + b.column() + "_idx";
  }
}
