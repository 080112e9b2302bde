package dev.quarry.processor.model;

import dev.quarry.schema.ScalarType;
import javax.lang.model.element.TypeElement;

/**
 * What a component's type is to Quarry.
 *
 * @param kind the broad category
 * @param scalar the scalar type, for {@link Kind#SCALAR} (JSON and enums included)
 * @param list whether the type is a {@code List} of the element described by the rest
 * @param primitive whether the type is a Java primitive
 * @param element the enum or model (or non-model record) type, else {@code null}
 * @param javaType the type as written, without annotations ({@code java.util.List<Post>})
 */
public record TypeShape(
    Kind kind,
    ScalarType scalar,
    boolean list,
    boolean primitive,
    TypeElement element,
    String javaType) {

  /** The categories of component types. */
  public enum Kind {
    /** A column type, including enums and JSON. */
    SCALAR,
    /** A {@code @Model} or {@code @View} record, or a list of one: a relation. */
    MODEL,
    /** A class or record that is not a model. */
    NOT_A_MODEL,
    /** A type Quarry cannot store. */
    UNSUPPORTED,
    /** A type that does not exist yet (another processor may generate it in a later round). */
    UNRESOLVED
  }

  /** Whether this is a relation field. */
  public boolean isRelation() {
    return kind == Kind.MODEL;
  }

  /** Whether this is a record that is not a model (or a list of one), stored as JSON. */
  public boolean jsonRecord() {
    return kind == Kind.SCALAR && scalar == ScalarType.JSON && element != null;
  }

  /** Whether this is a list of records stored as one JSON array. */
  public boolean jsonRecordList() {
    return jsonRecord() && javaType.startsWith("java.util.List<");
  }
}
