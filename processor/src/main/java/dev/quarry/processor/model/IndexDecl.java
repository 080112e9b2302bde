package dev.quarry.processor.model;

/**
 * A type-level {@code @Index} as written.
 *
 * @param key the annotation, its entries, name and uniqueness
 * @param expression the indexed SQL expression, or empty
 * @param where the condition of a partial index, or empty
 * @param method the access method's constant name ({@code BTREE}, {@code GIN}, ...)
 */
public record IndexDecl(KeyDecl key, String expression, String where, String method) {}
