package dev.quarry.schema;

/**
 * A column default.
 *
 * @param kind how {@code value} is to be read
 * @param value the normalised literal, the function name in lower case ({@code autoincrement},
 *     {@code now}, {@code uuid}, {@code cuid}, {@code ulid}, {@code nanoid}), or the SQL expression
 * @param byRuntime {@code true} when the runtime, not the database, makes the value of a function
 *     the database could also make (a {@code uuid} under Prisma's conventions), else {@code null}
 */
public record DefaultValue(Kind kind, String value, Boolean byRuntime) {

  public DefaultValue {
    byRuntime = Boolean.TRUE.equals(byRuntime) ? Boolean.TRUE : null;
  }

  /** A default the database makes when it can. */
  public DefaultValue(Kind kind, String value) {
    this(kind, value, null);
  }

  /** Whether the runtime makes the value, so the column has no default of its own. */
  public boolean madeByRuntime() {
    return byRuntime != null;
  }

  /** The three forms of a default. */
  public enum Kind {
    /** A constant, normalised for its type (for example {@code true}, {@code 42}, {@code ADMIN}). */
    LITERAL,
    /** A default function. */
    FUNCTION,
    /** A SQL expression evaluated by the database. */
    SQL
  }

  /** A literal default. */
  public static DefaultValue literal(String value) {
    return new DefaultValue(Kind.LITERAL, value);
  }

  /** A function default, by its lower-case name. */
  public static DefaultValue function(String name) {
    return new DefaultValue(Kind.FUNCTION, name);
  }

  /** A function default the runtime makes, by its lower-case name. */
  public static DefaultValue runtimeFunction(String name) {
    return new DefaultValue(Kind.FUNCTION, name, true);
  }

  /** A SQL expression default. */
  public static DefaultValue sql(String expression) {
    return new DefaultValue(Kind.SQL, expression);
  }
}
