package dev.quarry.migrate;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import dev.quarry.schema.CheckConstraint;
import dev.quarry.schema.EnumType;
import dev.quarry.schema.EnumValue;
import dev.quarry.schema.Field;
import dev.quarry.schema.ForeignKey;
import dev.quarry.schema.Index;
import dev.quarry.schema.JoinTable;
import dev.quarry.schema.Model;
import dev.quarry.schema.PrimaryKey;
import dev.quarry.schema.Relation;
import dev.quarry.schema.Schema;
import dev.quarry.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The changes that turn a database described by one snapshot into one described by another, in
 * an order PostgreSQL accepts: enums first, foreign keys dropped before what they reference and
 * added after it, tables dropped last. Renames are never guessed: only a {@code @RenamedFrom} hint
 * turns a drop and an add into a rename. The same two snapshots always give the same changes.
 */
public final class SchemaDiff {

  static {
    QuietJooq.apply();
  }

  private static final DSLContext DDL = DSL.using(SQLDialect.POSTGRES, new Settings()
      .withRenderQuotedNames(RenderQuotedNames.ALWAYS).withRenderFormatted(false)
      .withParamType(org.jooq.conf.ParamType.INLINED));

  /** Phases, in the order their changes run. */
  private enum Phase {
    DROP_VIEWS, ENUMS, DROP_FOREIGN_KEYS, DROP_KEYS, RENAMES, CREATE_TABLES, ALTER_COLUMNS, DROP_COLUMNS, ADD_KEYS,
    DROP_JOIN_TABLES, DROP_TABLES, CREATE_JOIN_TABLES, ADD_FOREIGN_KEYS, DROP_ENUMS,
    CREATE_VIEWS
  }

  private record Ordered(Phase phase, String key, Change change) {}

  private final Schema from;
  private final Schema to;
  private final List<Ordered> changes = new ArrayList<>();
  /** Tables whose columns change in ways a view reading them blocks (type, drop, recomputation), or that are dropped. */
  private final Set<String> reshaped = new HashSet<>();

  private SchemaDiff(Schema from, Schema to) {
    this.from = from;
    this.to = to;
  }

  /** The changes from {@code from} (an empty schema when {@code null}) to {@code to}. */
  public static List<Change> between(Schema from, Schema to) {
    Schema base = from != null ? from : new Schema(Schema.FORMAT_VERSION, List.of(), List.of(), List.of());
    SchemaDiff diff = new SchemaDiff(base, to);
    diff.enums();
    diff.models();
    diff.joinTables();
    diff.views();
    return diff.changes.stream()
        .sorted(Comparator.comparing(Ordered::phase).thenComparing(Ordered::key))
        .map(Ordered::change)
        .toList();
  }

  private void add(Phase phase, String key, String code, String description, Change.Risk risk, String check, String... sql) {
    changes.add(new Ordered(phase, key, new Change(code, description, List.of(sql), risk, check)));
  }

  private static String q(String identifier) {
    return DDL.render(name(identifier));
  }

  // ------------------------------------------------------------------ enums

