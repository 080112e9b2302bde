package dev.quarry.processor.write;

import static dev.quarry.processor.write.RuntimeTypes.*;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.quarry.processor.model.FieldDecl;
import dev.quarry.processor.model.KeyDecl;
import dev.quarry.processor.model.ModelDecl;
import dev.quarry.processor.model.TypeShape;
import dev.quarry.schema.EnumType;
import dev.quarry.schema.Field;
import dev.quarry.schema.JoinColumn;
import dev.quarry.schema.JoinTable;
import dev.quarry.schema.Model;
import dev.quarry.schema.Relation;
import dev.quarry.schema.RelationKind;
import dev.quarry.schema.ScalarType;
import dev.quarry.schema.Schema;
import dev.quarry.schema.UniqueConstraint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;

/**
 * Writes {@code User_}: the typed attributes of a model, its unique-key factories, and the
 * {@code ModelTable} the runtime works from (row reader, accessors, relation links).
 */
final class MetamodelWriter {

  private final Schema schema;
  private final Model model;
  private final ModelDecl decl;
  private final ClassName modelType;
  private final ClassName metamodel;
  private final Map<String, String> codecs = new LinkedHashMap<>();
  private final Function<String, ClassName> classNames;

  /**
   * A writer of {@code model}'s metamodel; {@code classNames} names the classes the schema gives
   * by canonical name (related models, enums), from their elements, so no name is guessed.
   */
  MetamodelWriter(Schema schema, Model model, ModelDecl decl, Function<String, ClassName> classNames) {
    this.classNames = classNames;
    this.schema = schema;
    this.model = model;
    this.decl = decl;
    this.modelType = ClassName.get(decl.element());
    this.metamodel = metamodelName(modelType);
    for (Field field : model.fields()) {
      if (field.type() == ScalarType.ENUM) {
        codecs.putIfAbsent(field.enumName(), JavaNames.constant(field.enumName()) + "_CODEC");
      }
    }
  }

  /** {@code User} → {@code User_}, in the model's package. */
  static ClassName metamodelName(ClassName model) {
    return ClassName.get(model.packageName(), String.join("_", model.simpleNames()) + "_");
  }

