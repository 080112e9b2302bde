package dev.quarry.importer.prisma;

import static dev.quarry.importer.source.Annotations.map;
import static dev.quarry.importer.source.Annotations.strings;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.quarry.annotations.DbType;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Index;
import dev.quarry.annotations.IndexMethod;
import dev.quarry.annotations.Map;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.ReferentialAction;
import dev.quarry.annotations.Relation;
import dev.quarry.annotations.Unique;
import dev.quarry.annotations.UpdatedAt;
import dev.quarry.annotations.View;
import dev.quarry.importer.prisma.Ast.Array;
import dev.quarry.importer.prisma.Ast.Attribute;
import dev.quarry.importer.prisma.Ast.Block;
import dev.quarry.importer.prisma.Ast.Call;
import dev.quarry.importer.prisma.Ast.Member;
import dev.quarry.importer.prisma.Ast.Name;
import dev.quarry.importer.prisma.Ast.Str;
import dev.quarry.importer.prisma.Ast.Value;
import dev.quarry.importer.source.Component;
import dev.quarry.importer.source.JavaEnum;
import dev.quarry.importer.source.JavaNames;
import dev.quarry.importer.source.JavaRecord;
import dev.quarry.importer.source.JavaSources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Translates a Prisma schema's models, views and enums into Quarry records and enums under
 * {@code @Naming(NamingStyle.VERBATIM)}, so that Quarry's names are Prisma's: annotations are
 * written only where Prisma's schema names something itself or a Java name had to change.
 */
final class PrismaTranslator {

  private static final Set<String> IGNORED_BLOCK_ATTRIBUTES = Set.of("ignore");

  private final java.util.Map<String, Block> models = new LinkedHashMap<>();
  private final java.util.Map<String, Block> enums = new LinkedHashMap<>();
  private final Problems problems;
  private final List<String> notes;

  PrismaTranslator(List<Block> blocks, Problems problems, List<String> notes) {
    this.problems = problems;
    this.notes = notes;
    for (Block block : blocks) {
      switch (block.keyword()) {
        case "model", "view" -> {
          if (models.put(block.name(), block) != null) {
            problems.add(block.position(), "the model " + block.name() + " is declared twice");
          }
        }
        case "enum" -> {
          if (enums.put(block.name(), block) != null) {
            problems.add(block.position(), "the enum " + block.name() + " is declared twice");
          }
        }
        case "type" -> problems.add(block.position(), "composite types (type " + block.name()
            + ") exist for MongoDB only; a PostgreSQL schema cannot have them");
        default -> { } // datasource and generator: checked by PrismaImport
      }
    }
  }

  JavaSources translate(String packageName) {
    List<JavaEnum> javaEnums = enums.values().stream().map(this::enumType).toList();
    List<JavaRecord> records = new ArrayList<>();
    for (Block model : models.values()) {
      if (model.attributes().stream().anyMatch(a -> IGNORED_BLOCK_ATTRIBUTES.contains(a.name()))) {
        notes.add(model.position() + ": " + model.keyword() + " " + model.name()
            + " is @@ignore: not imported; its table stays as it is");
        continue;
      }
      records.add(record(model));
    }
    return new JavaSources(packageName, "Models imported from a Prisma schema.", true, records, javaEnums);
  }

  private JavaEnum enumType(Block block) {
    List<AnnotationSpec> annotations = new ArrayList<>();
    String javaName = JavaNames.typeName(block.name());
    Optional<String> mapped = stringArg(block.attributes(), "map");
    if (mapped.isPresent() || !javaName.equals(block.name())) {
      annotations.add(map(mapped.orElse(block.name())));
    }
    List<JavaEnum.Constant> constants = new ArrayList<>();
    for (Member member : block.members()) {
      String constant = JavaNames.memberName(member.name());
      String label = member.attribute("map").flatMap(a -> string(a, "name", 0)).orElse(member.name());
      constants.add(new JavaEnum.Constant(constant, label.equals(constant) ? null : label, member.doc()));
    }
    return new JavaEnum(javaName, annotations, constants, block.doc());
  }