  private void enums() {
    for (EnumType type : to.enums()) {
      Optional<EnumType> old = from.enumType(type.name());
      if (old.isEmpty()) {
        add(Phase.ENUMS, type.dbName(), "create-enum", "Enum " + type.dbName() + " is created", Change.Risk.SAFE, null,
            SchemaDdl.createEnum(type));
        continue;
      }
      if (!old.get().dbName().equals(type.dbName())) {
        add(Phase.ENUMS, type.dbName(), "rename-enum", "Enum " + old.get().dbName() + " is renamed to " + type.dbName(),
            Change.Risk.SAFE, null, DDL.alterType(name(old.get().dbName())).renameTo(name(type.dbName())).getSQL());
      }
      Map<String, String> oldLabels = new LinkedHashMap<>();
      old.get().values().forEach(v -> oldLabels.put(v.name(), v.dbName()));
      for (EnumValue value : type.values()) {
        String previous = oldLabels.remove(value.name());
        if (previous == null) {
          add(Phase.ENUMS, type.dbName() + "." + value.dbName(), "add-enum-value",
              "Enum " + type.dbName() + " gains the value " + value.dbName(), Change.Risk.SAFE, null,
              // IF NOT EXISTS: enum values are added before the migration's transaction (see Migrator), so a
              // migration that fails after them must be able to run again.
              "alter type " + q(type.dbName()) + " add value if not exists " + DDL.render(DSL.inline(value.dbName())));
        } else if (!previous.equals(value.dbName())) {
          add(Phase.ENUMS, type.dbName() + "." + value.dbName(), "rename-enum-value",
              "Enum value " + type.dbName() + "." + previous + " is renamed to " + value.dbName(), Change.Risk.SAFE, null,
              DDL.alterType(name(type.dbName())).renameValue(previous).to(value.dbName()).getSQL());
        }
      }
      if (!oldLabels.isEmpty()) {
        // PostgreSQL cannot drop an enum value: recreate the type through text.
        List<String> sql = new ArrayList<>();
        String temporary = old.get().dbName() + "_old";
        sql.add(DDL.alterType(name(type.dbName())).renameTo(name(temporary)).getSQL());
        sql.add(SchemaDdl.createEnum(type));
        for (Model model : to.models()) {
          for (Field field : model.fields()) {
            if (type.name().equals(field.enumName())) {
              String cast = q(type.dbName()) + (field.list() ? "[]" : "");
              sql.add("alter table " + q(model.table()) + " alter column " + q(field.column()) + " type " + cast
                  + " using " + q(field.column()) + "::text" + (field.list() ? "[]" : "") + "::" + cast);
            }
          }
        }
        sql.add(DDL.dropType(name(temporary)).getSQL());
        String removed = String.join(", ", oldLabels.values());
        add(Phase.ENUMS, type.dbName() + ".~", "drop-enum-value", "Enum " + type.dbName() + " loses the value(s) " + removed
            + "; rows holding them make the migration fail", Change.Risk.DATA_DEPENDENT, null, sql.toArray(String[]::new));
      }
    }
    for (EnumType type : from.enums()) {
      if (to.enumType(type.name()).isEmpty()) {
        add(Phase.DROP_ENUMS, type.dbName(), "drop-enum", "Enum " + type.dbName() + " is dropped", Change.Risk.SAFE, null,
            DDL.dropType(name(type.dbName())).getSQL());
      }
    }
  }

  // ------------------------------------------------------------------ models

  /** The old model a new one continues: same name, or the name its {@code @RenamedFrom} gives. */
  private Optional<Model> previous(Model model) {
    Optional<Model> same = from.model(model.name());
    if (same.isPresent()) {
      return same;
    }
    return model.renamedFrom() == null ? Optional.empty() : from.model(model.renamedFrom());
  }

  private void models() {
    List<String> continued = new ArrayList<>();
    for (Model model : to.models()) {
      if (model.view()) {
        continue;
      }
      Optional<Model> old = previous(model).filter(m -> !m.view());
      if (old.isEmpty()) {
        add(Phase.CREATE_TABLES, model.table(), "create-table", "Table " + model.table() + " is created", Change.Risk.SAFE, null,
            SchemaDdl.createTable(to, model));
        for (UniqueConstraint unique : SchemaDdl.uniqueIndexes(model)) {
          add(Phase.ADD_KEYS, model.table() + "." + unique.name(), "add-unique", "Unique " + unique.name() + " " + unique.columns()
              + " is added (as a unique index)", Change.Risk.SAFE, null,
              SchemaDdl.createUniqueIndex(model.table(), unique));
        }
        for (Index index : model.indexes()) {
          add(Phase.ADD_KEYS, model.table() + "." + index.name(), "create-index", "Index " + index.name() + " is created",
              Change.Risk.SAFE, null, SchemaDdl.createIndex(model, index));
        }
        foreignKeys(null, model);
        continue;
      }
      continued.add(old.get().name());
      alterModel(old.get(), model);
    }
    for (Model model : from.models()) {
      if (!model.view() && !continued.contains(model.name())) {
        for (Relation relation : model.relations()) {
          if (relation.foreignKey() != null) {
            dropForeignKey(model.table(), relation.foreignKey());
          }
        }
        reshaped.add(model.table());
        add(Phase.DROP_TABLES, model.table(), "drop-table", "Table " + model.table() + " is dropped with all its rows",
            Change.Risk.DESTRUCTIVE, "select count(*) from " + q(model.table()),
            DDL.dropTable(name(model.table())).getSQL());
      }
    }
  }

