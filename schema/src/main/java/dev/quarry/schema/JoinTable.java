package dev.quarry.schema;

/**
 * The join table of an implicit many-to-many relation. Side {@code a} is the model whose name
 * sorts first (for a self-relation, the side whose field name sorts first).
 *
 * @param name the table name
 * @param relation the relation's name
 * @param a the column referencing side a
 * @param b the column referencing side b
 */
public record JoinTable(String name, String relation, JoinColumn a, JoinColumn b) {}