  private JavaRecord record(Block model) {
    String javaName = JavaNames.typeName(model.name());
    List<AnnotationSpec> annotations = new ArrayList<>();
    annotations.add(AnnotationSpec.builder(model.keyword().equals("view") ? View.class : Model.class).build());
    Optional<String> table = stringArg(model.attributes(), "map");
    if (table.isPresent() || !javaName.equals(model.name())) {
      annotations.add(map(table.orElse(model.name())));
    }
    List<String> notes = new ArrayList<>();
    for (Attribute attribute : model.attributes()) {
      switch (attribute.name()) {
        case "id" -> annotations.add(compositeId(model, attribute));
        case "unique" -> compositeUnique(model, attribute).ifPresent(annotations::add);
        case "index" -> index(model, attribute).ifPresent(annotations::add);
        case "map" -> { }
        default -> problems.add(attribute.position(), "@@" + attribute.name() + " on " + model.name()
            + " has no Quarry equivalent yet");
      }
    }
    List<Component> components = new ArrayList<>();
    for (Member field : model.members()) {
      if (field.has("ignore")) {
        notes.add("{@code " + field.name() + "}: @ignore in the Prisma schema; the column stays as it is");
        this.notes.add(field.position() + ": " + model.name() + "." + field.name() + " is @ignore: not imported");
        continue;
      }
      if (field.type().unsupported() != null) {
        notes.add("{@code " + field.name() + " Unsupported(\"" + field.type().unsupported()
            + "\")}: Quarry has no type for it; the column stays as it is");
        this.notes.add(field.position() + ": " + model.name() + "." + field.name() + " is Unsupported(\""
            + field.type().unsupported() + "\"): not imported, kept as a comment on " + javaName);
        continue;
      }
      component(model, field).ifPresent(components::add);
    }
    return new JavaRecord(javaName, annotations, components, model.doc(), notes);
  }

  private Optional<Component> component(Block model, Member field) {
    String name = JavaNames.memberName(field.name());
    List<AnnotationSpec> annotations = new ArrayList<>();
    String typeName = field.type().name();
    TypeName type;
    String dbType = null;
    if (models.containsKey(typeName)) {
      return Optional.of(relation(model, field, name));
    } else if (enums.containsKey(typeName)) {
      type = ClassName.get("", JavaNames.typeName(typeName));
    } else if (PrismaTypes.SCALARS.contains(typeName)) {
      Optional<PrismaTypes.Mapped> mapped = PrismaTypes.map(field, problems);
      if (mapped.isEmpty()) {
        return Optional.empty();
      }
      type = mapped.get().type();
      dbType = mapped.get().dbType();
      if (mapped.get().dbType() != null) {
        annotations.add(AnnotationSpec.builder(DbType.class).addMember("value", "$S", mapped.get().dbType()).build());
      }
    } else {
      problems.add(field.position(), "the type " + typeName + " of " + model.name() + "." + field.name()
          + " is neither a scalar type nor a model or enum of this schema");
      return Optional.empty();
    }
    for (Attribute attribute : field.attributes()) {
      switch (attribute.name()) {
        case "id" -> annotations.add(0, named(Id.class, attribute, "map"));
        case "unique" -> {
          refuseSort(model, field.name(), attribute);
          annotations.add(named(Unique.class, attribute, "map"));
        }
        case "updatedAt" -> annotations.add(AnnotationSpec.builder(UpdatedAt.class).build());
        case "map" -> string(attribute, "name", 0).ifPresent(column -> annotations.add(map(column)));
        case "default" -> PrismaDefaults.of(field, this::constantName, c -> label(typeName, c), arrayType(field, dbType),
            problems).ifPresent(annotations::add);
        default -> {
          if (!attribute.name().startsWith("db.")) {
            problems.add(attribute.position(), "@" + attribute.name() + " on " + model.name() + "." + field.name()
                + " has no Quarry equivalent");
          }
        }
      }
    }
    if (!name.equals(field.name()) && !field.has("map")) {
      annotations.add(map(field.name()));
    }
    boolean defaulted = field.has("default") || field.has("updatedAt");
    if (field.type().list()) {
      // Prisma's scalar lists are nullable arrays a create may leave out.
      type = ParameterizedTypeName.get(ClassName.get(List.class), type.box());
      annotations.add(AnnotationSpec.builder(Nullable.class).build());
    } else if (field.type().optional()) {
      type = type.box();
      annotations.add(AnnotationSpec.builder(Nullable.class).build());
    } else if (defaulted) {
      type = type.box();
    }
    return Optional.of(new Component(name, type, annotations, field.doc()));
  }

