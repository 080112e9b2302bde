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
  ENUM
}
