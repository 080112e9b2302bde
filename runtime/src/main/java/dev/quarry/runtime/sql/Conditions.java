package dev.quarry.runtime.sql;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.trueCondition;

import dev.quarry.runtime.meta.Column;
import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.meta.RelationLink;
import dev.quarry.runtime.query.Attribute;
import dev.quarry.runtime.query.DeletedRows;
import dev.quarry.runtime.query.Filter;
import dev.quarry.schema.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;

/** Turns client {@link Filter}s into jOOQ conditions, collecting their shape and values as binds. */
final class Conditions {

  private Conditions() {}

  /** A column of the row aliased {@code alias}. */
  static Field<Object> column(String alias, Column column) {
    return field(name(alias, column.name()));
  }

  /**
   * The rows of a {@code @SoftDelete} table a read sees: live ones, deleted ones, or all; no
   * condition for a table whose rows are deleted for good. The choice is part of the shape.
   */
  static Supplier<Condition> deleted(SqlBuilder sql, ModelTable<?> table, String alias, DeletedRows rows) {
    int index = table.softDeleteColumn();
    if (index < 0) {
      return DSL::noCondition;
    }
    sql.shape(rows);
    if (rows == DeletedRows.INCLUDE) {
      return DSL::noCondition;
    }
    Column column = table.columns().get(index);
    return () -> {
      Field<Object> mark = column(alias, column);
      if (column.type() == dev.quarry.schema.ScalarType.BOOLEAN) {
        return rows == DeletedRows.EXCLUDE ? mark.coerce(Boolean.class).isFalse() : mark.coerce(Boolean.class).isTrue();
      }
      return rows == DeletedRows.EXCLUDE ? mark.isNull() : mark.isNotNull();
    };
  }

  /** A column of the row aliased {@code alias}, typed as text (so jOOQ adds no cast for LIKE). */
  static Field<String> text(String alias, Column column) {
    return field(name(alias, column.name()), String.class);
  }

  /** The value bound for a column. */
  static Bind bind(Attribute<?, ?> attribute, Object value) {
    Column column = attribute.column();
    return new Bind(column.toDatabase(value), column.type(), column.list(), column.codec(), attribute.path(), column.nativeType());
  }

  /** The value bound as an element of a column (or a scalar compared with a list's elements). */
  static Bind element(Attribute<?, ?> attribute, Object value) {
    Column column = attribute.column();
    return new Bind(column.toDatabase(value), column.type(), false, column.codec(), attribute.path(), column.nativeType());
  }

  /** The values bound as an array of the column's (element) type. */
  static Bind array(Attribute<?, ?> attribute, List<?> values) {
    Column column = attribute.column();
    List<?> stored = column.json() == null ? values : values.stream().map(column::toDatabase).toList();
    return new Bind(stored, column.type(), true, column.codec(), attribute.path(), column.nativeType());
  }

  /**
   * A statement's whole WHERE condition: as {@link #of}, except that a filter matching every row
   * renders no WHERE clause at all rather than {@code where true}.
   */
  static Supplier<Condition> where(SqlBuilder sql, Filter<?> filter, ModelTable<?> table, String alias) {
    if (filter instanceof Filter.All<?> all && all.filters().isEmpty()) {
      sql.shape("everything");
      return DSL::noCondition;
    }
    return of(sql, filter, table, alias);
  }

