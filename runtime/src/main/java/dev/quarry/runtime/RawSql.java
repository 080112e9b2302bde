package dev.quarry.runtime;

import dev.quarry.runtime.jdbc.Executor;
import dev.quarry.runtime.meta.ModelTable;
import dev.quarry.runtime.sql.Bind;
import dev.quarry.runtime.sql.Prepared;
import dev.quarry.schema.ScalarType;
import java.math.BigDecimal;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * SQL written by hand, with {@code ?} placeholders whose values are always bound, never spliced
 * into the text.
 */
public final class RawSql {

  private final Executor executor;

  /** Raw SQL over this executor (and its transaction). */
  RawSql(Executor executor) {
    this.executor = executor;
  }

  /** Reads every row with {@code reader}. */
  public <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
    return executor.query(new Prepared(sql, binds(parameters)), reader::read);
  }

  /**
   * Reads every row into a model's record: each model column is taken from the result column of
   * the same name; columns the query does not return are {@code null}.
   */
  public <M> List<M> query(String sql, ModelTable<M> model, Object... parameters) {
    int[][] positions = new int[1][];
    return executor.query(new Prepared(sql, binds(parameters)), rs -> {
      if (positions[0] == null) {
        positions[0] = positions(model, rs.getMetaData());
      }
      return model.read(rs, positions[0]);
    });
  }

  /** Runs a statement that returns no rows; the number of rows changed. */
  public int execute(String sql, Object... parameters) {
    return executor.execute(new Prepared(sql, binds(parameters)));
  }

  private static int[] positions(ModelTable<?> model, ResultSetMetaData meta) throws java.sql.SQLException {
    int[] positions = new int[model.columns().size()];
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      String label = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
      for (int c = 0; c < positions.length; c++) {
        var column = model.columns().get(c);
        if (column.name().toLowerCase(Locale.ROOT).equals(label) || column.field().toLowerCase(Locale.ROOT).equals(label)) {
          positions[c] = i;
        }
      }
    }
    return positions;
  }

  /** Binds each parameter by its Java type. */
  static List<Bind> binds(Object[] parameters) {
    List<Bind> binds = new ArrayList<>(parameters.length);
    for (Object parameter : parameters) {
      binds.add(new Bind(parameter, typeOf(parameter), false, null, null));
    }
    return binds;
  }

  private static ScalarType typeOf(Object value) {
    if (value == null || value instanceof String) {
      return ScalarType.STRING;
    }
    if (value instanceof Integer) {
      return ScalarType.INT;
    }
    if (value instanceof Long) {
      return ScalarType.LONG;
    }
    if (value instanceof Short) {
      return ScalarType.SHORT;
    }
    if (value instanceof Boolean) {
      return ScalarType.BOOLEAN;
    }
    if (value instanceof Double) {
      return ScalarType.DOUBLE;
    }
    if (value instanceof Float) {
      return ScalarType.FLOAT;
    }
    if (value instanceof BigDecimal) {
      return ScalarType.DECIMAL;
    }
    if (value instanceof UUID) {
      return ScalarType.UUID;
    }
    if (value instanceof Instant) {
      return ScalarType.INSTANT;
    }
    if (value instanceof OffsetDateTime) {
      return ScalarType.OFFSET_DATE_TIME;
    }
    if (value instanceof LocalDate) {
      return ScalarType.LOCAL_DATE;
    }
    if (value instanceof LocalTime) {
      return ScalarType.LOCAL_TIME;
    }
    if (value instanceof LocalDateTime) {
      return ScalarType.LOCAL_DATE_TIME;
    }
    if (value instanceof byte[]) {
      return ScalarType.BYTES;
    }
    if (value instanceof Enum<?>) {
      return ScalarType.ENUM;
    }
    throw new IllegalArgumentException("Cannot bind a " + value.getClass().getName()
        + "; pass a String, number, boolean, UUID, java.time value, byte[] or enum.");
  }
}
