package dev.quarry.runtime.error;

/** Quarry is not set up right: a missing snapshot, a bad database URL, a missing setting. */
public class ConfigurationException extends QuarryException {

  private static final long serialVersionUID = 1L;

  /** An exception whose message says what to set. */
  public ConfigurationException(String message) {
    super(message);
  }

  /** An exception whose message says what to set, with its cause. */
  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