  // ------------------------------------------------------------------ views

  /**
   * Views that carry their query: a new one is created after everything else, a removed one
   * dropped before anything else; one whose query, kind or key changed, or that reads a table
   * reshaped here (or such a view), is dropped first and created again last, since PostgreSQL
   * refuses to change a column a view reads. Views the user creates are left alone.
   */
  private void views() {
    Map<String, Model> before = new LinkedHashMap<>();
    from.models().stream().filter(Model::managedView).forEach(view -> before.put(view.name(), view));
    Set<String> seeds = new HashSet<>(reshaped);
    Set<String> dropped = new HashSet<>();
    Set<String> created = new HashSet<>();
    for (Model view : to.models()) {
      if (!view.managedView()) {
        continue;
      }
      Optional<Model> old = previous(view).filter(Model::managedView);
      if (old.isEmpty() || !sameView(old.get(), view)) {
        created.add(view.name());
        seeds.add(view.table());
        old.ifPresent(o -> {
          dropped.add(o.name());
          seeds.add(o.table());
        });
      }
    }
    for (Model view : before.values()) {
      boolean kept = to.models().stream().anyMatch(m -> m.managedView() && previous(m).filter(o -> o.name().equals(view.name())).isPresent());
      if (!kept) {
        dropped.add(view.name());
        seeds.add(view.table());
      }
    }
    // Views reading what changes go too, and come back; only those in both snapshots need both.
    Set<String> dependents = new HashSet<>(ViewOrder.reading(from.models(), seeds));
    dependents.addAll(ViewOrder.reading(to.models(), seeds));
    for (String name : dependents) {
      if (before.containsKey(name) && to.model(name).filter(Model::managedView).isPresent()) {
        dropped.add(name);
        created.add(name);
      }
    }
    List<Model> dropOrder = ViewOrder.dropping(from.models());
    for (int i = 0; i < dropOrder.size(); i++) {
      Model view = dropOrder.get(i);
      if (dropped.contains(view.name())) {
        add(Phase.DROP_VIEWS, String.format("%05d", i), "drop-view", (view.materialized() ? "Materialized view " : "View ") + view.table()
            + " is dropped" + (created.contains(view.name()) || to.model(view.name()).isPresent() ? " (to be created again)" : ""),
            Change.Risk.SAFE, null, SchemaDdl.dropView(view));
      }
    }
    List<Model> createOrder = ViewOrder.creation(to.models());
    for (int i = 0; i < createOrder.size(); i++) {
      Model view = createOrder.get(i);
      if (created.contains(view.name())) {
        List<String> sql = new ArrayList<>();
        if (from.model(view.name()).filter(m -> m.view() && !m.managedView()).isPresent() && !view.materialized()) {
          // The user made this view before its query moved into the model.
          sql.add("drop view if exists " + q(view.table()));
        }
        sql.addAll(SchemaDdl.createView(view));
        add(Phase.CREATE_VIEWS, String.format("%05d", i), "create-view", (view.materialized() ? "Materialized view " : "View ")
            + view.table() + " is created", Change.Risk.SAFE, null, sql.toArray(String[]::new));
      }
    }
  }

  private static boolean sameView(Model old, Model view) {
    return old.viewSql().equals(view.viewSql()) && old.materialized() == view.materialized() && old.table().equals(view.table())
        && Objects.equals(old.primaryKey() == null ? null : old.primaryKey().columns(),
            view.primaryKey() == null ? null : view.primaryKey().columns());
  }

