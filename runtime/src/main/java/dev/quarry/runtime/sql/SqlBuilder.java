package dev.quarry.runtime.sql;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Builds one statement: the jOOQ tree, the values to bind, and a key naming the statement's shape
 * (the same for every query that differs only in values). Rendering happens only when the shape is
 * not cached yet.
 */
final class SqlBuilder {

  static {
    Jooq.quiet();
  }

  static final DSLContext DSL_CONTEXT = DSL.using(SQLDialect.POSTGRES, new Settings()
      .withRenderQuotedNames(RenderQuotedNames.ALWAYS)
      .withRenderFormatted(false)
      .withRenderSchema(false)
      .withParamType(ParamType.NAMED));

  private final StringBuilder shape = new StringBuilder(64);
  private final List<Bind> binds = new ArrayList<>();
  private int aliases;

  /** Appends to the shape key. */
  SqlBuilder shape(Object part) {
    shape.append(part).append('|');
    return this;
  }

  /** A parameter for {@code value}, named by its slot. */
  <T> Param<T> param(Bind value, Class<T> type) {
    int slot = binds.size();
    binds.add(value);
    shape.append('?');
    return DSL.param("qp" + slot, type);
  }

  /** A parameter of unspecified SQL type (the driver binds it by its Java type). */
  Param<Object> param(Bind value) {
    return param(value, Object.class);
  }

  /** A fresh table alias: {@code t0}, {@code t1}, ... */
  String alias() {
    return "t" + aliases++;
  }

  /** Renders (or reuses) the SQL for this shape and binds the values in placeholder order. */
  Prepared finish(StatementCache cache, Query query) {
    RenderedSql rendered = cache.get(shape.toString(), () -> RenderedSql.fromNamed(DSL_CONTEXT.renderNamedParams(query)));
    return rendered.bind(binds);
  }
}
