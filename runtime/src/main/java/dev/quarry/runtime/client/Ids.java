package dev.quarry.runtime.client;

import java.security.SecureRandom;
import java.time.Instant;

/** The ids the runtime generates for {@code CUID}, {@code ULID} and {@code NANOID} defaults. */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final char[] URL_SAFE = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
  private static final char[] LOWER_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

  private Ids() {}

  /** A ULID: 48 bits of milliseconds then 80 random bits, 26 Crockford base-32 characters. */
  public static String ulid() {
    long time = Instant.now().toEpochMilli();
    char[] out = new char[26];
    for (int i = 9; i >= 0; i--) {
      out[i] = CROCKFORD[(int) (time & 31)];
      time >>>= 5;
    }
    for (int i = 10; i < 26; i++) {
      out[i] = CROCKFORD[RANDOM.nextInt(32)];
    }
    return new String(out);
  }

  /** A nanoid: 21 URL-safe random characters (126 bits). */
  public static String nanoid() {
    char[] out = new char[21];
    for (int i = 0; i < out.length; i++) {
      out[i] = URL_SAFE[RANDOM.nextInt(URL_SAFE.length)];
    }
    return new String(out);
  }

  /** A cuid2-style id: a letter, then 23 lower-case alphanumerics (random, time-mixed). */
  public static String cuid() {
    char[] out = new char[24];
    out[0] = (char) ('a' + RANDOM.nextInt(26));
    long time = System.currentTimeMillis() ^ RANDOM.nextLong();
    for (int i = 1; i < out.length; i++) {
      int index = (int) Math.floorMod(time + RANDOM.nextInt(LOWER_ALNUM.length), (long) LOWER_ALNUM.length);
      out[i] = LOWER_ALNUM[index];
      time = time * 31 + RANDOM.nextInt();
    }
    return new String(out);
  }
}
