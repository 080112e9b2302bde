package dev.quarry.runtime.jdbc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An {@code Instant} as PostgreSQL reads it, in UTC: {@code 2026-01-15 10:00:00.123+00}, years
 * before 1 as {@code ... BC}. Sent untyped, the server reads it as the column's type: for
 * {@code timestamptz} the offset places it; for {@code timestamp} (Prisma's {@code DateTime}) the
 * offset is ignored and the UTC wall time is stored, whatever the session's time zone.
 */
final class PgTime {

  private PgTime() {}

  static String utc(Instant instant) {
    LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    int year = time.getYear();
    boolean bc = year <= 0;
    StringBuilder text = new StringBuilder(40);
    pad(text, bc ? 1 - year : year, 4).append('-');
    pad(text, time.getMonthValue(), 2).append('-');
    pad(text, time.getDayOfMonth(), 2).append(' ');
    pad(text, time.getHour(), 2).append(':');
    pad(text, time.getMinute(), 2).append(':');
    pad(text, time.getSecond(), 2);
    if (time.getNano() != 0) {
      pad(text.append('.'), time.getNano(), 9);
    }
    text.append("+00");
    return bc ? text.append(" BC").toString() : text.toString();
  }

  private static StringBuilder pad(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    return text.append(digits);
  }
}
