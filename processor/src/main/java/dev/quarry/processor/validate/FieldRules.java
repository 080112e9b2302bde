package dev.quarry.processor.validate;

import dev.quarry.processor.model.DefaultDecl;
import dev.quarry.processor.model.FieldDecl;
import dev.quarry.processor.model.ModelDecl;
import dev.quarry.processor.model.TypeShape;
import dev.quarry.processor.parse.JsonRecords;
import dev.quarry.schema.DefaultValue;
import dev.quarry.schema.Field;
import dev.quarry.schema.ScalarType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** The rules for one component on its own, and its resolution into a snapshot {@link Field}. */
final class FieldRules {

  private static final Set<ScalarType> INTEGERS = EnumSet.of(ScalarType.SHORT, ScalarType.INT, ScalarType.LONG);
  private static final Set<ScalarType> UPDATED_AT =
      EnumSet.of(ScalarType.INSTANT, ScalarType.OFFSET_DATE_TIME, ScalarType.LOCAL_DATE_TIME);
  private static final Set<ScalarType> NOW = EnumSet.of(
      ScalarType.INSTANT, ScalarType.OFFSET_DATE_TIME, ScalarType.LOCAL_DATE_TIME, ScalarType.LOCAL_DATE);

  private final Diagnostics diagnostics;

  FieldRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Checks a relation component's own annotations (its pairing is checked elsewhere). */
  void checkRelation(ModelDecl model, FieldDecl field) {
    forbidOnRelation(model, field, field.id() == null ? null : field.id().mirror(), "Id");
    forbidOnRelation(model, field, field.unique() == null ? null : field.unique().mirror(), "Unique");
    forbidOnRelation(model, field, field.defaultDecl() == null ? null : field.defaultDecl().mirror(), "Default");
    forbidOnRelation(model, field, field.updatedAt(), "UpdatedAt");
    forbidOnRelation(model, field, field.json(), "Json");
    forbidOnRelation(model, field, field.version(), "Version");
    forbidOnRelation(model, field, field.computed(), "Computed");
    forbidOnRelation(model, field, field.softDelete(), "SoftDelete");
    if (field.dbType() != null) {
      diagnostics.error(field.element(), Message.SCALAR_ANNOTATION_ON_RELATION, "DbType", model.name(), field.name());
    }
    if (field.mappedName() != null) {
      diagnostics.error(field.element(), Message.SCALAR_ANNOTATION_ON_RELATION, "Map", model.name(), field.name());
    }
    if (field.type().list() && field.nullable()) {
      diagnostics.error(field.element(), Message.NULLABLE_LIST, model.name(), field.name());
    }
  }

  private void forbidOnRelation(ModelDecl model, FieldDecl field, AnnotationMirror mirror, String name) {
    if (mirror != null) {
      diagnostics.error(field.element(), mirror, Message.SCALAR_ANNOTATION_ON_RELATION, name, model.name(), field.name());
    }
  }

  /**
   * Checks a component that should be a column and resolves it; {@code null} when its type cannot
   * be stored (already reported).
   */
  Field resolveScalar(ModelDecl model, FieldDecl field) {
    TypeShape type = field.type();
    if (type.kind() != TypeShape.Kind.SCALAR && type.kind() != TypeShape.Kind.MODEL) {
      String erasure = type.element() != null ? type.element().getQualifiedName().toString() : type.javaType();
      String advice = TypeAlternatives.advice(erasure, type.javaType());
      if (advice != null) {
        diagnostics.error(field.element(), Message.TYPE_NEAR_MISS, model.name(), field.name(), type.javaType(), advice);
        return null;
      }
    }
    if (type.kind() == TypeShape.Kind.NOT_A_MODEL) {
      String simple = type.element().getSimpleName().toString();
      diagnostics.error(field.element(), Message.NOT_A_MODEL, model.name(), field.name(), type.javaType(), simple, simple);
      return null;
    }
    if (type.kind() != TypeShape.Kind.SCALAR) {
      diagnostics.error(field.element(), Message.UNSUPPORTED_TYPE, model.name(), field.name(), type.javaType());
      return null;
    }
    if (field.relation() != null) {
      diagnostics.error(field.element(), field.relation().mirror(), Message.RELATION_ON_SCALAR, model.name(), field.name(), type.javaType());
    }
    if (field.json() != null && type.scalar() != ScalarType.JSON) {
      diagnostics.error(field.element(), field.json(), Message.JSON_NOT_STRING, model.name(), field.name(), type.javaType());
    }
    checkNullability(model, field);
    if (type.jsonRecord()) {
      checkJsonRecord(model, field, type.element(), new java.util.HashSet<>());
    }
    if (field.updatedAt() != null && (type.list() || !UPDATED_AT.contains(type.scalar()))) {
      diagnostics.error(field.element(), field.updatedAt(), Message.UPDATED_AT_TYPE, model.name(), field.name(), type.javaType());
    }
    boolean version = checkVersion(model, field);
    boolean softDelete = checkSoftDelete(model, field);
    String computed = checkComputed(model, field);
    String column = field.mappedName() != null ? field.mappedName() : model.verbatim() ? field.name() : Naming.snakeCase(field.name());
    checkName(field, model.name() + "." + field.name(), column);
    if (field.renamedFrom() != null) {
      checkRenamedFrom(field.element(), model.name() + "." + field.name(), field.renamedFrom(), field.name());
    }
    return new Field(
        field.name(),
        column,
        type.scalar(),
        type.scalar() == ScalarType.ENUM ? type.element().getSimpleName().toString() : null,
        type.javaType(),
        type.list(),
        field.nullable(),
        nativeType(model, field),
        version ? DefaultValue.literal("0") : softDelete && type.scalar() == ScalarType.BOOLEAN ? DefaultValue.literal("false")
            : defaultValue(model, field),
        field.updatedAt() != null,
        version,
        computed,
        softDelete,
        field.renamedFrom());
  }

