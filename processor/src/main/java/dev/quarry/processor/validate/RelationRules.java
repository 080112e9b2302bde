package dev.quarry.processor.validate;

import dev.quarry.processor.model.FieldDecl;
import dev.quarry.processor.model.RelationDecl;
import dev.quarry.schema.Field;
import dev.quarry.schema.ForeignKey;
import dev.quarry.schema.JoinColumn;
import dev.quarry.schema.JoinTable;
import dev.quarry.schema.ReferentialAction;
import dev.quarry.schema.Relation;
import dev.quarry.schema.RelationKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Pairs the two sides of every relation, checks the foreign keys, and resolves each relation
 * field into a snapshot {@link Relation} (plus join tables for implicit many-to-many relations).
 */
final class RelationRules {

  /** One relation field, with the models on both ends. */
  private record Side(ResolvedModel model, FieldDecl field, ResolvedModel target) {
    RelationDecl relation() {
      return field.relation() != null ? field.relation() : RelationDecl.none();
    }

    boolean list() {
      return field.type().list();
    }

    String label() {
      return model.name() + "." + field.name();
    }
  }

  /** The relations of every model, by model and field name, and the join tables. */
  record Result(Map<String, Map<String, Relation>> relations, List<JoinTable> joinTables) {}

  private final Diagnostics diagnostics;
  private final Map<String, Map<String, Relation>> relations = new HashMap<>();
  private final List<JoinTable> joinTables = new ArrayList<>();

  RelationRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  Result resolve(Collection<ResolvedModel> models) {
    Map<String, ResolvedModel> byType = new HashMap<>();
    models.forEach(m -> byType.put(m.decl().qualifiedName(), m));
    Map<String, List<Side>> groups = new LinkedHashMap<>();
    for (ResolvedModel model : models) {
      for (FieldDecl field : model.decl().fields()) {
        if (!field.isRelation()) {
          continue;
        }
        Side side = side(model, field, byType);
        if (side != null) {
          groups.computeIfAbsent(groupKey(side), k -> new ArrayList<>()).add(side);
        }
      }
    }
    groups.values().forEach(this::resolveGroup);
    return new Result(relations, joinTables);
  }

  private Side side(ResolvedModel model, FieldDecl field, Map<String, ResolvedModel> byType) {
    String targetType = field.type().element().getQualifiedName().toString();
    ResolvedModel target = byType.get(targetType);
    if (model.decl().view()) {
      diagnostics.error(field.element(), Message.VIEW_WITH_RELATION, model.name(), field.name());
      return null;
    }
    if (target == null) {
      diagnostics.error(field.element(), Message.MODEL_NOT_IN_COMPILATION, model.name(), targetType);
      return null;
    }
    if (target.decl().view()) {
      diagnostics.error(field.element(), Message.RELATION_TARGET_IS_VIEW, model.name(), field.name(), target.name());
      return null;
    }
    return new Side(model, field, target);
  }

  /** Sides that may pair: the same two models and the same relation name (or none). */
  private static String groupKey(Side side) {
    String a = side.model().name();
    String b = side.target().name();
    return (a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a) + "\u0000" + side.relation().name();
  }

  private void resolveGroup(List<Side> sides) {
    Side first = sides.get(0);
    boolean self = first.model() == first.target();
    if (!first.relation().name().isEmpty()) {
      boolean opposite = sides.size() == 2
          && (self || sides.get(1).model() == first.target());
      if (sides.size() > 2 || (sides.size() == 2 && !opposite)) {
        String names = String.join(", ", sides.stream().map(Side::label).toList());
        for (Side side : sides) {
          diagnostics.error(side.field().element(), side.relation().mirror(), Message.RELATION_NAME_OVERUSED,
              first.relation().name(), first.model().name(), first.target().name(), sides.size(), names);
        }
        return;
      }
      resolvePairOrSingle(sides);
      return;
    }
    if (self) {
      if (sides.size() > 2) {
        reportAmbiguous(sides);
        return;
      }
      resolvePairOrSingle(sides);
      return;
    }
    List<Side> forward = sides.stream().filter(s -> s.model() == first.model()).toList();
    List<Side> backward = sides.stream().filter(s -> s.model() != first.model()).toList();
    boolean ambiguous = false;
    if (forward.size() > 1) {
      reportAmbiguous(forward);
      ambiguous = true;
    }
    if (backward.size() > 1) {
      reportAmbiguous(backward);
      ambiguous = true;
    }
    if (!ambiguous) {
      resolvePairOrSingle(sides);
    }
  }