  /**
   * The condition for {@code filter} on rows of {@code table} aliased {@code alias}: its shape and
   * values go to {@code sql} now, the jOOQ condition is built when the supplier is asked.
   */
  static Supplier<Condition> of(SqlBuilder sql, Filter<?> filter, ModelTable<?> table, String alias) {
    if (filter instanceof Filter.Compare<?> compare) {
      sql.shape(compare.operator()).shape(compare.attribute().index());
      int slot = sql.slot(bind(compare.attribute(), compare.value()));
      Column column = compare.attribute().column();
      return () -> compare(column(alias, column), compare.operator(), SqlBuilder.param(slot));
    }
    if (filter instanceof Filter.In<?> in) {
      sql.shape(in.negated() ? "notIn" : "in").shape(in.attribute().index());
      if (in.values().isEmpty()) {
        return in.negated() ? DSL::trueCondition : DSL::falseCondition;
      }
      int slot = sql.slot(array(in.attribute(), in.values()));
      Column column = in.attribute().column();
      return () -> in.negated()
          ? condition("{0} <> all({1})", column(alias, column), SqlBuilder.param(slot))
          : condition("{0} = any({1})", column(alias, column), SqlBuilder.param(slot));
    }
    if (filter instanceof Filter.Text<?> text) {
      return text(sql, text, alias);
    }
    if (filter instanceof Filter.IsNull<?> isNull) {
      sql.shape(isNull.negated() ? "notNull" : "null").shape(isNull.attribute().index());
      Column column = isNull.attribute().column();
      return () -> isNull.negated() ? column(alias, column).isNotNull() : column(alias, column).isNull();
    }
    if (filter instanceof Filter.ListCondition<?> list) {
      return list(sql, list, alias);
    }
    if (filter instanceof Filter.JsonContains<?> contains) {
      sql.shape("jsonContains").shape(contains.attribute().index());
      int slot = sql.slot(new Bind(contains.document(), ScalarType.JSON, false, null, contains.attribute().path()));
      Column column = contains.attribute().column();
      return () -> condition("{0} @> {1}", column(alias, column), SqlBuilder.param(slot));
    }
    if (filter instanceof Filter.JsonMember<?> member) {
      return jsonMember(sql, member, alias);
    }
    if (filter instanceof Filter.All<?> all) {
      sql.enter(table.model());
      List<Supplier<Condition>> parts = parts(sql, "and(", all.filters(), table, alias);
      sql.leave();
      return () -> parts.isEmpty() ? trueCondition() : DSL.and(SqlBuilder.build(parts));
    }
    if (filter instanceof Filter.Any<?> any) {
      sql.enter(table.model());
      List<Supplier<Condition>> parts = parts(sql, "or(", equalitiesAsIn(any.filters()), table, alias);
      sql.leave();
      return () -> parts.isEmpty() ? falseCondition() : DSL.or(SqlBuilder.build(parts));
    }
    if (filter instanceof Filter.Not<?> not) {
      sql.enter(table.model());
      sql.shape("not(");
      Supplier<Condition> inner = of(sql, not.filter(), table, alias);
      sql.shape(")");
      sql.leave();
      return () -> inner.get().not();
    }
    if (filter instanceof Filter.Related<?> related) {
      sql.enter(table.model());
      Supplier<Condition> condition = related(sql, related, table, alias);
      sql.leave();
      return condition;
    }
    throw new IllegalStateException("Unknown filter " + filter);
  }

  /**
   * The alternatives with every group of {@code eq} on one scalar column merged into one
   * {@code in}: {@code a = 1 or a = 2 or ...} becomes {@code a = any(?)}, one array parameter
   * however many values (and one cached statement), in the place of the group's first member.
   */
  private static List<? extends Filter<?>> equalitiesAsIn(List<? extends Filter<?>> alternatives) {
    java.util.Map<Integer, List<Object>> values = new java.util.LinkedHashMap<>();
    for (Filter<?> alternative : alternatives) {
      if (alternative instanceof Filter.Compare<?> compare && compare.operator() == Filter.Operator.EQ && !compare.attribute().column().list()) {
        values.computeIfAbsent(compare.attribute().index(), index -> new ArrayList<>()).add(compare.value());
      }
    }
    if (values.values().stream().noneMatch(group -> group.size() > 1)) {
      return alternatives;
    }
    List<Filter<?>> merged = new ArrayList<>(alternatives.size());
    for (Filter<?> alternative : alternatives) {
      if (alternative instanceof Filter.Compare<?> compare && compare.operator() == Filter.Operator.EQ && !compare.attribute().column().list()) {
        List<Object> group = values.get(compare.attribute().index());
        if (group.size() == 1) {
          merged.add(alternative);
        } else if (!group.isEmpty()) {
          merged.add(in(compare, group));
          values.put(compare.attribute().index(), List.of());
        }
      } else {
        merged.add(alternative);
      }
    }
    return merged;
  }

  private static <M> Filter<M> in(Filter.Compare<M> first, List<Object> values) {
    return new Filter.In<>(first.attribute(), false, values);
  }

  private static List<Supplier<Condition>> parts(SqlBuilder sql, String open, List<? extends Filter<?>> filters, ModelTable<?> table, String alias) {
    if (filters.size() == 1) {
      // One part needs no group: the same SQL as the part alone, so the same cached statement.
      return List.of(of(sql, filters.get(0), table, alias));
    }
    sql.shape(open);
    List<Supplier<Condition>> parts = new ArrayList<>(filters.size());
    for (Filter<?> part : filters) {
      parts.add(of(sql, part, table, alias));
    }
    sql.shape(")");
    return parts;
  }

  private static Condition compare(Field<Object> field, Filter.Operator operator, Field<Object> value) {
    return switch (operator) {
      case EQ -> field.eq(value);
      case NE -> field.ne(value);
      case LT -> field.lt(value);
      case LTE -> field.le(value);
      case GT -> field.gt(value);
      case GTE -> field.ge(value);
    };
  }

  private static Supplier<Condition> text(SqlBuilder sql, Filter.Text<?> text, String alias) {
    sql.shape(text.operator()).shape(text.insensitive() ? "ci" : "cs").shape(text.attribute().index());
    String escaped = escapeLike(text.value());
    String pattern = switch (text.operator()) {
      case CONTAINS -> "%" + escaped + "%";
      case STARTS_WITH -> escaped + "%";
      case ENDS_WITH -> "%" + escaped;
      case EQUALS -> escaped;
    };
    int slot = sql.slot(Bind.text(pattern, text.attribute().path()));
    Column column = text.attribute().column();
    return () -> {
      Field<String> field = text(alias, column);
      Field<String> value = SqlBuilder.param(slot, String.class);
      return text.insensitive() ? field.likeIgnoreCase(value, '\\') : field.like(value, '\\');
    };
  }

