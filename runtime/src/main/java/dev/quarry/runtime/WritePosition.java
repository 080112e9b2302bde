package dev.quarry.runtime;

import dev.quarry.runtime.error.ConfigurationException;

/**
 * Where the primary's write-ahead log stood after some writes: a token that lets another thread,
 * or the next request of the same user, read those writes back from a replica
 * ({@link Database#readingAfter}). Its text form is PostgreSQL's {@code pg_lsn} ({@code 16/B374D848}),
 * so it can travel in a header or a cookie.
 *
 * @param lsn the log position as a number ordered as the log is
 */
public record WritePosition(long lsn) {

  /** No write: reading after it waits for nothing. */
  public static final WritePosition NONE = new WritePosition(0);

  /** Reads the text form, {@code <high hex>/<low hex>}. */
  public static WritePosition parse(String text) {
    int slash = text == null ? -1 : text.indexOf('/');
    try {
      if (slash > 0) {
        return new WritePosition((Long.parseUnsignedLong(text.substring(0, slash), 16) << 32)
            | Long.parseUnsignedLong(text.substring(slash + 1), 16));
      }
    } catch (NumberFormatException e) {
      // Reported below with the text.
    }
    throw new ConfigurationException("Not a write position: \"" + text + "\" (expected PostgreSQL's form, such as 16/B374D848).");
  }

  @Override
  public String toString() {
    return Long.toHexString(lsn >>> 32).toUpperCase(java.util.Locale.ROOT) + "/"
        + Long.toHexString(lsn & 0xFFFFFFFFL).toUpperCase(java.util.Locale.ROOT);
  }
}
