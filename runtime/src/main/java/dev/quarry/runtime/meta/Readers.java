package dev.quarry.runtime.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarry.runtime.error.QuarryException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Reads one column of the current row by its 1-based position; position 0 means "not selected"
 * and gives {@code null} (zero or {@code false} for primitives). Generated row readers call these.
 */
public final class Readers {

  /** Jackson, made on first use of a JSON column: an application without one never loads it. */
  private static final class Json {
    static final ObjectMapper PLAIN = new ObjectMapper();
    /** For records stored as JSON: numbers with a fraction read exactly, as {@code BigDecimal}s keeping their scale. */
    static final ObjectMapper EXACT = new ObjectMapper()
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .setNodeFactory(new com.fasterxml.jackson.databind.node.JsonNodeFactory(true));

    static JsonNode tree(ObjectMapper mapper, String text) {
      if (text == null) {
        return null;
      }
      try {
        return mapper.readTree(text);
      } catch (JsonProcessingException e) {
        throw new QuarryException("The database returned JSON that does not parse: " + e.getOriginalMessage(), e);
      }
    }
  }

  private Readers() {}

  /** A text column. */
  public static String getString(ResultSet rs, int position) throws SQLException {
    return position == 0 ? null : rs.getString(position);
  }

  /** A boolean column into a primitive. */
  public static boolean getBooleanValue(ResultSet rs, int position) throws SQLException {
    return position != 0 && rs.getBoolean(position);
  }

  /** A boolean column. */
  public static Boolean getBoolean(ResultSet rs, int position) throws SQLException {
    if (position == 0) {
      return null;
    }
    boolean value = rs.getBoolean(position);
    return rs.wasNull() ? null : value;
  }

  /** A smallint column into a primitive. */
  public static short getShortValue(ResultSet rs, int position) throws SQLException {
    return position == 0 ? 0 : rs.getShort(position);
  }

  /** A smallint column. */
  public static Short getShort(ResultSet rs, int position) throws SQLException {
    if (position == 0) {
      return null;
    }
    short value = rs.getShort(position);
    return rs.wasNull() ? null : value;
  }

  /** An integer column into a primitive. */
  public static int getIntValue(ResultSet rs, int position) throws SQLException {
    return position == 0 ? 0 : rs.getInt(position);
  }

  /** An integer column. */
  public static Integer getInteger(ResultSet rs, int position) throws SQLException {
    if (position == 0) {
      return null;
    }
    int value = rs.getInt(position);
    return rs.wasNull() ? null : value;
  }

  /** A bigint column into a primitive. */
  public static long getLongValue(ResultSet rs, int position) throws SQLException {
    return position == 0 ? 0L : rs.getLong(position);
  }

  /** A bigint column. */
  public static Long getLong(ResultSet rs, int position) throws SQLException {
    if (position == 0) {
      return null;
    }
    long value = rs.getLong(position);
    return rs.wasNull() ? null : value;
  }

  /** A real column into a primitive. */
  public static float getFloatValue(ResultSet rs, int position) throws SQLException {
    return position == 0 ? 0f : rs.getFloat(position);
  }

  /** A real column. */
  public static Float getFloat(ResultSet rs, int position) throws SQLException {
    if (position == 0) {
      return null;
    }
    float value = rs.getFloat(position);
    return rs.wasNull() ? null : value;
  }

  /** A double column into a primitive. */
  public static double getDoubleValue(ResultSet rs, int position) throws SQLException {
    return position == 0 ? 0d : rs.getDouble(position);
  }

  /** A double column. */
  public static Double getDouble(ResultSet rs, int position) throws SQLException {
    if (position == 0) {
      return null;
    }
    double value = rs.getDouble(position);
    return rs.wasNull() ? null : value;
  }

  /** A numeric column. */
  public static BigDecimal getBigDecimal(ResultSet rs, int position) throws SQLException {
    return position == 0 ? null : rs.getBigDecimal(position);
  }

  /** A uuid column. */
  public static UUID getUuid(ResultSet rs, int position) throws SQLException {
    return position == 0 ? null : rs.getObject(position, UUID.class);
  }

  /** A timestamptz column as an instant. */
  public static Instant getInstant(ResultSet rs, int position) throws SQLException {
    OffsetDateTime value = getOffsetDateTime(rs, position);
    return value == null ? null : value.toInstant();
  }

  /** A timestamptz column. */
  public static OffsetDateTime getOffsetDateTime(ResultSet rs, int position) throws SQLException {
    return position == 0 ? null : rs.getObject(position, OffsetDateTime.class);
  }

  /** A date column. */
  public static LocalDate getLocalDate(ResultSet rs, int position) throws SQLException {
    return position == 0 ? null : rs.getObject(position, LocalDate.class);
  }

