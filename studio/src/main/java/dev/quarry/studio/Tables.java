package dev.quarry.studio;

import dev.quarry.migrate.SchemaDdl;
import dev.quarry.runtime.error.InvalidValueException;
import dev.quarry.runtime.jdbc.Executor;
import dev.quarry.runtime.sql.Bind;
import dev.quarry.runtime.sql.Prepared;
import dev.quarry.runtime.transaction.TransactionOptions;
import dev.quarry.schema.Field;
import dev.quarry.schema.ForeignKey;
import dev.quarry.schema.Model;
import dev.quarry.schema.Relation;
import dev.quarry.schema.RelationKind;
import dev.quarry.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Studio's reads and writes, for any model of the snapshot. Every value travels as a bound text
 * parameter cast to the column's type by PostgreSQL, so user input is never part of the SQL; every
 * identifier comes from the snapshot, never from the request. Rows come back as JSON made by
 * PostgreSQL itself ({@code row_to_json}).
 */
final class Tables {

  /** Above this many rows (by the planner's estimate) a table's size is estimated, not counted. */
  static final long EXACT_COUNT_LIMIT = 10_000;

  private static final Set<String> OPERATORS = Set.of("eq", "ne", "lt", "lte", "gt", "gte", "contains", "startsWith",
      "endsWith", "isNull", "isNotNull");

  private final Executor executor;
  private final Schema schema;

  Tables(Executor executor, Schema schema) {
    this.executor = executor;
    this.schema = schema;
  }

  /** A filter from the page: field, operator, value (text). */
  record Condition(String field, String operator, String value) {}

  private static String q(String identifier) {
    return DSL.using(SQLDialect.POSTGRES, new Settings().withRenderQuotedNames(RenderQuotedNames.ALWAYS)).render(DSL.name(identifier));
  }

  Model model(String name) {
    return schema.model(name).orElseThrow(() -> new InvalidValueException("No model " + name + " in the schema."));
  }

  private Field field(Model model, String name) {
    return model.field(name).orElseThrow(() -> new InvalidValueException("No field " + model.name() + "." + name + "."));
  }

  private String type(Field field) {
    return SchemaDdl.typeName(schema, field);
  }

  private static Bind text(String value, String source) {
    return Bind.text(value, source);
  }

  /**
   * The number of rows the filters let through: exact up to {@link #EXACT_COUNT_LIMIT}, above it
   * that many and {@code atLeast}, so a filter over a huge table costs a bounded scan.
   */
  Map<String, Object> size(Model model, List<Condition> conditions) {
    if (conditions.isEmpty()) {
      return size(model);
    }
    List<Bind> binds = new ArrayList<>();
    String sql = "select count(*) from (select 1 from " + q(model.table()) + " t" + where(model, conditions, binds)
        + " limit " + (EXACT_COUNT_LIMIT + 1) + ") matching";
    long count = executor.query(new Prepared(sql, binds), rs -> rs.getLong(1)).get(0);
    Map<String, Object> size = new java.util.LinkedHashMap<>();
    size.put("count", Math.min(count, EXACT_COUNT_LIMIT));
    size.put("estimated", false);
    if (count > EXACT_COUNT_LIMIT) {
      size.put("atLeast", true);
    }
    return size;
  }

  /** The row count: exact for small tables, the planner's estimate for big ones. */
  Map<String, Object> size(Model model) {
    long estimate = executor.query(new Prepared("select greatest(reltuples, 0)::bigint from pg_class where oid = cast(? as regclass)",
        List.of(text(q(model.table()), model.name()))), rs -> rs.getLong(1)).stream().findFirst().orElse(0L);
    Map<String, Object> size = new java.util.LinkedHashMap<>();
    if (estimate > EXACT_COUNT_LIMIT) {
      size.put("count", estimate);
      size.put("estimated", true);
    } else {
      size.put("count", executor.query(new Prepared("select count(*) from " + q(model.table()), List.of()), rs -> rs.getLong(1)).get(0));
      size.put("estimated", false);
    }
    return size;
  }