  private Component relation(Block model, Member field, String name) {
    String target = field.type().name();
    TypeName type = ClassName.get("", JavaNames.typeName(target));
    List<AnnotationSpec> annotations = new ArrayList<>();
    AnnotationSpec.Builder spec = AnnotationSpec.builder(Relation.class);
    Optional<Attribute> relation = field.attribute("relation");
    if (relation.isPresent()) {
      Attribute r = relation.get();
      string(r, "name", 0).ifPresent(n -> spec.addMember("name", "$S", n));
      r.arg("fields", -1).ifPresent(v -> spec.addMember("fields", strings(fieldNames(v, model.name(), r))));
      r.arg("references", -1).ifPresent(v -> spec.addMember("references", strings(fieldNames(v, target, r))));
      r.arg("onDelete", -1).flatMap(v -> action(v, r)).ifPresent(a -> spec.addMember("onDelete", "$T.$L", ReferentialAction.class, a));
      r.arg("onUpdate", -1).flatMap(v -> action(v, r)).ifPresent(a -> spec.addMember("onUpdate", "$T.$L", ReferentialAction.class, a));
      string(r, "map", -1).ifPresent(n -> spec.addMember("foreignKey", "$S", n));
    }
    if (field.type().list()) {
      joinTable(model, field, spec);
    }
    AnnotationSpec built = spec.build();
    if (!built.members().isEmpty()) {
      annotations.add(built);
    }
    for (Attribute attribute : field.attributes()) {
      if (!attribute.name().equals("relation")) {
        problems.add(attribute.position(), "@" + attribute.name() + " on the relation field " + model.name() + "."
            + field.name() + " has no meaning there");
      }
    }
    if (field.type().list()) {
      type = ParameterizedTypeName.get(ClassName.get(List.class), type);
    } else if (field.type().optional()) {
      annotations.add(AnnotationSpec.builder(Nullable.class).build());
    }
    return new Component(name, type, annotations, field.doc());
  }

  /**
   * Names the join table of an implicit many-to-many relation when Quarry would derive another
   * name or column order than Prisma, which happens only when a model's Java name had to change;
   * written on the side Quarry takes as side a.
   */
  private void joinTable(Block model, Member field, AnnotationSpec.Builder spec) {
    Block target = models.get(field.type().name());
    String name = relationName(field);
    Optional<Member> other = target.members().stream()
        .filter(m -> m != field && m.type() != null && m.type().list() && m.type().name().equals(model.name()))
        .filter(m -> relationName(m).equals(name))
        .findFirst();
    if (other.isEmpty() || field.attribute("relation").flatMap(r -> r.arg("fields", -1)).isPresent()) {
      return;
    }
    String prismaName = name.isEmpty() ? defaultRelationName(model.name(), target.name()) : name;
    String javaName = name.isEmpty()
        ? defaultRelationName(JavaNames.typeName(model.name()), JavaNames.typeName(target.name())) : name;
    boolean prismaFirst = sidesFirst(model.name(), target.name(), field.name(), other.get().name());
    boolean javaFirst = sidesFirst(JavaNames.typeName(model.name()), JavaNames.typeName(target.name()),
        JavaNames.memberName(field.name()), JavaNames.memberName(other.get().name()));
    if (!javaFirst || (prismaName.equals(javaName) && prismaFirst == javaFirst)) {
      return;
    }
    spec.addMember("joinTable", "$S", "_" + prismaName)
        .addMember("joinColumns", strings(prismaFirst ? List.of("A", "B") : List.of("B", "A")));
  }

