package dev.quarry.runtime.sql;

/** jOOQ as a quiet SQL renderer: no logo, no tips in the application's output. */
public final class Jooq {

  static {
    quiet();
  }

  private Jooq() {}

  /** Turns off jOOQ's start-up banner and tips, unless the application set them itself. */
  public static void quiet() {
    System.getProperties().putIfAbsent("org.jooq.no-logo", "true");
    System.getProperties().putIfAbsent("org.jooq.no-tips", "true");
  }
}
