package dev.quarry.runtime.meta;

/**
 * A primary key or unique constraint.
 *
 * @param name the constraint name
 * @param columns its columns, as indexes into the model's columns
 */
public record UniqueKey(String name, int[] columns) {}
