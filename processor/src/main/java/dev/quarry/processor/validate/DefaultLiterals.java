package dev.quarry.processor.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarry.schema.ScalarType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Parses a {@code @Default} literal for its field type and gives its normalised text, so the
 * snapshot says {@code 42} whether the source said {@code "42"} or {@code "042"}.
 */
final class DefaultLiterals {

  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The outcome: a normalised value, or why the text is not one. */
  record Result(String value, String problem) {
    static Result ok(String value) {
      return new Result(value, null);
    }

    static Result bad(String problem) {
      return new Result(null, problem);
    }
  }

  private DefaultLiterals() {}

  /** Parses {@code text} as a value of {@code type}; {@code enumConstants} for enums. */
  static Result parse(String text, ScalarType type, List<String> enumConstants) {
    return switch (type) {
      case STRING -> Result.ok(text);
      case BOOLEAN -> text.equals("true") || text.equals("false")
          ? Result.ok(text)
          : Result.bad("write \"true\" or \"false\"");
      case SHORT -> integer(text, Short.MIN_VALUE, Short.MAX_VALUE);
      case INT -> integer(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG -> integer(text, Long.MIN_VALUE, Long.MAX_VALUE);
      case FLOAT, DOUBLE -> floating(text, type == ScalarType.FLOAT);
      case DECIMAL -> DECIMAL.matcher(text).matches()
          ? Result.ok(new BigDecimal(text).toPlainString())
          : Result.bad("write a decimal number such as 12.50");
      case UUID -> uuid(text);
      case INSTANT -> temporal(text, () -> Instant.parse(text).toString(), "2024-01-31T10:15:30Z");
      case OFFSET_DATE_TIME -> temporal(
          text, () -> OffsetDateTime.parse(text).toString(), "2024-01-31T10:15:30+01:00");
      case LOCAL_DATE -> temporal(text, () -> LocalDate.parse(text).toString(), "2024-01-31");
      case LOCAL_TIME -> temporal(text, () -> LocalTime.parse(text).toString(), "10:15:30");
      case LOCAL_DATE_TIME -> temporal(
          text, () -> LocalDateTime.parse(text).toString(), "2024-01-31T10:15:30");
      case BYTES -> bytes(text);
      case JSON -> json(text);
      case ENUM -> enumConstants.contains(text)
          ? Result.ok(text)
          : Result.bad("name one of its constants: " + String.join(", ", enumConstants));
    };
  }

  private static Result integer(String text, long min, long max) {
    if (!INTEGER.matcher(text).matches()) {
      return Result.bad("write a whole number such as 42");
    }
    try {
      long value = Long.parseLong(text);
      if (value < min || value > max) {
        return Result.bad("it must lie between " + min + " and " + max);
      }
      return Result.ok(Long.toString(value));
    } catch (NumberFormatException e) {
      return Result.bad("it must lie between " + min + " and " + max);
    }
  }

  private static Result floating(String text, boolean single) {
    if (!DECIMAL.matcher(text).matches()) {
      return Result.bad("write a number such as 1.5 or 2e-3");
    }
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value) || (single && Float.isInfinite((float) value))) {
      return Result.bad("it is too large for a " + (single ? "float" : "double"));
    }
    return Result.ok(text);
  }

  private static Result uuid(String text) {
    try {
      UUID uuid = UUID.fromString(text);
      return uuid.toString().equalsIgnoreCase(text)
          ? Result.ok(uuid.toString())
          : Result.bad("write the canonical form, such as 123e4567-e89b-12d3-a456-426614174000");
    } catch (IllegalArgumentException e) {
      return Result.bad("write the canonical form, such as 123e4567-e89b-12d3-a456-426614174000");
    }
  }

  private interface Parse {
    String get();
  }

  private static Result temporal(String text, Parse parse, String example) {
    try {
      return Result.ok(parse.get());
    } catch (DateTimeParseException e) {
      return Result.bad("write ISO-8601, such as " + example);
    }
  }

  private static Result bytes(String text) {
    try {
      byte[] decoded = Base64.getDecoder().decode(text);
      return Result.ok(Base64.getEncoder().encodeToString(decoded));
    } catch (IllegalArgumentException e) {
      return Result.bad("write the bytes in base64");
    }
  }

  private static Result json(String text) {
    try {
      return Result.ok(JSON.writeValueAsString(JSON.readTree(text)));
    } catch (JsonProcessingException e) {
      return Result.bad("it is not valid JSON");
    }
  }
}