  private static boolean sidesFirst(String model, String target, String field, String otherField) {
    return model.equals(target) ? field.compareTo(otherField) <= 0 : model.compareTo(target) <= 0;
  }

  private static String defaultRelationName(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "To" + b : b + "To" + a;
  }

  private static String relationName(Member field) {
    return field.attribute("relation").flatMap(r -> string(r, "name", 0)).orElse("");
  }

  private AnnotationSpec compositeId(Block model, Attribute attribute) {
    AnnotationSpec.Builder spec = AnnotationSpec.builder(Id.class);
    attribute.arg("fields", 0).ifPresent(v -> spec.addMember("fields", strings(fieldNames(v, model.name(), attribute))));
    string(attribute, "map", -1).ifPresent(n -> spec.addMember("name", "$S", n));
    return spec.build();
  }

  private Optional<AnnotationSpec> compositeUnique(Block model, Attribute attribute) {
    refuseSort(model, "@@unique", attribute);
    AnnotationSpec.Builder spec = AnnotationSpec.builder(Unique.class);
    attribute.arg("fields", 0).ifPresent(v -> spec.addMember("fields", strings(fieldNames(v, model.name(), attribute))));
    string(attribute, "map", -1).ifPresent(n -> spec.addMember("name", "$S", n));
    string(attribute, "name", -1).ifPresent(n -> spec.addMember("lookup", "$S", n));
    return Optional.of(spec.build());
  }

  private Optional<AnnotationSpec> index(Block model, Attribute attribute) {
    for (String unsupported : List.of("ops", "clustered")) {
      if (attribute.arg(unsupported, -1).isPresent()) {
        problems.add(attribute.position(), "@@index(" + unsupported + ": ...) on " + model.name()
            + " has no Quarry equivalent yet (Quarry indexes with each method's default operator class)");
        return Optional.empty();
      }
    }
    Optional<IndexMethod> method = Optional.empty();
    Optional<Value> type = attribute.arg("type", -1);
    if (type.isPresent()) {
      method = type.get() instanceof Name name ? PrismaTypes.indexMethod(name.text()) : Optional.empty();
      if (method.isEmpty()) {
        problems.add(attribute.position(), "@@index(type: ...) on " + model.name()
            + " names no index type Quarry knows (BTree, Hash, Gist, SpGist, Gin, Brin)");
        return Optional.empty();
      }
    }
    Optional<Value> fields = attribute.arg("fields", 0);
    if (fields.isEmpty() || !(fields.get() instanceof Array array)) {
      problems.add(attribute.position(), "@@index on " + model.name() + " needs a list of fields");
      return Optional.empty();
    }
    List<String> columns = new ArrayList<>();
    for (Value item : array.items()) {
      String field = fieldName(item, model.name(), attribute);
      String sort = item instanceof Call call ? sortOf(call) : "";
      columns.add(field + (sort.equals("Desc") ? " desc" : ""));
    }
    AnnotationSpec.Builder spec = AnnotationSpec.builder(Index.class).addMember("value", strings(columns));
    string(attribute, "map", -1).or(() -> string(attribute, "name", -1)).ifPresent(n -> spec.addMember("name", "$S", n));
    method.filter(m -> m != IndexMethod.BTREE).ifPresent(m -> spec.addMember("using", "$T.$L", IndexMethod.class, m.name()));
    return Optional.of(spec.build());
  }

  private void refuseSort(Block model, String what, Attribute attribute) {
    Optional<Value> fields = attribute.arg("fields", 0);
    List<Value> items = fields.orElse(null) instanceof Array array ? array.items() : List.of();
    boolean sorted = attribute.arg("sort", -1).isPresent() || attribute.arg("length", -1).isPresent()
        || items.stream().anyMatch(v -> v instanceof Call);
    if (sorted) {
      problems.add(attribute.position(), "a sort order or length on a unique of " + model.name() + " (" + what
          + ") has no Quarry equivalent yet; a unique is ascending");
    }
  }

  private static String sortOf(Call call) {
    for (Ast.Arg arg : call.args()) {
      if ("sort".equals(arg.name()) && arg.value() instanceof Name n) {
        return n.text();
      }
    }
    return "";
  }

