package dev.quarry.migrate;

/**
 * jOOQ renders Migrate's DDL without its start-up banner and tips, unless the application set
 * them itself. (jOOQ reads only these system properties; the runtime's renderer does the same.)
 */
final class QuietJooq {

  private QuietJooq() {}

  static void apply() {
    System.getProperties().putIfAbsent("org.jooq.no-logo", "true");
    System.getProperties().putIfAbsent("org.jooq.no-tips", "true");
  }
}
