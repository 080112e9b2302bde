package dev.quarry.importer.pull;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.quarry.importer.pull.DbCatalog.Column;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A column's PostgreSQL type as a Java type and, where Quarry's default differs, a {@code @DbType}. */
final class PullTypes {

  private static final Pattern SIZE = Pattern.compile("\\((\\d+)(?:,(\\d+))?\\)");
  private static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

  /**
   * The mapping.
   *
   * @param type the Java type for a required column (a primitive where one fits)
   * @param dbType the {@code @DbType}, or {@code null}
   */
  record Mapped(TypeName type, String dbType) {}

  private PullTypes() {}

  /**
   * The mapping of {@code column}, or {@code null} when Quarry has no type for it.
   *
   * @param utcTimestamps whether a {@code timestamp} without time zone holds UTC instants (Prisma's
   *     {@code DateTime}), read as {@code Instant}; else it is a {@code LocalDateTime}
   * @param enumName the Java name of the column's enum, when it is one
   */
  static Mapped map(Column column, boolean utcTimestamps, String enumName) {
    if (column.enumType()) {
      return new Mapped(ClassName.get("", enumName), null);
    }
    Matcher size = SIZE.matcher(column.formatted());
    String sized = size.find() ? "(" + size.group(1) + (size.group(2) == null ? "" : "," + size.group(2)) + ")" : "";
    return switch (column.type()) {
      case "text" -> new Mapped(ClassName.get(String.class), null);
      case "varchar" -> new Mapped(ClassName.get(String.class), "varchar" + sized);
      case "bpchar" -> new Mapped(ClassName.get(String.class), "char" + sized);
      case "inet", "cidr", "macaddr", "xml" -> new Mapped(ClassName.get(String.class), column.type());
      case "bit" -> new Mapped(ClassName.get(String.class), "bit" + sized);
      case "varbit" -> new Mapped(ClassName.get(String.class), "varbit" + sized);
      case "bool" -> new Mapped(TypeName.BOOLEAN, null);
      case "int2" -> new Mapped(TypeName.SHORT, null);
      case "int4" -> new Mapped(TypeName.INT, null);
      case "int8" -> new Mapped(TypeName.LONG, null);
      case "float4" -> new Mapped(TypeName.FLOAT, null);
      case "float8" -> new Mapped(TypeName.DOUBLE, null);
      case "numeric" -> new Mapped(ClassName.get(BigDecimal.class), sized.isEmpty() ? null : "decimal" + sized);
      case "uuid" -> new Mapped(ClassName.get(UUID.class), null);
      case "date" -> new Mapped(ClassName.get(LocalDate.class), null);
      case "time" -> new Mapped(ClassName.get(LocalTime.class), sized.isEmpty() ? null : "time" + sized);
      case "timestamp" -> utcTimestamps
          ? new Mapped(ClassName.get(Instant.class), "timestamp" + sized)
          : new Mapped(ClassName.get(LocalDateTime.class), sized.isEmpty() ? null : "timestamp" + sized);
      case "timestamptz" -> new Mapped(ClassName.get(Instant.class), sized.isEmpty() ? null : "timestamptz" + sized);
      case "json" -> new Mapped(JSON_NODE, "json");
      case "jsonb" -> new Mapped(JSON_NODE, null);
      case "bytea" -> new Mapped(TypeName.get(byte[].class), null);
      default -> null;
    };
  }
}
