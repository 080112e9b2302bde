package dev.quarry.migrate;

import static org.jooq.impl.DSL.constraint;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.quarry.schema.DefaultValue;
import dev.quarry.schema.CheckConstraint;
import dev.quarry.schema.EnumType;
import dev.quarry.schema.EnumValue;
import dev.quarry.schema.Field;
import dev.quarry.schema.ForeignKey;
import dev.quarry.schema.Index;
import dev.quarry.schema.IndexColumn;
import dev.quarry.schema.JoinColumn;
import dev.quarry.schema.JoinTable;
import dev.quarry.schema.Model;
import dev.quarry.schema.ReferentialAction;
import dev.quarry.schema.Relation;
import dev.quarry.schema.ScalarType;
import dev.quarry.schema.Schema;
import dev.quarry.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Constraint;
import org.jooq.ConstraintForeignKeyOnStep;
import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Name;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultDataType;
import org.jooq.impl.SQLDataType;

/**
 * PostgreSQL DDL for a schema snapshot, rendered by jOOQ: enum types, tables with their keys,
 * indexes, foreign keys and join tables, then the views that carry their query, in an order
 * PostgreSQL accepts (views the user creates are left to the user). The same snapshot always
 * gives the same statements.
 */
public final class SchemaDdl {

  private static final Pattern TIMESTAMPTZ = Pattern.compile("timestamptz(\\(\\d\\))?");

  static {
    QuietJooq.apply();
  }

  private static final DSLContext DDL = DSL.using(SQLDialect.POSTGRES, new Settings()
      .withRenderQuotedNames(RenderQuotedNames.ALWAYS)
      .withRenderFormatted(false)
      .withParamType(org.jooq.conf.ParamType.INLINED));

  private SchemaDdl() {}

  /** The statements that create the whole schema in an empty database. */
  public static List<String> create(Schema schema) {
    List<String> statements = new ArrayList<>();
    for (EnumType type : schema.enums()) {
      statements.add(createEnum(type));
    }
    for (Model model : schema.models()) {
      if (!model.view()) {
        statements.add(createTable(schema, model));
      }
    }
    for (Model model : schema.models()) {
      if (!model.view()) {
        uniqueIndexes(model).forEach(unique -> statements.add(createUniqueIndex(model.table(), unique)));
      }
      for (Index index : model.indexes()) {
        statements.add(createIndex(model, index));
      }
    }
    for (Model model : schema.models()) {
      for (Relation relation : model.relations()) {
        if (relation.foreignKey() != null) {
          statements.add(addForeignKey(model.table(), relation.foreignKey()));
        }
      }
    }
    for (JoinTable join : schema.joinTables()) {
      statements.addAll(createJoinTable(join));
    }
    for (Model view : ViewOrder.creation(schema.models())) {
      statements.addAll(createView(view));
    }
    return statements;
  }

  /**
   * {@code create [materialized] view "name" as <sql>}, the query spliced as written; a
   * materialized view with an id gets a unique index on it, which a concurrent refresh needs.
   */
  public static List<String> createView(Model view) {
    List<String> statements = new ArrayList<>();
    statements.add("create " + (view.materialized() ? "materialized " : "") + "view " + DDL.render(name(view.table())) + " as "
        + view.viewSql());
    if (view.materialized() && view.primaryKey() != null) {
      statements.add(DDL.createUniqueIndex(name(view.primaryKey().name())).on(table(name(view.table())),
          view.primaryKey().columns().stream().map(column -> field(name(column)).asc()).toList()).getSQL());
    }
    return statements;
  }

  /** {@code drop [materialized] view "name"}. */
  public static String dropView(Model view) {
    return "drop " + (view.materialized() ? "materialized " : "") + "view " + DDL.render(name(view.table()));
  }

  /** {@code create type ... as enum (...)}. */
  public static String createEnum(EnumType type) {
    return DDL.createType(name(type.dbName())).asEnum(type.values().stream().map(EnumValue::dbName).toArray(String[]::new)).getSQL();
  }