  private void reportAmbiguous(List<Side> sides) {
    Side first = sides.get(0);
    String names = String.join(", ", sides.stream().map(s -> s.field().name()).toList());
    for (Side side : sides) {
      diagnostics.error(side.field().element(), Message.RELATION_AMBIGUOUS,
          first.model().name(), sides.size(), first.target().name(), names);
    }
  }

  private void resolvePairOrSingle(List<Side> sides) {
    if (sides.size() == 1) {
      resolveSingle(sides.get(0));
    } else {
      resolvePair(sides.get(0), sides.get(1));
    }
  }

  /** A relation declared on one side only: it must hold the key and be single. */
  private void resolveSingle(Side side) {
    if (refuseJoinTable(side)) {
      return;
    }
    if (side.list()) {
      String owner = side.model().name();
      String lower = Character.toLowerCase(owner.charAt(0)) + owner.substring(1);
      diagnostics.error(side.field().element(), Message.RELATION_MISSING_OWNER, side.model().name(), side.field().name(),
          side.target().name(), side.target().name(), owner, side.target().name(), lower, owner, lower, lower);
      return;
    }
    if (!side.relation().holdsKey()) {
      diagnostics.error(side.field().element(), Message.RELATION_MISSING_KEY,
          side.model().name(), side.field().name(), side.target().name());
      return;
    }
    boolean oneToOne = side.model().isUniqueKey(side.relation().fields());
    owning(side, oneToOne ? RelationKind.ONE_TO_ONE : RelationKind.MANY_TO_ONE, null, false);
  }

  private void resolvePair(Side a, Side b) {
    if (a.list() && b.list()) {
      manyToMany(a, b);
    } else if (refuseJoinTable(a) | refuseJoinTable(b)) {
      return;
    } else if (!a.list() && !b.list()) {
      oneToOne(a, b);
    } else {
      Side single = a.list() ? b : a;
      Side list = a.list() ? a : b;
      if (list.relation().holdsKey()) {
        diagnostics.error(list.field().element(), list.relation().mirror(), Message.RELATION_LIST_HOLDS_KEY,
            list.model().name(), list.field().name(), single.model().name(), single.field().name());
        return;
      }
      if (!single.relation().holdsKey()) {
        diagnostics.error(single.field().element(), Message.RELATION_MISSING_KEY,
            single.model().name(), single.field().name(), single.target().name());
        return;
      }
      if (owning(single, RelationKind.MANY_TO_ONE, list.field().name(), false)) {
        put(list, new Relation(list.field().name(), relationName(list), RelationKind.ONE_TO_MANY,
            list.target().name(), false, single.field().name(), null, null));
      }
    }
  }

  private void oneToOne(Side a, Side b) {
    boolean aHolds = a.relation().holdsKey();
    boolean bHolds = b.relation().holdsKey();
    if (aHolds && bHolds) {
      diagnostics.error(b.field().element(), b.relation().mirror(), Message.RELATION_BOTH_HOLD_KEY,
          a.model().name(), a.field().name(), b.model().name(), b.field().name());
      return;
    }
    if (!aHolds && !bHolds) {
      diagnostics.error(a.field().element(), Message.RELATION_MISSING_KEY, a.model().name(), a.field().name(), a.target().name());
      return;
    }
    Side owner = aHolds ? a : b;
    Side other = aHolds ? b : a;
    if (owning(owner, RelationKind.ONE_TO_ONE, other.field().name(), true)) {
      put(other, new Relation(other.field().name(), relationName(other), RelationKind.ONE_TO_ONE,
          other.target().name(), true, owner.field().name(), null, null));
    }
  }