  /**
   * One page of rows as JSON objects, each with the counts of its to-many relations under
   * {@code _count_<relation>}. The counts are grouped over the page's keys (one scan per relation),
   * never a subquery per row. Reads one row more than the page to tell whether another page follows.
   */
  List<String> page(Model model, List<Condition> conditions, String sort, boolean descending, int page, int size) {
    List<Bind> binds = new ArrayList<>();
    String order;
    if (sort != null && !sort.isEmpty()) {
      order = "t." + q(field(model, sort).column()) + (descending ? " desc" : " asc");
    } else if (!keyFields(model).isEmpty()) {
      order = String.join(", ", keyFields(model).stream().map(f -> "t." + q(field(model, f).column())).toList());
    } else {
      order = "1";
    }
    StringBuilder sql = new StringBuilder("with page as (select t.*, row_number() over (order by ").append(order)
        .append(") as quarry_position from ").append(q(model.table())).append(" t").append(where(model, conditions, binds))
        .append(" order by ").append(order).append(" limit ").append(size + 1).append(" offset ").append((long) page * size).append(")");
    StringBuilder select = new StringBuilder(" select row_to_json(r)::text from (select page.*");
    StringBuilder joins = new StringBuilder();
    int n = 0;
    for (Relation relation : model.relations()) {
      String counts = countsSql(model, relation);
      if (counts != null) {
        String alias = "c" + n++;
        select.append(", coalesce(").append(alias).append(".n, 0) as ").append(q("_count_" + relation.field()));
        joins.append(" left join (").append(counts).append(") ").append(alias).append(" on ").append(alias).append(".k = page.")
            .append(q(keyColumn(model, relation)));
      }
    }
    sql.append(select).append(" from page").append(joins).append(" order by page.quarry_position) r");
    return executor.query(new Prepared(sql.toString(), binds), rs -> rs.getString(1));
  }

  /** The column of this model that a to-many relation's rows point at. */
  private String keyColumn(Model model, Relation relation) {
    if (relation.kind() == RelationKind.MANY_TO_MANY) {
      var join = schema.joinTables().stream().filter(j -> j.name().equals(relation.joinTable())).findFirst().orElseThrow();
      return (join.a().model().equals(model.name()) && join.a().field().equals(relation.field()) ? join.a() : join.b()).referencedColumn();
    }
    return inverseKey(relation).referencedColumns().get(0);
  }

  private ForeignKey inverseKey(Relation relation) {
    return schema.model(relation.target()).orElseThrow().relation(relation.inverseField()).orElseThrow().foreignKey();
  }

  /** {@code select k, count(*) as n ... group by k} over the page's keys, for a to-many relation with a one-column key. */
  private String countsSql(Model model, Relation relation) {
    if (relation.kind() == RelationKind.ONE_TO_MANY) {
      ForeignKey key = inverseKey(relation);
      if (key.columns().size() != 1) {
        return null;
      }
      String column = q(key.columns().get(0));
      return "select c." + column + " as k, count(*) as n from " + q(schema.model(relation.target()).orElseThrow().table())
          + " c where c." + column + " in (select " + q(key.referencedColumns().get(0)) + " from page) group by 1";
    }
    if (relation.kind() == RelationKind.MANY_TO_MANY) {
      var join = schema.joinTables().stream().filter(j -> j.name().equals(relation.joinTable())).findFirst().orElseThrow();
      var mine = join.a().model().equals(model.name()) && join.a().field().equals(relation.field()) ? join.a() : join.b();
      return "select j." + q(mine.column()) + " as k, count(*) as n from " + q(join.name()) + " j where j." + q(mine.column())
          + " in (select " + q(mine.referencedColumn()) + " from page) group by 1";
    }
    return null;
  }