  /** {@code create table} with columns, primary key and unique constraints. */
  public static String createTable(Schema schema, Model model) {
    CreateTableElementListStep create = DDL.createTable(name(model.table()));
    for (Field field : model.fields()) {
      create = create.column(name(field.column()), columnType(schema, field));
    }
    List<Constraint> constraints = new ArrayList<>();
    if (model.primaryKey() != null) {
      constraints.add(constraint(name(model.primaryKey().name())).primaryKey(names(model.primaryKey().columns())));
    }
    for (UniqueConstraint unique : model.uniques()) {
      if (!asIndex(model, unique)) {
        constraints.add(constraint(name(unique.name())).unique(names(unique.columns())));
      }
    }
    String sql = create.constraints(constraints).getSQL();
    if (model.checks().isEmpty()) {
      return sql;
    }
    // A check's SQL goes in as written, not through jOOQ's plain-SQL templates (which would read
    // a "?" or "{" in it as a bind value or a placeholder).
    StringBuilder withChecks = new StringBuilder(sql.substring(0, sql.length() - 1));
    for (CheckConstraint check : model.checks()) {
      withChecks.append(", ").append(checkClause(check));
    }
    return withChecks.append(')').toString();
  }

  /** {@code constraint "name" check (expression)}. */
  static String checkClause(CheckConstraint check) {
    return "constraint " + DDL.render(name(check.name())) + " check (" + check.expression() + ")";
  }

  /** {@code alter table ... add constraint ... check (...)}. */
  public static String addCheck(String table, CheckConstraint check) {
    return "alter table " + DDL.render(name(table)) + " add " + checkClause(check);
  }

  /**
   * Whether a unique is made as a unique index rather than a constraint: when the model says so
   * (as Prisma makes them), and when it covers exactly the primary key's columns, since
   * PostgreSQL silently leaves such a constraint out of a {@code create table}. It is then
   * created, renamed and dropped as an index.
   */
  public static boolean asIndex(Model model, UniqueConstraint unique) {
    return unique.asIndex() || model.primaryKey() != null && model.primaryKey().columns().equals(unique.columns());
  }

  /** The uniques of {@code model} made as unique indexes. */
  public static List<UniqueConstraint> uniqueIndexes(Model model) {
    return model.uniques().stream().filter(unique -> asIndex(model, unique)).toList();
  }

  /** {@code create unique index} for a unique kept as an index. */
  public static String createUniqueIndex(String table, UniqueConstraint unique) {
    List<SortField<?>> columns = new ArrayList<>();
    for (String column : unique.columns()) {
      columns.add(field(name(column)).asc());
    }
    String sql = DDL.createUniqueIndex(name(unique.name())).on(table(name(table)), columns).getSQL();
    // A unique among rows not soft-deleted: a partial index, its condition as the model wrote it.
    return unique.where() == null ? sql : sql + " where " + unique.where();
  }

  /**
   * {@code create [unique] index}; with an expression, a condition or another access method,
   * {@code create index "name" on "table" using gin ((expression)) where condition}, the SQL
   * spliced as written (not through jOOQ's plain-SQL templates).
   */
  public static String createIndex(Model model, Index index) {
    if (index.expression() != null || index.where() != null || index.method() != null) {
      StringBuilder sql = new StringBuilder(index.unique() ? "create unique index " : "create index ")
          .append(DDL.render(name(index.name()))).append(" on ").append(DDL.render(name(model.table())));
      if (index.method() != null) {
        sql.append(" using ").append(index.method());
      }
      if (index.expression() != null) {
        sql.append(" ((").append(index.expression()).append("))");
      } else {
        List<String> columns = new ArrayList<>();
        for (IndexColumn column : index.columns()) {
          String quoted = DDL.render(name(column.column()));
          // Only b-trees take a sort order.
          columns.add(index.method() != null ? quoted : quoted + (column.sort() == dev.quarry.schema.SortOrder.DESC ? " desc" : " asc"));
        }
        sql.append(" (").append(String.join(", ", columns)).append(')');
      }
      if (index.where() != null) {
        sql.append(" where ").append(index.where());
      }
      return sql.toString();
    }
    List<SortField<?>> columns = new ArrayList<>();
    for (IndexColumn column : index.columns()) {
      org.jooq.Field<Object> field = field(name(column.column()));
      columns.add(column.sort() == dev.quarry.schema.SortOrder.DESC ? field.desc() : field.asc());
    }
    return (index.unique() ? DDL.createUniqueIndex(name(index.name())) : DDL.createIndex(name(index.name())))
        .on(table(name(model.table())), columns).getSQL();
  }

