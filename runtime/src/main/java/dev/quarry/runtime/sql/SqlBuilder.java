package dev.quarry.runtime.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Collects one statement's shape key (the same for every query that differs only in values) and
 * its values, in one walk over the query that builds no jOOQ objects: the walk returns suppliers,
 * and the jOOQ tree is built from them and rendered only when the shape is not cached yet.
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

  private static final String[] ALIASES = {"t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7"};

  private final StringBuilder shape = new StringBuilder(64);
  private final List<Bind> binds = new ArrayList<>(4);
  private int aliases;

  /** Appends to the shape key. */
  SqlBuilder shape(Object part) {
    shape.append(part).append('|');
    return this;
  }

  /** Appends a number to the shape key. */
  SqlBuilder shape(int part) {
    shape.append(part).append('|');
    return this;
  }

  /** Collects a value to bind; its slot names its parameter when the statement is rendered. */
  int slot(Bind value) {
    binds.add(value);
    shape.append('?');
    return binds.size() - 1;
  }

  /** The parameter of {@code slot}, typed for jOOQ. */
  static <T> Param<T> param(int slot, Class<T> type) {
    return DSL.param("qp" + slot, type);
  }

  /** The parameter of {@code slot}, of unspecified SQL type (the driver binds it by its Java type). */
  static Param<Object> param(int slot) {
    return param(slot, Object.class);
  }

  /** A fresh table alias: {@code t0}, {@code t1}, ... */
  String alias() {
    int next = aliases++;
    return next < ALIASES.length ? ALIASES[next] : "t" + next;
  }

  /**
   * The statement for this shape and these values: the cached SQL, or the SQL {@code query}
   * builds, rendered once.
   */
  Prepared finish(StatementCache cache, Supplier<? extends Query> query) {
    RenderedSql rendered = cache.get(shape.toString(), () -> RenderedSql.fromNamed(DSL_CONTEXT.renderNamedParams(query.get())));
    return rendered.bind(binds);
  }

  /** Builds each supplied part. */
  static <T> List<T> build(List<? extends Supplier<? extends T>> parts) {
    List<T> built = new ArrayList<>(parts.size());
    for (Supplier<? extends T> part : parts) {
      built.add(part.get());
    }
    return built;
  }
}
