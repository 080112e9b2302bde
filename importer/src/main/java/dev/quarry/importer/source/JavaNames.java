package dev.quarry.importer.source;

import java.util.Set;
import javax.lang.model.SourceVersion;

/** Java-safe names for database names that are keywords or clash with the types records use. */
public final class JavaNames {

  /**
   * Simple names a model or enum cannot take: {@code java.lang} types a record's own code uses,
   * and the types the imported and generated sources import.
   */
  private static final Set<String> TAKEN_TYPE_NAMES = Set.of(
      "Object", "String", "Record", "Enum", "Class", "Integer", "Long", "Short", "Boolean", "Double", "Float",
      "Byte", "Character", "Number", "Void", "Override", "Deprecated", "SuppressWarnings", "Iterable",
      "Comparable", "Exception", "RuntimeException", "Error", "Throwable", "System", "Math", "Thread", "Runnable",
      "List", "Map", "Optional", "Set", "Collection", "Instant", "UUID", "BigDecimal", "LocalDate", "LocalTime",
      "LocalDateTime", "OffsetDateTime", "JsonNode", "Model", "Id", "Unique", "Index", "Relation", "Default",
      "DefaultFunction", "DbType", "Nullable", "UpdatedAt", "View", "Json", "Naming", "NamingStyle",
      "ReferentialAction", "Generated");

  /** Names a record component cannot take: its accessor would clash with {@code Object}'s methods. */
  private static final Set<String> TAKEN_COMPONENT_NAMES = Set.of(
      "getClass", "hashCode", "equals", "toString", "clone", "finalize", "notify", "notifyAll", "wait");

  private JavaNames() {}

  /** {@code name}, or {@code name + "Model"} when a model or enum cannot be called so. */
  public static String typeName(String name) {
    return SourceVersion.isKeyword(name) || TAKEN_TYPE_NAMES.contains(name) ? name + "Model" : name;
  }

  /** {@code name}, or {@code name + "_"} when a component or constant cannot be called so. */
  public static String memberName(String name) {
    return SourceVersion.isKeyword(name) || TAKEN_COMPONENT_NAMES.contains(name) || name.equals("_") ? name + "_" : name;
  }
}
