package dev.quarry.schema;

/**
 * One column of a {@link JoinTable}, referencing the id of one side.
 *
 * @param column the column name in the join table
 * @param model the referenced model's name
 * @param field the relation field on that model that lists the other side
 * @param referencedTable the referenced model's table
 * @param referencedColumn the referenced id column
 * @param type the type of the referenced id
 * @param nativeType the native type of the referenced id, or {@code null}
 */
public record JoinColumn(
    String column,
    String model,
    String field,
    String referencedTable,
    String referencedColumn,
    ScalarType type,
    String nativeType) {}