  /** The Java component names of a list of Prisma field names of {@code model}. */
  private List<String> fieldNames(Value value, String model, Attribute attribute) {
    if (!(value instanceof Array array)) {
      problems.add(attribute.position(), "expected a list of fields, as in [authorId]");
      return List.of();
    }
    return array.items().stream().map(item -> fieldName(item, model, attribute)).toList();
  }

  private String fieldName(Value item, String model, Attribute attribute) {
    String name = item instanceof Name n ? n.text() : item instanceof Call c ? c.name() : null;
    if (name == null) {
      problems.add(item.position(), "expected a field name");
      return "?";
    }
    Block block = models.get(model);
    if (block != null && block.members().stream().noneMatch(m -> m.name().equals(name))) {
      problems.add(attribute.position(), model + " has no field " + name);
    }
    return JavaNames.memberName(name);
  }

  private Optional<String> action(Value value, Attribute attribute) {
    String text = value instanceof Name n ? n.text() : "";
    return switch (text) {
      case "Cascade" -> Optional.of("CASCADE");
      case "Restrict" -> Optional.of("RESTRICT");
      case "NoAction" -> Optional.of("NO_ACTION");
      case "SetNull" -> Optional.of("SET_NULL");
      case "SetDefault" -> Optional.of("SET_DEFAULT");
      default -> {
        problems.add(value.position(), "expected Cascade, Restrict, NoAction, SetNull or SetDefault in @"
            + attribute.name());
        yield Optional.empty();
      }
    };
  }

  /** The database label of an enum's constant. */
  private String label(String enumName, String constant) {
    Block block = enums.get(enumName);
    return block == null ? constant : block.members().stream().filter(m -> m.name().equals(constant)).findFirst()
        .flatMap(m -> m.attribute("map")).flatMap(a -> string(a, "name", 0)).orElse(constant);
  }

  /** A list column's array type as Prisma writes it in DDL. */
  private String arrayType(Member field, String dbType) {
    String typeName = field.type().name();
    Block enumBlock = enums.get(typeName);
    if (enumBlock != null) {
      return "\"" + stringArg(enumBlock.attributes(), "map").orElse(typeName) + "\"[]";
    }
    Optional<Attribute> db = field.attributes().stream().filter(a -> a.name().startsWith("db.")).findFirst();
    if (dbType == null && db.isPresent()) {
      // @db.SmallInt -> SMALLINT, @db.DoublePrecision -> DOUBLE PRECISION, @db.Timestamptz(3) -> TIMESTAMPTZ(3)
      String nativeName = db.get().name().substring(3).replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(java.util.Locale.ROOT);
      String args = String.join(",", db.get().args().stream().map(a -> a.value() instanceof Ast.Num n ? n.text() : "").toList());
      dbType = nativeName.replace("JSON B", "JSONB").replace("BYTE A", "BYTEA") + (args.isEmpty() ? "" : "(" + args + ")");
    }
    String element = dbType != null ? dbType.toUpperCase(java.util.Locale.ROOT) : switch (typeName) {
      case "Int" -> "INTEGER";
      case "BigInt" -> "BIGINT";
      case "Float" -> "DOUBLE PRECISION";
      case "Boolean" -> "BOOLEAN";
      case "Json" -> "JSONB";
      case "Bytes" -> "BYTEA";
      default -> "TEXT";
    };
    return element + "[]";
  }

  private String constantName(String prismaName) {
    return JavaNames.memberName(prismaName);
  }

  private static AnnotationSpec named(Class<?> annotation, Attribute attribute, String argName) {
    AnnotationSpec.Builder spec = AnnotationSpec.builder(annotation);
    string(attribute, argName, -1).ifPresent(n -> spec.addMember("name", "$S", n));
    return spec.build();
  }


  private static Optional<String> string(Attribute attribute, String argName, int index) {
    return attribute.arg(argName, index).filter(Str.class::isInstance).map(v -> ((Str) v).text());
  }

  private static Optional<String> stringArg(List<Attribute> attributes, String attributeName) {
    return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst().flatMap(a -> string(a, "name", 0));
  }
}