  private void alterModel(Model old, Model model) {
    String table = model.table();
    if (!old.table().equals(table)) {
      add(Phase.RENAMES, "0" + table, "rename-table", "Table " + old.table() + " is renamed to " + table, Change.Risk.SAFE, null,
          DDL.alterTable(name(old.table())).renameTo(name(table)).getSQL());
    }
    List<String> kept = new ArrayList<>();
    for (Field field : model.fields()) {
      Optional<Field> before = old.field(field.name());
      if (before.isEmpty() && field.renamedFrom() != null) {
        before = old.field(field.renamedFrom());
      }
      if (before.isEmpty()) {
        addColumn(table, field);
        continue;
      }
      kept.add(before.get().name());
      alterColumn(table, before.get(), field);
    }
    for (Field field : old.fields()) {
      if (!kept.contains(field.name())) {
        reshaped.add(table);
        add(Phase.DROP_COLUMNS, table + "." + field.column(), "drop-column",
            "Column " + table + "." + field.column() + " is dropped with its values", Change.Risk.DESTRUCTIVE,
            "select count(*) from " + q(table) + " where " + q(field.column()) + " is not null",
            DDL.alterTable(name(table)).dropColumn(name(field.column())).getSQL());
      }
    }
    primaryKey(old, model);
    uniques(old, model);
    indexes(old, model);
    checks(old, model);
    foreignKeys(old, model);
  }

  private void addColumn(String table, Field field) {
    String sql = DDL.alterTable(name(table)).addColumn(name(field.column()), SchemaDdl.columnType(to, field)).getSQL();
    boolean required = !field.nullable() && SchemaDdl.defaultExpression(to, field) == null && !SchemaDdl.identity(field)
        && !field.computedByDatabase();
    if (field.computedByDatabase()) {
      // After the table's other new columns, which its expression may read.
      add(Phase.ALTER_COLUMNS, table + ".~" + field.column(), "add-computed-column", "Computed column " + table + "." + field.column()
          + " is added (" + field.computed() + ")", Change.Risk.SAFE, null, sql);
    } else if (required) {
      add(Phase.ALTER_COLUMNS, table + "." + field.column(), "add-required-column",
          "Required column " + table + "." + field.column() + " is added without a default; it fails when the table has rows",
          Change.Risk.DATA_DEPENDENT, "select count(*) from " + q(table), sql);
    } else {
      add(Phase.ALTER_COLUMNS, table + "." + field.column(), "add-column", "Column " + table + "." + field.column() + " is added",
          Change.Risk.SAFE, null, sql);
    }
  }