  /** Whether the component is a valid {@code @Version}: an int or long, required, managed by Quarry alone. */
  private boolean checkVersion(ModelDecl model, FieldDecl field) {
    if (field.version() == null) {
      return false;
    }
    TypeShape type = field.type();
    boolean valid = true;
    if (type.list() || (type.scalar() != ScalarType.INT && type.scalar() != ScalarType.LONG)) {
      diagnostics.error(field.element(), field.version(), Message.VERSION_TYPE, model.name(), field.name(), type.javaType());
      valid = false;
    } else if (field.nullable()) {
      diagnostics.error(field.element(), field.version(), Message.VERSION_NULLABLE, model.name(), field.name());
      valid = false;
    }
    valid &= forbidWith(model, field, field.version(), "Version", field.id() == null ? null : field.id().mirror(), "Id",
        "the id never changes, and a version changes on every update");
    valid &= forbidWith(model, field, field.version(), "Version", field.unique() == null ? null : field.unique().mirror(), "Unique",
        "every row of a table counts its own versions");
    valid &= forbidWith(model, field, field.version(), "Version", field.defaultDecl() == null ? null : field.defaultDecl().mirror(),
        "Default", "a version starts at 0");
    valid &= forbidWith(model, field, field.version(), "Version", field.updatedAt(), "UpdatedAt", "a version is a number");
    valid &= forbidWith(model, field, field.version(), "Version", field.computed(), "Computed", "Quarry counts the version");
    return valid;
  }

  /**
   * Whether the component is a valid {@code @SoftDelete}: a nullable timestamp (null while live)
   * or a required boolean (false while live).
   */
  private boolean checkSoftDelete(ModelDecl model, FieldDecl field) {
    if (field.softDelete() == null) {
      return false;
    }
    TypeShape type = field.type();
    boolean flag = type.scalar() == ScalarType.BOOLEAN;
    if (type.list() || !(flag || UPDATED_AT.contains(type.scalar()))) {
      diagnostics.error(field.element(), field.softDelete(), Message.SOFT_DELETE_TYPE, model.name(), field.name(), type.javaType());
      return false;
    }
    if (!flag && !field.nullable()) {
      diagnostics.error(field.element(), field.softDelete(), Message.SOFT_DELETE_NOT_NULLABLE, model.name(), field.name());
      return false;
    }
    if (flag && field.nullable()) {
      diagnostics.error(field.element(), field.softDelete(), Message.SOFT_DELETE_NULLABLE_FLAG, model.name(), field.name());
      return false;
    }
    boolean valid = forbidWith(model, field, field.softDelete(), "SoftDelete", field.id() == null ? null : field.id().mirror(), "Id",
        "deleting a row must not change its id");
    valid &= forbidWith(model, field, field.softDelete(), "SoftDelete", field.unique() == null ? null : field.unique().mirror(),
        "Unique", "many rows are deleted alike");
    valid &= forbidWith(model, field, field.softDelete(), "SoftDelete", field.defaultDecl() == null ? null : field.defaultDecl().mirror(),
        "Default", "a row starts live");
    valid &= forbidWith(model, field, field.softDelete(), "SoftDelete", field.updatedAt(), "UpdatedAt", "it changes on delete only");
    valid &= forbidWith(model, field, field.softDelete(), "SoftDelete", field.version(), "Version", "it marks deletion");
    valid &= forbidWith(model, field, field.softDelete(), "SoftDelete", field.computed(), "Computed", "delete sets it");
    return valid;
  }

