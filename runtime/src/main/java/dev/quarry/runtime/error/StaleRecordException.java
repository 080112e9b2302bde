package dev.quarry.runtime.error;

/**
 * An update or delete of a row as read found it changed or deleted by another writer since: the
 * model's {@code @Version} no longer matches. Nothing was written; read the row again and retry,
 * or tell the user. The message names the model, the row's key and both versions.
 */
public class StaleRecordException extends QuarryException {

  private static final long serialVersionUID = 1L;

  private final String model;
  private final long expectedVersion;
  private final Long currentVersion;

  /**
   * Creates the exception.
   *
   * @param message names the model, the key and the versions
   * @param model the model's name
   * @param expectedVersion the version the caller read
   * @param currentVersion the version stored now, or {@code null} when the row was deleted
   */
  public StaleRecordException(String message, String model, long expectedVersion, Long currentVersion) {
    super(message);
    this.model = model;
    this.expectedVersion = expectedVersion;
    this.currentVersion = currentVersion;
  }

  /** The model whose row was stale. */
  public String model() {
    return model;
  }

  /** The version the caller's copy of the row has. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version stored now, or {@code null} when another writer deleted the row. */
  public Long currentVersion() {
    return currentVersion;
  }
}
