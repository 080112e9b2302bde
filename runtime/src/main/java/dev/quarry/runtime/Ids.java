package dev.quarry.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** The ids the runtime generates for {@code CUID}, {@code ULID} and {@code NANOID} defaults. */
final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final char[] URL_SAFE = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
  /** cuid's blocks are four base-36 digits. */
  private static final int BLOCK = 36 * 36 * 36 * 36;
  private static final AtomicInteger COUNTER = new AtomicInteger(RANDOM.nextInt(BLOCK));
  private static final String FINGERPRINT = base36(ProcessHandle.current().pid(), 2) + base36(hostHash(), 2);
  private static final char[] LOWER_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

  private Ids() {}

  /** A ULID: 48 bits of milliseconds then 80 random bits, 26 Crockford base-32 characters. */
  static String ulid() {
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
  static String nanoid() {
    char[] out = new char[21];
    for (int i = 0; i < out.length; i++) {
      out[i] = URL_SAFE[RANDOM.nextInt(URL_SAFE.length)];
    }
    return new String(out);
  }

  /**
   * A cuid of the first format, as Prisma's {@code cuid()} makes them: {@code c}, the time in
   * milliseconds, a counter, a fingerprint of the process and random digits, 25 lower-case base-36
   * characters that sort roughly by creation time.
   */
  static String cuidV1() {
    return "c" + base36(System.currentTimeMillis(), 8) + base36(Math.floorMod(COUNTER.getAndIncrement(), BLOCK), 4)
        + FINGERPRINT + base36(RANDOM.nextInt(BLOCK), 4) + base36(RANDOM.nextInt(BLOCK), 4);
  }

  private static int hostHash() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException | SecurityException e) {
      host = "localhost";
    }
    return host.chars().sum() + host.length() + 36;
  }

  /** The last {@code width} base-36 digits of {@code value}, zero-padded. */
  private static String base36(long value, int width) {
    String digits = Long.toString(Math.abs(value), 36);
    return digits.length() >= width ? digits.substring(digits.length() - width) : "0".repeat(width - digits.length()) + digits;
  }

  /** A cuid2-style id: a letter, then 23 lower-case alphanumerics (random, time-mixed). */
  static String cuid() {
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