  private String where(Model model, List<Condition> conditions, List<Bind> binds) {
    List<String> parts = new ArrayList<>();
    for (Condition condition : conditions) {
      Field field = field(model, condition.field());
      if (!OPERATORS.contains(condition.operator())) {
        throw new InvalidValueException("Unknown operator " + condition.operator());
      }
      String column = "t." + q(field.column());
      String cast = "cast(? as " + type(field) + ")";
      String source = model.name() + "." + field.name();
      switch (condition.operator()) {
        case "isNull" -> parts.add(column + " is null");
        case "isNotNull" -> parts.add(column + " is not null");
        case "contains", "startsWith", "endsWith" -> {
          String escaped = condition.value().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
          String pattern = switch (condition.operator()) {
            case "contains" -> "%" + escaped + "%";
            case "startsWith" -> escaped + "%";
            default -> "%" + escaped;
          };
          parts.add("cast(" + column + " as text) ilike ? escape '\\'");
          binds.add(text(pattern, source));
        }
        default -> {
          String operator = switch (condition.operator()) {
            case "eq" -> "=";
            case "ne" -> "<>";
            case "lt" -> "<";
            case "lte" -> "<=";
            case "gt" -> ">";
            default -> ">=";
          };
          parts.add(column + " " + operator + " " + cast);
          binds.add(text(condition.value(), source));
        }
      }
    }
    return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
  }

