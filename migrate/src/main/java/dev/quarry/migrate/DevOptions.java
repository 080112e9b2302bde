package dev.quarry.migrate;

/**
 * How {@code migrate dev} runs: {@code DevOptions.named("add_age").createOnly()} reads as what it
 * does, where {@code dev(schema, "add_age", true, false)} would not. Immutable.
 */
public final class DevOptions {

  private final String name;
  private final boolean createOnly;
  private final boolean acceptDataLoss;

  private DevOptions(String name, boolean createOnly, boolean acceptDataLoss) {
    this.name = name;
    this.createOnly = createOnly;
    this.acceptDataLoss = acceptDataLoss;
  }

  /** A migration with this name, applied, refused when it would lose data. */
  public static DevOptions named(String name) {
    return new DevOptions(name, false, false);
  }

  /** The same, but the migration is written without being applied (never refused: it is for editing). */
  public DevOptions createOnly() {
    return new DevOptions(name, true, acceptDataLoss);
  }

  /** The same, but changes that lose data (a dropped column, a narrowed type) are applied. */
  public DevOptions acceptingDataLoss() {
    return new DevOptions(name, createOnly, true);
  }

  /** The migration's name. */
  public String name() {
    return name;
  }

  /** Whether the migration is only written. */
  public boolean isCreateOnly() {
    return createOnly;
  }

  /** Whether changes that lose data are applied. */
  public boolean acceptsDataLoss() {
    return acceptDataLoss;
  }
}