  private void alterColumn(String table, Field old, Field field) {
    String column = field.column();
    String key = table + "." + column;
    if (!old.column().equals(column)) {
      add(Phase.RENAMES, "1" + key, "rename-column", "Column " + table + "." + old.column() + " is renamed to " + column,
          Change.Risk.SAFE, null, DDL.alterTable(name(table)).renameColumn(name(old.column())).to(name(column)).getSQL());
    }
    if (!Objects.equals(old.computed(), field.computed()) && computed(table, old, field)) {
      return;
    }
    String oldType = SchemaDdl.typeName(from, old);
    String newType = SchemaDdl.typeName(to, field);
    // The same Java enum keeps its column type even when the enum type itself is renamed.
    boolean sameEnum = field.enumName() != null && field.enumName().equals(old.enumName()) && field.list() == old.list();
    if (!oldType.equals(newType) && !sameEnum) {
      boolean widening = widens(oldType, newType);
      reshaped.add(table);
      add(Phase.ALTER_COLUMNS, key + ".type", "alter-column-type",
          "Column " + key + " changes type from " + oldType + " to " + newType + (widening ? "" : "; values that do not fit are lost or fail"),
          widening ? Change.Risk.SAFE : Change.Risk.DESTRUCTIVE,
          widening ? null : "select count(*) from " + q(table) + " where " + q(column) + " is not null",
          "alter table " + q(table) + " alter column " + q(column) + " type " + newType + " using " + q(column) + "::" + newType);
    }
    boolean oldIdentity = SchemaDdl.identity(old);
    boolean newIdentity = SchemaDdl.identity(field);
    if (oldIdentity && !newIdentity) {
      add(Phase.ALTER_COLUMNS, key + ".identity", "drop-identity", "Column " + key + " stops being generated", Change.Risk.SAFE, null,
          "alter table " + q(table) + " alter column " + q(column) + " drop identity");
    }
    String oldDefault = SchemaDdl.defaultExpression(from, old);
    String newDefault = SchemaDdl.defaultExpression(to, field);
    if (!Objects.equals(oldDefault, newDefault)) {
      if (newDefault == null) {
        add(Phase.ALTER_COLUMNS, key + ".default", "drop-default", "Column " + key + " loses its default", Change.Risk.SAFE, null,
            DDL.alterTable(name(table)).alterColumn(name(column)).dropDefault().getSQL());
      } else {
        add(Phase.ALTER_COLUMNS, key + ".default", "set-default", "Column " + key + " defaults to " + newDefault, Change.Risk.SAFE, null,
            DDL.alterTable(name(table)).alterColumn(name(column)).setDefault(field(newDefault)).getSQL());
      }
    }
    if (!oldIdentity && newIdentity) {
      add(Phase.ALTER_COLUMNS, key + ".identity", "add-identity", "Column " + key + " becomes generated (autoincrement)",
          Change.Risk.SAFE, null, "alter table " + q(table) + " alter column " + q(column) + " add generated by default as identity");
    }
    if (old.nullable() && !field.nullable() && newDefault != null) {
      // The model says what an absent value is: existing NULLs get it, then the column is required.
      add(Phase.ALTER_COLUMNS, key + ".null", "fill-nulls", "Column " + key + " becomes required; rows holding NULL get its default "
          + newDefault, Change.Risk.FILLS, "select count(*) from " + q(table) + " where " + q(column) + " is null",
          "update " + q(table) + " set " + q(column) + " = " + newDefault + " where " + q(column) + " is null",
          DDL.alterTable(name(table)).alterColumn(name(column)).setNotNull().getSQL());
    } else if (old.nullable() && !field.nullable()) {
      add(Phase.ALTER_COLUMNS, key + ".null", "set-not-null", "Column " + key + " becomes required; rows holding NULL make it fail",
          Change.Risk.DATA_DEPENDENT, "select count(*) from " + q(table) + " where " + q(column) + " is null",
          DDL.alterTable(name(table)).alterColumn(name(column)).setNotNull().getSQL());
    } else if (!old.nullable() && field.nullable()) {
      add(Phase.ALTER_COLUMNS, key + ".null", "drop-not-null", "Column " + key + " becomes optional", Change.Risk.SAFE, null,
          DDL.alterTable(name(table)).alterColumn(name(column)).dropNotNull().getSQL());
    }
  }

  /**
   * A column that stops being computed keeps its values ({@code drop expression}); one that
   * becomes computed, or whose expression changes, is dropped and added again, since PostgreSQL
   * before 17 cannot change an expression. Whether the column was replaced (nothing else to alter).
   */
  private boolean computed(String table, Field old, Field field) {
    String key = table + "." + field.column();
    if (field.computed() == null) {
      add(Phase.ALTER_COLUMNS, key + ".computed", "drop-expression", "Column " + key + " stops being computed and keeps its values",
          Change.Risk.SAFE, null, "alter table " + q(table) + " alter column " + q(field.column()) + " drop expression");
      return false;
    }
    boolean wasComputed = old.computed() != null;
    reshaped.add(table);
    add(Phase.ALTER_COLUMNS, table + ".~" + field.column(), wasComputed ? "change-computed-column" : "make-computed-column",
        wasComputed ? "Computed column " + key + " is made again with the expression " + field.computed()
            : "Column " + key + " becomes computed (" + field.computed() + "); its stored values are replaced",
        wasComputed ? Change.Risk.SAFE : Change.Risk.DESTRUCTIVE,
        wasComputed ? null : "select count(*) from " + q(table) + " where " + q(field.column()) + " is not null",
        DDL.alterTable(name(table)).dropColumn(name(field.column())).getSQL(),
        DDL.alterTable(name(table)).addColumn(name(field.column()), SchemaDdl.columnType(to, field)).getSQL());
    return true;
  }

  private static final Pattern SIZED = Pattern.compile("(varchar|char|numeric|timestamp|time)\\((\\d+)(?:, ?(\\d+))?\\)( with time zone)?");
  private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

