package dev.quarry.runtime;

import dev.quarry.runtime.error.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Refuses values PostgreSQL would store as something else, or reject with an error that names no
 * field: text it cannot hold (a NUL character, half a surrogate pair, which the driver turns
 * into {@code ?}), times outside its range (the driver writes the extremes as
 * {@code ±infinity}), and numbers past {@code numeric}'s limits. Every value written goes through
 * here, so a value is stored as given or not at all.
 */
final class ValueChecks {

  /**
   * The first and last timestamp stored as given: 4713-01-01 00:00 BC (PostgreSQL goes back to
   * 4714-11-24 BC, but the driver writes anything before 4713 BC as {@code -infinity}) and
   * 294276-12-31 23:59:59.999999.
   */
  static final LocalDateTime MIN_TIMESTAMP = LocalDateTime.of(-4712, 1, 1, 0, 0);
  static final LocalDateTime MAX_TIMESTAMP = LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000);
  private static final Instant MIN_INSTANT = MIN_TIMESTAMP.toInstant(ZoneOffset.UTC);
  private static final Instant MAX_INSTANT = MAX_TIMESTAMP.toInstant(ZoneOffset.UTC);

  /** The first and last date stored as given: 4713-01-01 BC (as for timestamps) and 5874897-12-31. */
  static final LocalDate MIN_DATE = LocalDate.of(-4712, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(5_874_897, 12, 31);

  /** Digits {@code numeric} keeps after the point, and before it. */
  static final int MAX_SCALE = 16_383;
  static final int MAX_INTEGER_DIGITS = 131_072;

  private ValueChecks() {}

  /** Refuses {@code value} for the field {@code field} ({@code Model.field}) when PostgreSQL cannot store it as it is. */
  static void check(String field, Object value) {
    if (value instanceof String text) {
      text(field, text);
    } else if (value instanceof Instant instant) {
      timestamp(field, instant, value);
    } else if (value instanceof OffsetDateTime time) {
      timestamp(field, time.toInstant(), value);
    } else if (value instanceof LocalDateTime time) {
      timestamp(field, time.toInstant(ZoneOffset.UTC), value);
    } else if (value instanceof LocalDate date) {
      if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
        throw new InvalidValueException(field + " = " + date + " is outside the dates PostgreSQL stores as given (4713-01-01 BC to 5874897-12-31).");
      }
    } else if (value instanceof BigDecimal decimal) {
      decimal(field, decimal);
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item != null) {
          check(field, item);
        }
      }
    }
  }

  private static void text(String field, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        throw new InvalidValueException(field + " holds a NUL character (\\u0000) at index " + i
            + ", which PostgreSQL text cannot store. Remove it, or store the bytes as byte[].");
      }
      if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
          || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        throw new InvalidValueException(field + " holds half of a surrogate pair (\\u" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
            + " at index " + i + "): it is not valid Unicode, and would be stored as '?'.");
      }
    }
  }

  private static void timestamp(String field, Instant instant, Object value) {
    if (instant.isBefore(MIN_INSTANT) || instant.isAfter(MAX_INSTANT)) {
      throw new InvalidValueException(field + " = " + value + " is outside the timestamps PostgreSQL stores as given "
          + "(4713-01-01 00:00 BC to 294276-12-31 23:59:59.999999 UTC).");
    }
  }

  private static void decimal(String field, BigDecimal decimal) {
    int integerDigits = decimal.precision() - decimal.scale();
    if (decimal.scale() > MAX_SCALE || integerDigits > MAX_INTEGER_DIGITS) {
      throw new InvalidValueException(field + " is a number with " + Math.max(decimal.scale(), 0) + " digits after the point and "
          + Math.max(integerDigits, 0) + " before it; PostgreSQL's numeric keeps at most " + MAX_SCALE + " after and "
          + MAX_INTEGER_DIGITS + " before.");
    }
  }
}
