package dev.quarry.schema;

/** The cardinality of a relation, seen from the field that declares it. */
public enum RelationKind {
  /** A single model on this side, holding a unique foreign key, or the single other side of one. */
  ONE_TO_ONE,
  /** A single model on this side, holding the foreign key; the other side is a list. */
  MANY_TO_ONE,
  /** A list on this side; the other side holds the foreign key. */
  ONE_TO_MANY,
  /** Lists on both sides, paired through a join table. */
  MANY_TO_MANY
}