  private void manyToMany(Side a, Side b) {
    boolean valid = true;
    for (Side side : List.of(a, b)) {
      if (side.relation().holdsKey()) {
        diagnostics.error(side.field().element(), side.relation().mirror(), Message.RELATION_MANY_TO_MANY_KEY,
            a.model().name(), a.field().name(), b.model().name(), b.field().name());
        valid = false;
      }
      ResolvedModel target = side.target();
      if (target.primaryKey() == null || target.primaryKey().fields().size() != 1) {
        String has = target.primaryKey() == null ? "no id" : "the composite id " + target.primaryKey().fields();
        diagnostics.error(side.field().element(), Message.RELATION_MANY_TO_MANY_ID,
            side.model().name(), side.field().name(), target.name(), has);
        valid = false;
      }
    }
    if (!valid) {
      return;
    }
    boolean aFirst = a.model() == b.model()
        ? a.field().name().compareTo(b.field().name()) <= 0
        : a.model().name().compareTo(b.model().name()) <= 0;
    Side sideA = aFirst ? a : b;
    Side sideB = aFirst ? b : a;
    String name = relationName(a);
    if (a.relation().namesJoinTable() && b.relation().namesJoinTable()) {
      diagnostics.error(b.field().element(), b.relation().mirror(), Message.JOIN_TABLE_CONFLICT,
          a.model().name(), a.field().name(), b.model().name(), b.field().name());
      return;
    }
    Side named = a.relation().namesJoinTable() ? a : b;
    RelationDecl mapping = named.relation();
    if (!mapping.joinColumns().isEmpty() && mapping.joinColumns().size() != 2) {
      diagnostics.error(named.field().element(), mapping.mirror(), Message.JOIN_COLUMNS_COUNT, named.model().name(),
          named.field().name(), mapping.joinColumns().size(), sideA.model().name(), sideB.model().name());
      return;
    }
    // Side a's naming style names the join table: Prisma's _AToB, A, B, _AToB_AB_pkey, _AToB_B_index when verbatim.
    boolean verbatim = sideA.model().decl().verbatim();
    String table = !mapping.joinTable().isEmpty() ? mapping.joinTable() : verbatim ? "_" + name : Naming.joinTable(name);
    List<String> columns = !mapping.joinColumns().isEmpty() ? mapping.joinColumns() : verbatim ? List.of("A", "B") : List.of("a_id", "b_id");
    String key = !mapping.joinPrimaryKey().isEmpty() ? mapping.joinPrimaryKey() : verbatim ? table + "_AB_pkey" : null;
    String index = !mapping.joinIndex().isEmpty() ? mapping.joinIndex() : verbatim ? table + "_B_index" : null;
    joinTables.add(new JoinTable(table, name, joinColumn(columns.get(0), sideA), joinColumn(columns.get(1), sideB), key, index));
    put(a, new Relation(a.field().name(), name, RelationKind.MANY_TO_MANY, a.target().name(), false, b.field().name(), null, table));
    put(b, new Relation(b.field().name(), name, RelationKind.MANY_TO_MANY, b.target().name(), false, a.field().name(), null, table));
  }

  /** Refuses join-table names on a relation that has no join table; {@code true} when it did. */
  private boolean refuseJoinTable(Side side) {
    if (!side.relation().namesJoinTable()) {
      return false;
    }
    diagnostics.error(side.field().element(), side.relation().mirror(), Message.JOIN_TABLE_NOT_MANY_TO_MANY,
        side.model().name(), side.field().name());
    return true;
  }

  private static JoinColumn joinColumn(String column, Side side) {
    ResolvedModel model = side.model();
    Field id = model.field(model.primaryKey().fields().get(0)).orElseThrow();
    return new JoinColumn(column, model.name(), side.field().name(), model.table(), id.column(), id.type(), id.nativeType());
  }