  /**
   * A member of a JSON column read as text ({@code jsonb_extract_path_text}), cast to its type and
   * compared, matched as text, or tested for null; the path's names are part of the shape.
   */
  private static Supplier<Condition> jsonMember(SqlBuilder sql, Filter.JsonMember<?> member, String alias) {
    sql.shape("json").shape(member.attribute().index()).shape(member.path().size());
    member.path().forEach(sql::shape);
    sql.shape(member.type()).shape(member.operator()).shape(member.text()).shape(member.negated());
    Column column = member.attribute().column();
    String cast = jsonCast(member.type());
    int slot;
    if (member.text() != null) {
      String escaped = escapeLike((String) member.value());
      slot = sql.slot(Bind.text(switch (member.text()) {
        case CONTAINS -> "%" + escaped + "%";
        case STARTS_WITH -> escaped + "%";
        case ENDS_WITH -> "%" + escaped;
        case EQUALS -> escaped;
      }, member.attribute().path()));
    } else if (member.operator() != null) {
      slot = sql.slot(Bind.text((String) member.value(), member.attribute().path()));
    } else {
      slot = -1;
    }
    return () -> {
      List<Field<?>> arguments = new ArrayList<>();
      arguments.add(column(alias, column));
      member.path().forEach(name -> arguments.add(DSL.inline(name)));
      Field<String> text = DSL.function("jsonb_extract_path_text", String.class, arguments.toArray(Field[]::new));
      if (member.text() != null) {
        return text.like(SqlBuilder.param(slot, String.class), '\\');
      }
      if (member.operator() == null) {
        return member.negated() ? text.isNotNull() : text.isNull();
      }
      Field<Object> value = cast == null ? SqlBuilder.param(slot) : field("cast({0} as " + cast + ")", Object.class, SqlBuilder.param(slot));
      Field<Object> read = cast == null ? text.coerce(Object.class) : field("cast({0} as " + cast + ")", Object.class, text);
      return compare(read, member.operator(), value);
    };
  }

  /** The SQL type a JSON member's text is cast to for comparison; {@code null} to compare as text. */
  private static String jsonCast(ScalarType type) {
    return switch (type) {
      case STRING, ENUM, JSON, BYTES -> null;
      default -> type.postgresType();
    };
  }

  /** Escapes LIKE's wildcards so user input is matched literally. */
  static String escapeLike(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static Supplier<Condition> list(SqlBuilder sql, Filter.ListCondition<?> list, String alias) {
    sql.shape(list.operator()).shape(list.attribute().index());
    Column column = list.attribute().column();
    return switch (list.operator()) {
      case HAS -> {
        int slot = sql.slot(element(list.attribute(), list.values().get(0)));
        yield () -> condition("{0} = any({1})", SqlBuilder.param(slot), column(alias, column));
      }
      case HAS_EVERY -> {
        int slot = sql.slot(array(list.attribute(), list.values()));
        yield () -> condition("{0} @> {1}", column(alias, column), SqlBuilder.param(slot));
      }
      case HAS_SOME -> {
        int slot = sql.slot(array(list.attribute(), list.values()));
        yield () -> condition("{0} && {1}", column(alias, column), SqlBuilder.param(slot));
      }
      case IS_EMPTY -> () -> condition("coalesce(cardinality({0}), 0) = 0", column(alias, column));
    };
  }

  private static Supplier<Condition> related(SqlBuilder sql, Filter.Related<?> related, ModelTable<?> table, String alias) {
    RelationLink link = related.link();
    ModelTable<?> target = link.target().get();
    String inner = sql.alias();
    sql.shape("rel").shape(table.model()).shape(link.field()).shape(related.quantifier()).shape("(");
    Supplier<Condition> match = related.filter() == null ? DSL::trueCondition : of(sql, related.filter(), target, inner);
    sql.shape(")");
    // Deleted related rows do not count, whatever the quantifier.
    Supplier<Condition> live = deleted(sql, target, inner, DeletedRows.EXCLUDE);
    return () -> {
      List<Condition> where = new ArrayList<>();
      where.add(Relations.joinCondition(link, table, alias, target, inner));
      where.add(live.get());
      if (related.quantifier() == Filter.Quantifier.EVERY) {
        where.add(match.get().not());
      } else if (related.filter() != null) {
        where.add(match.get());
      }
      SelectConditionStep<Record1<Integer>> subquery = selectOne().from(Relations.source(link, target, inner)).where(where);
      return switch (related.quantifier()) {
        case SOME -> exists(subquery);
        case NONE, EVERY -> notExists(subquery);
      };
    };
  }

  /** A table by name with an alias. */
  static org.jooq.Table<?> tableAs(ModelTable<?> model, String alias) {
    return table(name(model.table())).as(alias);
  }
}
