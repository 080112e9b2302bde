package dev.quarry.schema;

import java.util.List;

/**
 * A Java enum stored as a database enum type.
 *
 * @param name the Java simple name
 * @param javaType the Java canonical name, for generated code
 * @param dbName the database type name
 * @param values the constants in declaration order
 */
public record EnumType(String name, String javaType, String dbName, List<EnumValue> values) {
  public EnumType {
    values = List.copyOf(values);
  }
}
