package dev.quarry.runtime.meta;

import dev.quarry.schema.ScalarType;

/**
 * One column of a model, as generated code describes it.
 *
 * @param field the record component's name
 * @param name the column name
 * @param type the SQL-neutral type (of the elements, for a list)
 * @param list whether the column is an array
 * @param nullable whether the column accepts {@code NULL}
 * @param primitive whether the component is a Java primitive (always has a value)
 * @param databaseDefault whether the database supplies a value when an insert leaves it out
 * @param generator a value the runtime produces itself
 * @param nativeType the native type hint, or {@code null}
 * @param codec the enum codec for enum columns, else {@code null}
 * @param json the codec of a record (or list of records) stored as JSON, else {@code null}
 */
public record Column(
    String field,
    String name,
    ScalarType type,
    boolean list,
    boolean nullable,
    boolean primitive,
    boolean databaseDefault,
    Generator generator,
    String nativeType,
    EnumCodec<?> codec,
    JsonCodec<?> json) {

  /** A column that holds no record as JSON. */
  public Column(String field, String name, ScalarType type, boolean list, boolean nullable, boolean primitive,
      boolean databaseDefault, Generator generator, String nativeType, EnumCodec<?> codec) {
    this(field, name, type, list, nullable, primitive, databaseDefault, generator, nativeType, codec, null);
  }

  /** A value as the database takes it: a record stored as JSON becomes its JSON tree. */
  public Object toDatabase(Object value) {
    return json == null || value == null || value instanceof com.fasterxml.jackson.databind.JsonNode ? value : json.toJsonUnchecked(value);
  }

  /** Whether a create may leave this column out (the database or the runtime fills it in). */
  public boolean hasDefault() {
    return databaseDefault || generator != Generator.NONE;
  }
}