  JavaFile write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(metamodel)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(generated())
        .addJavadoc("The typed columns, relations and unique keys of {@link $T}, for filters, orderings and lookups.\n", modelType)
        .addOriginatingElement(decl.element());
    for (Map.Entry<String, String> codec : codecs.entrySet()) {
      type.addField(codecField(codec.getKey(), codec.getValue()));
    }
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(MODEL_TABLE, modelType), "TABLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("How the runtime reads and writes {@link $T}.\n", modelType)
        .initializer("new Table()").build());
    for (int i = 0; i < model.fields().size(); i++) {
      type.addField(attribute(model.fields().get(i), i));
    }
    for (int i = 0; i < model.relations().size(); i++) {
      type.addField(relation(model.relations().get(i), i));
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (List<String> key : uniqueKeys()) {
      type.addMethod(uniqueFactory(key));
    }
    type.addType(new TableWriter().write());
    return JavaFile.builder(modelType.packageName(), type.build()).skipJavaLangImports(true).indent("  ").build();
  }

  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", "dev.quarry.processor.QuarryProcessor").build();
  }

  private FieldSpec codecField(String enumName, String fieldName) {
    EnumType enumType = schema.enumType(enumName).orElseThrow();
    ClassName enumClass = classNames.apply(enumType.javaType());
    CodeBlock labels = enumType.values().stream().map(v -> CodeBlock.of("$S", v.dbName())).collect(CodeBlock.joining(", "));
    return FieldSpec.builder(ParameterizedTypeName.get(ENUM_CODEC, enumClass), fieldName, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T<>($S, $T.values(), new String[] {$L})", ENUM_CODEC, enumType.dbName(), enumClass, labels)
        .build();
  }

  /** The Java type of a component as declared, without type annotations. */
  private TypeName javaType(String fieldName) {
    RecordComponentElement component = decl.field(fieldName).map(FieldDecl::element).orElseThrow();
    return TypeName.get(component.asType()).withoutAnnotations();
  }

  private TypeName boxed(String fieldName) {
    TypeName type = javaType(fieldName);
    return type.isPrimitive() ? type.box() : type;
  }

  /** What the component's type is, when it is a record stored as JSON; else {@code null}. */
  private TypeShape jsonRecord(String fieldName) {
    TypeShape type = decl.field(fieldName).map(FieldDecl::type).orElseThrow();
    return type.jsonRecord() ? type : null;
  }

  private FieldSpec attribute(Field field, int index) {
    TypeName attributeType;
    TypeName value = boxed(field.name());
    ClassName base;
    List<TypeName> arguments = new ArrayList<>();
    arguments.add(modelType);
    TypeShape json = jsonRecord(field.name());
    if (json != null) {
      base = json.jsonRecordList() ? JSON_ATTRIBUTE.nestedClass("OfList") : JSON_ATTRIBUTE;
      arguments.add(ClassName.get(json.element()));
    } else if (field.list()) {
      base = field.nullable() ? ATTRIBUTE_LIST.nestedClass("Optional") : ATTRIBUTE_LIST;
      arguments.add(((ParameterizedTypeName) value).typeArguments().get(0));
    } else {
      switch (field.type()) {
        case STRING -> base = ATTRIBUTE_STRING;
        case BOOLEAN -> base = ATTRIBUTE_BOOLEAN;
        case SHORT, INT, LONG, FLOAT, DOUBLE, DECIMAL -> {
          base = ATTRIBUTE_NUMBER;
          arguments.add(value);
        }
        case INSTANT, OFFSET_DATE_TIME, LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME -> {
          base = ATTRIBUTE_COMPARABLE;
          arguments.add(value);
        }
        default -> {
          base = ATTRIBUTE_VALUE;
          arguments.add(value);
        }
      }
      if (field.nullable()) {
        base = base.nestedClass("Optional");
      }
    }
    attributeType = ParameterizedTypeName.get(base, arguments.toArray(TypeName[]::new));
    return FieldSpec.builder(attributeType, JavaNames.constant(field.name()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("{@code $L.$L}: column {@code $L}$L.\n", model.name(), field.name(), field.column(), field.nullable() ? ", optional" : "")
        .initializer("new $T<>(TABLE, $L)", base, index)
        .build();
  }

  private FieldSpec relation(Relation relation, int index) {
    ClassName target = classNames.apply(schema.model(relation.target()).orElseThrow().javaType());
    boolean list = relation.kind() == RelationKind.ONE_TO_MANY || relation.kind() == RelationKind.MANY_TO_MANY;
    ClassName base = list ? TO_MANY : relation.nullable() ? TO_ONE.nestedClass("Optional") : TO_ONE;
    return FieldSpec.builder(ParameterizedTypeName.get(base, modelType, target), JavaNames.constant(relation.field()),
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("{@code $L.$L}: the related {@link $T}$L.\n", model.name(), relation.field(), target, list ? " rows" : "")
        .initializer("new $T<>(TABLE, $L)", base, index)
        .build();
  }

  private List<List<String>> uniqueKeys() {
    List<List<String>> keys = new ArrayList<>();
    if (model.primaryKey() != null) {
      keys.add(model.primaryKey().fields());
    }
    for (UniqueConstraint unique : model.uniques()) {
      if (!keys.contains(unique.fields())) {
        keys.add(unique.fields());
      }
    }
    model.indexes().stream().filter(dev.quarry.schema.Index::servesAsKey)
        .map(i -> i.columns().stream().map(c -> c.field()).toList())
        .filter(k -> !keys.contains(k)).forEach(keys::add);
    return keys;
  }

  private MethodSpec uniqueFactory(List<String> fields) {
    String lookup = decl.uniques().stream().filter(key -> !key.lookup().isEmpty() && key.entries().equals(fields))
        .map(KeyDecl::lookup).findFirst().orElse(JavaNames.uniqueFactory(fields));
    MethodSpec.Builder method = MethodSpec.methodBuilder(lookup)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(UNIQUE_WHERE, modelType))
        .addJavadoc("The {@link $T} whose $L $L, for {@code findUnique}, {@code update}, {@code delete} and {@code upsert}.\n",
            modelType, String.join(" and ", fields), fields.size() == 1 ? "is given" : "are given");
    for (String field : fields) {
      method.addParameter(javaType(field), field);
    }
    if (fields.size() == 1) {
      method.addStatement("return $T.of($L, $L)", UNIQUE_WHERE, JavaNames.constant(fields.get(0)), fields.get(0));
    } else {
      method.addStatement("return new $T<>($T.of($L), $T.asList($L))", UNIQUE_WHERE, List.class,
          fields.stream().map(JavaNames::constant).collect(Collectors.joining(", ")),
          java.util.Arrays.class, String.join(", ", fields));
    }
    return method.build();
  }

  /** The nested {@code Table} class. */
  private final class TableWriter {

    TypeSpec write() {
      TypeSpec.Builder table = TypeSpec.classBuilder("Table")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .superclass(ParameterizedTypeName.get(MODEL_TABLE, modelType))
          .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), RELATION_LINK), "relations", Modifier.PRIVATE).build())
          .addMethod(constructor());
      if (keys().stream().anyMatch(Key::lookup)) {
        table.addMethod(lookupSql());
        if (!model.view() && model.fields().stream().noneMatch(Field::softDelete)) {
          table.addMethod(deleteSql());
        }
      }
      if (!model.view() && model.fields().size() <= 64 && createBits() != 0) {
        table.addMethod(insertSql());
      }
      return table
          .addMethod(relations())
          .addMethod(read())
          .addMethod(get())
          .addMethod(withColumn())
          .addMethod(getRelation())
          .addMethod(withRelation())
          .build();
    }

    /**
     * The keys as the runtime lists them ({@code ModelTable.keys()}): the primary key, the uniques,
     * the unique indexes that serve as keys, then partial unique indexes over fields (no lookup key,
     * but an upsert may match on one, naming its condition), each with the fields it compares and
     * whether a lookup by it is rendered now.
     */
    private record Key(String name, List<String> fields, String where, boolean lookup) {}

    private List<Key> keys() {
      List<Key> keys = new ArrayList<>();
      if (model.primaryKey() != null) {
        keys.add(new Key(model.primaryKey().name(), model.primaryKey().fields(), null, true));
      }
      model.uniques().forEach(u -> keys.add(new Key(u.name(), u.fields(), u.where(), true)));
      model.indexes().stream().filter(dev.quarry.schema.Index::servesAsKey)
          .forEach(i -> keys.add(new Key(i.name(), i.columns().stream().map(c -> c.field()).toList(), null, true)));
      model.indexes().stream().filter(i -> i.unique() && i.where() != null && i.expression() == null)
          .forEach(i -> keys.add(new Key(i.name(), i.columns().stream().map(c -> c.field()).toList(), i.where(), false)));
      return keys;
    }

    private MethodSpec constructor() {
      CodeBlock columns = CodeBlock.builder().add("$T.of(\n", List.class).indent()
          .add(model.fields().stream().map(this::column).collect(CodeBlock.joining(",\n"))).unindent().add(")").build();
      List<Key> keys = keys();
      boolean hasPrimaryKey = model.primaryKey() != null;
      CodeBlock primaryKey = hasPrimaryKey ? key(keys.get(0)) : CodeBlock.of("null");
      List<CodeBlock> uniques = keys.subList(hasPrimaryKey ? 1 : 0, keys.size()).stream().map(this::key).toList();
      return MethodSpec.constructorBuilder()
          .addStatement("super($S, $S, $L, $L, $T.of($L))", model.name(), model.table(), columns, primaryKey, List.class,
              CodeBlock.join(uniques, ", "))
          .build();
    }

    private CodeBlock key(Key key) {
      return key.where() == null ? key(key.name(), key.fields())
          : CodeBlock.of("new $T($S, new int[] {$L}, $S)", UNIQUE_KEY, key.name(), indexes(key.fields()), key.where());
    }

    /** The lookups by key, rendered now so the runtime renders nothing for them. */
    private MethodSpec lookupSql() {
      return byKey("lookupSql", this::lookup);
    }

    /** The deletes by key, rendered now: {@code delete ... where <key> returning <every column>}. */
    private MethodSpec deleteSql() {
      return byKey("deleteSql", fields -> "delete from " + quoted(model.table()) + " as \"t0\" where " + keyCondition(fields)
          + " returning " + allColumns("\"t0\""));
    }

    /** {@code String name(int key)}: a switch over the keys with a lookup, giving each one's SQL. */
    private MethodSpec byKey(String name, java.util.function.Function<List<String>, String> sql) {
      List<Key> keys = keys();
      CodeBlock.Builder cases = CodeBlock.builder().add("return switch (key) {\n").indent();
      for (int i = 0; i < keys.size(); i++) {
        if (keys.get(i).lookup()) {
          cases.add("case $L -> $S;\n", i, sql.apply(keys.get(i).fields()));
        }
      }
      cases.add("default -> null;\n").unindent().add("};\n");
      return MethodSpec.methodBuilder(name)
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(String.class)
          .addParameter(int.class, "key")
          .addCode(cases.build())
          .build();
    }

    /**
     * The create rendered now, for the columns a create usually gives: every column but those the
     * database fills in (an identity, a database default) when the component is empty; a primitive
     * component always gives its column.
     */
    private MethodSpec insertSql() {
      long bits = createBits();
      List<String> columns = new ArrayList<>();
      for (int i = 0; i < model.fields().size(); i++) {
        if ((bits & (1L << i)) != 0) {
          columns.add(quoted(model.fields().get(i).column()));
        }
      }
      String sql = "insert into " + quoted(model.table()) + " (" + String.join(", ", columns) + ") values ("
          + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ") returning " + allColumns(quoted(model.table()));
      return MethodSpec.methodBuilder("insertSql")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(String.class)
          .addParameter(long.class, "columns")
          .addComment("The columns a create usually gives: every one but those the database fills in.")
          .addStatement("return columns == 0x$LL ? $S : null", Long.toHexString(bits), sql)
          .build();
    }

    /** The columns a create usually gives, as bits: every one but those the database fills in when the component is empty. */
    private long createBits() {
      long bits = 0;
      for (int i = 0; i < model.fields().size(); i++) {
        Field field = model.fields().get(i);
        if (!field.computedByDatabase() && (javaType(field.name()).isPrimitive() || !source(field).databaseDefault())) {
          bits |= 1L << i;
        }
      }
      return bits;
    }

    private String allColumns(String qualifier) {
      return model.fields().stream().map(f -> qualifier + "." + quoted(f.column())).collect(Collectors.joining(", "));
    }

    private String keyCondition(List<String> fields) {
      List<String> conditions = new ArrayList<>();
      for (String name : fields) {
        conditions.add("\"t0\"." + quoted(model.field(name).orElseThrow().column()) + " = ?");
      }
      return String.join(" and ", conditions);
    }

    /** {@code select "t0"."a", ... from "t" as "t0" where "t0"."k" = ? [and ...] [and live]}. */
    private String lookup(List<String> fields) {
      String live = model.fields().stream().filter(Field::softDelete).findFirst().map(mark -> " and \"t0\"." + quoted(mark.column())
          + (mark.type() == ScalarType.BOOLEAN ? " = false" : " is null")).orElse("");
      return "select " + allColumns("\"t0\"") + " from " + quoted(model.table()) + " as \"t0\" where " + keyCondition(fields) + live;
    }

    private static String quoted(String identifier) {
      return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private CodeBlock key(String name, List<String> fields) {
      return CodeBlock.of("new $T($S, new int[] {$L})", UNIQUE_KEY, name, indexes(fields));
    }

    private String indexes(List<String> fields) {
      return fields.stream().map(f -> String.valueOf(columnIndex(model, f))).collect(Collectors.joining(", "));
    }

    /** Where a column's value comes from when a create gives none: the runtime's generator, or the database. */
    private record Source(String generator, boolean databaseDefault) {}

    private Source source(Field field) {
      String generator = field.updatedAt() ? "UPDATED_AT" : field.version() ? "VERSION" : field.computedByDatabase() ? "COMPUTED"
          : field.softDelete() ? "SOFT_DELETE" : "NONE";
      boolean databaseDefault = field.defaultValue() != null || field.computedByDatabase();
      if (field.defaultValue() != null && field.defaultValue().kind() == dev.quarry.schema.DefaultValue.Kind.FUNCTION) {
        switch (field.defaultValue().value()) {
          case "uuid" -> {
            if (field.defaultValue().madeByRuntime()) {
              generator = field.type() == ScalarType.UUID ? "UUID" : "UUID_TEXT";
              databaseDefault = false;
            }
          }
          case "cuid", "ulid", "nanoid" -> {
            generator = field.defaultValue().madeByRuntime() ? "CUID_V1" : field.defaultValue().value().toUpperCase(java.util.Locale.ROOT);
            databaseDefault = false;
          }
          case "now" -> {
            // In a timestamp without time zone the database's now() would be the session's local
            // time: the runtime gives the UTC instant itself.
            if (field.type() == dev.quarry.schema.ScalarType.INSTANT && field.nativeType() != null
                && field.nativeType().startsWith("timestamp") && !field.nativeType().startsWith("timestamptz")) {
              generator = "NOW";
              databaseDefault = false;
            }
          }
          default -> { }
        }
      }
      return new Source(generator, databaseDefault);
    }

    private CodeBlock column(Field field) {
      boolean primitive = javaType(field.name()).isPrimitive();
      Source source = source(field);
      String generator = source.generator();
      boolean databaseDefault = source.databaseDefault();
      CodeBlock nativeType = field.nativeType() == null ? CodeBlock.of("null") : CodeBlock.of("$S", field.nativeType());
      TypeShape json = jsonRecord(field.name());
      if (json != null) {
        return CodeBlock.of("new $T($S, $S, $T.$L, $L, $L, $L, $L, $T.$L, $L, null, $T.CODEC$L)", COLUMN, field.name(), field.column(),
            SCALAR_TYPE, field.type(), field.list(), field.nullable(), primitive, databaseDefault, GENERATOR, generator, nativeType,
            JsonRecordWriter.name(json.element()), json.jsonRecordList() ? ".list()" : "");
      }
      return CodeBlock.of("new $T($S, $S, $T.$L, $L, $L, $L, $L, $T.$L, $L, $L)", COLUMN, field.name(), field.column(),
          SCALAR_TYPE, field.type(), field.list(), field.nullable(), primitive, databaseDefault, GENERATOR, generator, nativeType,
          field.type() == ScalarType.ENUM ? codecs.get(field.enumName()) : "null");
    }

    private MethodSpec relations() {
      List<CodeBlock> links = new ArrayList<>();
      for (int i = 0; i < model.relations().size(); i++) {
        links.add(link(model.relations().get(i), i));
      }
      return MethodSpec.methodBuilder("relations")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(ClassName.get(List.class), RELATION_LINK))
          .addComment("Built on first use: the links name other models' tables, which may refer back to this one.")
          .beginControlFlow("if (relations == null)")
          .addStatement("relations = $T.of($L)", List.class, links.isEmpty() ? CodeBlock.of("") : CodeBlock.builder().add("\n").indent()
              .add(CodeBlock.join(links, ",\n")).unindent().build())
          .endControlFlow()
          .addStatement("return relations")
          .build();
    }

    private CodeBlock link(Relation relation, int index) {
      Model target = schema.model(relation.target()).orElseThrow();
      ClassName targetMeta = metamodelName(classNames.apply(target.javaType()));
      String kind;
      List<String> local;
      List<String> remote;
      String joinTable = null;
      String joinLocal = null;
      String joinTarget = null;
      if (relation.foreignKey() != null) {
        kind = "TO_ONE";
        local = relation.foreignKey().fields();
        remote = relation.foreignKey().references();
      } else if (relation.kind() == RelationKind.MANY_TO_MANY) {
        kind = "MANY_TO_MANY";
        local = model.primaryKey().fields();
        remote = target.primaryKey().fields();
        JoinTable join = schema.joinTables().stream().filter(j -> j.name().equals(relation.joinTable())).findFirst().orElseThrow();
        boolean aIsLocal = join.a().model().equals(model.name()) && join.a().field().equals(relation.field());
        JoinColumn mine = aIsLocal ? join.a() : join.b();
        JoinColumn theirs = aIsLocal ? join.b() : join.a();
        joinTable = join.name();
        joinLocal = mine.column();
        joinTarget = theirs.column();
      } else {
        Relation inverse = target.relation(relation.inverseField()).orElseThrow();
        kind = relation.kind() == RelationKind.ONE_TO_MANY ? "TO_MANY" : "TO_ONE";
        local = inverse.foreignKey().references();
        remote = inverse.foreignKey().fields();
      }
      return CodeBlock.of("new $T($S, $L, $T.$L, () -> $T.TABLE, new int[] {$L}, new int[] {$L}, $L, $L, $L, $L, $L, $L)",
          RELATION_LINK, relation.field(), index, RELATION_KIND, kind, targetMeta,
          local.stream().map(f -> String.valueOf(columnIndex(model, f))).collect(Collectors.joining(", ")),
          remote.stream().map(f -> String.valueOf(columnIndex(target, f))).collect(Collectors.joining(", ")),
          relation.foreignKey() != null, relation.nullable(),
          literal(joinTable), literal(joinLocal), literal(joinTarget),
          literal(relation.foreignKey() == null ? null : relation.foreignKey().name()));
    }

    private CodeBlock literal(String value) {
      return value == null ? CodeBlock.of("null") : CodeBlock.of("$S", value);
    }

    private MethodSpec read() {
      List<CodeBlock> args = new ArrayList<>();
      for (FieldDecl component : decl.fields()) {
        int index = columnIndex(model, component.name());
        args.add(index < 0 ? CodeBlock.of("null") : reader(model.fields().get(index), index));
      }
      return MethodSpec.methodBuilder("read")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(modelType)
          .addParameter(ResultSet.class, "rs")
          .addParameter(int[].class, "p")
          .addException(SQLException.class)
          .addStatement("return new $T($L)", modelType, CodeBlock.builder().add("\n").indent().indent()
              .add(CodeBlock.join(args, ",\n")).unindent().unindent().build())
          .build();
    }

    private CodeBlock reader(Field field, int index) {
      TypeName type = javaType(field.name());
      String position = "p[" + index + "]";
      TypeShape json = jsonRecord(field.name());
      if (json != null) {
        ClassName codec = JsonRecordWriter.name(json.element());
        return json.jsonRecordList()
            ? CodeBlock.of("$T.list($T.getJsonRecord(rs, $L), $T.CODEC::fromJson)", JSON_CODEC, READERS, position, codec)
            : CodeBlock.of("$T.CODEC.fromJson($T.getJsonRecord(rs, $L))", codec, READERS, position);
      }
      if (field.list()) {
        return CodeBlock.of("$T.$L(rs, $L, $L)", READERS, field.nullable() ? "getNullableList" : "getList", position,
            elementReader(field));
      }
      String method = switch (field.type()) {
        case STRING -> "getString";
        case BOOLEAN -> type.isPrimitive() ? "getBooleanValue" : "getBoolean";
        case SHORT -> type.isPrimitive() ? "getShortValue" : "getShort";
        case INT -> type.isPrimitive() ? "getIntValue" : "getInteger";
        case LONG -> type.isPrimitive() ? "getLongValue" : "getLong";
        case FLOAT -> type.isPrimitive() ? "getFloatValue" : "getFloat";
        case DOUBLE -> type.isPrimitive() ? "getDoubleValue" : "getDouble";
        case DECIMAL -> "getBigDecimal";
        case UUID -> "getUuid";
        case INSTANT -> "getInstant";
        case OFFSET_DATE_TIME -> "getOffsetDateTime";
        case LOCAL_DATE -> "getLocalDate";
        case LOCAL_TIME -> "getLocalTime";
        case LOCAL_DATE_TIME -> "getLocalDateTime";
        case BYTES -> "getBytes";
        case JSON -> type.toString().equals("java.lang.String") ? "getJson" : "getJsonNode";
        case ENUM -> "getEnum";
      };
      return field.type() == ScalarType.ENUM
          ? CodeBlock.of("$T.$L(rs, $L, $L)", READERS, method, position, codecs.get(field.enumName()))
          : CodeBlock.of("$T.$L(rs, $L)", READERS, method, position);
    }

    private CodeBlock elementReader(Field field) {
      return switch (field.type()) {
        case ENUM -> CodeBlock.of("e -> $L.constant((String) e)", codecs.get(field.enumName()));
        case INSTANT -> CodeBlock.of("$T::instantElement", READERS);
        case STRING -> CodeBlock.of("$T::stringElement", READERS);
        case LOCAL_DATE -> CodeBlock.of("$T::localDateElement", READERS);
        case LOCAL_DATE_TIME -> CodeBlock.of("$T::localDateTimeElement", READERS);
        default -> CodeBlock.of("$T::element", READERS);
      };
    }

    private MethodSpec get() {
      MethodSpec.Builder method = MethodSpec.methodBuilder("get")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(Object.class)
          .addParameter(modelType, "row")
          .addParameter(int.class, "column")
          .beginControlFlow("switch (column)");
      for (int i = 0; i < model.fields().size(); i++) {
        method.addStatement("case $L: return row.$L()", i, model.fields().get(i).name());
      }
      return method.addStatement("default: throw new $T($S + column)", IndexOutOfBoundsException.class, model.name() + " has no column ")
          .endControlFlow().build();
    }

    private MethodSpec withColumn() {
      List<String> names = model.fields().stream().map(Field::name).toList();
      return copyMethod("withColumn", "column", names, this::cast);
    }

    private MethodSpec getRelation() {
      MethodSpec.Builder method = MethodSpec.methodBuilder("getRelation")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(Object.class)
          .addParameter(modelType, "row")
          .addParameter(int.class, "relation")
          .beginControlFlow("switch (relation)");
      for (int i = 0; i < model.relations().size(); i++) {
        method.addStatement("case $L: return row.$L()", i, model.relations().get(i).field());
      }
      return method.addStatement("default: throw new $T($S + relation)", IndexOutOfBoundsException.class, model.name() + " has no relation ")
          .endControlFlow().build();
    }

    private MethodSpec withRelation() {
      List<String> names = model.relations().stream().map(Relation::field).toList();
      return copyMethod("withRelation", "relation", names, name -> CodeBlock.of("($T) value", javaType(name)));
    }

    /**
     * A copy of the row with the i-th of {@code names} replaced: every component read into a local,
     * one assignment per case, one constructor call. Linear in the number of components, so a wide
     * table stays far below the JVM's 64 KB method limit.
     */
    private MethodSpec copyMethod(String methodName, String index, List<String> names,
        java.util.function.Function<String, CodeBlock> convert) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(modelType)
          .addParameter(modelType, "row")
          .addParameter(int.class, index)
          .addParameter(Object.class, "value");
      if (names.isEmpty()) {
        return method.addStatement("throw new $T($S + $L)", IndexOutOfBoundsException.class,
            model.name() + " has no " + index + " ", index).build();
      }
      List<String> parameters = List.of("row", index, "value");
      List<CodeBlock> args = new ArrayList<>();
      for (FieldDecl component : decl.fields()) {
        String local = local(component.name(), parameters);
        method.addStatement("$T $L = row.$L()", javaType(component.name()), local, component.name());
        args.add(CodeBlock.of("$L", local));
      }
      method.beginControlFlow("switch ($L)", index);
      boolean unchecked = false;
      for (int i = 0; i < names.size(); i++) {
        unchecked |= javaType(names.get(i)) instanceof ParameterizedTypeName;
        method.addStatement("case $L: $L = $L; break", i, local(names.get(i), parameters), convert.apply(names.get(i)));
      }
      method.addStatement("default: throw new $T($S + $L)", IndexOutOfBoundsException.class,
          model.name() + " has no " + index + " ", index).endControlFlow();
      method.addStatement("return new $T($L)", modelType, CodeBlock.join(args, ", "));
      if (unchecked) {
        method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
      }
      return method.build();
    }

    /** A local variable for a component: its name, unless a parameter has it. */
    private static String local(String component, List<String> parameters) {
      return parameters.contains(component) ? component + "_" : component;
    }

    /** {@code value} converted to the component's type. */
    private CodeBlock cast(String fieldName) {
      TypeName type = javaType(fieldName);
      TypeName boxed = type.isPrimitive() ? type.box() : type;
      String helper = switch (boxed.toString()) {
        case "java.lang.Short" -> "toShort";
        case "java.lang.Integer" -> "toInteger";
        case "java.lang.Long" -> "toLong";
        case "java.lang.Float" -> "toFloat";
        case "java.lang.Double" -> "toDouble";
        default -> null;
      };
      if (helper != null) {
        return CodeBlock.of("$T.$L(value)", CAST, helper);
      }
      return CodeBlock.of("($T) value", boxed instanceof ArrayTypeName ? type : boxed);
    }
  }

  static int columnIndex(Model model, String field) {
    for (int i = 0; i < model.fields().size(); i++) {
      if (model.fields().get(i).name().equals(field)) {
        return i;
      }
    }
    return -1;
  }
}