  /** The {@code @Computed} expression, stripped; {@code null} when there is none or it is invalid (reported). */
  private String checkComputed(ModelDecl model, FieldDecl field) {
    if (field.computed() == null) {
      return null;
    }
    if (field.computedSql().isBlank()) {
      diagnostics.errorAt(field.element(), field.computed(), "value", field.computedSql(), Message.COMPUTED_EMPTY,
          model.name(), field.name());
      return null;
    }
    boolean valid = forbidWith(model, field, field.computed(), "Computed", field.id() == null ? null : field.id().mirror(), "Id",
        "a create must give the id, or the database make it");
    valid &= forbidWith(model, field, field.computed(), "Computed", field.defaultDecl() == null ? null : field.defaultDecl().mirror(),
        "Default", "the expression is the value");
    valid &= forbidWith(model, field, field.computed(), "Computed", field.updatedAt(), "UpdatedAt", "the expression is the value");
    return valid ? field.computedSql().strip() : null;
  }

  /** Reports {@code other} beside {@code annotation}; whether there is none. */
  private boolean forbidWith(ModelDecl model, FieldDecl field, AnnotationMirror annotation, String name,
      AnnotationMirror other, String otherName, String reason) {
    if (other == null) {
      return true;
    }
    diagnostics.error(field.element(), annotation, Message.ANNOTATIONS_CONFLICT, name, model.name(), field.name(), otherName, reason);
    return false;
  }

  /** Reports members of a record stored as JSON (and of records nested in it) that JSON cannot hold. */
  private void checkJsonRecord(ModelDecl model, FieldDecl field, javax.lang.model.element.TypeElement record,
      java.util.Set<String> seen) {
    if (!seen.add(record.getQualifiedName().toString())) {
      return;
    }
    for (JsonRecords.Member member : JSON_RECORDS.members(record)) {
      if (!JsonRecords.storable(member.type())) {
        diagnostics.error(field.element(), Message.JSON_MEMBER_UNSUPPORTED, model.name(), field.name(),
            record.getSimpleName(), member.name(), member.type().javaType());
      } else if (member.type().jsonRecord()) {
        checkJsonRecord(model, field, member.type().element(), seen);
      }
    }
  }

  private static final JsonRecords JSON_RECORDS = new JsonRecords();

  private void checkNullability(ModelDecl model, FieldDecl field) {
    if (!field.nullable()) {
      return;
    }
    // A scalar list may be @Nullable: a nullable array column, as Prisma makes them.
    if (field.type().primitive()) {
      diagnostics.error(field.element(), Message.NULLABLE_PRIMITIVE, model.name(), field.name(),
          field.type().javaType(), boxed(field.type().javaType()));
    }
  }

  private static String boxed(String primitive) {
    return switch (primitive) {
      case "int" -> "Integer";
      case "char" -> "Character";
      default -> Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
    };
  }

  /** Reports a database name that PostgreSQL cannot take. */
  void checkName(FieldDecl field, String owner, String name) {
    String problem = Naming.problem(name);
    if (problem != null) {
      diagnostics.error(field.element(), Message.NAME_INVALID, owner, name, problem);
    }
  }

  /** Reports an empty or pointless {@code @RenamedFrom}. */
  void checkRenamedFrom(javax.lang.model.element.Element element, String owner, String previous, String current) {
    if (previous.isBlank()) {
      diagnostics.error(element, Message.RENAMED_FROM_INVALID, previous, owner, "give the previous Java name");
    } else if (previous.equals(current)) {
      diagnostics.error(element, Message.RENAMED_FROM_INVALID, previous, owner,
          "it is the current name; remove the annotation once the migration exists");
    }
  }

  private String nativeType(ModelDecl model, FieldDecl field) {
    if (field.dbType() == null) {
      return model.verbatim() ? serial(field) : null;
    }
    NativeTypes.Result result = NativeTypes.check(field.dbType(), field.type().scalar());
    if (result.problem() != null) {
      diagnostics.error(field.element(), Message.DB_TYPE_INVALID, field.dbType(), model.name(), field.name(), result.problem());
    }
    return result.type();
  }

