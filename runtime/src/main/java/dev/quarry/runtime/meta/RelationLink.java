package dev.quarry.runtime.meta;

import java.util.function.Supplier;

/**
 * How rows of a model reach the rows of a relation field: the related rows are those whose
 * {@code targetColumns} equal this row's {@code localColumns}, or, for a many-to-many relation,
 * those paired with this row in the join table.
 *
 * @param field the relation field's name
 * @param index its position among the model's relations
 * @param kind the cardinality seen from this field
 * @param target the related model (a supplier, so models may refer to each other)
 * @param localColumns this model's columns that the link starts from (indexes into its columns)
 * @param targetColumns the related model's columns they match (indexes into its columns)
 * @param owning whether this side holds the foreign key
 * @param nullable whether a single related row may be absent
 * @param joinTable the join table of a many-to-many relation, else {@code null}
 * @param joinLocal its column referencing this model, else {@code null}
 * @param joinTarget its column referencing the related model, else {@code null}
 * @param foreignKey the foreign key constraint, on the owning side, else {@code null}
 */
public record RelationLink(
    String field,
    int index,
    Kind kind,
    Supplier<ModelTable<?>> target,
    int[] localColumns,
    int[] targetColumns,
    boolean owning,
    boolean nullable,
    String joinTable,
    String joinLocal,
    String joinTarget,
    String foreignKey) {

  /** The cardinality of a relation field. */
  public enum Kind {
    /** A single related row. */
    TO_ONE,
    /** A list of related rows, through a foreign key on the other side. */
    TO_MANY,
    /** A list of related rows, through a join table. */
    MANY_TO_MANY
  }

  /** Whether the field holds a list. */
  public boolean isList() {
    return kind != Kind.TO_ONE;
  }
}