  /**
   * Checks the key held by {@code side} and records its relation; {@code false} when it is
   * invalid (already reported).
   */
  private boolean owning(Side side, RelationKind kind, String inverseField, boolean mustBeUnique) {
    RelationDecl decl = side.relation();
    if (decl.fields().isEmpty() || decl.fields().size() != decl.references().size()) {
      diagnostics.error(side.field().element(), decl.mirror(), Message.RELATION_FIELDS_WITHOUT_REFERENCES,
          side.model().name(), side.field().name(), decl.fields().size(), decl.references().size());
      return false;
    }
    List<Field> fields = new ArrayList<>();
    List<Field> references = new ArrayList<>();
    boolean valid = true;
    for (int i = 0; i < decl.fields().size(); i++) {
      Field local = scalar(side.model(), decl.fields().get(i));
      Field remote = scalar(side.target(), decl.references().get(i));
      if (local == null) {
        diagnostics.error(side.field().element(), decl.mirror(), Message.RELATION_UNKNOWN_FIELD, side.model().name(),
            side.field().name(), decl.fields().get(i), side.model().name(), hint(side.model(), decl.fields().get(i)));
        valid = false;
      }
      if (remote == null) {
        diagnostics.error(side.field().element(), decl.mirror(), Message.RELATION_UNKNOWN_REFERENCE, side.model().name(),
            side.field().name(), decl.references().get(i), side.target().name(), hint(side.target(), decl.references().get(i)));
        valid = false;
      }
      if (local != null && remote != null && !sameType(local, remote)) {
        diagnostics.error(side.field().element(), decl.mirror(), Message.RELATION_TYPE_MISMATCH, side.model().name(),
            side.field().name(), local.name(), simple(local.javaType()), side.target().name(), remote.name(), simple(remote.javaType()));
        valid = false;
      }
      fields.add(local);
      references.add(remote);
    }
    if (!valid) {
      return false;
    }
    if (!side.target().isUniqueKey(decl.references())) {
      String refs = String.join(", ", decl.references());
      diagnostics.error(side.field().element(), decl.mirror(), Message.RELATION_REFERENCE_NOT_UNIQUE,
          side.model().name(), side.field().name(), refs, side.target().name(), refs);
      return false;
    }
    if (mustBeUnique && !side.model().isUniqueKey(decl.fields())) {
      String names = String.join(", ", decl.fields());
      String composite = decl.fields().size() > 1
          ? " (together: @Unique(fields = {\"" + String.join("\", \"", decl.fields()) + "\"}) on the record)" : "";
      diagnostics.error(side.field().element(), decl.mirror(), Message.ONE_TO_ONE_NOT_UNIQUE,
          side.model().name(), side.field().name(), names, names, composite);
      return false;
    }
    boolean optional = fields.stream().anyMatch(Field::nullable);
    // An optional relation over required fields is allowed, as in Prisma: the related row may be
    // absent (a key without a foreign key, or not included). A required one over optional fields is not.
    if (optional && !side.field().nullable()) {
      List<Field> mismatched = fields.stream().filter(f -> f.nullable() != side.field().nullable()).toList();
      diagnostics.error(side.field().element(), Message.RELATION_NULLABILITY_MISMATCH, side.model().name(), side.field().name(),
          side.field().nullable() ? "optional" : "required",
          mismatched.size() > 1 ? "s" : "",
          String.join(", ", mismatched.stream().map(Field::name).toList()),
          (mismatched.size() > 1 ? "are " : "is ") + (optional ? "optional" : "required"));
      return false;
    }
    ReferentialAction onDelete = action(side, decl.onDelete(), "onDelete", optional ? ReferentialAction.SET_NULL : ReferentialAction.RESTRICT, fields);
    ReferentialAction onUpdate = action(side, decl.onUpdate(), "onUpdate", ReferentialAction.CASCADE, fields);
    if (onDelete == null || onUpdate == null) {
      return false;
    }
    List<String> columns = fields.stream().map(Field::column).toList();
    ForeignKey key = new ForeignKey(
        decl.foreignKey().isEmpty() ? Naming.foreignKey(side.model().table(), columns) : decl.foreignKey(),
        decl.fields(),
        columns,
        side.target().table(),
        decl.references(),
        references.stream().map(Field::column).toList(),
        onDelete,
        onUpdate);
    put(side, new Relation(side.field().name(), relationName(side), kind, side.target().name(),
        side.field().nullable(), inverseField, key, null));
    return true;
  }

  private ReferentialAction action(Side side, List<String> given, String what, ReferentialAction fallback, List<Field> fields) {
    if (given.size() > 1) {
      diagnostics.error(side.field().element(), side.relation().mirror(), Message.RELATION_ACTION_COUNT,
          side.model().name(), side.field().name(), given.size(), what);
      return null;
    }
    ReferentialAction action = given.isEmpty() ? fallback : ReferentialAction.valueOf(given.get(0));
    for (Field field : fields) {
      if (action == ReferentialAction.SET_NULL && !field.nullable()) {
        diagnostics.error(side.field().element(), side.relation().mirror(), Message.RELATION_SET_NULL_REQUIRED,
            side.model().name(), side.field().name(), what, field.name());
        return null;
      }
      if (action == ReferentialAction.SET_DEFAULT && field.defaultValue() == null) {
        diagnostics.error(side.field().element(), side.relation().mirror(), Message.RELATION_SET_DEFAULT_WITHOUT_DEFAULT,
            side.model().name(), side.field().name(), what, field.name());
        return null;
      }
    }
    return action;
  }

  private static Field scalar(ResolvedModel model, String name) {
    return model.field(name).orElse(null);
  }

  private static String hint(ResolvedModel model, String wrong) {
    return Suggestions.hint(wrong, model.fields().stream().map(Field::name).toList());
  }

  private static boolean sameType(Field a, Field b) {
    return a.type() == b.type() && Objects.equals(a.enumName(), b.enumName()) && a.list() == b.list();
  }

  private static String simple(String javaType) {
    return javaType.substring(javaType.lastIndexOf('.') + 1);
  }

  /** The explicit name, or the two model names in order joined by "To" (Prisma's default). */
  private static String relationName(Side side) {
    if (!side.relation().name().isEmpty()) {
      return side.relation().name();
    }
    return Stream.of(side.model().name(), side.target().name()).sorted().reduce((x, y) -> x + "To" + y).orElseThrow();
  }

  private void put(Side side, Relation relation) {
    relations.computeIfAbsent(side.model().name(), k -> new HashMap<>()).put(side.field().name(), relation);
  }
}
