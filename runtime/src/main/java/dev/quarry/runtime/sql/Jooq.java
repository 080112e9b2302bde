package dev.quarry.runtime.sql;

/** jOOQ as a quiet SQL renderer: no logo, no tips in the application's output. */
public final class Jooq {

  static {
    quiet();
  }

  private Jooq() {}

  /** Turns off jOOQ's start-up banner and tips, unless the application set them itself. */
  public static void quiet() {
    if (System.getProperty("org.jooq.no-logo") == null) {
      System.setProperty("org.jooq.no-logo", "true");
    }
    if (System.getProperty("org.jooq.no-tips") == null) {
      System.setProperty("org.jooq.no-tips", "true");
    }
  }
}
