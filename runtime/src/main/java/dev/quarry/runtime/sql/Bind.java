package dev.quarry.runtime.sql;

import dev.quarry.runtime.client.EnumCodec;
import dev.quarry.schema.ScalarType;

/**
 * A value to bind to a statement, with what JDBC needs to know to bind it.
 *
 * @param value the Java value (a {@code java.util.List} for arrays)
 * @param type the SQL-neutral type of the value or of its elements
 * @param array whether to bind a SQL array
 * @param codec the enum codec for enum values, else {@code null}
 * @param source {@code Model.field} the value belongs to, for error messages, or {@code null}
 */
public record Bind(Object value, ScalarType type, boolean array, EnumCodec<?> codec, String source) {

  /** A plain integer, such as a LIMIT. */
  public static Bind integer(int value) {
    return new Bind(value, ScalarType.INT, false, null, null);
  }

  /** A plain text value, such as a LIKE pattern. */
  public static Bind text(String value, String source) {
    return new Bind(value, ScalarType.STRING, false, null, source);
  }
}