  /** {@code alter table ... add constraint ... foreign key}. */
  public static String addForeignKey(String table, ForeignKey key) {
    ConstraintForeignKeyOnStep constraint = constraint(name(key.name()))
        .foreignKey(names(key.columns()))
        .references(name(key.referencedTable()), names(key.referencedColumns()));
    Constraint withActions = onUpdate(onDelete(constraint, key.onDelete()), key.onUpdate());
    return DDL.alterTable(name(table)).add(withActions).getSQL();
  }

  private static ConstraintForeignKeyOnStep onDelete(ConstraintForeignKeyOnStep step, ReferentialAction action) {
    return switch (action) {
      case CASCADE -> step.onDeleteCascade();
      case RESTRICT -> step.onDeleteRestrict();
      case NO_ACTION -> step.onDeleteNoAction();
      case SET_NULL -> step.onDeleteSetNull();
      case SET_DEFAULT -> step.onDeleteSetDefault();
    };
  }

  private static Constraint onUpdate(ConstraintForeignKeyOnStep step, ReferentialAction action) {
    return switch (action) {
      case CASCADE -> step.onUpdateCascade();
      case RESTRICT -> step.onUpdateRestrict();
      case NO_ACTION -> step.onUpdateNoAction();
      case SET_NULL -> step.onUpdateSetNull();
      case SET_DEFAULT -> step.onUpdateSetDefault();
    };
  }

  /** A join table with its key, the index on its second column and its two foreign keys. */
  public static List<String> createJoinTable(JoinTable join) {
    List<String> statements = new ArrayList<>();
    statements.add(DDL.createTable(name(join.name()))
        .column(name(join.a().column()), joinColumnType(join.a()).nullable(false))
        .column(name(join.b().column()), joinColumnType(join.b()).nullable(false))
        .constraints(constraint(name(join.primaryKeyName())).primaryKey(name(join.a().column()), name(join.b().column())))
        .getSQL());
    statements.add(DDL.createIndex(name(join.indexName()))
        .on(table(name(join.name())), field(name(join.b().column())).asc()).getSQL());
    for (JoinColumn column : List.of(join.a(), join.b())) {
      statements.add(addForeignKey(join.name(), new ForeignKey(join.name() + "_" + column.column() + "_fkey",
          List.of(column.column()), List.of(column.column()), column.referencedTable(), List.of(column.referencedColumn()),
          List.of(column.referencedColumn()), ReferentialAction.CASCADE, ReferentialAction.CASCADE)));
    }
    return statements;
  }

  /** A native type as PostgreSQL prints it: {@code timestamptz(3)} is {@code timestamp(3) with time zone}. */
  static String sqlType(String nativeType) {
    Matcher zoned = TIMESTAMPTZ.matcher(nativeType);
    return zoned.matches() ? "timestamp" + (zoned.group(1) == null ? "" : zoned.group(1)) + " with time zone" : nativeType;
  }

  /** A join column has its id's type; a serial id's is the plain integer type (the sequence stays with the id). */
  private static DataType<Object> joinColumnType(JoinColumn column) {
    String nativeType = column.nativeType();
    return scalarType(column.type(), nativeType != null && nativeType.endsWith("serial") ? null : nativeType);
  }

  private static Name[] names(List<String> names) {
    return names.stream().map(DSL::name).toArray(Name[]::new);
  }

  /** The column's type alone, as PostgreSQL spells it in DDL ({@code text}, {@code varchar(320)}, {@code "role"[]}). */
  public static String typeName(Schema schema, Field field) {
    // A serial is its integer type everywhere but in the column's definition (casts, type changes).
    String base = field.nativeType() != null && !serial(field)
        ? sqlType(field.nativeType())
        : scalarType(field.type(), null, enumName(schema, field)).getCastTypeName();
    return base + (field.list() ? "[]" : "");
  }

  /** The column's default expression as SQL, or {@code null} (identity columns have none). */
  public static String defaultExpression(Schema schema, Field field) {
    DefaultValue value = field.defaultValue();
    if (value == null || value.madeByRuntime()) {
      return null;
    }
    org.jooq.Field<?> expression = switch (value.kind()) {
      case SQL -> field(value.value());
      case LITERAL -> literal(schema, field, value.value());
      case FUNCTION -> switch (value.value()) {
        case "now" -> field(field.type() == ScalarType.LOCAL_DATE ? "current_date" : "current_timestamp");
        case "uuid" -> field(field.type() == ScalarType.UUID ? "gen_random_uuid()" : "(gen_random_uuid())::text");
        default -> null;
      };
    };
    return expression == null ? null : DDL.render(expression);
  }

