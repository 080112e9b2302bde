package dev.quarry.runtime.sql;

import dev.quarry.runtime.error.InvalidQueryException;
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


  private static final String[] ALIASES = {"t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7"};

  /** How deep filters may nest (and, or, not, relation filters): rendering is recursive, and no real filter comes close. */
  static final int MAX_FILTER_DEPTH = 200;

  /** The most parameters PostgreSQL's protocol carries in one statement. */
  static final int MAX_PARAMETERS = 65_535;

  private final StringBuilder shape = new StringBuilder(64);
  private final List<Bind> binds = new ArrayList<>(4);
  private int aliases;
  private int depth;

  /** Enters one level of filter nesting on {@code model}; refuses one level too many. */
  void enter(String model) {
    if (++depth > MAX_FILTER_DEPTH) {
      throw new InvalidQueryException("The filter on " + model + " nests conditions more than " + MAX_FILTER_DEPTH + " levels deep. "
          + "Combine many conditions side by side with Filter.and(list) or Filter.or(list), and many values with in(list).");
    }
  }

  /** Leaves a level of filter nesting. */
  void leave() {
    depth--;
  }

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
    if (binds.size() > MAX_PARAMETERS) {
      String first = binds.get(0).source() == null ? "" : " (" + binds.get(0).source() + " first)";
      throw new InvalidQueryException("The statement binds " + binds.size() + " values" + first + "; PostgreSQL takes at most "
          + MAX_PARAMETERS + " in one statement. Pass many values as one list with in(list), which binds a single array.");
    }
    RenderedSql rendered = cache.get(shape.toString(), () -> RenderedSql.fromNamed(Jooq.context().renderNamedParams(query.get())));
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