  /** Whether every value of {@code from} fits {@code to} unchanged. */
  static boolean widens(String from, String to) {
    if (INTEGERS.contains(from) && INTEGERS.contains(to)) {
      return INTEGERS.indexOf(to) >= INTEGERS.indexOf(from);
    }
    if (from.equals("real") && to.equals("double precision")) {
      return true;
    }
    if ((from.startsWith("varchar") || from.startsWith("char")) && to.equals("text")) {
      return true;
    }
    if (from.startsWith("numeric") && to.equals("numeric")) {
      return true;
    }
    Matcher a = SIZED.matcher(from);
    Matcher b = SIZED.matcher(to);
    if (a.matches() && b.matches()) {
      boolean sameKind = (a.group(1).equals(b.group(1)) || (a.group(1).equals("char") && b.group(1).equals("varchar")))
          && Objects.equals(a.group(4), b.group(4));
      int scaleA = a.group(3) == null ? 0 : Integer.parseInt(a.group(3));
      int scaleB = b.group(3) == null ? 0 : Integer.parseInt(b.group(3));
      return sameKind && Integer.parseInt(b.group(2)) - scaleB >= Integer.parseInt(a.group(2)) - scaleA && scaleB >= scaleA;
    }
    return false;
  }

  private void primaryKey(Model old, Model model) {
    PrimaryKey before = old.primaryKey();
    PrimaryKey after = model.primaryKey();
    String table = model.table();
    if (before != null && after != null && before.columns().equals(after.columns())) {
      renameConstraint(table, before.name(), after.name());
      return;
    }
    if (before != null) {
      add(Phase.DROP_KEYS, table + "." + before.name(), "drop-primary-key", "Primary key " + before.name() + " is dropped",
          Change.Risk.SAFE, null, DDL.alterTable(name(old.table().equals(table) ? table : table)).dropConstraint(name(before.name())).getSQL());
    }
    if (after != null) {
      add(Phase.ADD_KEYS, table + "." + after.name(), "add-primary-key", "Primary key " + after.name() + " " + after.columns() + " is added",
          Change.Risk.DATA_DEPENDENT, duplicates(table, after.columns()),
          DDL.alterTable(name(table)).add(DSL.constraint(name(after.name())).primaryKey(names(after.columns()))).getSQL());
    }
  }

  /**
   * Uniques are constraints, or unique indexes (see {@link SchemaDdl#asIndex}); one that changes
   * between the two is dropped and added.
   */
  private void uniques(Model old, Model model) {
    String table = model.table();
    List<UniqueConstraint> remaining = new ArrayList<>(old.uniques());
    for (UniqueConstraint unique : model.uniques()) {
      boolean index = SchemaDdl.asIndex(model, unique);
      Optional<UniqueConstraint> same = remaining.stream()
          .filter(u -> u.columns().equals(unique.columns()) && SchemaDdl.asIndex(old, u) == index
              && Objects.equals(u.where(), unique.where())).findFirst();
      if (same.isPresent()) {
        remaining.remove(same.get());
        if (index && !same.get().name().equals(unique.name())) {
          add(Phase.RENAMES, "2" + unique.name(), "rename-index", "Index " + same.get().name() + " is renamed to " + unique.name(),
              Change.Risk.SAFE, null, DDL.alterIndex(name(same.get().name())).renameTo(name(unique.name())).getSQL());
        } else if (!index) {
          renameConstraint(table, same.get().name(), unique.name());
        }
        continue;
      }
      add(Phase.ADD_KEYS, table + "." + unique.name(), "add-unique", "Unique " + unique.name() + " " + unique.columns()
          + " is added" + (index ? " as a unique index" : "") + "; duplicate values make it fail",
          Change.Risk.DATA_DEPENDENT, duplicates(table, unique.columns()),
          index ? SchemaDdl.createUniqueIndex(table, unique)
              : DDL.alterTable(name(table)).add(DSL.constraint(name(unique.name())).unique(names(unique.columns()))).getSQL());
    }
    for (UniqueConstraint unique : remaining) {
      add(Phase.DROP_KEYS, table + "." + unique.name(), "drop-unique", "Unique " + unique.name() + " is dropped", Change.Risk.SAFE, null,
          SchemaDdl.asIndex(old, unique) ? DDL.dropIndex(name(unique.name())).getSQL()
              : DDL.alterTable(name(old.table())).dropConstraint(name(unique.name())).getSQL());
    }
  }

