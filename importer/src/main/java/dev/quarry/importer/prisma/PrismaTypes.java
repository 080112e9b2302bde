package dev.quarry.importer.prisma;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.quarry.annotations.IndexMethod;
import dev.quarry.importer.prisma.Ast.Attribute;
import dev.quarry.importer.prisma.Ast.Member;
import dev.quarry.importer.prisma.Ast.Num;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Prisma's scalar types and {@code @db.*} native types on PostgreSQL, as a Java type and a {@code @DbType}. */
final class PrismaTypes {

  static final Set<String> SCALARS = Set.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes");

  private static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

  /**
   * A scalar field's Java type and native type.
   *
   * @param type the Java type for a required field (a primitive where one fits)
   * @param dbType the {@code @DbType} to write, or {@code null} when Quarry's default is Prisma's
   */
  record Mapped(TypeName type, String dbType) {}

  private PrismaTypes() {}

  /** The mapping of {@code field} (of a scalar type), or empty after reporting why there is none. */
  static Optional<Mapped> map(Member field, Problems problems) {
    String scalar = field.type().name();
    Optional<Attribute> db = field.attributes().stream().filter(a -> a.name().startsWith("db.")).findFirst();
    String nativeType = db.map(a -> a.name().substring(3)).orElse(null);
    String args = db.map(PrismaTypes::args).orElse("");
    Mapped mapped = nativeType == null ? plain(scalar) : withNative(scalar, nativeType, args);
    if (mapped == null) {
      problems.add(db.orElseThrow().position(), "@db." + nativeType + " on " + field.name()
          + " has no Quarry type yet (Quarry maps text, varchar, char, uuid, inet, xml, bit, varbit, smallint, integer, "
          + "bigint, real, double precision, decimal, date, time, timestamp, timestamptz, json, jsonb and bytea)");
      return Optional.empty();
    }
    return Optional.of(mapped);
  }

  private static Mapped plain(String scalar) {
    return switch (scalar) {
      case "String" -> new Mapped(ClassName.get(String.class), null);
      case "Boolean" -> new Mapped(TypeName.BOOLEAN, null);
      case "Int" -> new Mapped(TypeName.INT, null);
      case "BigInt" -> new Mapped(TypeName.LONG, null);
      case "Float" -> new Mapped(TypeName.DOUBLE, null);
      // Prisma's defaults for these differ from Quarry's: decimal(65,30) and timestamp(3).
      case "Decimal" -> new Mapped(ClassName.get(BigDecimal.class), "decimal(65,30)");
      case "DateTime" -> new Mapped(ClassName.get(Instant.class), "timestamp(3)");
      case "Json" -> new Mapped(JSON_NODE, null);
      case "Bytes" -> new Mapped(TypeName.get(byte[].class), null);
      default -> throw new IllegalArgumentException(scalar);
    };
  }

  private static Mapped withNative(String scalar, String nativeType, String args) {
    String sized = args.isEmpty() ? "" : "(" + args + ")";
    return switch (scalar + "." + nativeType) {
      case "String.Text" -> plain(scalar);
      case "String.VarChar" -> new Mapped(ClassName.get(String.class), "varchar" + sized);
      case "String.Char" -> new Mapped(ClassName.get(String.class), "char" + (args.isEmpty() ? "(1)" : sized));
      case "String.Uuid" -> new Mapped(ClassName.get(UUID.class), null);
      case "String.Inet" -> new Mapped(ClassName.get(String.class), "inet");
      case "String.Xml" -> new Mapped(ClassName.get(String.class), "xml");
      case "String.Bit" -> new Mapped(ClassName.get(String.class), "bit" + (args.isEmpty() ? "(1)" : sized));
      case "String.VarBit" -> new Mapped(ClassName.get(String.class), "varbit" + sized);
      case "Boolean.Boolean" -> plain(scalar);
      case "Int.Integer" -> plain(scalar);
      case "Int.SmallInt" -> new Mapped(TypeName.SHORT, null);
      case "BigInt.BigInt" -> plain(scalar);
      case "Float.DoublePrecision" -> plain(scalar);
      case "Float.Real" -> new Mapped(TypeName.FLOAT, null);
      case "Decimal.Decimal" -> new Mapped(ClassName.get(BigDecimal.class), args.isEmpty() ? "decimal" : "decimal" + sized);
      case "DateTime.Timestamp" -> new Mapped(ClassName.get(Instant.class), "timestamp" + sized);
      case "DateTime.Timestamptz" -> new Mapped(ClassName.get(Instant.class), args.isEmpty() ? null : "timestamptz" + sized);
      case "DateTime.Date" -> new Mapped(ClassName.get(LocalDate.class), null);
      case "DateTime.Time" -> new Mapped(ClassName.get(LocalTime.class), args.isEmpty() ? null : "time" + sized);
      case "Json.Json" -> new Mapped(JSON_NODE, "json");
      case "Json.JsonB" -> plain(scalar);
      case "Bytes.ByteA" -> plain(scalar);
      default -> null;
    };
  }

  private static String args(Attribute db) {
    return String.join(",", db.args().stream().map(a -> a.value() instanceof Num n ? n.text() : "?").toList());
  }

  /** Prisma's {@code @@index(type: …)} as Quarry's method; empty for a name Prisma does not have. */
  static Optional<IndexMethod> indexMethod(String prismaType) {
    return Optional.ofNullable(switch (prismaType) {
      case "BTree" -> IndexMethod.BTREE;
      case "Hash" -> IndexMethod.HASH;
      case "Gist" -> IndexMethod.GIST;
      case "SpGist" -> IndexMethod.SPGIST;
      case "Gin" -> IndexMethod.GIN;
      case "Brin" -> IndexMethod.BRIN;
      default -> null;
    });
  }
}