  /** A time column. */
  public static LocalTime getLocalTime(ResultSet rs, int position) throws SQLException {
    return position == 0 ? null : rs.getObject(position, LocalTime.class);
  }

  /** A timestamp column. */
  public static LocalDateTime getLocalDateTime(ResultSet rs, int position) throws SQLException {
    return position == 0 ? null : rs.getObject(position, LocalDateTime.class);
  }

  /** A bytea column. */
  public static byte[] getBytes(ResultSet rs, int position) throws SQLException {
    return position == 0 ? null : rs.getBytes(position);
  }

  /** A json(b) column as text. */
  public static String getJson(ResultSet rs, int position) throws SQLException {
    return getString(rs, position);
  }

  /** A json(b) column as a Jackson tree. */
  public static JsonNode getJsonNode(ResultSet rs, int position) throws SQLException {
    return Json.tree(Json.PLAIN, getString(rs, position));
  }

  /** A json(b) column holding a record, as a tree whose decimals are exact (for its generated codec). */
  public static JsonNode getJsonRecord(ResultSet rs, int position) throws SQLException {
    return Json.tree(Json.EXACT, getString(rs, position));
  }


  /** An enum column. */
  public static <E extends Enum<E>> E getEnum(ResultSet rs, int position, EnumCodec<E> codec) throws SQLException {
    String label = getString(rs, position);
    return label == null ? null : codec.constant(label);
  }

  /** A scalar column by its type, as its Java type (for aggregates and grouped keys). */
  public static Object read(ResultSet rs, int position, dev.quarry.runtime.meta.Column column) throws SQLException {
    if (column.list()) {
      return getList(rs, position, Readers::element);
    }
    return switch (column.type()) {
      case STRING -> getString(rs, position);
      case BOOLEAN -> getBoolean(rs, position);
      case SHORT -> getShort(rs, position);
      case INT -> getInteger(rs, position);
      case LONG -> getLong(rs, position);
      case FLOAT -> getFloat(rs, position);
      case DOUBLE -> getDouble(rs, position);
      case DECIMAL -> getBigDecimal(rs, position);
      case UUID -> getUuid(rs, position);
      case INSTANT -> getInstant(rs, position);
      case OFFSET_DATE_TIME -> getOffsetDateTime(rs, position);
      case LOCAL_DATE -> getLocalDate(rs, position);
      case LOCAL_TIME -> getLocalTime(rs, position);
      case LOCAL_DATE_TIME -> getLocalDateTime(rs, position);
      case BYTES -> getBytes(rs, position);
      case JSON -> getJson(rs, position);
      case ENUM -> { String label = getString(rs, position); yield label == null || column.codec() == null ? label : column.codec().constant(label); }
    };
  }

  /** Converts one array element. */
  @FunctionalInterface
  public interface ElementReader<E> {
    /** The element, from what the driver gives for it. */
    E read(Object element);
  }

  /** A required array column; a NULL array (which only raw SQL can leave there) reads as an empty list. */
  public static <E> List<E> getList(ResultSet rs, int position, ElementReader<E> element) throws SQLException {
    List<E> list = getNullableList(rs, position, element);
    return list == null && position != 0 ? List.of() : list;
  }

  /** A nullable array column: NULL reads as {@code null}, apart from an empty list. */
  public static <E> List<E> getNullableList(ResultSet rs, int position, ElementReader<E> element) throws SQLException {
    if (position == 0) {
      return null;
    }
    Array array = rs.getArray(position);
    if (array == null) {
      return null;
    }
    Object[] values = (Object[]) array.getArray();
    List<E> list = new ArrayList<>(values.length);
    for (Object value : values) {
      list.add(value == null ? null : element.read(value));
    }
    return Collections.unmodifiableList(list);
  }

  /** Array elements of text, numbers, booleans, UUIDs, dates: as the driver gives them. */
  @SuppressWarnings("unchecked")
  public static <E> E element(Object value) {
    return (E) value;
  }

  /** A text array element; an element of a type of its own (inet, xml) comes as an object holding its text. */
  public static String stringElement(Object value) {
    return value instanceof String text ? text : value.toString();
  }

  /** A date array element. */
  public static LocalDate localDateElement(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : LocalDate.parse(value.toString());
  }

  /** A timestamp array element. */
  public static LocalDateTime localDateTimeElement(Object value) {
    return value instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : LocalDateTime.parse(value.toString().replace(' ', 'T'));
  }

  /** A timestamptz array element. */
  public static Instant instantElement(Object value) {
    return value instanceof java.sql.Timestamp ts ? ts.toInstant() : OffsetDateTime.parse(value.toString()).toInstant();
  }
}
