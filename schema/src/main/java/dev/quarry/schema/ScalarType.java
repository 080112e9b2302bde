package dev.quarry.schema;

/**
 * The SQL-neutral type of a column; each database dialect maps it to a native type unless the
 * field names a {@link Field#nativeType() native type} itself.
 */
public enum ScalarType {
  /** {@code String}. */
  STRING,
  /** {@code boolean}, {@code Boolean}. */
  BOOLEAN,
  /** {@code short}, {@code Short}. */
  SHORT,
  /** {@code int}, {@code Integer}. */
  INT,
  /** {@code long}, {@code Long}. */
  LONG,
  /** {@code float}, {@code Float}. */
  FLOAT,
  /** {@code double}, {@code Double}. */
  DOUBLE,
  /** {@code BigDecimal}. */
  DECIMAL,
  /** {@code UUID}. */
  UUID,
  /** {@code Instant}: a point in time. */
  INSTANT,
  /** {@code OffsetDateTime}: a point in time with an offset. */
  OFFSET_DATE_TIME,
  /** {@code LocalDate}. */
  LOCAL_DATE,
  /** {@code LocalTime}. */
  LOCAL_TIME,
  /** {@code LocalDateTime}: a wall-clock date and time without zone. */
  LOCAL_DATE_TIME,
  /** {@code byte[]}. */
  BYTES,
  /** A JSON document: a {@code @Json String} or a Jackson {@code JsonNode}. */
  JSON,
  /** A Java enum; {@link Field#enumName()} names the {@link EnumType}. */
  ENUM;

  /**
   * PostgreSQL's default type for this one, as it spells it in DDL ({@code timestamp with time
   * zone}); {@code null} for {@link #ENUM}, whose type is the enum's own.
   */
  public String postgresType() {
    return switch (this) {
      case STRING -> "text";
      case BOOLEAN -> "boolean";
      case SHORT -> "smallint";
      case INT -> "integer";
      case LONG -> "bigint";
      case FLOAT -> "real";
      case DOUBLE -> "double precision";
      case DECIMAL -> "numeric";
      case UUID -> "uuid";
      case INSTANT, OFFSET_DATE_TIME -> "timestamp with time zone";
      case LOCAL_DATE -> "date";
      case LOCAL_TIME -> "time";
      case LOCAL_DATE_TIME -> "timestamp";
      case BYTES -> "bytea";
      case JSON -> "jsonb";
      case ENUM -> null;
    };
  }
}
