package dev.quarry.schema;

/**
 * A column default.
 *
 * @param kind how {@code value} is to be read
 * @param value the normalised literal, the function name in lower case ({@code autoincrement},
 *     {@code now}, {@code uuid}, {@code cuid}, {@code ulid}, {@code nanoid}), or the SQL expression
 */
public record DefaultValue(Kind kind, String value) {

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

  /** A SQL expression default. */
  public static DefaultValue sql(String expression) {
    return new DefaultValue(Kind.SQL, expression);
  }
}
