package dev.quarry.schema;

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
    String renamedFrom) {

  /** Whether the database (or the runtime) supplies a value when a create gives none. */
  public boolean hasDefault() {
    return defaultValue != null || updatedAt;
  }
}