  /** Inserts a row from text values (absent or {@code null} values take the column's default). */
  String create(Model model, Map<String, Object> values) {
    List<String> columns = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    List<Bind> binds = new ArrayList<>();
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      Field field = field(model, entry.getKey());
      if (entry.getValue() == null || readOnly(field)) {
        continue;
      }
      columns.add(q(field.column()));
      placeholders.add(valueSql(field));
      binds.add(text(textOf(entry.getValue()), model.name() + "." + field.name()));
    }
    String sql = columns.isEmpty()
        ? "insert into " + q(model.table()) + " default values returning row_to_json(" + q(model.table()) + ".*)::text"
        : "insert into " + q(model.table()) + " (" + String.join(", ", columns) + ") values (" + String.join(", ", placeholders)
            + ") returning row_to_json(" + q(model.table()) + ".*)::text";
    return executor.query(new Prepared(sql, binds), rs -> rs.getString(1)).get(0);
  }

  /** Applies cell edits to rows identified by their keys, all in one transaction. */
  List<String> update(Model model, List<Map<String, Object>> keys, List<Map<String, Object>> changes) {
    requireKey(model);
    return executor.transaction(TransactionOptions.defaults(), () -> {
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        List<Bind> binds = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        for (Map.Entry<String, Object> change : changes.get(i).entrySet()) {
          Field field = field(model, change.getKey());
          if (readOnly(field)) {
            throw new InvalidValueException(model.name() + "." + field.name() + (field.version()
                ? " is the row's version, which only saves change" : " is computed by the database") + "; it cannot be edited.");
          }
          if (change.getValue() == null) {
            sets.add(q(field.column()) + " = null");
          } else {
            sets.add(q(field.column()) + " = " + valueSql(field));
            binds.add(text(textOf(change.getValue()), model.name() + "." + field.name()));
          }
        }
        if (sets.isEmpty()) {
          continue;
        }
        version(model).ifPresent(v -> sets.add(q(v.column()) + " = " + q(v.column()) + " + 1"));
        String sql = "update " + q(model.table()) + " set " + String.join(", ", sets) + keyWhere(model, keys.get(i), binds)
            + " returning row_to_json(" + q(model.table()) + ".*)::text";
        List<String> updated = executor.query(new Prepared(sql, binds), rs -> rs.getString(1));
        if (updated.isEmpty()) {
          throw gone(model, keys.get(i), "saved");
        }
        rows.addAll(updated);
      }
      return rows;
    });
  }

  /** Deletes rows identified by their keys, all in one transaction; the number deleted. */
  int delete(Model model, List<Map<String, Object>> keys) {
    requireKey(model);
    return executor.transaction(TransactionOptions.defaults(), () -> {
      int deleted = 0;
      for (Map<String, Object> key : keys) {
        List<Bind> binds = new ArrayList<>();
        int count = executor.execute(new Prepared(deletion(model) + keyWhere(model, key, binds), binds));
        if (count == 0 && version(model).isPresent()) {
          throw gone(model, key, "deleted");
        }
        deleted += count;
      }
      return deleted;
    });
  }

  /**
   * The start of a delete: for a model with a {@code @SoftDelete}, marking the row as the
   * application's delete does (it stays, shown with its mark), else removing it.
   */
  private static String deletion(Model model) {
    return model.fields().stream().filter(Field::softDelete).findFirst()
        .map(mark -> "update " + q(model.table()) + " set " + q(mark.column()) + " = "
            + (mark.type() == dev.quarry.schema.ScalarType.BOOLEAN ? "true" : utcWallTime(mark) ? "timezone('utc', now())" : "now()"))
        .orElse("delete from " + q(model.table()));
  }

  /** Runs a materialized view's query again (concurrently when it has an id, so the grid keeps reading the old rows meanwhile). */
  void refresh(Model model) {
    if (!model.materialized()) {
      throw new Studio.BadRequest(400, model.name() + " is not a materialized view: there is nothing to refresh.");
    }
    String concurrently = model.primaryKey() != null ? "concurrently " : "";
    executor.execute(new Prepared("refresh materialized view " + concurrently + q(model.table()), List.of()));
  }

  /** Whether a time is kept as UTC wall time in a column without zone, as the runtime writes it there. */
  private static boolean utcWallTime(Field field) {
    return field.type() == dev.quarry.schema.ScalarType.LOCAL_DATE_TIME || field.nativeType() != null
        && field.nativeType().startsWith("timestamp") && !field.nativeType().startsWith("timestamptz");
  }

  /** Whether Studio shows a field but never writes it: computed by the database, or the version Quarry counts. */
  static boolean readOnly(Field field) {
    return field.computedByDatabase() || field.version();
  }

  private static java.util.Optional<Field> version(Model model) {
    return model.fields().stream().filter(Field::version).findFirst();
  }

  /** A row changed or deleted since the page read it (a conflict, with a version): nothing of the transaction is kept. */
  private static RuntimeException gone(Model model, Map<String, Object> key, String action) {
    return version(model).isPresent()
        ? new Studio.BadRequest(409, model.name() + " " + key + " was changed or deleted by someone else since it was loaded; nothing was "
            + action + ". Reload and try again.")
        : new InvalidValueException("No " + model.name() + " with " + key + " any more; nothing was " + action + ".");
  }

  private void requireKey(Model model) {
    if (keyFields(model).isEmpty() || model.view()) {
      throw new InvalidValueException(model.name() + " has no id, so Studio cannot change its rows.");
    }
  }

  /** The fields that pick one row: the id, else the first unique on required fields (a model identified by a unique). */
  static List<String> keyFields(Model model) {
    if (model.primaryKey() != null) {
      return model.primaryKey().fields();
    }
    return model.uniques().stream()
        .filter(unique -> unique.fields().stream().allMatch(name -> model.field(name).map(f -> !f.nullable()).orElse(false)))
        .map(unique -> unique.fields()).findFirst().orElse(List.of());
  }

  private String keyWhere(Model model, Map<String, Object> key, List<Bind> binds) {
    List<String> parts = new ArrayList<>();
    for (String name : keyFields(model)) {
      Field field = field(model, name);
      Object value = key.get(name);
      if (value == null) {
        throw new InvalidValueException("The key of " + model.name() + " needs " + name + ".");
      }
      parts.add(q(field.column()) + " = cast(? as " + type(field) + ")");
      binds.add(text(textOf(value), model.name() + "." + name));
    }
    // The version the page read, when it sent one: a row changed since matches nothing.
    version(model).filter(v -> key.get(v.name()) != null).ifPresent(v -> {
      parts.add(q(v.column()) + " = cast(? as " + type(v) + ")");
      binds.add(text(textOf(key.get(v.name())), model.name() + "." + v.name()));
    });
    return " where " + String.join(" and ", parts);
  }

  /** SQL for one bound value of a column: a cast, through JSON for arrays. */
  private String valueSql(Field field) {
    if (field.list()) {
      String element = type(field).replace("[]", "");
      return "cast(array(select jsonb_array_elements_text(cast(? as jsonb))) as " + element + "[])";
    }
    return "cast(? as " + type(field) + ")";
  }

  /** A JSON value from the page as the text PostgreSQL parses for the column. */
  private static String textOf(Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof List<?> || value instanceof Map<?, ?>) {
      return Json.write(value);
    }
    return String.valueOf(value);
  }
}
