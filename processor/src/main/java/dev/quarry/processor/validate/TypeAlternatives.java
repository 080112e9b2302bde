package dev.quarry.processor.validate;

import java.util.Map;

/**
 * What to use instead of a Java type people often reach for and Quarry does not store: the old
 * date classes, {@code Optional}, sets and maps. The processor's message names the alternative
 * rather than suggesting the type be made a model.
 */
final class TypeAlternatives {

  private static final String TIMESTAMP = "Use Instant for a point in time (timestamptz), or LocalDateTime for a wall-clock "
      + "date and time (timestamp).";

  private static final Map<String, String> BY_TYPE = Map.ofEntries(
      Map.entry("java.util.Date", TIMESTAMP),
      Map.entry("java.sql.Timestamp", TIMESTAMP),
      Map.entry("java.util.Calendar", TIMESTAMP),
      Map.entry("java.util.GregorianCalendar", TIMESTAMP),
      Map.entry("java.sql.Date", "Use LocalDate."),
      Map.entry("java.sql.Time", "Use LocalTime."),
      Map.entry("java.time.ZonedDateTime", "Use OffsetDateTime or Instant: PostgreSQL keeps an offset, not a zone name."),
      Map.entry("java.time.Duration", "Use long (say, milliseconds) or an ISO-8601 String."),
      Map.entry("java.math.BigInteger", "Use BigDecimal, or long when the values fit."),
      Map.entry("java.lang.Character", "Use String."),
      Map.entry("char", "Use String."),
      Map.entry("java.lang.Byte", "Use short, or byte[] for binary data."),
      Map.entry("byte", "Use short, or byte[] for binary data."),
      Map.entry("java.net.URI", "Use String."),
      Map.entry("java.net.URL", "Use String."),
      Map.entry("java.nio.ByteBuffer", "Use byte[]."),
      Map.entry("java.util.Set", "Use List: a scalar list is a PostgreSQL array (a unique index can keep values distinct)."),
      Map.entry("java.util.Collection", "Use List: a scalar list is a PostgreSQL array."),
      Map.entry("java.util.Map", "Store it as JSON: @Json String, or Jackson's JsonNode."),
      Map.entry("java.util.OptionalInt", "Use Integer with @Nullable."),
      Map.entry("java.util.OptionalLong", "Use Long with @Nullable."),
      Map.entry("java.util.OptionalDouble", "Use Double with @Nullable."));

  private TypeAlternatives() {}

  /**
   * The advice for a component of type {@code javaType} (as written, with type arguments) whose
   * erasure is {@code qualifiedName}, or {@code null} when the type is not a known near miss.
   */
  static String advice(String qualifiedName, String javaType) {
    if (qualifiedName.equals("java.util.Optional")) {
      String value = javaType.contains("<") ? javaType.substring(javaType.indexOf('<') + 1, javaType.lastIndexOf('>')) : "T";
      String simple = value.substring(value.lastIndexOf('.') + 1);
      return "An optional column is its value type with @Nullable: write @Nullable " + simple + " instead of Optional<" + simple
          + ">.";
    }
    return BY_TYPE.get(qualifiedName);
  }
}