  private void indexes(Model old, Model model) {
    String table = model.table();
    List<Index> remaining = new ArrayList<>(old.indexes());
    for (Index index : model.indexes()) {
      Optional<Index> same = remaining.stream().filter(i -> i.unique() == index.unique() && columnsOf(i).equals(columnsOf(index))
          && Objects.equals(i.expression(), index.expression()) && Objects.equals(i.where(), index.where())
          && Objects.equals(i.method(), index.method())).findFirst();
      if (same.isPresent()) {
        remaining.remove(same.get());
        if (!same.get().name().equals(index.name())) {
          add(Phase.RENAMES, "2" + index.name(), "rename-index", "Index " + same.get().name() + " is renamed to " + index.name(),
              Change.Risk.SAFE, null, DDL.alterIndex(name(same.get().name())).renameTo(name(index.name())).getSQL());
        }
        continue;
      }
      add(Phase.ADD_KEYS, table + "." + index.name(), "create-index", "Index " + index.name() + " is created"
          + (index.unique() ? "; duplicate values make it fail" : ""), index.unique() ? Change.Risk.DATA_DEPENDENT : Change.Risk.SAFE,
          index.servesAsKey() ? duplicates(table, index.columns().stream().map(c -> c.column()).toList()) : null,
          SchemaDdl.createIndex(model, index));
    }
    for (Index index : remaining) {
      add(Phase.DROP_KEYS, table + "." + index.name(), "drop-index", "Index " + index.name() + " is dropped", Change.Risk.SAFE, null,
          DDL.dropIndex(name(index.name())).getSQL());
    }
  }

  /** Checks by name: a new one is data-dependent (rows may already break it); a changed one is dropped and added again. */
  private void checks(Model old, Model model) {
    for (CheckConstraint check : model.checks()) {
      Optional<CheckConstraint> before = old.checks().stream().filter(c -> c.name().equals(check.name())).findFirst();
      if (before.isPresent() && before.get().expression().equals(check.expression())) {
        continue;
      }
      if (before.isPresent()) {
        dropCheck(old, before.get());
      }
      add(Phase.ADD_KEYS, model.table() + "." + check.name(), "add-check", "Check " + check.name() + " (" + check.expression()
          + ") is added; rows that break it make it fail", Change.Risk.DATA_DEPENDENT,
          "select count(*) from " + q(model.table()) + " where not (" + check.expression() + ")",
          SchemaDdl.addCheck(model.table(), check));
    }
    for (CheckConstraint check : old.checks()) {
      if (model.checks().stream().noneMatch(c -> c.name().equals(check.name()))) {
        dropCheck(old, check);
      }
    }
  }

  private void dropCheck(Model old, CheckConstraint check) {
    // Keys are dropped before tables are renamed: the table still has its old name.
    add(Phase.DROP_KEYS, old.table() + "." + check.name(), "drop-check", "Check " + check.name() + " is dropped", Change.Risk.SAFE,
        null, DDL.alterTable(name(old.table())).dropConstraint(name(check.name())).getSQL());
  }

  private static List<String> columnsOf(Index index) {
    return index.columns().stream().map(c -> c.column() + " " + c.sort()).toList();
  }

