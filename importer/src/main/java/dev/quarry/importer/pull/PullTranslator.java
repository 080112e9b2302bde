package dev.quarry.importer.pull;

import static dev.quarry.importer.source.Annotations.map;
import static dev.quarry.importer.source.Annotations.strings;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.quarry.annotations.DbType;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Index;
import dev.quarry.annotations.Map;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import dev.quarry.annotations.ReferentialAction;
import dev.quarry.annotations.Relation;
import dev.quarry.annotations.Unique;
import dev.quarry.annotations.View;
import dev.quarry.importer.pull.DbCatalog.Column;
import dev.quarry.importer.pull.DbCatalog.ForeignKey;
import dev.quarry.importer.pull.DbCatalog.Key;
import dev.quarry.importer.pull.DbCatalog.Table;
import dev.quarry.importer.source.Component;
import dev.quarry.importer.source.JavaEnum;
import dev.quarry.importer.source.JavaNames;
import dev.quarry.importer.source.JavaRecord;
import dev.quarry.importer.source.JavaSources;
import dev.quarry.processor.validate.Naming;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Translates a {@link DbCatalog} into records and enums whose migration makes that catalog again.
 * The naming style follows the database: names as written (Prisma's) when any table or column has
 * upper case, else Quarry's snake_case; an annotation names whatever the style would derive
 * otherwise.
 */
final class PullTranslator {

  private static final Pattern LOWER_SNAKE = Pattern.compile("[a-z_][a-z0-9_]*");

  private final DbCatalog catalog;
  private final boolean verbatim;
  private final List<String> notes;
  private final java.util.Map<String, String> modelNames = new LinkedHashMap<>();
  private final java.util.Map<String, java.util.Map<String, String>> componentNames = new LinkedHashMap<>();
  private final java.util.Map<String, String> enumNames = new LinkedHashMap<>();
  private final java.util.Map<String, java.util.Map<String, String>> constants = new LinkedHashMap<>();
  private final java.util.Map<String, List<Component>> relations = new LinkedHashMap<>();
  private final java.util.Map<String, Set<String>> taken = new LinkedHashMap<>();
  private final Set<String> joinTables = new HashSet<>();

  PullTranslator(DbCatalog catalog, List<String> notes) {
    this.catalog = catalog;
    this.notes = notes;
    catalog.tables().values().stream().filter(this::isJoinTable).forEach(t -> joinTables.add(t.name()));
    this.verbatim = catalog.tables().values().stream().filter(t -> !joinTables.contains(t.name()))
        .anyMatch(t -> !LOWER_SNAKE.matcher(t.name()).matches()
            || t.columns().stream().anyMatch(c -> !LOWER_SNAKE.matcher(c.name()).matches()))
        || catalog.enums().keySet().stream().anyMatch(e -> !LOWER_SNAKE.matcher(e).matches());
  }

  JavaSources translate(String packageName) {
    catalog.enums().forEach((name, labels) -> nameEnum(name, labels));
    Set<String> usedModels = new HashSet<>();
    for (Table table : catalog.tables().values()) {
      if (!joinTables.contains(table.name())) {
        modelNames.put(table.name(), unique(modelName(table.name()), usedModels));
        java.util.Map<String, String> columns = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        table.columns().forEach(c -> columns.put(c.name(), unique(componentName(c.name()), used)));
        componentNames.put(table.name(), columns);
        taken.put(table.name(), used);
        relations.put(table.name(), new ArrayList<>());
      }
    }
    for (Table table : catalog.tables().values()) {
      if (joinTables.contains(table.name())) {
        manyToMany(table);
      } else {
        table.foreignKeys().forEach(fk -> foreignKey(table, fk));
      }
    }
    List<JavaEnum> enums = catalog.enums().keySet().stream().map(this::enumType).toList();
    List<JavaRecord> records = catalog.tables().values().stream().filter(t -> !joinTables.contains(t.name()))
        .map(this::record).toList();
    return new JavaSources(packageName, "Models pulled from a PostgreSQL database.", verbatim, records, enums);
  }

  // ---- names ----

  private String modelName(String table) {
    if (verbatim) {
      // Names as written; a lower-case table (users) reads as its record (User) mapped to it.
      return JavaNames.typeName(isTypeName(table) ? table : singular(pascal(table)));
    }
    String base = pascal(table);
    for (String[] rule : new String[][] {{"ies", "y"}, {"es", ""}, {"s", ""}}) {
      String candidate = singular(base, rule[0], rule[1]);
      if (candidate != null && Naming.tableName(candidate).equals(table)) {
        return JavaNames.typeName(candidate);
      }
    }
    return JavaNames.typeName(base);
  }

  /** A name Java code reads as a type: an identifier that starts with an upper-case letter. */
  private static boolean isTypeName(String name) {
    return SourceVersion.isIdentifier(name) && Character.isUpperCase(name.charAt(0));
  }

  /** The singular of an English plural by the common rules, or the word itself. */
  private static String singular(String word) {
    if (word.endsWith("ies") && word.length() > 3) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
      return word.substring(0, word.length() - 2);
    }
    return word.endsWith("s") && !word.endsWith("ss") && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
  }

  private static String singular(String word, String suffix, String replacement) {
    return word.endsWith(suffix) && word.length() > suffix.length() ? word.substring(0, word.length() - suffix.length()) + replacement : null;
  }

  private String componentName(String column) {
    // Names as written, but a snake_case column reads as a camelCase component mapped to it.
    String name = verbatim && SourceVersion.isIdentifier(column) && column.indexOf('_') < 0 ? column : camel(column);
    return JavaNames.memberName(name);
  }

  private String defaultTable(String model) {
    return verbatim ? model : Naming.tableName(model);
  }

  private String defaultColumn(String component) {
    return verbatim ? component : Naming.snakeCase(component);
  }

  private static String pascal(String name) {
    String camel = camel(name);
    return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
  }

  private static String camel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = out.length() > 0;
      } else {
        out.append(upper ? Character.toUpperCase(c) : out.length() == 0 ? Character.toLowerCase(c) : c);
        upper = false;
      }
    }
    String result = out.isEmpty() ? "x" : out.toString();
    return Character.isDigit(result.charAt(0)) ? "_" + result : result;
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static String unique(String name, Set<String> used) {
    String candidate = name;
    for (int i = 2; !used.add(candidate); i++) {
      candidate = name + i;
    }
    return candidate;
  }

  // ---- enums ----

  private void nameEnum(String dbName, List<String> labels) {
    String name = JavaNames.typeName(verbatim && isTypeName(dbName) ? dbName : pascal(dbName));
    enumNames.put(dbName, name);
    java.util.Map<String, String> byLabel = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (String label : labels) {
      String constant = SourceVersion.isIdentifier(label) ? label : label.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
      if (constant.isEmpty() || Character.isDigit(constant.charAt(0))) {
        constant = "_" + constant;
      }
      byLabel.put(label, unique(JavaNames.memberName(constant), used));
    }
    constants.put(dbName, byLabel);
  }

  private JavaEnum enumType(String dbName) {
    String name = enumNames.get(dbName);
    String derived = verbatim ? name : Naming.snakeCase(name);
    List<AnnotationSpec> annotations = derived.equals(dbName) ? List.of() : List.of(map(dbName));
    List<JavaEnum.Constant> values = new ArrayList<>();
    constants.get(dbName).forEach((label, constant) -> values.add(new JavaEnum.Constant(constant, label.equals(constant) ? null : label, List.of())));
    return new JavaEnum(name, annotations, values, List.of());
  }

  // ---- records ----

  private JavaRecord record(Table table) {
    String name = modelNames.get(table.name());
    java.util.Map<String, String> names = componentNames.get(table.name());
    List<AnnotationSpec> annotations = new ArrayList<>();
    if (table.view() && table.viewSql() != null) {
      // The view's query comes along, so Migrate creates the same view.
      AnnotationSpec.Builder view = AnnotationSpec.builder(View.class).addMember("sql", "$S", table.viewSql());
      if (table.materialized()) {
        view.addMember("materialized", "true");
      }
      annotations.add(view.build());
    } else {
      annotations.add(AnnotationSpec.builder(table.view() ? View.class : Model.class).build());
    }
    if (!defaultTable(name).equals(table.name())) {
      annotations.add(map(table.name()));
    }
    List<String> recordNotes = new ArrayList<>();
    Key primaryKey = table.primaryKey();
    if (primaryKey != null && primaryKey.columns().size() > 1) {
      AnnotationSpec.Builder id = AnnotationSpec.builder(Id.class).addMember("fields", strings(java(names, primaryKey.columns())));
      if (!primaryKey.name().equals(Naming.primaryKey(table.name()))) {
        id.addMember("name", "$S", primaryKey.name());
      }
      annotations.add(id.build());
    }
    for (Key unique : table.uniques()) {
      boolean asIndex = !unique.constraint() && (!verbatim || unique.descending().contains(true));
      if (unique.constraint() && verbatim) {
        recordNotes.add("the unique constraint " + unique.name() + " is made as a unique index under Prisma's naming");
        notes.add(table.name() + ": the unique constraint " + unique.name() + " becomes a unique index (Prisma's naming makes uniques as indexes)");
      }
      if (asIndex) {
        annotations.add(index(table, unique, names, true));
      } else if (unique.columns().size() > 1) {
        AnnotationSpec.Builder spec = AnnotationSpec.builder(Unique.class).addMember("fields", strings(java(names, unique.columns())));
        if (!unique.name().equals(Naming.unique(table.name(), unique.columns()))) {
          spec.addMember("name", "$S", unique.name());
        }
        annotations.add(spec.build());
      }
    }
    for (Key index : table.indexes()) {
      annotations.add(index(table, index, names, false));
    }
    for (String leftOut : table.leftOut()) {
      recordNotes.add("{@code " + leftOut.replace("@", "{@literal @}") + "}: Quarry has no annotation for it yet; it stays as it is");
      notes.add(table.name() + ": " + leftOut + " is not expressed by the record (it stays in the database)");
    }
    List<Component> components = new ArrayList<>();
    for (Column column : table.columns()) {
      Component component = scalar(table, column, names.get(column.name()), recordNotes);
      if (component != null) {
        components.add(component);
      }
    }
    components.addAll(relations.get(table.name()));
    return new JavaRecord(name, annotations, components, List.of(), recordNotes);
  }

  private AnnotationSpec index(Table table, Key key, java.util.Map<String, String> names, boolean unique) {
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < key.columns().size(); i++) {
      columns.add(names.get(key.columns().get(i)) + (key.descending().get(i) ? " desc" : ""));
    }
    AnnotationSpec.Builder spec = AnnotationSpec.builder(Index.class).addMember("value", strings(columns));
    if (unique) {
      spec.addMember("unique", "true");
    }
    String derived = unique ? Naming.unique(table.name(), key.columns()) : Naming.index(table.name(), key.columns());
    if (!key.name().equals(derived)) {
      spec.addMember("name", "$S", key.name());
    }
    return spec.build();
  }

  private Component scalar(Table table, Column column, String name, List<String> recordNotes) {
    String enumName = column.enumType() ? enumNames.get(column.type()) : null;
    PullTypes.Mapped mapped = PullTypes.map(column, verbatim, enumName);
    if (mapped == null) {
      recordNotes.add("{@code " + column.name() + " " + column.formatted() + "}: Quarry has no type for it; the column stays as it is");
      notes.add(table.name() + "." + column.name() + " (" + column.formatted() + ") has no Quarry type: not pulled, kept as a comment");
      return null;
    }
    List<AnnotationSpec> annotations = new ArrayList<>();
    Key primaryKey = table.primaryKey();
    if (primaryKey != null && primaryKey.columns().equals(List.of(column.name()))) {
      AnnotationSpec.Builder id = AnnotationSpec.builder(Id.class);
      if (!primaryKey.name().equals(Naming.primaryKey(table.name()))) {
        id.addMember("name", "$S", primaryKey.name());
      }
      annotations.add(id.build());
    }
    String serial = serial(table, column);
    AnnotationSpec defaultValue = serial != null || column.identity()
        ? AnnotationSpec.builder(Default.class).addMember("function", "$T.$L", DefaultFunction.class, "AUTOINCREMENT").build()
        : PullDefaults.of(column, verbatim, column.enumType() ? constants.get(column.type()) : java.util.Map.of());
    if (column.identity() && verbatim) {
      notes.add(table.name() + "." + column.name() + " is an identity column; under Prisma's naming Quarry makes autoincrement a serial");
    }
    String dbType = serial != null && !verbatim ? serial : mapped.dbType();
    if (dbType != null && !column.array()) {
      annotations.add(AnnotationSpec.builder(DbType.class).addMember("value", "$S", dbType).build());
    } else if (column.array() && mapped.dbType() != null) {
      annotations.add(AnnotationSpec.builder(DbType.class).addMember("value", "$S", mapped.dbType()).build());
    }
    for (Key unique : table.uniques()) {
      boolean asIndex = !unique.constraint() && (!verbatim || unique.descending().contains(true));
      if (!asIndex && unique.columns().equals(List.of(column.name()))) {
        AnnotationSpec.Builder spec = AnnotationSpec.builder(Unique.class);
        if (!unique.name().equals(Naming.unique(table.name(), unique.columns()))) {
          spec.addMember("name", "$S", unique.name());
        }
        annotations.add(spec.build());
      }
    }
    if (defaultValue != null) {
      annotations.add(defaultValue);
    }
    if (!defaultColumn(name).equals(column.name())) {
      annotations.add(map(column.name()));
    }
    TypeName type = mapped.type();
    boolean nullable = !column.notNull() || table.view();
    if (column.array()) {
      type = ParameterizedTypeName.get(ClassName.get(List.class), type.box());
    } else if (nullable || defaultValue != null) {
      type = type.box();
    }
    if (nullable) {
      annotations.add(AnnotationSpec.builder(Nullable.class).build());
    }
    return new Component(name, type, annotations, List.of());
  }

  /** {@code serial}, {@code bigserial} or {@code smallserial} when the column takes its default from its own sequence. */
  private static String serial(Table table, Column column) {
    String expression = column.defaultExpression();
    String sequence = table.name() + "_" + column.name() + "_seq";
    if (expression == null || !(expression.equals("nextval('" + sequence + "'::regclass)")
        || expression.equals("nextval('\"" + sequence + "\"'::regclass)"))) {
      return null;
    }
    return switch (column.type()) {
      case "int2" -> "smallserial";
      case "int8" -> "bigserial";
      case "int4" -> "serial";
      default -> null;
    };
  }

  // ---- relations ----

  private void foreignKey(Table table, ForeignKey fk) {
    Table target = catalog.tables().get(fk.referencedTable());
    if (target == null || joinTables.contains(target.name()) || target.view()) {
      notes.add(table.name() + ": the foreign key " + fk.name() + " refers to " + fk.referencedTable() + ", which is not a model");
      return;
    }
    String model = modelNames.get(table.name());
    String targetModel = modelNames.get(target.name());
    java.util.Map<String, String> names = componentNames.get(table.name());
    List<String> fields = java(names, fk.columns());
    List<String> references = java(componentNames.get(target.name()), fk.referencedColumns());
    boolean optional = fk.columns().stream().anyMatch(c -> !table.column(c).notNull());
    boolean oneToOne = isUniqueKey(table, fk.columns());
    long between = catalog.tables().values().stream().filter(t -> !joinTables.contains(t.name()))
        .flatMap(t -> t.foreignKeys().stream().map(k -> pair(t.name(), k.referencedTable())))
        .filter(p -> p.equals(pair(table.name(), target.name()))).count();
    boolean named = between > 1 || table.name().equals(target.name());

    String base = decapitalize(targetModel);
    if (fields.size() == 1) {
      // authorId -> author; authorEmail (to email) -> author.
      String reference = Character.toUpperCase(references.get(0).charAt(0)) + references.get(0).substring(1);
      for (String suffix : List.of(reference, "Id", "ID")) {
        if (fields.get(0).endsWith(suffix) && fields.get(0).length() > suffix.length()) {
          base = fields.get(0).substring(0, fields.get(0).length() - suffix.length());
          break;
        }
      }
    }
    String field = unique(base, taken.get(table.name()));
    String relationName = named ? model + "_" + field : null;

    AnnotationSpec.Builder owning = AnnotationSpec.builder(Relation.class);
    if (relationName != null) {
      owning.addMember("name", "$S", relationName);
    }
    owning.addMember("fields", strings(fields)).addMember("references", strings(references));
    ReferentialAction onDelete = action(fk.onDelete());
    if (onDelete != (optional ? ReferentialAction.SET_NULL : ReferentialAction.RESTRICT)) {
      owning.addMember("onDelete", "$T.$L", ReferentialAction.class, onDelete.name());
    }
    ReferentialAction onUpdate = action(fk.onUpdate());
    if (onUpdate != ReferentialAction.CASCADE) {
      owning.addMember("onUpdate", "$T.$L", ReferentialAction.class, onUpdate.name());
    }
    if (!fk.name().equals(Naming.foreignKey(table.name(), fk.columns()))) {
      owning.addMember("foreignKey", "$S", fk.name());
    }
    List<AnnotationSpec> owningAnnotations = new ArrayList<>(List.of(owning.build()));
    if (optional) {
      owningAnnotations.add(AnnotationSpec.builder(Nullable.class).build());
    }
    relations.get(table.name()).add(new Component(field, ClassName.get("", targetModel), owningAnnotations, List.of()));

    String inverseBase = oneToOne ? decapitalize(model) : Naming.plural(decapitalize(model));
    String inverse = unique(named ? inverseBase + "As" + Character.toUpperCase(field.charAt(0)) + field.substring(1) : inverseBase,
        taken.get(target.name()));
    List<AnnotationSpec> inverseAnnotations = new ArrayList<>();
    if (relationName != null) {
      inverseAnnotations.add(AnnotationSpec.builder(Relation.class).addMember("name", "$S", relationName).build());
    }
    TypeName inverseType = ClassName.get("", model);
    if (oneToOne) {
      inverseAnnotations.add(AnnotationSpec.builder(Nullable.class).build());
    } else {
      inverseType = ParameterizedTypeName.get(ClassName.get(List.class), inverseType);
    }
    relations.get(target.name()).add(new Component(inverse, inverseType, inverseAnnotations, List.of()));
  }

  private static List<String> pair(String a, String b) {
    return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
  }

  private static boolean isUniqueKey(Table table, List<String> columns) {
    Set<String> set = Set.copyOf(columns);
    return (table.primaryKey() != null && Set.copyOf(table.primaryKey().columns()).equals(set))
        || table.uniques().stream().anyMatch(u -> Set.copyOf(u.columns()).equals(set));
  }

  private static ReferentialAction action(char code) {
    return switch (code) {
      case 'c' -> ReferentialAction.CASCADE;
      case 'r' -> ReferentialAction.RESTRICT;
      case 'n' -> ReferentialAction.SET_NULL;
      case 'd' -> ReferentialAction.SET_DEFAULT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  /**
   * An implicit many-to-many join table: two required columns, each the whole of a foreign key
   * to a single-column id that cascades, its primary key over both, and nothing else.
   */
  private boolean isJoinTable(Table table) {
    if (table.view() || table.columns().size() != 2 || table.foreignKeys().size() != 2 || table.primaryKey() == null
        || !table.uniques().isEmpty() || table.indexes().size() != 1 || !table.leftOut().isEmpty()) {
      return false;
    }
    List<String> columns = table.columns().stream().map(Column::name).toList();
    if (!table.primaryKey().columns().equals(columns) || table.columns().stream().anyMatch(c -> !c.notNull() || c.defaultExpression() != null)
        || !table.indexes().get(0).columns().equals(List.of(columns.get(1)))) {
      return false;
    }
    for (ForeignKey fk : table.foreignKeys()) {
      Table target = catalog.tables().get(fk.referencedTable());
      if (fk.columns().size() != 1 || fk.onDelete() != 'c' || fk.onUpdate() != 'c' || target == null || target.view()
          || target.primaryKey() == null || !target.primaryKey().columns().equals(fk.referencedColumns())
          || !fk.name().equals(table.name() + "_" + fk.columns().get(0) + "_fkey")) {
        return false;
      }
    }
    return table.foreignKeys().stream().map(fk -> fk.columns().get(0)).distinct().count() == 2;
  }

  private void manyToMany(Table join) {
    String first = join.columns().get(0).name();
    String second = join.columns().get(1).name();
    String firstTable = join.foreignKeys().stream().filter(fk -> fk.columns().get(0).equals(first)).findFirst().orElseThrow().referencedTable();
    String secondTable = join.foreignKeys().stream().filter(fk -> fk.columns().get(0).equals(second)).findFirst().orElseThrow().referencedTable();
    String firstModel = modelNames.get(firstTable);
    String secondModel = modelNames.get(secondTable);
    boolean self = firstTable.equals(secondTable);
    String relationBase = join.name().startsWith("_") ? join.name().substring(1) : join.name();
    String firstField;
    String secondField;
    if (self) {
      firstField = unique(decapitalize(camel(relationBase)), taken.get(firstTable));
      secondField = unique(firstField + "Of", taken.get(secondTable));
    } else {
      firstField = unique(Naming.plural(decapitalize(secondModel)), taken.get(firstTable));
      secondField = unique(Naming.plural(decapitalize(firstModel)), taken.get(secondTable));
    }
    // Quarry's side a: the model whose name sorts first (for a self-relation, the field).
    boolean firstIsA = self ? firstField.compareTo(secondField) <= 0 : firstModel.compareTo(secondModel) <= 0;
    String aColumn = firstIsA ? first : second;
    String bColumn = firstIsA ? second : first;
    String defaultName = firstModel.compareTo(secondModel) <= 0 ? firstModel + "To" + secondModel : secondModel + "To" + firstModel;
    String name = self ? relationBase : defaultName;
    AnnotationSpec.Builder sideA = AnnotationSpec.builder(Relation.class);
    AnnotationSpec.Builder sideB = AnnotationSpec.builder(Relation.class);
    if (!joinTableFor(name).equals(join.name()) && SourceVersion.isIdentifier(relationBase) && joinTableFor(relationBase).equals(join.name())) {
      name = relationBase;
    }
    if (!name.equals(defaultName)) {
      sideA.addMember("name", "$S", name);
      sideB.addMember("name", "$S", name);
    }
    String table = joinTableFor(name);
    if (!table.equals(join.name())) {
      sideA.addMember("joinTable", "$S", join.name());
      table = join.name();
    }
    List<String> defaultColumns = verbatim ? List.of("A", "B") : List.of("a_id", "b_id");
    if (!List.of(aColumn, bColumn).equals(defaultColumns)) {
      sideA.addMember("joinColumns", strings(List.of(aColumn, bColumn)));
    }
    String key = verbatim ? table + "_AB_pkey" : table + "_pkey";
    if (!join.primaryKey().name().equals(key)) {
      sideA.addMember("joinPrimaryKey", "$S", join.primaryKey().name());
    }
    String index = verbatim ? table + "_B_index" : Naming.limit(table + "_" + bColumn + "_idx");
    if (!join.indexes().get(0).name().equals(index)) {
      sideA.addMember("joinIndex", "$S", join.indexes().get(0).name());
    }
    AnnotationSpec firstSpec = (firstIsA ? sideA : sideB).build();
    AnnotationSpec secondSpec = (firstIsA ? sideB : sideA).build();
    relations.get(firstTable).add(new Component(firstField, ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get("", secondModel)),
        firstSpec.members().isEmpty() ? List.of() : List.of(firstSpec), List.of()));
    relations.get(secondTable).add(new Component(secondField, ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get("", firstModel)),
        secondSpec.members().isEmpty() ? List.of() : List.of(secondSpec), List.of()));
  }

  private String joinTableFor(String relationName) {
    return verbatim ? "_" + relationName : Naming.joinTable(relationName);
  }

  // ---- helpers ----

  private static List<String> java(java.util.Map<String, String> names, List<String> columns) {
    return columns.stream().map(names::get).toList();
  }

}
