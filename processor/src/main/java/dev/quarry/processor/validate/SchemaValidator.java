package dev.quarry.processor.validate;

import dev.quarry.processor.model.FieldDecl;
import dev.quarry.processor.model.ModelDecl;
import dev.quarry.schema.CheckConstraint;
import dev.quarry.schema.EnumType;
import dev.quarry.schema.Index;
import dev.quarry.schema.JoinTable;
import dev.quarry.schema.Model;
import dev.quarry.schema.Relation;
import dev.quarry.schema.Schema;
import dev.quarry.schema.ScalarType;
import dev.quarry.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Checks a whole set of models and resolves it into the schema snapshot. Every problem is reported
 * on its element; the snapshot is given only when there are none.
 */
public final class SchemaValidator {

  private final Diagnostics diagnostics;

  public SchemaValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The snapshot of these models, or empty when any rule is broken. */
  public Optional<Schema> validate(List<ModelDecl> declarations) {
    int mark = diagnostics.mark();
    ModelRules modelRules = new ModelRules(diagnostics);
    List<ResolvedModel> models = new ArrayList<>();
    for (ModelDecl decl : sorted(declarations)) {
      ResolvedModel model = modelRules.resolve(decl);
      if (model != null) {
        models.add(model);
      }
    }
    checkDistinctModels(models);
    List<EnumType> enums = enums(models);
    RelationRules.Result relations = new RelationRules(diagnostics).resolve(models);
    if (diagnostics.errorsSince(mark) == 0) {
      // Only on an otherwise valid schema: a duplicate table already implies duplicate key names.
      checkDistinctConstraintNames(models, relations);
    }
    if (diagnostics.errorsSince(mark) > 0) {
      return Optional.empty();
    }
    List<Model> resolved = models.stream().map(m -> toModel(m, relations.relations().getOrDefault(m.name(), Map.of()))).toList();
    List<JoinTable> joinTables = relations.joinTables().stream()
        .collect(java.util.stream.Collectors.toMap(JoinTable::name, j -> j, (x, y) -> x, TreeMap::new))
        .values().stream().toList();
    return Optional.of(new Schema(Schema.FORMAT_VERSION, enums, resolved, joinTables));
  }

  /** By name, then by qualified name: the snapshot never depends on the order of source files. */
  private static List<ModelDecl> sorted(List<ModelDecl> declarations) {
    return declarations.stream()
        .sorted(Comparator.comparing(ModelDecl::name).thenComparing(ModelDecl::qualifiedName))
        .toList();
  }

  private void checkDistinctModels(List<ResolvedModel> models) {
    Map<String, ResolvedModel> byName = new HashMap<>();
    Map<String, ResolvedModel> byTable = new HashMap<>();
    for (ResolvedModel model : models) {
      ResolvedModel sameName = byName.putIfAbsent(model.name(), model);
      if (sameName != null) {
        diagnostics.error(model.decl().element(), Message.DUPLICATE_MODEL_NAME, model.name(),
            sameName.decl().qualifiedName(), model.decl().qualifiedName());
      }
      ResolvedModel sameTable = byTable.putIfAbsent(model.table(), model);
      if (sameTable != null) {
        diagnostics.error(model.decl().element(), Message.DUPLICATE_TABLE, sameTable.name(), model.name(), model.table());
      }
    }
  }

  private List<EnumType> enums(List<ResolvedModel> models) {
    EnumRules rules = new EnumRules(diagnostics);
    Map<String, TypeElement> byName = new TreeMap<>();
    for (ResolvedModel model : models) {
      for (FieldDecl field : model.decl().fields()) {
        if (field.type().kind() != dev.quarry.processor.model.TypeShape.Kind.SCALAR
            || field.type().scalar() != ScalarType.ENUM) {
          continue;
        }
        TypeElement element = field.type().element();
        TypeElement known = byName.putIfAbsent(element.getSimpleName().toString(), element);
        if (known != null && !known.getQualifiedName().contentEquals(element.getQualifiedName())) {
          diagnostics.error(field.element(), Message.DUPLICATE_ENUM_NAME, element.getSimpleName(),
              known.getQualifiedName(), element.getQualifiedName());
        }
      }
    }
    List<EnumType> enums = new ArrayList<>();
    Map<String, EnumType> byDbName = new HashMap<>();
    for (TypeElement element : byName.values()) {
      EnumType type = rules.resolve(element);
      EnumType clash = byDbName.putIfAbsent(type.dbName(), type);
      if (clash != null) {
        diagnostics.error(element, Message.DUPLICATE_ENUM_NAME, type.dbName(), clash.javaType(), type.javaType());
      }
      enums.add(type);
    }
    return enums;
  }

  /** PostgreSQL keeps constraint and index names in one namespace per schema, with tables. */
  private void checkDistinctConstraintNames(List<ResolvedModel> models, RelationRules.Result relations) {
    Map<String, String> owners = new HashMap<>();
    models.forEach(m -> owners.put(m.table(), "table of " + m.name()));
    relations.joinTables().forEach(j -> owners.put(j.name(), "join table of " + j.relation()));
    for (ResolvedModel model : models) {
      Element at = model.decl().element();
      List<String[]> names = new ArrayList<>();
      if (model.primaryKey() != null) {
        names.add(new String[] {model.primaryKey().name(), "id of " + model.name()});
      }
      for (UniqueConstraint u : model.uniques()) {
        names.add(new String[] {u.name(), "unique " + u.fields() + " of " + model.name()});
      }
      for (Index i : model.indexes()) {
        names.add(new String[] {i.name(), "index " + i.columns().stream().map(c -> c.field()).toList() + " of " + model.name()});
      }
      for (CheckConstraint c : model.checks()) {
        names.add(new String[] {c.name(), "check (" + c.expression() + ") of " + model.name()});
      }
      for (Relation r : relations.relations().getOrDefault(model.name(), Map.of()).values()) {
        if (r.foreignKey() != null) {
          names.add(new String[] {r.foreignKey().name(), "foreign key of " + model.name() + "." + r.field()});
        }
      }
      names.sort(Comparator.comparing((String[] n) -> n[1]));
      for (String[] name : names) {
        String other = owners.putIfAbsent(name[0], name[1]);
        if (other != null) {
          diagnostics.error(at, Message.DUPLICATE_CONSTRAINT_NAME, name[0], other, name[1]);
        }
      }
    }
  }

  /** The view's query without trailing semicolons, or {@code null} when Migrate does not create the view. */
  private static String viewSql(ModelDecl decl) {
    String sql = decl.viewSql().strip();
    while (sql.endsWith(";")) {
      sql = sql.substring(0, sql.length() - 1).strip();
    }
    return decl.view() && !sql.isEmpty() ? sql : null;
  }

  private static Model toModel(ResolvedModel model, Map<String, Relation> relations) {
    List<Relation> ordered = model.decl().fields().stream()
        .filter(FieldDecl::isRelation)
        .map(f -> relations.get(f.name()))
        .toList();
    return new Model(
        model.name(),
        model.decl().qualifiedName(),
        model.table(),
        model.decl().view(),
        model.decl().renamedFrom(),
        model.fields(),
        model.primaryKey(),
        model.uniques().stream().sorted(Comparator.comparing(UniqueConstraint::name)).toList(),
        model.indexes().stream().sorted(Comparator.comparing(Index::name)).toList(),
        ordered,
        model.checks().stream().sorted(Comparator.comparing(CheckConstraint::name)).toList(),
        viewSql(model.decl()),
        model.decl().materialized());
  }
}