  /** Under Prisma's conventions an auto-increment is a SERIAL column (its sequence named {@code <table>_<column>_seq}). */
  private static String serial(FieldDecl field) {
    if (field.defaultDecl() == null || !field.defaultDecl().functions().contains("AUTOINCREMENT") || field.type().scalar() == null) {
      return null;
    }
    return switch (field.type().scalar()) {
      case SHORT -> "smallserial";
      case INT -> "serial";
      case LONG -> "bigserial";
      default -> null;
    };
  }

  private DefaultValue defaultValue(ModelDecl model, FieldDecl field) {
    DefaultDecl d = field.defaultDecl();
    if (d == null) {
      return null;
    }
    List<String> forms = new ArrayList<>();
    if (!d.values().isEmpty()) {
      forms.add(d.values().size() == 1 ? "value" : d.values().size() + " values");
    }
    if (!d.functions().isEmpty()) {
      forms.add(d.functions().size() == 1 ? "function" : d.functions().size() + " functions");
    }
    if (!d.dbGenerated().isEmpty()) {
      forms.add("dbGenerated");
    }
    boolean single = forms.size() == 1 && d.values().size() <= 1 && d.functions().size() <= 1;
    if (!single) {
      diagnostics.error(field.element(), d.mirror(), Message.DEFAULT_FORMS, model.name(), field.name(),
          forms.isEmpty() ? "none" : String.join(" and ", forms));
      return null;
    }
    if (!d.dbGenerated().isEmpty()) {
      return DefaultValue.sql(d.dbGenerated());
    }
    if (field.type().list()) {
      diagnostics.error(field.element(), d.mirror(), Message.DEFAULT_ON_LIST, model.name(), field.name());
      return null;
    }
    return d.values().isEmpty() ? function(model, field, d) : literal(model, field, d);
  }

  private DefaultValue literal(ModelDecl model, FieldDecl field, DefaultDecl d) {
    String text = d.values().get(0);
    ScalarType type = field.type().scalar();
    DefaultLiterals.Result result = DefaultLiterals.parse(text, type, enumConstants(field.type().element()));
    if (result.problem() != null) {
      diagnostics.error(field.element(), d.mirror(), Message.DEFAULT_LITERAL_INVALID, text, model.name(),
          field.name(), field.type().javaType(), result.problem());
      return null;
    }
    return DefaultValue.literal(result.value());
  }

  private DefaultValue function(ModelDecl model, FieldDecl field, DefaultDecl d) {
    String function = d.functions().get(0);
    ScalarType type = field.type().scalar();
    String needs = switch (function) {
      case "AUTOINCREMENT" -> INTEGERS.contains(type) ? null : "a short, int or long";
      case "NOW" -> NOW.contains(type) ? null : "an Instant, OffsetDateTime, LocalDateTime or LocalDate";
      case "UUID" -> type == ScalarType.UUID || type == ScalarType.STRING ? null : "a UUID or String";
      default -> type == ScalarType.STRING ? null : "a String";
    };
    if (needs != null) {
      String hint = function.equals("AUTOINCREMENT") && type == ScalarType.STRING
          ? " For generated text ids use function = UUID, CUID, ULID or NANOID."
          : "";
      diagnostics.error(field.element(), d.mirror(), Message.DEFAULT_FUNCTION_TYPE, function, model.name(),
          field.name(), needs, field.type().javaType(), hint);
      return null;
    }
    if (function.equals("AUTOINCREMENT") && field.nullable()) {
      diagnostics.error(field.element(), d.mirror(), Message.AUTOINCREMENT_NULLABLE, model.name(), field.name());
    }
    // Prisma's uuid() is made by its client, so a table Prisma made has no default there; its cuid()
    // has the first format (25 characters, sorting roughly by time).
    return (function.equals("UUID") || function.equals("CUID")) && model.verbatim()
        ? DefaultValue.runtimeFunction(function.toLowerCase(Locale.ROOT))
        : DefaultValue.function(function.toLowerCase(Locale.ROOT));
  }

  private static List<String> enumConstants(TypeElement enumType) {
    if (enumType == null) {
      return List.of();
    }
    return enumType.getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
        .map(e -> e.getSimpleName().toString())
        .toList();
  }
}