  private void foreignKeys(Model old, Model model) {
    List<ForeignKey> remaining = new ArrayList<>();
    if (old != null) {
      old.relations().stream().map(Relation::foreignKey).filter(Objects::nonNull).forEach(remaining::add);
    }
    for (Relation relation : model.relations()) {
      ForeignKey key = relation.foreignKey();
      if (key == null) {
        continue;
      }
      Optional<ForeignKey> same = remaining.stream().filter(k -> sameForeignKey(old, k, key)).findFirst();
      if (same.isPresent()) {
        remaining.remove(same.get());
        renameConstraint(model.table(), same.get().name(), key.name());
        continue;
      }
      add(Phase.ADD_FOREIGN_KEYS, model.table() + "." + key.name(), "add-foreign-key", "Foreign key " + key.name() + " "
          + key.columns() + " → " + key.referencedTable() + key.referencedColumns() + " is added"
          + (old == null ? "" : "; rows pointing at no row make it fail"),
          old == null ? Change.Risk.SAFE : Change.Risk.DATA_DEPENDENT, old == null ? null : orphans(model.table(), key),
          SchemaDdl.addForeignKey(model.table(), key));
    }
    for (ForeignKey key : remaining) {
      dropForeignKey(model.table(), key);
    }
  }

  /** The same columns and actions, pointing at the same table (allowing for its rename). */
  private boolean sameForeignKey(Model old, ForeignKey before, ForeignKey after) {
    String referenced = to.models().stream().filter(m -> m.table().equals(after.referencedTable())).findFirst()
        .flatMap(this::previous).map(Model::table).orElse(after.referencedTable());
    return before.columns().equals(after.columns()) && before.referencedColumns().equals(after.referencedColumns())
        && before.referencedTable().equals(referenced) && before.onDelete() == after.onDelete() && before.onUpdate() == after.onUpdate();
  }

  private void dropForeignKey(String table, ForeignKey key) {
    String owner = from.models().stream().filter(m -> m.relations().stream().anyMatch(r -> key.equals(r.foreignKey())))
        .map(Model::table).findFirst().orElse(table);
    add(Phase.DROP_FOREIGN_KEYS, owner + "." + key.name(), "drop-foreign-key", "Foreign key " + key.name() + " is dropped",
        Change.Risk.SAFE, null, DDL.alterTable(name(owner)).dropConstraint(name(key.name())).getSQL());
  }

  private void renameConstraint(String table, String before, String after) {
    if (!before.equals(after)) {
      add(Phase.RENAMES, "3" + after, "rename-constraint", "Constraint " + before + " is renamed to " + after, Change.Risk.SAFE, null,
          DDL.alterTable(name(table)).renameConstraint(name(before)).to(name(after)).getSQL());
    }
  }

  private static String duplicates(String table, List<String> columns) {
    String list = String.join(", ", columns.stream().map(SchemaDiff::q).toList());
    return "select count(*) from (select " + list + " from " + q(table) + " group by " + list + " having count(*) > 1) as duplicates";
  }

  private static String orphans(String table, ForeignKey key) {
    StringBuilder match = new StringBuilder();
    StringBuilder present = new StringBuilder();
    for (int i = 0; i < key.columns().size(); i++) {
      match.append(i == 0 ? "" : " and ").append("r.").append(q(key.referencedColumns().get(i))).append(" = t.").append(q(key.columns().get(i)));
      present.append(i == 0 ? "" : " and ").append("t.").append(q(key.columns().get(i))).append(" is not null");
    }
    return "select count(*) from " + q(table) + " t where " + present + " and not exists (select 1 from "
        + q(key.referencedTable()) + " r where " + match + ")";
  }

  private static org.jooq.Name[] names(List<String> names) {
    return names.stream().map(DSL::name).toArray(org.jooq.Name[]::new);
  }

  // ------------------------------------------------------------------ join tables

  private void joinTables() {
    for (JoinTable join : to.joinTables()) {
      if (from.joinTables().stream().noneMatch(j -> j.name().equals(join.name()))) {
        add(Phase.CREATE_JOIN_TABLES, join.name(), "create-join-table", "Join table " + join.name() + " is created",
            Change.Risk.SAFE, null, SchemaDdl.createJoinTable(join).toArray(String[]::new));
      }
    }
    for (JoinTable join : from.joinTables()) {
      if (to.joinTables().stream().noneMatch(j -> j.name().equals(join.name()))) {
        add(Phase.DROP_JOIN_TABLES, join.name(), "drop-join-table", "Join table " + join.name() + " is dropped with its pairs",
            Change.Risk.DESTRUCTIVE, "select count(*) from " + q(join.name()), DDL.dropTable(name(join.name())).getSQL());
      }
    }
  }
}
