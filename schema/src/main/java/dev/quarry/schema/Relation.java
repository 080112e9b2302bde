package dev.quarry.schema;

/**
 * A relation field: a component whose type is another model or a list of one. It has no column of
 * its own.
 *
 * @param field the component's name
 * @param name the relation's name, shared by both sides ({@code PostToUser} unless named)
 * @param kind the cardinality seen from this field
 * @param target the related model's name
 * @param nullable whether a single related model may be absent
 * @param inverseField the field on the target model that is the other side, or {@code null} when
 *     the other side declares none
 * @param foreignKey the foreign key when this side holds it, else {@code null}
 * @param joinTable the join table of a {@link RelationKind#MANY_TO_MANY} relation, else
 *     {@code null}
 */
public record Relation(
    String field,
    String name,
    RelationKind kind,
    String target,
    boolean nullable,
    String inverseField,
    ForeignKey foreignKey,
    String joinTable) {}
