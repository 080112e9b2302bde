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

import dev.quarry.runtime.client.Attribute;
import dev.quarry.runtime.client.Column;
import dev.quarry.runtime.client.Filter;
import dev.quarry.runtime.client.ModelTable;
import dev.quarry.runtime.client.RelationLink;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectConditionStep;
import org.jooq.Record1;

/** Turns client {@link Filter}s into jOOQ conditions, collecting their values as binds. */
final class Conditions {

  private Conditions() {}

  /** A column of the row aliased {@code alias}. */
  static Field<Object> column(String alias, Column column) {
    return field(name(alias, column.name()));
  }

  /** A column of the row aliased {@code alias}, typed as text (so jOOQ adds no cast for LIKE). */
  static Field<String> text(String alias, Column column) {
    return field(name(alias, column.name()), String.class);
  }

  /** The value bound for a column. */
  static Bind bind(Attribute<?, ?> attribute, Object value) {
    Column column = attribute.column();
    return new Bind(value, column.type(), column.list(), column.codec(), attribute.path());
  }

  /** The value bound as an element of a column (or a scalar compared with a list's elements). */
  static Bind element(Attribute<?, ?> attribute, Object value) {
    Column column = attribute.column();
    return new Bind(value, column.type(), false, column.codec(), attribute.path());
  }

  /** The values bound as an array of the column's (element) type. */
  static Bind array(Attribute<?, ?> attribute, List<?> values) {
    Column column = attribute.column();
    return new Bind(values, column.type(), true, column.codec(), attribute.path());
  }

  /** The condition for {@code filter} on rows of {@code table} aliased {@code alias}. */
  static Condition of(SqlBuilder sql, Filter<?> filter, ModelTable<?> table, String alias) {
    if (filter instanceof Filter.Compare<?> compare) {
      Field<Object> field = column(alias, compare.attribute().column());
      sql.shape(compare.operator()).shape(compare.attribute().index());
      Field<Object> value = sql.param(bind(compare.attribute(), compare.value()));
      return switch (compare.operator()) {
        case EQ -> field.eq(value);
        case NE -> field.ne(value);
        case LT -> field.lt(value);
        case LTE -> field.le(value);
        case GT -> field.gt(value);
        case GTE -> field.ge(value);
      };
    }
    if (filter instanceof Filter.In<?> in) {
      sql.shape(in.negated() ? "notIn" : "in").shape(in.attribute().index());
      if (in.values().isEmpty()) {
        return in.negated() ? trueCondition() : falseCondition();
      }
      Field<Object> field = column(alias, in.attribute().column());
      Field<Object> values = sql.param(array(in.attribute(), in.values()));
      return in.negated()
          ? condition("{0} <> all({1})", field, values)
          : condition("{0} = any({1})", field, values);
    }
    if (filter instanceof Filter.Text<?> text) {
      return text(sql, text, alias);
    }
    if (filter instanceof Filter.IsNull<?> isNull) {
      sql.shape(isNull.negated() ? "notNull" : "null").shape(isNull.attribute().index());
      Field<Object> field = column(alias, isNull.attribute().column());
      return isNull.negated() ? field.isNotNull() : field.isNull();
    }
    if (filter instanceof Filter.ListCondition<?> list) {
      return list(sql, list, alias);
    }
    if (filter instanceof Filter.All<?> all) {
      sql.shape("and(");
      List<Condition> parts = new ArrayList<>();
      for (Filter<?> part : all.filters()) {
        parts.add(of(sql, part, table, alias));
      }
      sql.shape(")");
      return parts.isEmpty() ? trueCondition() : org.jooq.impl.DSL.and(parts);
    }
    if (filter instanceof Filter.Any<?> any) {
      sql.shape("or(");
      List<Condition> parts = new ArrayList<>();
      for (Filter<?> part : any.filters()) {
        parts.add(of(sql, part, table, alias));
      }
      sql.shape(")");
      return parts.isEmpty() ? falseCondition() : org.jooq.impl.DSL.or(parts);
    }
    if (filter instanceof Filter.Not<?> not) {
      sql.shape("not(");
      Condition inner = of(sql, not.filter(), table, alias);
      sql.shape(")");
      return inner.not();
    }
    if (filter instanceof Filter.Related<?> related) {
      return related(sql, related, table, alias);
    }
    throw new IllegalStateException("Unknown filter " + filter);
  }

  private static Condition text(SqlBuilder sql, Filter.Text<?> text, String alias) {
    sql.shape(text.operator()).shape(text.insensitive() ? "ci" : "cs").shape(text.attribute().index());
    String escaped = escapeLike(text.value());
    String pattern = switch (text.operator()) {
      case CONTAINS -> "%" + escaped + "%";
      case STARTS_WITH -> escaped + "%";
      case ENDS_WITH -> "%" + escaped;
      case EQUALS -> escaped;
    };
    Field<String> field = text(alias, text.attribute().column());
    Field<String> value = sql.param(Bind.text(pattern, text.attribute().path()), String.class);
    return text.insensitive() ? field.likeIgnoreCase(value, '\\') : field.like(value, '\\');
  }

  /** Escapes LIKE's wildcards so user input is matched literally. */
  static String escapeLike(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static Condition list(SqlBuilder sql, Filter.ListCondition<?> list, String alias) {
    sql.shape(list.operator()).shape(list.attribute().index());
    Field<Object> field = column(alias, list.attribute().column());
    return switch (list.operator()) {
      case HAS -> condition("{0} = any({1})", sql.param(element(list.attribute(), list.values().get(0))), field);
      case HAS_EVERY -> condition("{0} @> {1}", field, sql.param(array(list.attribute(), list.values())));
      case HAS_SOME -> condition("{0} && {1}", field, sql.param(array(list.attribute(), list.values())));
      case IS_EMPTY -> condition("coalesce(cardinality({0}), 0) = 0", field);
    };
  }

  private static Condition related(SqlBuilder sql, Filter.Related<?> related, ModelTable<?> table, String alias) {
    RelationLink link = related.link();
    ModelTable<?> target = link.target().get();
    String inner = sql.alias();
    sql.shape("rel").shape(table.model() + "." + link.field()).shape(related.quantifier()).shape("(");
    List<Condition> where = new ArrayList<>();
    where.add(Relations.joinCondition(link, table, alias, target, inner));
    Condition match = related.filter() == null ? trueCondition() : of(sql, related.filter(), target, inner);
    sql.shape(")");
    if (related.quantifier() == Filter.Quantifier.EVERY) {
      where.add(match.not());
    } else if (related.filter() != null) {
      where.add(match);
    }
    SelectConditionStep<Record1<Integer>> subquery =
        selectOne().from(Relations.source(link, target, inner)).where(where);
    return switch (related.quantifier()) {
      case SOME -> exists(subquery);
      case NONE, EVERY -> notExists(subquery);
    };
  }

  /** A table by name with an alias. */
  static org.jooq.Table<?> tableAs(ModelTable<?> model, String alias) {
    return table(name(model.table())).as(alias);
  }
}
