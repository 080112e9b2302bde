package dev.quarry.runtime.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarry.runtime.meta.EnumCodec;
import dev.quarry.runtime.sql.Bind;
import dev.quarry.schema.ScalarType;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Binds values to statement parameters by their SQL-neutral type; no reflection. */
final class Binder {

  private Binder() {}

  static void bind(Connection connection, PreparedStatement statement, int index, Bind bind) throws SQLException {
    bind(connection, statement, index, bind, bind.value());
  }

  /** Binds {@code value} as {@code bind} describes (its own value unused). */
  static void bind(Connection connection, PreparedStatement statement, int index, Bind bind, Object value) throws SQLException {
    if (value == null) {
      statement.setNull(index, bind.array() ? Types.ARRAY : bind.textOfOwnType() ? Types.OTHER : sqlType(bind.type()));
      return;
    }
    if (bind.array()) {
      statement.setArray(index, array(connection, bind, (List<?>) value));
      return;
    }
    switch (bind.type()) {
      case STRING -> {
        if (bind.textOfOwnType()) {
          statement.setObject(index, value, Types.OTHER);
        } else {
          statement.setString(index, (String) value);
        }
      }
      case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
      case SHORT -> statement.setShort(index, ((Number) value).shortValue());
      case INT -> statement.setInt(index, ((Number) value).intValue());
      case LONG -> statement.setLong(index, ((Number) value).longValue());
      case FLOAT -> statement.setFloat(index, ((Number) value).floatValue());
      case DOUBLE -> statement.setDouble(index, ((Number) value).doubleValue());
      case DECIMAL -> statement.setBigDecimal(index, decimal(value));
      // Untyped UTC text: right for timestamptz and for timestamp columns alike (see PgTime).
      case INSTANT -> statement.setObject(index, PgTime.utc((Instant) value), Types.OTHER);
      case UUID, OFFSET_DATE_TIME, LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME -> statement.setObject(index, value);
      case BYTES -> statement.setBytes(index, (byte[]) value);
      case JSON -> statement.setObject(index, json(value), Types.OTHER);
      case ENUM -> statement.setObject(index, label(bind.codec(), value), Types.OTHER);
    }
  }

  /** A value as JDBC would give it to a listener or a log: enums as labels, JSON as text. */
  static Object plain(Bind bind) {
    if (bind.value() == null || bind.array()) {
      return bind.value();
    }
    return switch (bind.type()) {
      case ENUM -> label(bind.codec(), bind.value());
      case JSON -> json(bind.value());
      default -> bind.value();
    };
  }

  static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
  }

  static String json(Object value) {
    return value instanceof JsonNode node ? node.toString() : value.toString();
  }

  static String label(EnumCodec<?> codec, Object value) {
    return codec == null ? ((Enum<?>) value).name() : codec.label(value);
  }

  private static Array array(Connection connection, Bind bind, List<?> values) throws SQLException {
    Object[] elements = new Object[values.size()];
    for (int i = 0; i < elements.length; i++) {
      Object element = values.get(i);
      elements[i] = switch (bind.type()) {
        case ENUM -> element == null ? null : label(bind.codec(), element);
        case JSON -> element == null ? null : json(element);
        case INSTANT -> element == null ? null : PgTime.utc((Instant) element);
        case OFFSET_DATE_TIME, LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME -> element == null ? null : element.toString();
        case SHORT -> element == null ? null : ((Number) element).shortValue();
        case INT -> element == null ? null : ((Number) element).intValue();
        case LONG -> element == null ? null : ((Number) element).longValue();
        case DECIMAL -> element == null ? null : decimal(element);
        default -> element;
      };
    }
    return connection.createArrayOf(arrayType(bind), elements);
  }

  private static String arrayType(Bind bind) {
    return switch (bind.type()) {
      case STRING -> bind.textOfOwnType() ? bind.nativeType().replaceAll("\\(.*", "") : "text";
      case BOOLEAN -> "bool";
      case SHORT -> "int2";
      case INT -> "int4";
      case LONG -> "int8";
      case FLOAT -> "float4";
      case DOUBLE -> "float8";
      case DECIMAL -> "numeric";
      case UUID -> "uuid";
      case INSTANT, OFFSET_DATE_TIME -> "timestamptz";
      case LOCAL_DATE -> "date";
      case LOCAL_TIME -> "time";
      case LOCAL_DATE_TIME -> "timestamp";
      case BYTES -> "bytea";
      case JSON -> "jsonb";
      case ENUM -> bind.codec() == null ? "text" : quoted(bind.codec().typeName());
    };
  }

  /** A type name as the driver must see it: quoted unless plain lower case, or it lowercases the name. */
  private static String quoted(String typeName) {
    return typeName.matches("[a-z_][a-z0-9_]*") ? typeName : "\"" + typeName.replace("\"", "\"\"") + "\"";
  }

  private static int sqlType(ScalarType type) {
    return switch (type) {
      case STRING -> Types.VARCHAR;
      case BOOLEAN -> Types.BOOLEAN;
      case SHORT -> Types.SMALLINT;
      case INT -> Types.INTEGER;
      case LONG -> Types.BIGINT;
      case FLOAT -> Types.REAL;
      case DOUBLE -> Types.DOUBLE;
      case DECIMAL -> Types.NUMERIC;
      case INSTANT, OFFSET_DATE_TIME -> Types.TIMESTAMP_WITH_TIMEZONE;
      case LOCAL_DATE -> Types.DATE;
      case LOCAL_TIME -> Types.TIME;
      case LOCAL_DATE_TIME -> Types.TIMESTAMP;
      case BYTES -> Types.BINARY;
      case UUID, JSON, ENUM -> Types.OTHER;
    };
  }
}
