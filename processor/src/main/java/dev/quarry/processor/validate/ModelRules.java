package dev.quarry.processor.validate;

import dev.quarry.processor.model.CheckDecl;
import dev.quarry.processor.model.FieldDecl;
import dev.quarry.processor.model.IndexDecl;
import dev.quarry.processor.model.KeyDecl;
import dev.quarry.processor.model.ModelDecl;
import dev.quarry.schema.CheckConstraint;
import dev.quarry.schema.Field;
import dev.quarry.schema.Index;
import dev.quarry.schema.IndexColumn;
import dev.quarry.schema.PrimaryKey;
import dev.quarry.schema.SortOrder;
import dev.quarry.schema.ScalarType;
import dev.quarry.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/** The rules for one model on its own: what it is, its columns, id, uniques and indexes. */
final class ModelRules {

  private static final Pattern INDEX_ENTRY =
      Pattern.compile("\\s*([A-Za-z_$][A-Za-z0-9_$]*)(?:\\s+(asc|desc))?\\s*", Pattern.CASE_INSENSITIVE);

  private final Diagnostics diagnostics;
  private final FieldRules fieldRules;

  ModelRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.fieldRules = new FieldRules(diagnostics);
  }

  /** Checks the model; {@code null} when it is not a record at all. */
  ResolvedModel resolve(ModelDecl model) {
    Element type = model.element();
    String marker = model.view() ? "View" : "Model";
    if (type.getKind() != ElementKind.RECORD) {
      String kind = switch (type.getKind()) {
        case INTERFACE -> "an interface";
        case ENUM -> "an enum";
        case ANNOTATION_TYPE -> "an annotation type";
        default -> "a class";
      };
      diagnostics.error(type, model.marker(), Message.MODEL_NOT_RECORD, marker, model.name(), kind, model.name());
      return null;
    }
    if (type.getAnnotation(dev.quarry.annotations.Model.class) != null
        && type.getAnnotation(dev.quarry.annotations.View.class) != null) {
      diagnostics.error(type, Message.MODEL_AND_VIEW, model.name());
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.error(type, Message.MODEL_PRIVATE, model.name());
    }
    if (!model.element().getTypeParameters().isEmpty()) {
      diagnostics.error(type, Message.MODEL_GENERIC, model.name(),
          String.join(", ", model.element().getTypeParameters().stream().map(p -> p.getSimpleName().toString()).toList()));
    }
    String table = model.mappedName() != null ? model.mappedName() : model.verbatim() ? model.name() : Naming.tableName(model.name());
    String tableProblem = Naming.problem(table);
    if (tableProblem != null) {
      diagnostics.error(type, Message.NAME_INVALID, model.name(), table, tableProblem);
    }
    if (model.renamedFrom() != null) {
      fieldRules.checkRenamedFrom(type, model.name(), model.renamedFrom(), model.name());
    }
    if (model.view() && model.materialized() && model.viewSql().isBlank()) {
      diagnostics.error(type, model.marker(), Message.MATERIALIZED_WITHOUT_SQL, model.name());
    }
    Map<String, Field> scalars = columns(model);
    List<UniqueConstraint> uniques = uniques(model, table, scalars);
    PrimaryKey primaryKey = primaryKey(model, table, scalars, uniques);
    return new ResolvedModel(model, table, List.copyOf(scalars.values()), primaryKey, uniques, indexes(model, table, scalars),
        checks(model, table, scalars));
  }

  /**
   * The {@code CHECK} constraints, named as PostgreSQL names them when no name is given: {@code
   * <table>_<column>_check} on a component, {@code <table>_check} on the record. Their SQL is the
   * database's to judge, when a migration runs.
   */
  private List<CheckConstraint> checks(ModelDecl model, String table, Map<String, Field> scalars) {
    List<CheckConstraint> checks = new ArrayList<>();
    for (CheckDecl check : model.checks()) {
      String where = check.field() == null ? model.name() : model.name() + "." + check.field();
      if (model.view()) {
        diagnostics.error(check.element(), check.mirror(), Message.CHECK_ON_VIEW, model.name());
        continue;
      }
      if (check.expression().isBlank()) {
        diagnostics.errorAt(check.element(), check.mirror(), "value", check.expression(), Message.CHECK_EMPTY, where);
        continue;
      }
      Field field = check.field() == null ? null : scalars.get(check.field());
      if (check.field() != null && field == null) {
        diagnostics.error(check.element(), check.mirror(), Message.CHECK_ON_RELATION, where);
        continue;
      }
      String name = !check.name().isEmpty() ? check.name()
          : field != null ? Naming.limit(table + "_" + field.column() + "_check") : Naming.limit(table + "_check");
      String problem = Naming.problem(name);
      if (problem != null) {
        diagnostics.errorAt(check.element(), check.mirror(), "name", check.name(), Message.NAME_INVALID, where, name, problem);
        continue;
      }
      checks.add(new CheckConstraint(name, check.expression().strip()));
    }
    return checks;
  }

  /** The scalar fields by name, in component order; reports duplicate columns. */
  private Map<String, Field> columns(ModelDecl model) {
    Map<String, Field> scalars = new LinkedHashMap<>();
    Map<String, FieldDecl> byColumn = new HashMap<>();
    for (FieldDecl field : model.fields()) {
      if (field.isRelation()) {
        fieldRules.checkRelation(model, field);
        continue;
      }
      Field resolved = fieldRules.resolveScalar(model, field);
      if (resolved == null) {
        continue;
      }
      FieldDecl clash = byColumn.putIfAbsent(resolved.column(), field);
      if (clash != null) {
        diagnostics.error(field.element(), Message.DUPLICATE_COLUMN, clash.name(), field.name(), model.name(), resolved.column());
      }
      scalars.put(field.name(), resolved);
    }
    checkManagedFields(model);
    return scalars;
  }

  /** At most one {@code @Version}, and neither it nor {@code @Computed} on a view. */
  private void checkManagedFields(ModelDecl model) {
    List<FieldDecl> versions = model.fields().stream().filter(f -> f.version() != null && !f.isRelation()).toList();
    for (FieldDecl field : model.fields()) {
      if (model.view() && field.version() != null) {
        diagnostics.error(field.element(), field.version(), Message.VERSION_ON_VIEW, model.name(), field.name());
      }
      if (model.view() && field.computed() != null) {
        diagnostics.error(field.element(), field.computed(), Message.COMPUTED_ON_VIEW, model.name(), field.name());
      }
      if (model.view() && field.softDelete() != null) {
        diagnostics.error(field.element(), field.softDelete(), Message.SOFT_DELETE_ON_VIEW, model.name(), field.name());
      }
    }
    List<FieldDecl> softDeletes = model.fields().stream().filter(f -> f.softDelete() != null && !f.isRelation()).toList();
    for (FieldDecl field : softDeletes.subList(Math.min(1, softDeletes.size()), softDeletes.size())) {
      diagnostics.error(field.element(), field.softDelete(), Message.SOFT_DELETE_TWICE, model.name(),
          String.join(", ", softDeletes.stream().map(FieldDecl::name).toList()));
    }
    if (versions.size() > 1) {
      for (FieldDecl field : versions.subList(1, versions.size())) {
        diagnostics.error(field.element(), field.version(), Message.VERSION_TWICE, model.name(),
            String.join(", ", versions.stream().map(FieldDecl::name).toList()));
      }
    }
  }

  /**
   * The model's id; {@code null} for a view, or for a model identified by a unique on required
   * fields (as Prisma allows), whose table then has no primary key.
   */
  /** A lookup name is a Java method name, and no other lookup of the model has it. */
  private void checkLookup(ModelDecl model, KeyDecl key, Set<String> taken) {
    String lookup = key.lookup();
    if (lookup.isEmpty()) {
      return;
    }
    if (!javax.lang.model.SourceVersion.isIdentifier(lookup) || javax.lang.model.SourceVersion.isKeyword(lookup)) {
      diagnostics.errorAt(model.element(), key.mirror(), "lookup", lookup, Message.UNIQUE_LOOKUP_INVALID, lookup, model.name(),
          "it is not a Java method name");
    } else if (!taken.add(lookup)) {
      diagnostics.errorAt(model.element(), key.mirror(), "lookup", lookup, Message.UNIQUE_LOOKUP_INVALID, lookup, model.name(),
          "another lookup of " + model.name() + " has that name");
    }
  }

  private PrimaryKey primaryKey(ModelDecl model, String table, Map<String, Field> scalars, List<UniqueConstraint> uniques) {
    List<FieldDecl> componentIds = model.fields().stream().filter(f -> f.id() != null).toList();
    int count = componentIds.size() + (model.compositeId() != null ? 1 : 0);
    if (count == 0) {
      boolean identifiedByUnique = uniques.stream().anyMatch(unique -> unique.fields().stream()
          .allMatch(field -> scalars.get(field) != null && !scalars.get(field).nullable()));
      if (!model.view() && !identifiedByUnique) {
        diagnostics.error(model.element(), Message.NO_ID, model.name());
      }
      return null;
    }
    if (count > 1) {
      List<String> names = new ArrayList<>(componentIds.stream().map(FieldDecl::name).toList());
      String quoted = String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
      if (model.compositeId() != null) {
        names.add("@Id on the record");
        diagnostics.error(model.element(), model.compositeId().mirror(), Message.MULTIPLE_IDS, model.name(), String.join(", ", names), quoted);
      } else {
        FieldDecl second = componentIds.get(1);
        diagnostics.error(second.element(), second.id().mirror(), Message.MULTIPLE_IDS, model.name(), String.join(", ", names), quoted);
      }
      return null;
    }
    List<Field> fields;
    String name;
    if (model.compositeId() != null) {
      fields = keyFields(model, model.compositeId(), "Id", scalars);
      name = model.compositeId().name();
    } else {
      FieldDecl id = componentIds.get(0);
      if (!id.id().entries().isEmpty()) {
        diagnostics.error(id.element(), id.id().mirror(), Message.ID_FIELDS_ON_COMPONENT, id.name());
      }
      Field field = scalars.get(id.name());
      fields = field == null ? List.of() : List.of(field);
      name = id.id().name();
    }
    for (Field field : fields) {
      Element at = model.field(field.name()).map(f -> (Element) f.element()).orElse(model.element());
      if (field.nullable()) {
        diagnostics.error(at, Message.ID_NULLABLE, field.name(), model.name());
      }
      if (field.list()) {
        diagnostics.error(at, Message.ID_LIST, field.name(), model.name());
      }
    }
    if (fields.isEmpty()) {
      return null;
    }
    return new PrimaryKey(
        name.isEmpty() ? Naming.primaryKey(table) : name,
        fields.stream().map(Field::name).toList(),
        fields.stream().map(Field::column).toList());
  }

  private List<UniqueConstraint> uniques(ModelDecl model, String table, Map<String, Field> scalars) {
    List<UniqueConstraint> uniques = new ArrayList<>();
    for (FieldDecl field : model.fields()) {
      if (field.unique() == null || field.isRelation() || !scalars.containsKey(field.name())) {
        continue;
      }
      KeyDecl unique = field.unique();
      if (!unique.entries().isEmpty()) {
        diagnostics.error(field.element(), unique.mirror(), Message.UNIQUE_FIELDS_ON_COMPONENT, field.name());
      }
      Field resolved = scalars.get(field.name());
      uniques.add(new UniqueConstraint(
          unique.name().isEmpty() ? Naming.unique(table, List.of(resolved.column())) : unique.name(),
          List.of(field.name()),
          List.of(resolved.column()),
          model.verbatim(),
          liveOnly(model, field.element(), unique, model.name() + "." + field.name(), scalars)));
    }
    Set<String> lookups = new HashSet<>(model.fields().stream().map(FieldDecl::name).toList());
    for (KeyDecl key : model.uniques()) {
      List<Field> fields = keyFields(model, key, "Unique", scalars);
      if (fields.isEmpty()) {
        continue;
      }
      checkLookup(model, key, lookups);
      List<String> columns = fields.stream().map(Field::column).toList();
      uniques.add(new UniqueConstraint(
          key.name().isEmpty() ? Naming.unique(table, columns) : key.name(),
          fields.stream().map(Field::name).toList(),
          columns,
          model.verbatim(),
          liveOnly(model, model.element(), key, model.name() + " " + fields.stream().map(Field::name).toList(), scalars)));
    }
    return uniques;
  }

  /**
   * For a unique that ignores deleted rows, the condition of its partial index ({@code "deleted_at"
   * is null}, {@code "deleted" = false}); {@code null} otherwise, or when the model has no
   * {@code @SoftDelete} (reported).
   */
  private String liveOnly(ModelDecl model, Element element, KeyDecl key, String where, Map<String, Field> scalars) {
    if (!key.ignoreDeleted()) {
      return null;
    }
    Field mark = scalars.values().stream().filter(Field::softDelete).findFirst().orElse(null);
    if (mark == null) {
      diagnostics.error(element, key.mirror(), Message.IGNORE_DELETED_WITHOUT_SOFT_DELETE, where, model.name());
      return null;
    }
    String column = "\"" + mark.column().replace("\"", "\"\"") + "\"";
    return mark.type() == ScalarType.BOOLEAN ? column + " = false" : column + " is null";
  }

  private List<Index> indexes(ModelDecl model, String table, Map<String, Field> scalars) {
    List<Index> indexes = new ArrayList<>();
    for (IndexDecl index : model.indexes()) {
      KeyDecl key = index.key();
      boolean btree = index.method().equals("BTREE");
      String method = btree ? null : index.method().toLowerCase(Locale.ROOT);
      String where = index.where().isBlank() ? null : index.where().strip();
      if (key.unique() && !btree) {
        diagnostics.errorAt(model.element(), key.mirror(), "using", null, Message.INDEX_METHOD_UNIQUE, model.name(), method);
        continue;
      }
      if (!index.expression().isBlank()) {
        if (!key.entries().isEmpty()) {
          diagnostics.errorAt(model.element(), key.mirror(), "expression", null, Message.INDEX_EXPRESSION_AND_FIELDS, model.name());
          continue;
        }
        String name = !key.name().isEmpty() ? key.name() : Naming.limit(table + "_expr_idx");
        indexes.add(new Index(name, key.unique(), List.of(), index.expression().strip(), where, method));
        continue;
      }
      List<IndexColumn> columns = new ArrayList<>();
      List<String> names = new ArrayList<>();
      Map<String, SortOrder> sorts = new HashMap<>();
      boolean valid = true;
      for (String entry : key.entries()) {
        Matcher m = INDEX_ENTRY.matcher(entry);
        if (!m.matches()) {
          diagnostics.errorAt(model.element(), key.mirror(), "value", entry, Message.INDEX_ENTRY_INVALID, entry, model.name());
          valid = false;
          continue;
        }
        if (m.group(2) != null && !btree) {
          // Only b-trees keep an order: PostgreSQL refuses ASC/DESC on the others.
          diagnostics.errorAt(model.element(), key.mirror(), "value", entry, Message.INDEX_ORDER_METHOD, entry, model.name(), method);
          valid = false;
          continue;
        }
        names.add(m.group(1));
        sorts.put(m.group(1), m.group(2) != null && m.group(2).toLowerCase(Locale.ROOT).equals("desc") ? SortOrder.DESC : SortOrder.ASC);
      }
      List<Field> fields = keyFields(model, new KeyDecl(key.mirror(), names, key.name(), key.unique()), "Index", scalars);
      if (!valid || fields.isEmpty()) {
        continue;
      }
      for (Field field : fields) {
        columns.add(new IndexColumn(field.name(), field.column(), sorts.get(field.name())));
      }
      List<String> columnNames = columns.stream().map(IndexColumn::column).toList();
      String name = !key.name().isEmpty() ? key.name()
          : key.unique() ? Naming.unique(table, columnNames) : Naming.index(table, columnNames);
      indexes.add(new Index(name, key.unique(), columns, null, where, method));
    }
    return indexes;
  }

  /** The member of a type-level key annotation that names its fields. */
  private static String member(String annotation) {
    return annotation.equals("Index") ? "value" : "fields";
  }

  /**
   * The fields a type-level key names; reports names that are missing, relations or repeated.
   * Empty when any name is wrong.
   */
  private List<Field> keyFields(ModelDecl model, KeyDecl key, String annotation, Map<String, Field> scalars) {
    if (key.entries().isEmpty()) {
      diagnostics.error(model.element(), key.mirror(), Message.KEY_WITHOUT_FIELDS, annotation, model.name());
      return List.of();
    }
    List<Field> fields = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean valid = true;
    for (String name : key.entries()) {
      FieldDecl decl = model.field(name).orElse(null);
      if (decl == null) {
        diagnostics.errorAt(model.element(), key.mirror(), member(annotation), name, Message.KEY_UNKNOWN_FIELD, annotation, model.name(), name,
            model.name(), Suggestions.hint(name, model.fields().stream().filter(f -> !f.isRelation()).map(FieldDecl::name).toList()));
        valid = false;
      } else if (decl.isRelation()) {
        String scalarHint = decl.relation() != null && !decl.relation().fields().isEmpty()
            ? " (" + String.join(", ", decl.relation().fields()) + ")" : "";
        diagnostics.errorAt(model.element(), key.mirror(), member(annotation), name, Message.KEY_ON_RELATION, annotation,
            model.name(), name, scalarHint);
        valid = false;
      } else if (!seen.add(name)) {
        diagnostics.error(model.element(), key.mirror(), Message.KEY_DUPLICATE_FIELD, annotation, model.name(), name);
        valid = false;
      } else if (scalars.containsKey(name)) {
        fields.add(scalars.get(name));
      } else {
        valid = false; // its type is unsupported, already reported
      }
    }
    return valid ? fields : List.of();
  }
}
