package dev.quarry.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * A scalar field: one column.
 *
 * @param name the record component's name
 * @param column the column name
 * @param type the SQL-neutral type (of the elements, for a list)
 * @param enumName the {@link EnumType} name when {@code type} is {@link ScalarType#ENUM}, else
 *     {@code null}
 * @param javaType the component's Java type as written in source (for generated code and tools)
 * @param list whether the field is a scalar list (a database array)
 * @param nullable whether the column accepts {@code NULL}
 * @param nativeType the native type hint ({@code varchar(255)}), or {@code null} for the default
 * @param defaultValue the default, or {@code null} for none
 * @param updatedAt whether the runtime sets the field to the current time on every write
 * @param version whether the field is the row's optimistic-locking version ({@code @Version}),
 *     which every update adds one to
 * @param computed the SQL expression of a generated column ({@code @Computed}), or {@code null}
 * @param softDelete whether the field marks the row deleted ({@code @SoftDelete}): a timestamp set
 *     when deleted, or a boolean
 * @param renamedFrom the previous Java name when the field was renamed, else {@code null}
 */
public record Field(
    String name,
    String column,
    ScalarType type,
    String enumName,
    String javaType,
    boolean list,
    boolean nullable,
    String nativeType,
    DefaultValue defaultValue,
    boolean updatedAt,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonSetter(nulls = Nulls.AS_EMPTY) boolean version,
    String computed,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonSetter(nulls = Nulls.AS_EMPTY) boolean softDelete,
    String renamedFrom) {

  /** Whether the database (or the runtime) supplies a value when a create gives none. */
  public boolean hasDefault() {
    return defaultValue != null || updatedAt || computed != null;
  }

  /** Whether the database computes the field, so that no write gives it a value. */
  public boolean computedByDatabase() {
    return computed != null;
  }
}