  /** Whether the column is an identity column ({@code autoincrement}). */
  public static boolean identity(Field field) {
    return field.defaultValue() != null && field.defaultValue().kind() == DefaultValue.Kind.FUNCTION
        && field.defaultValue().value().equals("autoincrement") && !serial(field);
  }

  /** Whether the column is a {@code serial}: it auto-increments by a sequence of its own, not as an identity. */
  static boolean serial(Field field) {
    return field.nativeType() != null && field.nativeType().endsWith("serial");
  }

  /** The jOOQ data type of a column, without nullability or default. */
  static DataType<Object> bareType(Schema schema, Field field) {
    return named(typeName(schema, field));
  }

  /** The column's type with nullability, identity and default. */
  static DataType<?> columnType(Schema schema, Field field) {
    DataType<Object> type = scalarType(field.type(), field.nativeType(), enumName(schema, field));
    if (field.list()) {
      type = named(type.getCastTypeName() + "[]");
    }
    if (field.computedByDatabase()) {
      // jOOQ leaves PostgreSQL's generated columns out; the expression goes in as written, as a check's does.
      return named(type.getCastTypeName() + " generated always as (" + field.computed() + ") stored").nullable(field.nullable());
    }
    type = type.nullable(field.nullable());
    DefaultValue value = field.defaultValue();
    if (value == null || value.madeByRuntime()) {
      return type;
    }
    return switch (value.kind()) {
      case SQL -> type.defaultValue(field(value.value()));
      case FUNCTION -> function(type, field, value.value());
      case LITERAL -> type.defaultValue(literal(schema, field, value.value()));
    };
  }

  private static DataType<?> function(DataType<Object> type, Field field, String function) {
    return switch (function) {
      case "autoincrement" -> serial(field) ? type : type.identity(true);
      case "now" -> type.defaultValue(field(field.type() == ScalarType.LOCAL_DATE ? "current_date" : "current_timestamp"));
      case "uuid" -> type.defaultValue(field(field.type() == ScalarType.UUID ? "gen_random_uuid()" : "(gen_random_uuid())::text"));
      default -> type; // cuid, ulid, nanoid: generated by the runtime
    };
  }

  private static org.jooq.Field<Object> literal(Schema schema, Field field, String value) {
    return switch (field.type()) {
      case BOOLEAN, SHORT, INT, LONG, FLOAT, DOUBLE, DECIMAL -> field(value);
      case BYTES -> field("decode({0}, 'base64')", Object.class, inline(value));
      // Uncast, as PostgreSQL takes it for the column's own type: a cast to char would cut it to one character.
      case STRING -> field("{0}", Object.class, inline(value));
      case ENUM -> field("{0}::{1}", Object.class, inline(label(schema, field, value)), name(enumName(schema, field)));
      default -> field("{0}::" + scalarType(field.type(), field.nativeType(), null).getCastTypeName(), Object.class, inline(value));
    };
  }

  private static String label(Schema schema, Field field, String constant) {
    return schema.enumType(field.enumName()).orElseThrow().values().stream()
        .filter(v -> v.name().equals(constant)).map(EnumValue::dbName).findFirst().orElse(constant);
  }

  static String enumName(Schema schema, Field field) {
    return field.enumName() == null ? null : schema.enumType(field.enumName()).map(EnumType::dbName).orElse(field.enumName());
  }

  static DataType<Object> scalarType(ScalarType type, String nativeType) {
    return scalarType(type, nativeType, null);
  }

  private static DataType<Object> scalarType(ScalarType type, String nativeType, String enumName) {
    if (nativeType != null) {
      return named(sqlType(nativeType));
    }
    return named(type == ScalarType.ENUM
        ? DSL.using(SQLDialect.POSTGRES, new Settings().withRenderQuotedNames(RenderQuotedNames.ALWAYS)).render(name(enumName))
        : type.postgresType());
  }

  private static DataType<Object> named(String typeName) {
    return new DefaultDataType<>(SQLDialect.POSTGRES, Object.class, typeName);
  }
}
