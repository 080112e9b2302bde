package dev.quarry.runtime.sql;

import dev.quarry.runtime.meta.EnumCodec;
import dev.quarry.schema.ScalarType;

/**
 * A value to bind to a statement, with what JDBC needs to know to bind it.
 *
 * @param value the Java value (a {@code java.util.List} for arrays)
 * @param type the SQL-neutral type of the value or of its elements
 * @param array whether to bind a SQL array
 * @param codec the enum codec for enum values, else {@code null}
 * @param source {@code Model.field} the value belongs to, for error messages, or {@code null}
 * @param nativeType the column's native type hint, or {@code null}: text held in a type of its own
 *     ({@code inet}, {@code xml}, {@code bit(n)}) is bound untyped, for PostgreSQL to read as that type
 */
public record Bind(Object value, ScalarType type, boolean array, EnumCodec<?> codec, String source, String nativeType) {

  /** A value of a column without a native type hint. */
  public Bind(Object value, ScalarType type, boolean array, EnumCodec<?> codec, String source) {
    this(value, type, array, codec, source, null);
  }

  /** Whether the value is text PostgreSQL must read as the column's own type rather than as text. */
  public boolean textOfOwnType() {
    return type == ScalarType.STRING && nativeType != null && !nativeType.equals("text")
        && !nativeType.startsWith("varchar") && !nativeType.startsWith("char");
  }

  /** A value of column {@code index} of {@code table}, as the database takes it (a record stored as JSON becomes its tree). */
  public static Bind of(dev.quarry.runtime.meta.ModelTable<?> table, int index, Object value) {
    dev.quarry.runtime.meta.Column column = table.columns().get(index);
    return new Bind(column.toDatabase(value), column.type(), column.list(), column.codec(), table.model() + "." + column.field(),
        column.nativeType());
  }

  /** A plain integer, such as a LIMIT. */
  public static Bind integer(int value) {
    return new Bind(value, ScalarType.INT, false, null, null);
  }

  /** A plain text value, such as a LIKE pattern. */
  public static Bind text(String value, String source) {
    return new Bind(value, ScalarType.STRING, false, null, source);
  }
}
